"""Items set as plain paragraphs under a lead that names them ("وتوصل المشاركون إلى عدد من التوصيات تمثلت في:",
"The workshop made these recommendations:"): news pages and pasted minutes often drop the bullets. Each short
paragraph after such a lead is one recommendation, unsure (where the list ends, nothing marks). Pure."""
from __future__ import annotations

import re

# the lead names what follows as recommendations or decisions (not "agreed to:", whose items are read by content)
_NAMES_OUTCOMES = re.compile(r"(?i)توصيات|التوصيات|قرارات|القرارات|\brecommendations?\b|\bdecisions\b|\bresolutions\b")

_POINTS_ON = re.compile(r"(?i)\b(?:below|as follows|the following|listed)\b|أدناه|ادناه|كما يلي|ما يلي|التالية|الآتية|الاتية")


def names_outcomes(lead: str | None) -> bool:
    return bool(lead and _NAMES_OUTCOMES.search(lead))


def paragraph_item(lead: str | None, text: str, is_row: bool, marked: bool) -> bool:
    """A paragraph under a lead that names recommendations that reads as one item: one sentence (a phrase
    without a full stop inside), not itself a lead, not a table row or a bulleted line (read as such)."""
    if not names_outcomes(lead) or is_row or marked:
        return False
    text = text.strip()
    if text.endswith(":") or not 15 <= len(text) <= 300:
        return False
    if _POINTS_ON.search(text):
        return False     # "..., as listed below.": a sentence between the lead and its list
    return not re.search(r"[.!?؟]\s+\S", text)     # two sentences: prose after the list, not an item
