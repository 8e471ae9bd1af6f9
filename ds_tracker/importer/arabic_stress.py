"""What a speaker or a meeting stressed, in the spellings news reports use: the verb or its participle ("أكد",
"شدد", "مؤكداً", "مشدداً", "لافتين"), a few words (the speaker, set off by commas or slashes), then "على"/"علي"/
"إلى"/"إلي" and the need or importance ("ضرورة", "ضرور", "أهمية", "اهمية"; not "أن", which states a fact as
often as a need). Each is a recommendation, unsure (a news sentence is no list of outcomes). Pure."""
from __future__ import annotations

import re

from ..textnorm import ARABIC_MARKS

_MARKS = ARABIC_MARKS
_VERB = r"(?:و|ف)?(?:أكد|اكد|أكدت|اكدت|أكدوا|اكدوا|شدد|شددت|شددوا|مؤكدا|مؤكدة|مؤكدين|مشددا|مشددة|مشددين|" \
        r"لافتا|لافتة|لافتين|منوها|منوهين)"
_STRESS = re.compile(r"(?<![\u0621-\u064a])(?P<verb>" + _VERB + r")(?![\u0621-\u064a])"
                     r"(?P<who>(?:\s+[^\s.؛]+){0,9}?)\s*[،,/]?\s*"
                     r"(?P<on>على|علي|إلى|إلي|الى|الي)\s+(?P<what>(?:ضرورة|ضروره|ضرور|أهمية|اهمية)\s[^.؛]{8,})")


def stressed(text: str) -> list[str]:
    """Each stressed need or importance of the text, from the verb to the sentence's end. Pure."""
    text = _MARKS.sub("", text)
    out = []
    for sentence in re.split(r"\.{2,}|…|(?<=[.؛!?])\s+|\n", text):
        for m in _STRESS.finditer(sentence):
            if len(m["who"].split()) > 9:
                continue
            out.append(sentence[m.start():].strip(" ،,.\"“”"))
            break
    return out
