"""The marks a news page sets around names, read away before the names are read: a comma typed against the next
word ("اللجنة ،بحضور"), a name between slashes ("بحضور / سعاد كامل / مديرة ..."), a name in quotation marks
("الدكتورة “هدى سالم”"), the full stop of an abbreviated title ("د. هدى سالم"). Pure."""
from __future__ import annotations

import re

_GLUED = re.compile(r"([،؛,])(?=[\u0621-\u064a])")
_SLASHED = re.compile(r"(?<=\s)/\s+([^/\n]{2,60}?)\s+/(?=\s|[،,])")      # " / name / ": spaced slashes only
# "د. سامر", "ود.سامر", "م. هالة": an abbreviated title's full stop ends no sentence
_ABBREVIATED = re.compile(r"(?<![\u0621-\u064a])(و?)(د|م)\.\s*(?=[\u0621-\u064a])")
_QUOTED = re.compile(r"[“”«»„\"]([\u0621-\u064a][\u0621-\u064a ]{1,40}[\u0621-\u064a])[“”«»\"]")


def news_spacing(text: str) -> str:
    """The sentence with the comma spaced and the slashes and quotation marks around a short phrase gone
    ("2022/3/4" keeps its slashes: only spaced ones set off a name)."""
    text = _GLUED.sub(r"\1 ", text)
    text = _ABBREVIATED.sub(r"\1\2 ", text)
    text = _SLASHED.sub(r"\1", text)
    return _QUOTED.sub(r"\1", text)
