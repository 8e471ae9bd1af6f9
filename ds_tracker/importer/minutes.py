"""A draft's text as the meeting's draft minutes, in Markdown that renders as the report was laid out (PURE).

The draft keeps the text `document.to_text` wrote from the reader's blocks (a heading "## ...", a list item
"- 2. ...", a table row as tab-separated cells, a paragraph a line). `from_text` reads those blocks back and
`markdown` writes them so CommonMark shows them as blocks again: read as Markdown as it is, a table ran into one
paragraph, a header row "#<tab>Action" became a heading, "- 1. ..." showed every item as "1." and lines ran
together. A file's paragraph is a paragraph; pasted text keeps each line (a hard break) and its blank lines.
"""
from __future__ import annotations

import re

from .document import Block, clean, square

_HEADING = re.compile(r"^(#{1,6}) +(.*)$")
HEADING_BELOW = 2    # the report's headings sit under the page's own "Minutes" heading (h2): its h1 is an h3
_ITEM = re.compile(r"^((?:  )*)- (?:([0-9A-Za-z\u0660-\u0669]{1,3}(?:\.[0-9A-Za-z\u0660-\u0669]{1,3})*)\. )?"
                   r"(?:\[([ xX])\] )?(.*)$")
_BLOCK_START = re.compile(r"^(\s*)([#>+*=_~`-]|[0-9]{1,9}[.)](?=\s|$))")


def from_text(text: str) -> list[Block]:
    """The blocks behind a draft's text; a run of tab-separated lines is one table, a blank line is kept."""
    blocks: list[Block] = []
    for line in (text or "").splitlines():
        if "\t" in line and line.strip():
            cells = line.split("\t")
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells], header=True))
            continue
        if not line.strip():
            blocks.append(Block("blank"))
        elif m := _HEADING.match(line):
            blocks.append(Block("heading", m.group(2).strip(), level=len(m.group(1))))
        elif m := _ITEM.match(line):
            box = None if m.group(3) is None else m.group(3) != " "
            blocks.append(Block("item", m.group(4), level=len(m.group(1)) // 2 + 1, number=m.group(2),
                                bullet=m.group(2) is None, checkbox=box))
        else:
            blocks.append(Block("paragraph", line.strip()))
    return blocks


def markdown(text: str, *, lines: bool = False) -> str:
    """The minutes in Markdown. lines: pasted text, whose lines stay lines and blank lines part paragraphs;
    otherwise (a file's text) every paragraph stands alone."""
    out: list[str] = []
    lists: dict = {}          # per level, the list being written
    blocks = from_text(text)
    for b in blocks:
        if b.kind != "item":
            lists.clear()
        if b.kind == "blank":
            _gap(out)
        elif b.kind == "table":
            _gap(out)
            out.extend(_table(b.rows))
            _gap(out)
        elif b.kind == "heading":
            _gap(out)
            out.append("#" * min(b.level + HEADING_BELOW, 6) + " " + _inline(b.text))
            _gap(out)
        elif b.kind == "item":
            _item(out, b, lists)
        else:
            if out and out[-1] and (not lines or _ends_block(out[-1])):
                _gap(out)
            # else (pasted text) the next line follows as its own line: the renderer keeps line breaks
            out.append(_escape_start(_inline(b.text)))
            if not lines:
                _gap(out)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + ("\n" if out else "")


def _gap(out: list[str]) -> None:
    if out and out[-1] != "":
        out.append("")


def _ends_block(line: str) -> bool:
    """The previous line closed a list item or a table row, not a line of text that a hard break continues."""
    return line.lstrip().startswith(("- ", "|")) or bool(re.match(r"^\s*\d{1,9}\. ", line))


def _inline(text: str) -> str:
    """Text as written: raw HTML would vanish in the sanitiser, so "<" is written as a character."""
    return clean(text).replace("<", "&lt;")


def _escape_start(text: str) -> str:
    """A paragraph that starts like a Markdown block ("1. ...", "- ...", "# ...", "---") stays a paragraph."""
    return _BLOCK_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1]
                            if m.group(2)[0].isdigit() else m.group(1) + "\\" + m.group(2), text, count=1)


def _item(out: list[str], b: Block, lists: dict) -> None:
    """A list item with its own number: consecutive numbers make an ordered list that CommonMark numbers the
    same; "2.3", "a" or a number out of sequence is written after a bullet, as the report wrote it.
    lists: per level, the list being written (its kind, last number, delimiter)."""
    for deeper in [k for k in lists if k > b.level]:
        del lists[deeper]
    open_ = lists.get(b.level)
    number = b.number or ""
    going_on = open_ is not None and open_["kind"] == "ol" and number.isdigit() and int(number) == open_["n"] + 1
    ordered = number.isdigit() and (going_on or open_ is None or open_["kind"] != "ol")
    if not (going_on or (open_ is not None and open_["kind"] == "ul" and not ordered)):
        if b.level == 1 or not lists:
            _gap(out)
        was = (open_ or {}).get("delimiter", ")")
        open_ = lists[b.level] = {"kind": "ol" if ordered else "ul", "n": 0,
                                  "delimiter": "." if was == ")" else ")"}   # another delimiter: a new list
    if ordered:
        open_["n"] = int(number)
    indent = "   " * (b.level - 1)
    box = "" if b.checkbox is None else ("[x] " if b.checkbox else "[ ] ")
    text = box + _inline(b.text)
    if ordered:
        out.append(f"{indent}{int(number)}{open_['delimiter']} {text}")
    else:
        out.append(f"{indent}- {number}\\. {text}" if number else f"{indent}- {_escape_start(text)}")


def _table(rows: list[list[str]]) -> list[str]:
    """A pipe table: the first row is its header; a pipe in a cell is escaped, an empty cell kept."""
    rows = [[_cell(c) for c in r] for r in square(rows)]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    lines = ["| " + " | ".join(c or " " for c in rows[0]) + " |",
             "|" + "|".join(" --- " for _ in rows[0]) + "|"]
    lines += ["| " + " | ".join(c or " " for c in r) + " |" for r in rows[1:]]
    return lines


def _cell(text: str) -> str:
    return _inline(text).replace("\\", "\\\\").replace("|", "\\|")
