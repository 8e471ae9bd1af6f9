"""A line of an attendance list near the top ("Laurie Lyon — Vice President", "Ana Paris, Treasurer") names a
person and a post: a word of it that is also a town's name ("Lyon", "Paris") says nothing of where the meeting
sat. Pure."""
from __future__ import annotations

import re

from .person import _JOB_WORDS
from . import vocab

_NAME_THEN = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*(?:[—–,]|\s-\s)\s*(?P<post>.+)$")


def names_a_person(text: str) -> bool:
    """"Given Surname — a post": an attendance entry, not a place line."""
    m = _NAME_THEN.match(text.strip())
    if not m:
        return False
    words = [w.lower().strip(".,()") for w in m["post"].split()]
    return 0 < len(words) <= 5 and any(w in _JOB_WORDS or w in vocab.POSITION_STARTS for w in words)
