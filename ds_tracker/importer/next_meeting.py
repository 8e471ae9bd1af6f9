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
        cue = _CUE.search(line)
        if not cue:
            continue
        # the day after the cue: "... قبل 15 كانون الأول، على أن تقدم X في الاجتماع القادم" names another day first
        candidates = [(i, line[cue.start():])]
        if len(_HEADING.sub("", line).split()) <= 6:       # a heading: the day is on the lines below it
            candidates += [(j, lines[j]) for j in range(i + 1, min(i + 3, len(lines)))]
        for no, candidate in candidates:
            for day, guessed in dates_in(candidate):
                if not guessed and (after is None or day > after):
                    return {"date": day.isoformat(), "line": no + 1, "place": _place_after(candidate, day.year)}
    return None


_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|"
                   r"(?:في\s+)?الساعة\s+\S+(?:\s+(?:صباح|ظهر|مساء|عصر)[اءً\u064b]*)?")


def _place_after(line: str, year: int) -> str | None:
    """Where the next meeting sits, as the line writes it after its day: "..., 10:00, Governorate Hall, Mosul." ->
    "Governorate Hall, Mosul"; "يوم ٢١/١٢/٢٠٢٦ في ديوان المحافظة." -> "ديوان المحافظة"."""
    digits = line.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    at = digits.rfind(str(year))
    if at < 0:
        return None
    rest = _TIME.sub(" ", line[at + 4:])
    for _ in range(3):      # "at 10 am in the office": each leading word that only leads to the place
        rest = re.sub(r"^[\s,،.:;\-–—()]*(?:(?:at|in|venue:?|location:?|في|ب)\s+)?(?:the\s+)?", "", rest, flags=re.I)
    rest = re.sub(r"[\s,،.;:\-–—(]+$", "", re.sub(r"\s*[,،]\s*[,،]\s*", ", ", rest)).strip(" ,،")
    return rest[:200] if 3 <= len(rest) and not re.match(r"(?i)(?:to be|tbc|tbd|يحدد|سيحدد)", rest) else None

