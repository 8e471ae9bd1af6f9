"""Unruled PDF tables found by their gutters (pure): under a header row, the columns are the x-ranges no word of
the rows below crosses; a row is the lines between two vertical gaps; a cell that wraps over lines is joined back,
its bullets kept apart as items."""
from __future__ import annotations

import re

from .document import ITEM_SEP, clean

_BULLET = re.compile(r"^\s*[•·▪◦●\uf0b7\uf0a7]\s*")


def gutter_table(lines: list[dict]) -> tuple[int, list[list[str]]] | None:
    """(lines used, rows) when lines[0] is a header of two or more short cells over three or more lines whose words
    leave a gutter under each gap of the header; None otherwise."""
    header, used = _header(lines)
    if not header:
        return None
    body = []
    for line in lines[used:]:
        prev = body[-1] if body else header
        if line["top"] - prev["bottom"] > max(line["size"], 8) * 2.5 or line["rtl"] or \
                line["size"] > header["size"] * 1.1:
            break         # a gap, or a heading in a larger type: the table has ended
        body.append(line)
    while len(body) >= 3:
        bounds = _gutters(header, body)
        if bounds:
            return len(body) + used, [list(header["cells"])] + _rows(body, bounds)
        body = body[:-1]     # a paragraph after the table crosses the gutters: the table ends before it
    return None


def _short(line) -> bool:
    return not line["rtl"] and all(len(c.split()) <= 4 and not re.search(r"\d", c) for c in line["cells"])


def _header(lines) -> tuple[dict | None, int]:
    """The header row: one line of two or more short cells, or up to three short lines close together whose cells
    stack into columns ("Person/entity" over "in charge", beside "Topic" and "Action points")."""
    stack = []
    for line in lines[:3]:
        if not _short(line) or (stack and line["top"] - stack[-1]["bottom"] > line["size"] * 0.6):
            break
        stack.append(line)
    for n in range(len(stack), 0, -1):
        if n > 1 and all(len(line["cells"]) == len(stack[0]["cells"]) >= 2 for line in stack[:n]):
            continue      # lines that each fill every column are rows under a one-line header, not a header
        spans = sorted((span, text) for line in stack[:n] for span, text in zip(line["spans"], line["cells"]))
        columns: list[list] = []
        for (x0, x1), text in spans:
            if columns and x0 <= columns[-1][1] + 4:
                columns[-1][1] = max(columns[-1][1], x1)
                columns[-1][2].append(text)
            else:
                columns.append([x0, x1, [text]])
        if len(columns) >= 2 and (n > 1 or len(stack[0]["cells"]) >= 2):
            order = {id(t): k for k, t in enumerate(t for line in stack[:n] for t in line["cells"])}
            cells = [" ".join(sorted(c[2], key=lambda t: order.get(id(t), 0))) for c in columns]
            return {**stack[n - 1], "cells": cells, "spans": [(c[0], c[1]) for c in columns]}, n
    return None, 0


def _gutters(header, body) -> list[float] | None:
    """The x of each gutter between the header's columns, or None when a word of the body sits in a header gap."""
    spans = sorted((x0, x1) for line in body for x0, x1, _t in line["words"])   # words, not cells: a cell
    # run close to the next column's words is still two columns
    heads = header["spans"]
    bounds = []
    for (a0, a1), (b0, b1) in zip(heads, heads[1:]):
        # the gutter lies between the two header cells' centres, where no body cell crosses
        left, right = (a0 + a1) / 2, (b0 + b1) / 2
        free = [x for x in range(int(left), int(right)) if not any(s0 - 1 <= x <= s1 + 1 for s0, s1 in spans)]
        if not free:
            return None
        bounds.append(max(_runs(free), key=len)[0] + len(max(_runs(free), key=len)) / 2)
    if sum(1 for line in body if len(line["cells"]) >= 2) < 1:
        return None       # nothing side by side: a list under a heading line, not a table
    return bounds


def _runs(xs: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for x in xs:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _rows(body, bounds) -> list[list[str]]:
    width = len(bounds) + 1
    rows: list[list[list[str]]] = []
    bottom = None
    gaps = [b["top"] - a["bottom"] for a, b in zip(body, body[1:])]
    filled = [len({sum(1 for b in bounds if x0 > b) for x0, _x1, _t in line["words"]}) for line in body]
    each = len(body) >= 2 and max(gaps) - min(gaps) <= 1.5 and min(filled) >= 2
    for line in body:         # evenly spaced lines that each fill two columns or more: a row per line
        if bottom is None or each or line["top"] - bottom > line["size"] * 0.6:
            rows.append([[] for _ in range(width)])     # a vertical gap: the next row
        parts: dict[int, list[str]] = {}
        for x0, _x1, text in line["words"]:
            parts.setdefault(sum(1 for b in bounds if x0 > b), []).append(text)
        for col, words in parts.items():
            rows[-1][col].append(" ".join(words))
        bottom = line["bottom"] if bottom is None else max(bottom, line["bottom"])
    return [[_cell(parts) for parts in row] for row in rows]


def _cell(parts: list[str]) -> str:
    """Lines of one cell joined; a bullet opens a new item."""
    items: list[str] = []
    for part in parts:
        if _BULLET.match(part) or not items:
            items.append(_BULLET.sub("", part))
        else:
            items[-1] = f"{items[-1]} {part}"
    items = [clean(i) for i in items if clean(i)]
    return ITEM_SEP.join(items) if len(items) >= 2 else (items[0] if items else "")
