"""A header form whose cells a PDF ran into one line with no colons: "Meeting Name Shelter WG Meeting Date 3 May
2019 Meeting Location Kassala Meeting Time 10:00 Chair person Ana Ruiz". The labels are the form's usual ones,
capitalised as a form's labels are; a field's value is what stands between its label and the next label. Pure."""
from __future__ import annotations

import re

# labels of such a form, longest first so "Meeting Location" wins over "Location"
_LABELS = sorted(["Meeting Name", "Meeting Date", "Meeting Location", "Meeting Venue", "Meeting Time",
                  "Meeting Duration", "Meeting Title", "Chair person", "Chairperson", "Chaired by", "Minutes Prepared by",
                  "Minutes taken by", "Purpose of Meeting", "Date", "Time", "Venue", "Location", "Place of meeting",
                  "Participants", "Facilitator"], key=len, reverse=True)
_LABEL = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in _LABELS) + r")(?![\w-])")


def unmarked_field(text: str, wanted: list[str]) -> str | None:
    """The value of the first `wanted` label ("Meeting Location", "Venue") with no colon after it, on a line holding
    three labels or more; None when the line is no such form or the value is empty or long."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < 3 or any(not text[a.end():b.start()].strip(" :|") for a, b in zip(labels, labels[1:])):
        return None     # "Date Time Venue Agenda": a table's header, the labels side by side with no value
    for m, nxt in zip(labels, labels[1:] + [None]):
        if m[0].lower() in wanted and not text[m.end():].lstrip().startswith(":"):   # "Venue: X" is read elsewhere
            value = text[m.end():nxt.start() if nxt else None].strip(" ,;")
            return value if value and len(value) <= 80 else None
    return None
