"""A site's post about a meeting may give the meeting's own span in its front matter ("from: 2023-08-31 ...",
"start_date: 2024-02-05", "event_date: ..."): unlike "date:" (the day the post went up), these keys name the
event's day. Read when the text gives no day of its own. Pure."""
from __future__ import annotations

import re

from .lines import Line

_KEYS = re.compile(r"^(?:from|start|starts|start_date|startdate|event_date|meeting_date|meeting)\s*[:=]\s*(.+)$")


def front_day(lines: list[Line], front: set[int], dates_in) -> list:
    """The first day a front matter's event key gives, as a one-day list; [] when none."""
    for line in lines:
        if line.no not in front:
            continue
        m = _KEYS.match(line.text.strip())
        found = [d for d, guessed in dates_in(m[1].strip(" '\"")) if not guessed] if m else []
        if found:
            return found[:1]
    return []
