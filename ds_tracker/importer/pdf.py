"""PDF to blocks from pdfplumber's words and their positions (never the flattened text stream for tables).

Lines are words sharing a baseline; a line's cells are cut where the gap between words is wider than a space.
Ruled tables come from `find_tables`; unruled ones are runs of lines whose cells start at the same x positions.
A header row repeated on the next page is read once, a row continuing over a page break stays one row, wrapped
cells are joined, page headers and footers (the same text at the top or bottom of most pages) are dropped, and
Arabic lines (visual order in a PDF) are put back in logical order with python-bidi.

Bounded: flate streams are measured before pdfminer inflates them (a stream bomb is refused), at most
MAX_PAGES pages are read within MAX_SECONDS, and each page's cache is freed once read; the draft keeps what was read.
"""
from __future__ import annotations

import io
import re
import unicodedata
import time
import zlib
from collections import Counter

from .pdf_gutters import gutter_table
from .document import Block, clean, square

MAX_PAGES = 400
MAX_SECONDS = 40.0
MAX_STREAM = 64 * 1024 * 1024          # one inflated stream
MAX_INFLATED = 256 * 1024 * 1024       # all streams together
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Arabic presentation forms: what a PDF written with shaped glyphs and no map back to letters gives out
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")
_STREAM = re.compile(rb"stream\r?\n")


def check_streams(data: bytes, unreadable, max_stream=MAX_STREAM, max_total=MAX_INFLATED):
    """Inflate every flate stream in bounded steps and refuse a PDF whose streams would expand past the limits."""
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            break
        head = data[max(0, m.start() - 400):m.start()]
        if b"Flate" not in head and b"/Fl" not in head:
            continue
        inflater, size, pos, chunk = zlib.decompressobj(), 0, m.end(), data[m.end():end]
        try:
            out = inflater.decompress(chunk, 1 << 20)
            while out:
                size += len(out)
                if size > max_stream or total + size > max_total:
                    raise unreadable("This PDF holds a compressed part that would unpack to more than "
                                     f"{max_stream // (1024 * 1024)} MB; it was not read. Export the report again "
                                     "from Word, or paste its text.")
                out = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
        except zlib.error:
            pass   # a damaged stream: pdfminer will skip it too
        total += size
        del pos


