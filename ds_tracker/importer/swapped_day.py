"""A numeric date whose day and month could swap ("07-09-2002": 7 September or July 9) is settled by the same
text spelling one of its readings ("Regular Council Meeting July 9, 2002"): a web page's stamp is written the
American way or the other, the words say which. Pure."""
from __future__ import annotations

import re
from datetime import date

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")


def settle_swapped(text: str, found: list, dates_in) -> list:
    """found (the days read from text, in order) without the numeric date's reading when the text spells the
    other reading of it and not this one."""
    text = (text or "")[:4000]      # a header line; a whole page run into one line is read at its head
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if not (a <= 12 and b <= 12 and a != b):
            continue
        read = [d for d, _g in dates_in(m[0])]
        if len(read) != 1:
            continue
        other = date(year, a, b) if read[0] == date(year, b, a) else date(year, b, a)
        spelled = [d for d, _g in dates_in(text[:m.start()] + " " + text[m.end():])]
        if other in spelled and read[0] not in spelled and other in found:
            found = [d for d in found if d != read[0]]
    return found
