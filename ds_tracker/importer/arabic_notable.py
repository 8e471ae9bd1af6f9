"""Recommendations a news report names in its own prose, with no list: "أصدر التوصيات اللازمة ومن أبرزها X",
"خرج بعدد من التوصيات أهمها X", "وتواصلت التوصيات حيال X": X on to the sentence's end, one recommendation,
unsure (where one ends and the next begins, run-on prose does not mark). Pure."""
from __future__ import annotations

import re

from ..textnorm import ARABIC_MARKS

_MARKS = ARABIC_MARKS
# the recommendations named, then "the most notable of them", "among them", or the recommendations going on about
_NOTABLE = re.compile(r"(?:التوصيات|توصيات)(?:\s+[^\s.؛:]+){0,4}?\s+(?:و?من\s+)?(?:أبرزها|ابرزها|أهمها|اهمها|منها)\s+"
                      r"(?P<what>[^.؛:]{12,})|(?:تواصلت|توالت|جاءت|شملت|اشتملت)\s+التوصيات\s+(?:حيال|بشأن|على|حول)?\s*"
                      r"(?P<more>[^.؛:]{12,})")


def notable(text: str) -> list[str]:
    """Each recommendation the prose names after "أبرزها"/"أهمها"/"منها" or "تواصلت التوصيات". Pure."""
    text = _MARKS.sub("", text)
    out = []
    for sentence in re.split(r"(?<=[.؛!?])\s+|\n", text):
        for m in _NOTABLE.finditer(sentence):
            out.append((m["what"] or m["more"]).strip(" ،,.\"“”"))
    return out
