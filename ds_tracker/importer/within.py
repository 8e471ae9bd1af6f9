"""A due date given as a span from the meeting: "within thirty days", "within two weeks", "خلال أسبوعين",
"في غضون ٣٠ يوماً". The draft keeps the span in days; finish._meeting_year adds it to the meeting's day."""
from __future__ import annotations

import re

from ..dates import normalise_digits
from .reading import MONTHS

_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
               "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90}
_AR_NUMBERS = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "عشرة": 10,
               "خمسة عشر": 15, "عشرين": 20, "ثلاثين": 30, "ستين": 60, "تسعين": 90}
_EN_UNITS = {"day": 1, "days": 1, "working day": 1, "working days": 1, "business days": 1, "week": 7, "weeks": 7,
             "month": 30, "months": 30}
# each word: (days in one, how many the word says alone): "أسبوعين" is two weeks (the dual), "أسابيع" needs a number
_AR_UNITS = {"يوم": (1, 1), "يوما": (1, 1), "يوماً": (1, 1), "أيام": (1, None), "ايام": (1, None), "يومين": (1, 2),
             "أسبوع": (7, 1), "اسبوع": (7, 1), "أسبوعين": (7, 2), "اسبوعين": (7, 2), "أسابيع": (7, None),
             "اسابيع": (7, None), "شهر": (30, 1), "شهرين": (30, 2), "أشهر": (30, None), "اشهر": (30, None)}

_EN = re.compile(r"(?i)\bwithin\s+(?:the\s+(?:next|coming)\s+|the\s+)?(?P<n>\d{1,3}|" + "|".join(_EN_NUMBERS) +
                 r")\s+(?:\(\d{1,3}\)\s+)?(?P<unit>working days?|business days|days?|weeks?|months?)\b")
_AR = re.compile(r"(?:خلال|في غضون|بغضون|مدة\s+أقصاها|مدة\s+اقصاها)\s+(?:مدة\s+)?(?:(?P<n>\d{1,3}|" +
                 "|".join(sorted(_AR_NUMBERS, key=len, reverse=True)) + r")\s+)?(?P<unit>" +
                 "|".join(sorted(_AR_UNITS, key=len, reverse=True)) + r")(?![\u0600-\u06ff])"
                 r"(?!\s+(?:ال)?(?:ماضي|ماضية|ماضيين|سابق|سابقة|سابقين|منصرم|منصرمة|أخير|الأخيرة|اخير))")   # the past


_MONTH_NAMES = {k for k in MONTHS if not k.isascii()}


def within_days(text: str) -> int | None:
    """Days from the meeting a task is due in, or None when the text gives no such span."""
    digits = normalise_digits(text or "")
    m = _EN.search(digits)
    if m:
        n = m["n"].lower()
        return (int(n) if n.isdigit() else _EN_NUMBERS[n]) * _EN_UNITS[m["unit"].lower()]
    m = _AR.search(digits)
    after = digits[m.end():].split()[:1] if m else []
    if m and after and after[0].strip("،,.") in _MONTH_NAMES:
        return None                # "خلال شهر أيار": during May, no span
    if m:
        per, alone = _AR_UNITS[m["unit"]]
        count = (int(m["n"]) if m["n"].isdigit() else _AR_NUMBERS[m["n"]]) if m["n"] else alone
        return count * per if count else None      # "خلال أسبوع", "خلال شهرين": the word holds the count
    return None
