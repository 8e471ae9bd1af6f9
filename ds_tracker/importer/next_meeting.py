"""The next meeting a report announces ("Next meeting: 21 December 2026", "The next monthly meeting will be held on
21 December 2026", "يُعقد الاجتماع القادم يوم ٢١/١٢/٢٠٢٦"), read from the draft's text (PURE). The review screen shows
it and the save records it as the forum's coming meeting (it was read into the minutes, then lost)."""
from __future__ import annotations

import re
from datetime import date

from .reading import dates_in

_CUE = re.compile(r"(?i)\bnext\s+(?:\w+\s+){0,2}meeting\b|\bnext\s+session\b|"
                  r"(?:ال)?(?:اجتماع|إجتماع|جلسة)\S*\s+(?:ال)?(?:قادم|مقبل|تال)|موعد\s+(?:ال)?(?:اجتماع|إجتماع)")
_HEADING = re.compile(r"^#+\s+|^\s*(?:[\d\u0660-\u0669]+|[IVX]+|\S+اً)\s*[.):\-–]\s*")


def next_meeting(text: str, after: date | None = None) -> dict | None:
    """{"date": ISO day, "line": its line} for the first day after the meeting's (after) that a line announcing
    the next meeting, or the line under a "Next meeting" heading, gives; None when the report names none."""
    lines = (text or "").splitlines()
    for i, line in enumerate(lines):
        if not _CUE.search(line):
            continue
        candidates = [(i, line)]
        if len(_HEADING.sub("", line).split()) <= 6:       # a heading: the day is on the lines below it
            candidates += [(j, lines[j]) for j in range(i + 1, min(i + 3, len(lines)))]
        for no, candidate in candidates:
            for day, guessed in dates_in(candidate):
                if not guessed and (after is None or day > after):
                    return {"date": day.isoformat(), "line": no + 1}
    return None

