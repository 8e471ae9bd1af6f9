"""A step still to be done, said in the future passive ("A summary will be shared by the secretariat", "Draft plan
to be circulated", "The note is finalized and to be shared soon"): planned_step. Pure; outcome_words re-exports it."""
from __future__ import annotations

import re

from . import vocab
from .reading import dates_in, day_month


_PLANNED_VERB = r"(?:" + "|".join(vocab.PLANNED_VERBS) + r")\b(?P<rest>.*)$"
_PLANNED = re.compile(r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\bwill (?:then |also |soon |later |now |again )?be "
                      + _PLANNED_VERB, re.I)
# "Draft strategy to be shared with partners": the item's own predicate, no verb before it ("was agreed to be")
_TO_BE = re.compile(r"^(?P<subject>[^,;()]{3,80}?)\s+to be " + _PLANNED_VERB, re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|wants?|needs?|agreed|decided|asked|requested)\b", re.I)
_AGENT = re.compile(r"^\s+by\s+(?P<owner>(?:the\s+)?(?:[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,3}|"
                    r"(?:[a-z]+\s+)?(?:" + "|".join(re.escape(w) for w in vocab.OWNER_WORDS) + r"|cluster|sector)))\b")


# where the clause that holds the step begins: "..., they will be", "... was shared and a summary will be"
_CLAUSE = re.compile(r"(?:[,;]|\band)\s+(?=(?:the|a|an|this|these|those|they|it|its|their|all|each)\s)", re.I)


# what is done, a dash (or "and"), then its next step clipped: "The survey is complete - to be shared by end May",
# "The note is finalized and to be shared soon"
_DASH_NEXT = re.compile(r"(?:\s[-–—]|\b(?:is|are|was|were)\s+(?:now\s+)?[a-z]+ed,?\s+and)\s+to\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\b")


def planned_step(sentence: str) -> tuple[str, str | None] | None:
    """"A summary will be shared by the secretariat", "Draft plan to be circulated": a step still to be done, in the
    future passive; (its clause, the body after "by" as its owner or None). None for "which will be discussed" (a
    clause about something else). Pure."""
    sentence = sentence.strip().rstrip(" ./")     # "... with partners /": a flattened table's cell mark
    then = _DASH_NEXT.search(sentence)
    if then and 15 <= len(sentence) <= 300:     # "Data collection is finished - to be released by end May"
        return sentence, None
    m = _PLANNED.search(sentence)
    if not m:
        m = _TO_BE.match(sentence)
        m = m if m and not _FINITE.search(m["subject"]) and not _outcome_kind(sentence) else None
    if not m or len(sentence) > 300 or len(sentence) < 15:
        return None
    clause = [c.end() for c in _CLAUSE.finditer(sentence, 0, m.start())]
    if clause and m.re is _PLANNED:      # "As the minutes were not final, they will be reviewed ...": the clause
        sentence = sentence[clause[-1]:]
    if re.match(r"(?i)(?:this|it|that)\s+will\b", sentence):
        return None      # "... and this will be updated in the 5W": what "this" is lies in the words before
    agent = _AGENT.match(m["rest"])
    owner = agent["owner"] if agent and not dates_in(agent["owner"]) and not day_month(agent["owner"]) else None
    return sentence, owner


def _outcome_kind(sentence: str):
    from .outcome_words import outcome_kind     # (outcome_words imports this module)
    return outcome_kind(sentence)
