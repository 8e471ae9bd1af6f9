"""Plain text and Markdown: tables written without a table, recovered as tab-separated rows.

A pasted or PDF-flattened table arrives as runs of lines with cells separated by tabs, two or more spaces, `|`
or ` / `, or as one cell per line repeating the header row's cycle ("No. / Name / Organization / Position"
then four lines per person). Those runs become tab rows; everything else is left as written.
"""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab

_SPACES2 = re.compile(r"(?<=\S) {2,}(?=\S)")
_SLASH = re.compile(r"\s+/\s+")
_BARE_PIPE = re.compile(r"\s*\|\s*")
_COLUMN_WORDS = {normalise(w) for words in vocab.COLUMNS.values() for w in words} | {
    normalise(w) for w in ("email", "e-mail", "phone", "mobile", "tel", "contact", "البريد الالكتروني", "الهاتف",
                           "title/organization", "organization/agency", "agency/organization")}
_NUMBER_CELL = re.compile(r"^\(?[\d\u0660-\u0669]{1,3}[.)]?$")


def _key(cell: str) -> str:
    """A header cell's key: "Responsible Agency(ies):" -> "responsible agency" (pure)."""
    return re.sub(r"\((?:ies|s|es)\)$", "", normalise(cell).strip(" :.")).strip()


def _split(line: str) -> tuple[str, list[str]] | None:
    """(separator, cells) when the line reads as a row of two or more cells."""
    s = line.strip()
    if "\t" in s:
        return "tab", [c.strip() for c in s.split("\t")]
    if s.count("|") >= 1 and not s.startswith("|"):
        cells = _BARE_PIPE.split(s.strip("|"))
        if len(cells) >= 2 and all(len(c) < 120 for c in cells):
            return "pipe", cells
    if _SLASH.search(s) and len(s) < 240:
        cells = _SLASH.split(s)
        if len(cells) >= 3 or (len(cells) == 2 and all(len(c.split()) <= 6 for c in cells)):
            return "slash", cells
    if _SPACES2.search(s):
        cells = _SPACES2.split(s)
        if len(cells) >= 2:
            return "spaces", cells
    return None


def _is_header(cells: list[str]) -> bool:
    keys = [normalise(c).strip(" :.") for c in cells]
    return sum(1 for k in keys if k in _COLUMN_WORDS or k.split("/")[0].strip() in _COLUMN_WORDS) >= 2


def tabulate(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = _cycles(lines)
    return "\n".join(_separated(out))


def _separated(lines: list[str]) -> list[str]:
    """Runs of two or more lines cut by the same separator into cells become tab rows."""
    out = list(lines)
    split = [_split(l) if not l.lstrip().startswith(("|", "#")) and "\t" not in l else None for l in lines]
    i = 0
    while i < len(lines):
        if not split[i]:
            i += 1
            continue
        sep, cells = split[i]
        j = i + 1
        while j < len(lines) and split[j] and split[j][0] == sep:
            j += 1
        header = _is_header(cells)
        widths = [len(split[k][1]) for k in range(i, j)]
        consistent = len(set(widths)) == 1 or (header and max(widths) <= len(cells))
        if (j - i >= 2 and consistent) or (header and j - i >= 1) or (j - i >= 3 and sep != "spaces"):
            for k in range(i, j):
                out[k] = "\t".join(split[k][1])
        i = j
    return out


def _cycles(lines: list[str]) -> list[str]:
    """"No." / "Name" / "Organization" / "Position" on four lines, then four lines per person: a table."""
    out, i = [], 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and lines[i + k].strip() and k < 8 and (
                _key(lines[i + k]) in _COLUMN_WORDS or re.fullmatch(r"[^\s/]+(?:/[^\s/]+)+", _key(lines[i + k]))
                and _key(lines[i + k]).split("/")[0] in _COLUMN_WORDS):
            k += 1     # "Position/Function": one column named twice ("Name / Post / Body" is a flattened header)
        if k < 2:
            out.append(lines[i])
            i += 1
            continue
        header = [l.strip() for l in lines[i:i + k]]
        kinds = [_kind(h) for h in header]
        while len(kinds) > 2 and len(set(kinds)) < len(kinds):
            out.append(lines[i])           # "Participants" above "No. / Name / ...": a heading, not a column
            header, kinds, i, k = header[1:], kinds[1:], i + 1, k - 1
        out.append("\t".join(header))
        i += k
        numbered = normalise(header[0]).strip(" :.") in {normalise(w) for w in vocab.COLUMNS["number"]}
        first = next((l.strip() for l in lines[i:i + 3] if l.strip()), "")
        if not numbered and _NUMBER_CELL.match(first):
            out[-1], k, numbered = "\t".join(["No.", *header]), k + 1, True   # rows numbered, the header not
        while i < len(lines):
            chunk, end = _next_row(lines, i, k, numbered)
            if not chunk:
                break
            out.append("\t".join(chunk) if len(chunk) > 1 else chunk[0])
            i = end
    return out


def _kind(cell: str) -> str:
    key = _key(cell)
    return next((kind for kind, words in vocab.COLUMNS.items() if key in {normalise(w) for w in words}), key)


def _next_row(lines, i, k, numbered) -> tuple[list[str] | None, int]:
    """One row of a one-cell-per-line table: k lines, or (numbered) the lines up to the next number."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines):
        return None, i
    first = lines[i].strip()
    if numbered:
        if not _NUMBER_CELL.match(first):
            return ([first], i + 1) if _group_row(lines, i) else (None, i)
        cells, j = [first], i + 1
        while j < len(lines) and lines[j].strip() and not _NUMBER_CELL.match(lines[j].strip()) \
                and len(cells) < k and len(lines[j]) < 120:
            cells.append(lines[j].strip())
            j += 1
        cells += [""] * (k - len(cells))   # a row with an empty cell is still a row
        return cells, j
    chunk = [l.strip() for l in lines[i:i + k]]
    if len(chunk) < k or any(not c or len(c) > 120 for c in chunk):
        return None, i
    return chunk, i + k


def _group_row(lines, i) -> bool:
    """A short line between numbered rows ("Government") heads the rows after it."""
    line = lines[i].strip()
    nxt = next((l.strip() for l in lines[i + 1:i + 3] if l.strip()), "")
    return len(line) <= 40 and not line.endswith(".") and bool(_NUMBER_CELL.match(nxt))
