"""A forum's usual meeting date, chosen in words and kept as an iCalendar RRULE. Pure Python.

Secretariats say "every month on the last Tuesday", never "FREQ=MONTHLY;BYDAY=-1TU": the admin form offers
how often / which / day, this module turns the three into a rule and back, and refuses what it cannot read.
"""
from __future__ import annotations

import re

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = (1, 2, 3, 4, -1)                 # first ... fourth, last
EVERY = ("", "weekly", "fortnightly", "monthly")

_MONTHLY = re.compile(r"^FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$")
_WEEKLY = re.compile(r"^FREQ=WEEKLY(?:;INTERVAL=(1|2))?;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$")


class RecurrenceError(ValueError):
    """`code` names what is wrong, for the web layer to say in the reader's language."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def to_rule(every: str, ordinal: int | None, weekday: str | None) -> str | None:
    """('monthly', -1, 'TU') -> 'FREQ=MONTHLY;BYDAY=-1TU'; ('', ...) -> None (no usual date)."""
    if not every:
        return None
    if every not in EVERY:
        raise RecurrenceError("every")
    if weekday not in WEEKDAYS:
        raise RecurrenceError("weekday")
    if every == "monthly":
        if ordinal not in ORDINALS:
            raise RecurrenceError("ordinal")
        return f"FREQ=MONTHLY;BYDAY={ordinal}{weekday}"
    interval = ";INTERVAL=2" if every == "fortnightly" else ""
    return f"FREQ=WEEKLY{interval};BYDAY={weekday}"


def from_rule(rule: str | None) -> tuple[str, int | None, str | None]:
    """The inverse of to_rule; raises RecurrenceError('rule') for a rule the form cannot show."""
    if not rule:
        return "", None, None
    rule = rule.strip().upper()
    if m := _MONTHLY.match(rule):
        return "monthly", int(m[1]), m[2]
    if m := _WEEKLY.match(rule):
        return ("fortnightly" if m[1] == "2" else "weekly"), None, m[2]
    raise RecurrenceError("rule")
