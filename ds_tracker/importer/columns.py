"""Table headers and numbered lists (pure): which column holds what, and where a numbering goes back."""
from __future__ import annotations

import functools
import re

from ..textnorm import normalise
from . import vocab
from .lines import Line


def _digits(text):
    from ..dates import normalise_digits
    return normalise_digits(text)


_COLUMN_WORDS: dict | None = None


def columns_of(cells, wanted) -> dict | None:
    """{kind: column index} when the cells are a header row naming at least two of the wanted columns (pure)."""
    found = dict(_named_columns(tuple(cells)))
    if sum(1 for k in wanted if k in found) >= 2 or ("name" in wanted and "name" in found and len(cells) <= 3
                                                     and any(k in found for k in ("number", "position"))):
        return found
    return None


@functools.lru_cache(maxsize=4096)
def _named_columns(cells: tuple) -> tuple:
    """What each cell names, as (kind, index) pairs; the same row is asked about many times in a parse."""
    global _COLUMN_WORDS
    if _COLUMN_WORDS is None:
        _COLUMN_WORDS = {kind: [normalise(w) for w in words] for kind, words in vocab.COLUMNS.items()}
    found = {}
    keys = [re.split(r"\s*/\s*|\s+and\s+|\s+و\s*", normalise(cell).strip(" :"))[0] for cell in cells]  # "Title/Organization"
    wholes = [re.sub(r"\((?:ies|s|es)\)$", "", normalise(cell).strip(" :")) for cell in cells]   # "Agency(ies)"
    keys = [re.sub(r"\((?:ies|s|es)\)$", "", k) for k in keys]
    for exact in (True, False):   # exact names first; then "Responsible party" as a "responsible" column
        for i, key in enumerate(keys):
            if i in found.values() or not key:
                continue
            for kind, words in _COLUMN_WORDS.items():
                if kind not in found and (key in words or (not exact and (
                        any(key.startswith(w + " ") for w in words) or    # "Responsible party"
                        any(wholes[i].endswith(" " + w) for w in words if " " in w)))):   # "Person/entity in charge"
                    found[kind] = i
                    break
    return tuple(found.items())


def _number(text: str | None) -> int | None:
    head = _digits(text or "").split(".")[0]
    return int(head) if head.isdigit() else None


def _breaks_numbering(line: Line, last: int | None) -> bool:
    """A number that goes back in a numbered list (and reads as a title) starts a new section."""
    number = _number(line.number)
    restart_title = number == 1 and re.search(r"\s(?:of|the|and|for|on|to|in)\s", line.text)   # "1. Review of the Agenda"
    return bool(number and last and number < last and (number != 1 or restart_title) and len(line.text) <= 60
                and not re.search(r"[–—-]|,|\(", line.text))