def read_pdf(data: bytes, unreadable, max_pages=MAX_PAGES, max_seconds=MAX_SECONDS):
    if not data.startswith(b"%PDF"):
        raise unreadable("This file is named .pdf but is not a PDF.")
    check_streams(data, unreadable)
    try:
        import pdfplumber
        from pdfminer.pdftypes import resolve1
    except ImportError:
        raise unreadable("PDF reading is not installed on this server; paste the text instead.") from None
    warnings: list[str] = []
    pages: list[dict] = []
    started = time.monotonic()
    try:
        with pdfplumber.open(io.BytesIO(data), pages=list(range(1, max_pages + 1))) as pdf:
            try:
                count = int(resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"]))
            except Exception:
                count = None
            for page in pdf.pages:
                pages.append(_page(page))
                page.close()      # frees the page's cached characters: memory stays that of one page
                if time.monotonic() - started > max_seconds:
                    warnings.append(f"Reading the PDF took too long; the draft holds its first {len(pages)} pages.")
                    break
            if count and count > max_pages and len(pages) >= max_pages:
                warnings.append(f"The PDF has {count} pages; the draft holds the first {max_pages}.")
    except Exception as e:     # pdfminer raises many kinds for damaged files
        if not pages:
            raise unreadable(f"This PDF could not be read ({type(e).__name__}).") from None
        warnings.append(f"The PDF is damaged after page {len(pages)}; the draft holds what came before.")
    blocks = _assemble(pages)
    if not any(b.text or b.rows for b in blocks):
        raise unreadable("This PDF holds no text (a scan?): paste the text or upload the Word file.")
    return blocks, warnings


# --- one page: lines with cells, and ruled tables -------------------------------------------------

def turn_ligatures(chars) -> None:
    """A ligature glyph (lam-alef) comes out in logical order inside a visual-order Arabic line: turn it round, so
    the line read back to logical order keeps "الاجتماع", not "االجتماع"."""
    for char in chars:
        if _PRESENTATION.search(char["text"]):   # a shaped glyph ("ﺐ", "ﻻ") is its letters ("ب", "لا")
            char["text"] = unicodedata.normalize("NFKC", char["text"])
        if len(char["text"]) > 1 and _ARABIC.search(char["text"]):
            char["text"] = char["text"][::-1]


def _page(page) -> dict:
    turn_ligatures(page.chars)
    tables = []
    try:
        for t in page.find_tables():
            rows = [[clean(c or "") for c in row] for row in t.extract()]
            if any(_ARABIC.search(c) for r in rows for c in r):     # visual order, first column on the right
                rows = [[_logical(c) for c in reversed(r)] for r in rows]
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append({"top": t.bbox[1], "bbox": t.bbox, "rows": rows})
    except Exception:
        tables = []
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
    inside = [t["bbox"] for t in tables]
    words = [w for w in words if not any(b[0] - 1 <= w["x0"] and w["x1"] <= b[2] + 1 and b[1] - 1 <= w["top"]
                                         and w["bottom"] <= b[3] + 1 for b in inside)]
    return {"height": float(page.height), "width": float(page.width), "lines": _lines(words), "tables": tables}


def _lines(words) -> list[dict]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and (abs(rows[-1][0]["top"] - w["top"]) <= 2.5 or abs(rows[-1][0]["bottom"] - w["bottom"]) <= 2.5):
            # the same baseline: a word raised by a mark above it (Arabic tanween "اً") is on the line still
            rows[-1].append(w)
        else:
            rows.append([w])
    out = []
    for ws in rows:
        ws.sort(key=lambda w: w["x0"])
        size = Counter(round(w["size"], 1) for w in ws).most_common(1)[0][0]
        rtl = any(_ARABIC.search(w["text"]) for w in ws)
        cells, current = [], [ws[0]]
        for prev, w in zip(ws, ws[1:]):
            if w["x0"] - prev["x1"] > max(7.0, size * 0.9):
                cells.append(current)
                current = []
            current.append(w)
        cells.append(current)
        texts = [_end_marks(_logical(" ".join(w["text"] for w in c))) if rtl else " ".join(w["text"] for w in c)
                 for c in cells]
        starts = [(c[-1]["x1"] if rtl else c[0]["x0"]) for c in cells]
        spans = [(c[0]["x0"], c[-1]["x1"]) for c in cells]
        words = [(w["x0"], w["x1"], w["text"]) for w in ws]
        if rtl:   # the first column of an Arabic table is on the right
            texts, starts, spans = texts[::-1], starts[::-1], spans[::-1]
        texts = [_CID.sub("", t).strip() or t for t in texts]
        if len(texts) >= 2 and _GLYPH.fullmatch(texts[0]):   # a list's bullet set apart from its item: no table cell
            texts, starts, spans = [f"• {texts[1]}"] + texts[2:], [starts[0]] + starts[2:], [spans[0]] + spans[2:]
        out.append({"top": ws[0]["top"], "bottom": max(w["bottom"] for w in ws), "x0": ws[0]["x0"],
                    "x1": ws[-1]["x1"], "size": size, "rtl": rtl, "cells": texts, "starts": starts, "spans": spans, "words": words,
                    "bold": all("bold" in (w.get("fontname") or "").lower() for w in ws)})
    return out


# a glyph the font maps to no letter ("(cid:127)": a Symbol or Wingdings bullet most often), dropped; alone before
# an item it was the item's bullet
_CID = re.compile(r"\(cid:\d+\)")
_GLYPH = re.compile(r"(?:\(cid:\d+\)|[•·▪◦●○■□►▶➢➤❖◆◇‣⁃∙✓✔\-–*\uf000-\uf8ff]|[Ø§üŸ])")


def _end_marks(text: str) -> str:
    """". الإدارات الحكومية" -> "الإدارات الحكومية .": the full stop that ends an Arabic line stood at its visual
    left, which the reordering puts first; it belongs at the end."""
    m = re.match(r"^([.،:؛!?]+)\s+(?=\S)", text)
    return f"{text[m.end():]} {m[1]}" if m else text


def _logical(visual: str) -> str:
    try:
        from bidi import get_display
    except ImportError:     # python-bidi < 0.5
        from bidi.algorithm import get_display
    return get_display(visual)


# --- the whole document --------------------------------------------------------------------------

def _running(pages) -> set:
    """Texts at the top or bottom of most pages (digits ignored, so "Page 3 of 9" matches): headers, footers."""
    if len(pages) < 2:
        return set()
    seen = Counter()
    for p in pages:
        keys = {_key(l) for l in p["lines"] if l["top"] < p["height"] * 0.1 or l["bottom"] > p["height"] * 0.9}
        seen.update(keys)
    return {k for k, n in seen.items() if n >= max(2, len(pages) // 2)}


def _key(line) -> str:
    return re.sub(r"[\d\u0660-\u0669]+", "#", " ".join(line["cells"]).lower()).strip()


def _assemble(pages) -> list[Block]:
    running = _running(pages)
    sizes = Counter(l["size"] for p in pages for l in p["lines"] for _ in l["cells"])
    body = sizes.most_common(1)[0][0] if sizes else 10
    blocks: list[Block] = []
    last_table: Block | None = None     # the table a new page may continue
    for p in pages:
        items = [("line", l["top"], l) for l in p["lines"] if _key(l) not in running or
                 p["height"] * 0.1 <= l["top"] <= p["height"] * 0.9]
        items += [("table", t["top"], t) for t in p["tables"]]
        items.sort(key=lambda i: i[1])
        page_start = True
        i = 0
        while i < len(items):
            kind, _top, item = items[i]
            if kind == "table":
                last_table = _add_table(blocks, item["rows"], last_table if page_start else None)
                i += 1
            else:
                gutter = gutter_table([it[2] for it in items[i:] if it[0] == "line"][:200]) \
                    if all(it[0] == "line" for it in items[i:i + 3]) else None
                run = _table_run(items, i) if not gutter else 0
                if gutter:
                    n, rows = gutter
                    last_table = _add_table(blocks, rows, last_table if page_start else None)
                    i += n
                elif run >= 1:
                    rows = _unruled_rows([items[k][2] for k in range(i, i + run)])
                    last_table = _add_table(blocks, rows, last_table if page_start else None)
                    i += run
                else:
                    _add_line(blocks, item, body, p)
                    last_table = None
                    i += 1
            page_start = False
    return blocks


def _add_table(blocks, rows, previous: Block | None) -> Block:
    """A table; on a new page right after a table of the same width, the continuation of that table."""
    rows = square(rows)
    if previous is not None and previous.rows and len(previous.rows[0]) == len(rows[0]):
        if [clean(c).lower() for c in rows[0]] == [clean(c).lower() for c in previous.rows[0]]:
            rows = rows[1:]          # the header row repeated on the next page
        if rows and not rows[0][0] and any(rows[0]) and previous.rows:
            last = previous.rows[-1]   # a row that continues over the page break
            previous.rows[-1] = [clean(f"{a} {b}") for a, b in zip(last, rows[0])]
            rows = rows[1:]
        previous.rows.extend(rows)
        return previous
    block = Block("table", rows=rows, header=True)
    blocks.append(block)
    return block


def _aligned(starts, columns, rtl=False) -> bool:
    return all(any(abs(s - c) <= 6 for c in columns) for s in starts)


def _table_run(items, i) -> int:
    """How many lines from i form an unruled table: two or more, cells starting at shared column positions."""
    first = items[i][2]
    if len(first["cells"]) < 2:
        return 0
    columns = list(first["starts"])
    n = 1
    while i + n < len(items) and items[i + n][0] == "line":
        line = items[i + n][2]
        prev = items[i + n - 1][2]
        if line["top"] - prev["bottom"] > max(line["size"], 8) * 2.5:
            break
        if len(line["cells"]) >= 2 and _aligned(line["starts"], columns):
            n += 1
        elif len(line["cells"]) >= 2 and sum(_aligned([s], columns) for s in line["starts"]) >= 2:
            columns += [s for s in line["starts"] if not _aligned([s], columns)]
            n += 1
        elif len(line["cells"]) == 1 and _aligned(line["starts"], columns) and (
                not _aligned(line["starts"], columns[:1]) or _next_is_row(items, i + n, columns)):
            n += 1       # a wrapped cell, or a group heading row above more rows
        else:
            break
    if n == 1 and i + 1 == len(items) and len(first["cells"]) >= 3:
        return 1       # a header row alone at the foot of a page: its table goes on over the page
    return n if n >= 2 else 0


def _next_is_row(items, k, columns) -> bool:
    if k + 1 >= len(items) or items[k + 1][0] != "line":
        return False
    line = items[k + 1][2]
    return len(line["cells"]) >= 2 and _aligned(line["starts"], columns)


def _unruled_rows(lines) -> list[list[str]]:
    columns = sorted({s for l in lines for s in l["starts"]}, reverse=lines[0]["rtl"])
    merged: list[float] = []
    for c in columns:
        if not merged or abs(merged[-1] - c) > 6:
            merged.append(c)
    cells_of = []
    for line in lines:
        row = [""] * len(merged)
        for text, st in zip(line["cells"], line["starts"]):
            k = min(range(len(merged)), key=lambda j: abs(merged[j] - st))
            row[k] = clean(f"{row[k]} {text}")
        cells_of.append(row)
    rows: list[list[str]] = []
    carry = None       # the first lines of a cell that wraps above its row's other cells (centred rows)
    for i, (line, row) in enumerate(zip(lines, cells_of)):
        gap_before = line["top"] - lines[i - 1]["bottom"] if i else 1e9
        gap_after = lines[i + 1]["top"] - line["bottom"] if i + 1 < len(lines) else 1e9
        part = not row[0] or sum(1 for c in row if c) < (sum(1 for c in rows[-1] if c) if rows else 0)
        if part and ((carry is not None and gap_before <= line["size"] * 0.6) or (
                i + 1 < len(lines) and gap_after < gap_before - 1
                and gap_after <= line["size"] * 0.6)):
            carry = row if carry is None else [clean(f"{a} {b}") for a, b in zip(carry, row)]
            continue
        if carry is not None:
            row, carry = [clean(f"{a} {b}") for a, b in zip(carry, row)], None
        elif rows and part and gap_before <= line["size"] * 0.6:
            rows[-1] = [clean(f"{a} {b}") for a, b in zip(rows[-1], row)]   # a cell wrapped onto this line
            continue
        rows.append(row)
    if carry is not None:
        rows.append(carry)
    return rows


def _add_line(blocks, line, body, page):
    text = " ".join(line["cells"])
    if not re.search(r"[^\s\u064b-\u0652\u0670]", text):
        return          # a mark alone (tanween set above the line), its letter is on the line already
    if line["size"] >= body * 1.15 and len(text) <= 150:
        blocks.append(Block("heading", text, level=1 if line["size"] >= body * 1.5 else 2))
        return
    if line["bold"] and len(text) <= 90 and not text.endswith("."):
        blocks.append(Block("heading", text, level=4))
        return
    last = blocks[-1] if blocks else None
    starts_item = re.match(r"^\s*(?:[•·▪◦●○■□►▶➢✓✔\-–*]|\(?[\d\u0660-\u0669]{1,3}[.)-]|[a-h]\))\s", text)
    end = getattr(last, "_end", None) if last is not None and last.kind == "paragraph" else None
    full = end and end["x0"] <= page["width"] * 0.3 and end["x1"] >= page["width"] * 0.7   # a line filling the column
    wrapped = end and line["top"] - end["bottom"] <= line["size"] * 0.8 and not starts_item and (
        ((end["x0"] <= page["width"] * 0.3 and abs(line["x1"] - end["x1"]) <= 30) if line["rtl"] else
         (end["x1"] >= page["width"] * 0.7 and abs(line["x0"] - end["x0"]) <= 30))
        or (full and abs(line["x0"] - end["x0"]) <= 30))   # Arabic set flush left: full, then the same left edge
    if wrapped:
        last.text = f"{last.text} {text}"
    else:
        last = Block("paragraph", text)
        blocks.append(last)
    last._end = line
