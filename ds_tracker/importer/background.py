"""What a section of background or discussion may yield (PURE): no outcome rows, unless a row states a decision
outright ("It was agreed that ...", "Participants ... agreed that ...", "اتفق الحاضرون على ..."), kept unsure. A
discussion's "was approved but not yet transferred" or "recommended to ..." is what was said, not what the meeting
decided (a stranger's report: a discussion item the reviewer had mapped to background came out as a
recommendation)."""
from __future__ import annotations

import re

from .template import heading_key

_OUTRIGHT = re.compile(
    r"(?i)(?<!\bnot )\b(?:agreed|decided|resolved)\s+(?:that|to|on|upon)\b|\bit was (?:agreed|decided|resolved)\b|"
    r"\bconsensus was reached\b|(?:^|[\s،,.(])(?:و|ف)?(?:اتفق|تم الاتفاق|تقرر|قرر|أقر|اقر)(?:ت|وا)?(?![\u0600-\u06ff])|"
    r"تمت الموافقة على|(?:و)?وافق\s+\S+\s+على")


def stated_outright(text: str) -> bool:
    """A decision the row states in so many words."""
    return bool(_OUTRIGHT.search(text or ""))


def taught(template, line) -> bool:
    """The reviewer said what this heading opens (the forum's template), not the heading's words."""
    text = line.cells[0] if line.is_row else line.text
    return bool(text and len(text) <= 120 and template.headings.get(heading_key(text)))


def quiet(state, text: str) -> bool:
    """True when a row must yield no outcome: under a heading the reviewer mapped to background or discussion, a
    row that decides nothing outright. (A heading read as background by its words keeps the content rules.)"""
    return state.section == "background" and state.taught and not stated_outright(text)
