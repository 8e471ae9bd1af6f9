"""The document model every reader makes: blocks of heading, paragraph, list item and table.

Readers (docx.py, pdf.py, html.py, plain.py) turn a file into blocks; `to_text` writes the blocks as the one text
the review screen shows and the parser reads (a heading as "## ...", a list item as "- 1. ...", a checkbox as
"- [ ] ...", a table row as tab-separated cells), so a draft's `line` numbers point into that text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str                      # "heading" | "paragraph" | "item" | "table"
    text: str = ""
    level: int = 1                 # heading level, or list nesting (1 = top)
    number: str | None = None      # "1", "2.3", "a" for numbered headings and list items
    bullet: bool = False
    checkbox: bool | None = None   # None: no box; False: [ ]; True: [x]
    rows: list[list[str]] = field(default_factory=list)
    header: bool = False           # the table's first row is its header


def clean(text: str) -> str:
    """A cell or paragraph on one line: a cell that wrapped over lines is joined back."""
    return re.sub(r"[ \t\r\n\u00a0\u200b]+", " ", text or "").strip()


def to_text(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "table":
            rows = [[clean(c) for c in row] for row in b.rows]
            rows = [r for r in rows if any(r)]
            if not rows:
                continue
            if out and out[-1] != "":
                out.append("")
            out.extend("\t".join(r) for r in rows)
            out.append("")
            continue
        text = clean(b.text)
        if not text:
            continue
        if b.kind == "heading":
            number = f"{b.number}. " if b.number else ""
            out.append("#" * max(1, min(b.level, 6)) + " " + number + text)
        elif b.kind == "item":
            box = "" if b.checkbox is None else ("[x] " if b.checkbox else "[ ] ")
            number = f"{b.number}. " if b.number else ""
            out.append("  " * (max(b.level, 1) - 1) + "- " + number + box + text)
        else:
            out.append(text)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


ITEM_SEP = " • "    # items of a list (or paragraphs) inside one table cell, kept apart on the cell's one line


def cell_items(parts: list[str]) -> str:
    """A cell's paragraphs or list items: one item joined as it is, two or more kept apart by ITEM_SEP."""
    parts = [clean(p) for p in parts if clean(p)]
    return ITEM_SEP.join(parts) if len(parts) >= 2 else (parts[0] if parts else "")


def square(rows: list[list[str]]) -> list[list[str]]:
    """Every row as wide as the widest, so a column index means the same column on every row."""
    width = max((len(r) for r in rows), default=0)
    return [list(r) + [""] * (width - len(r)) for r in rows]
