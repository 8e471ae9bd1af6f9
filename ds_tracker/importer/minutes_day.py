"""The minutes proper, labelled with their day ("Meeting Minutes: June 18, 2008", "Minutes – 4 May 2021"), may
stand below a proposed agenda, past the lines a header is looked for in: that label dates the meeting. Read
when the head gives no day. Pure."""
from __future__ import annotations

import re

from .lines import Line
from .reading import dates_in
from .state import _State

_LABEL = re.compile(r"(?i)^(?:meeting\s+)?minutes(?:\s+of\s+the\s+meeting)?\s*(?::|[-–—])\s*(?P<rest>.{6,40})$")


def minutes_day(lines: list[Line], dates_in=dates_in) -> list:
    """The day of the first line that labels the minutes with a date alone; [] when none does."""
    for line in lines[:400]:
        m = _LABEL.match(line.text.strip()) if not line.is_row else None
        found = [d for d, guessed in dates_in(m["rest"]) if not guessed] if m else []
        if len(found) == 1:
            return found
    return []


class MinutesLabel:
    """Mixed into the line reader: "Meeting Minutes: June 18, 2008" ends the agenda above it; the minutes begin."""

    def minutes_label(self, line: Line) -> bool:
        m = _LABEL.match(line.text.strip()) if not line.is_row and self.state.section == "agenda" else None
        if not m or not dates_in(m["rest"]):
            return False
        self.state = _State(section="other")
        return True
