"""What each planned letter of an imported draft carries, and to whom: the review shows it, the save makes it."""
from __future__ import annotations

from typing import NamedTuple

from ..importer.escalation import RAISES_ALL as _ALL   # one table: what raises the whole meeting
from .core import clean


class EscalationPoint(NamedTuple):
    text: str | None        # the point the sentence asks to raise, when it is one of its own
    carries_all: bool       # it raises the meeting's recommendations (or says nothing of what): all ticked


# "… the recommendations / outcomes of the meeting will be submitted to …": the letter carries them all.


def escalation_points(data: dict) -> list[EscalationPoint]:
    """For each escalation of a draft, what its planned letter carries by default. The sentence that raises it
    (its row among the commitments, on the same line) either raises the meeting's recommendations or outcomes
    ("the outcomes will be submitted to the Council of Ministers"), or there is none: every recommendation; or
    it raises a point of its own ("the delay in paying compensation to be raised to the Council of Ministers"):
    that point, kept as a recommendation, and no other."""
    by_line = {c.get("line"): c.get("text") for c in data.get("commitments", []) if c.get("escalation")}
    # "Recommendation (to be raised to the Ministry of Finance): ...": a recommendation on the escalation's own line
    # is the point it raises
    by_line.update({r.get("line"): r.get("text") for r in data.get("recommendations", []) if r.get("line") in
                    {e.get("line") for e in data.get("escalations", [])} and r.get("line") not in by_line})
    points = []
    for e in data.get("escalations", []):
        text = (by_line.get(e.get("line")) or "").strip() or None
        raises_all = text is None or bool(_ALL.search(text))
        points.append(EscalationPoint(None if raises_all else text, raises_all))
    return points




def readdressed(data: dict, addressed: dict[int, str] | None) -> dict:
    """The draft with each planned letter's body as the reviewer corrected it (addressed: the i-th escalation's
    body as typed; empty or unchanged: as the report names it)."""
    if not addressed:
        return data
    letters = [{**e, "body": clean(addressed.get(i)) or e["body"]} for i, e in enumerate(data.get("escalations", []))]
    return {**data, "escalations": letters}
