"""Word (.docx) to blocks: heading styles, real list numbering, tables with merged cells.

Read from the package's XML with the parser python-docx uses (lxml), streamed: a body element is handled and
freed as soon as it closes, and no part is read beyond MAX_PART bytes once decompressed, so a zip bomb costs
what a normal report does and the draft keeps what came before the limit.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from .document import Block, cell_items, clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART = 16 * 1024 * 1024      # decompressed bytes of document.xml read at most (~ 1,000 pages)
MAX_SMALL_PART = 2 * 1024 * 1024  # styles.xml, numbering.xml
MAX_ENTRIES = 5000


class Limited(io.RawIOBase):
    """A zip member read up to `limit` bytes; `truncated` says the rest was left unread."""

    def __init__(self, raw, limit: int):
        self.raw, self.left, self.truncated = raw, limit, False

    def readable(self):
        return True

    def readinto(self, buffer):
        if self.left <= 0:
            self.truncated = self.truncated or bool(self.raw.read(1))
            return 0
        try:
            data = self.raw.read(min(len(buffer), self.left, 1 << 16))
        except (zipfile.BadZipFile, EOFError, OSError):   # a member larger than it declared: stop there
            self.truncated = True
            return 0
        buffer[:len(data)] = data
        self.left -= len(data)
        return len(data)


def _part(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with zf.open(name) as raw:
            stream = Limited(raw, limit)
            data = stream.read()
            return b"" if stream.truncated else data
    except KeyError:
        return b""


def _safe_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


def read_docx(data: bytes, unreadable) -> tuple[list[Block], list[str]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise unreadable("This file is named .docx but is not a Word document.") from None
    if len(names) > MAX_ENTRIES or "word/document.xml" not in names:
        raise unreadable("This file is named .docx but is not a Word document.")
    styles = _styles(_part(zf, "word/styles.xml", MAX_SMALL_PART))
    numbering = _numbering(_part(zf, "word/numbering.xml", MAX_SMALL_PART))
    warnings: list[str] = []
    with zf.open("word/document.xml") as raw:
        stream = Limited(raw, MAX_PART)
        blocks = list(_body(io.BufferedReader(stream), styles, numbering))
        if stream.truncated:
            warnings.append(f"The Word document is larger than {MAX_PART // (1024 * 1024)} MB once unpacked; "
                            f"only its beginning was read (up to: {_last_text(blocks)}).")
    return blocks, warnings


def _last_text(blocks) -> str:
    for b in reversed(blocks):
        text = b.text or (" ".join(b.rows[-1]) if b.rows else "")
        if text:
            return text[:60]
    return "-"


def _styles(xml: bytes) -> dict:
    """style id -> (heading level or 0, list numPr or None, bold)."""
    out = {}
    if not xml:
        return out
    root = etree.fromstring(xml, _safe_parser())
    if root is None:
        return out
    for s in root.iter(W + "style"):
        sid = s.get(W + "styleId")
        name_el = s.find(W + "name")
        name = (name_el.get(W + "val") if name_el is not None else sid or "").lower()
        m = re.match(r"heading\s*(\d)", name)
        level = int(m[1]) if m else (1 if name in ("title",) else 0)
        outline = s.find(f"{W}pPr/{W}outlineLvl")
        if not level and outline is not None and (outline.get(W + "val") or "9").isdigit() \
                and int(outline.get(W + "val")) < 9:
            level = int(outline.get(W + "val")) + 1
        num = s.find(f"{W}pPr/{W}numPr")
        is_list = num is not None or "list" in name
        out[sid] = (level, _num_of(num) if num is not None else None, is_list)
    return out


def _num_of(num_pr):
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    return (num_id.get(W + "val") if num_id is not None else None,
            int(ilvl.get(W + "val") or 0) if ilvl is not None and (ilvl.get(W + "val") or "0").isdigit() else 0)


def _numbering(xml: bytes) -> dict:
    """numId -> {level: (format, start)}."""
    if not xml:
        return {}
    root = etree.fromstring(xml, _safe_parser())
    if root is None:
        return {}
    abstract = {}
    for a in root.iter(W + "abstractNum"):
        levels = {}
        for lvl in a.iter(W + "lvl"):
            fmt = lvl.find(W + "numFmt")
            start = lvl.find(W + "start")
            levels[int(lvl.get(W + "ilvl") or 0)] = (
                fmt.get(W + "val") if fmt is not None else "decimal",
                int(start.get(W + "val")) if start is not None and (start.get(W + "val") or "").isdigit() else 1)
        abstract[a.get(W + "abstractNumId")] = levels
    out = {}
    for n in root.iter(W + "num"):
        ref = n.find(W + "abstractNumId")
        if ref is not None:
            out[n.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})
    return out


class _Counters:
    """Word numbers list items itself; the numbers are not in the text, so they are counted here."""

    def __init__(self, numbering):
        self.numbering, self.counts = numbering, {}

    def next(self, num_id, ilvl) -> tuple[str | None, bool]:
        levels = self.numbering.get(num_id, {})
        fmt, start = levels.get(ilvl, ("bullet" if not levels else "decimal", 1))
        if fmt in ("bullet", "none"):
            return None, True
        key = (num_id, ilvl)
        self.counts[key] = self.counts.get(key, start - 1) + 1
        for (nid, lvl) in list(self.counts):
            if nid == num_id and lvl > ilvl:
                del self.counts[(nid, lvl)]
        n = self.counts[key]
        if fmt in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (n - 1) % 26)
            return (letter.upper() if fmt == "upperLetter" else letter), False
        if fmt in ("lowerRoman", "upperRoman"):
            roman = _roman(n)
            return (roman.upper() if fmt == "upperRoman" else roman), False
        return str(n), False


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _body(stream, styles, numbering):
    counters = _Counters(numbering)
    body = None
    for event, el in etree.iterparse(stream, events=("start", "end"), resolve_entities=False, recover=True,
                                     huge_tree=False):
        if event == "start":
            if el.tag == W + "body":
                body = el
            continue
        if body is None or el.getparent() is not body:
            continue
        if el.tag == W + "p":
            block = _paragraph(el, styles, counters)
            if block:
                yield block
        elif el.tag == W + "tbl":
            yield Block("table", rows=_table(el))
        el.clear()
        while el.getprevious() is not None:     # bounded memory: handled elements are freed
            del body[0]


def _text(element) -> str:
    parts = []
    for node in element.iter(W + "t", W + "tab", W + "br", W + "p"):
        if node.tag == W + "t":
            parts.append(node.text or "")
        elif node.tag in (W + "tab", W + "br"):
            parts.append(" ")
        elif node.tag == W + "p" and parts:
            parts.append(" ")
    return "".join(parts)


def _paragraph(p, styles, counters) -> Block | None:
    text = clean(_text(p))
    if not text:
        return None
    ppr = p.find(W + "pPr")
    style_el = ppr.find(W + "pStyle") if ppr is not None else None
    level, style_num, style_list = styles.get(style_el.get(W + "val") if style_el is not None else None,
                                              (0, None, False))
    outline = ppr.find(W + "outlineLvl") if ppr is not None else None
    if outline is not None and (outline.get(W + "val") or "9").isdigit() and int(outline.get(W + "val")) < 9:
        level = int(outline.get(W + "val")) + 1
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    num = _num_of(num_pr) if num_pr is not None else style_num
    number, bullet = (None, False)
    if num and num[0] not in (None, "0"):
        number, bullet = counters.next(*num)
    elif style_list:
        bullet = True
    if level:
        return Block("heading", text, level=level, number=number)
    if number or bullet:
        return Block("item", text, level=(num[1] + 1) if num else 1, number=number, bullet=bullet)
    if len(text) <= 90 and not text.endswith((".", ",")) and _all_bold(p):
        return Block("heading", text, level=4)    # a bold lead on its own line heads what follows
    return Block("paragraph", text)


def _all_bold(p) -> bool:
    runs = [r for r in p.iter(W + "r") if clean("".join(t.text or "" for t in r.iter(W + "t")))]
    if not runs:
        return False
    for r in runs:
        b = r.find(f"{W}rPr/{W}b")
        if b is None or b.get(W + "val") in ("0", "false"):
            return False
    return True


def _cell_text(tc) -> str:
    """A cell whose paragraphs are list items keeps them apart ("IOM to share ... • NRC to visit ..."); other
    paragraphs (a name, then a job) are joined."""
    paras = list(tc.iterchildren(W + "p"))
    listed = [p for p in paras if p.find(f"{W}pPr/{W}numPr") is not None or
              re.match(r"^\s*[•·▪◦●\uf0b7\-–]\s", _text(p))]
    if len(listed) >= 2 and len(listed) == len([p for p in paras if clean(_text(p))]) and tc.find(W + "tbl") is None:
        return cell_items([re.sub(r"^\s*[•·▪◦●\uf0b7\-–]\s*", "", _text(p)) for p in listed])
    return clean(_text(tc))


def _table(tbl) -> list[list[str]]:
    """Rows of cells; a cell spanning columns fills its first column, one merged down repeats its text."""
    rows: list[list[str]] = []
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not tbl:
            continue   # a table inside a cell is read as that cell's text
        row: list[str] = []
        for tc in tr.iterchildren(W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span_el = tcpr.find(W + "gridSpan") if tcpr is not None else None
            span = int(span_el.get(W + "val")) if span_el is not None and (span_el.get(W + "val") or "").isdigit() else 1
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            text = _cell_text(tc)
            if vmerge is not None and vmerge.get(W + "val") in (None, "continue") and rows:
                above = rows[-1]
                text = above[len(row)] if len(row) < len(above) else ""
            row.append(text)
            row.extend([""] * (min(span, 50) - 1))
        rows.append(row)
    return rows
