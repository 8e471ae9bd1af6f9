"""The chair named before the verb: "Dr. Lina Haddad, Director, Health Office, chaired the meeting and welcomed
everyone", "Omar Said (WFP) chaired the session". The name, then its post and body between commas (or the body in
brackets), right before "chaired / co-chaired / presided over the meeting". Pure."""
from __future__ import annotations

import re

_NAME = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,4})"
_VERB = r"\s+(?P<verb>co-?chaired|chaired|presided over|facilitated)\s+the\s+(?:meeting|session|workshop)\b"
# after a sentence's start (or a heading's colon): "Welcome: Dr. X, Director, Body, chaired the meeting"
_START = r"(?:^|(?<=[.:;])\s+)"
_COMMAS = re.compile(_START + _NAME + r",\s+(?P<post>[^,()]{2,50}),\s+(?P<org>[^,()]{2,60}(?:,\s*[A-Z][A-Za-z]{1,9})?),?"
                     + _VERB)
_BRACKET = re.compile(_START + _NAME + r"\s*\((?P<org>[^()]{2,60})\)" + _VERB)


def chair_before_verb(text: str) -> tuple[str, str | None, str | None, str] | None:
    """(name, post, body, role) of the one who chaired, named before the verb; None when no such clause."""
    m = _COMMAS.search(text) or _BRACKET.search(text)
    if not m:
        return None
    role = "facilitator" if m["verb"].startswith("facilitated") else "chair"
    return m["name"].strip(), (m["post"].strip() if "post" in m.groupdict() and m["post"] else None), \
        m["org"].strip(), role
