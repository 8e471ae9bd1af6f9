"""People listed with their initials: "Ana Ruiz (AR), Li Wei (LWI), ..." - the record's key to who said what in
notes that quote speakers by initials. The bracket is made of the name's own letters, so it is no body; and a line
of three or more such entries is a roll of those present even with no heading above it ("Remote:" above it names
its group)."""
from __future__ import annotations

import re

from .inline_people import _NOT_NAMES, attendance_entries
from .person import _ORG_WORDS
from .lines import Line

_ENTRY = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){1,4})\s*\((?P<short>[A-Z]{2,4})\)$")


def own_initials(name: str, short: str) -> bool:
    """"Ana Ruiz" (AR), "Valery Young" (VYG): the short form opens with the name's first letter and takes the rest
    of its letters, in order, from the name; and it starts each of the name's first and last words. Pure."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper()]
    if len(words) < 2 or not short.isupper() or short[0] != words[0][0].upper():
        return False
    letters, at = "".join(words).upper(), 0
    for ch in short:
        at = letters.find(ch, at) + 1
        if not at:
            return False
    return words[-1][0].upper() in short[1:]


def initialled_roll(text: str) -> list[str]:
    """The names of a line of "Name (INITIALS)" entries, three or more, all of that shape and most of the brackets
    the name's own initials; else []. Pure."""
    entries = attendance_entries(text)
    if len(entries) < 3:
        return []
    found = [_ENTRY.match(e) for e in entries]
    if not all(found) or any(_ORG_WORDS.search(w) or w.lower() in _NOT_NAMES for m in found for w in m["name"].split()):
        return []      # "Norwegian Refugee Council (NRC)": a body's short form is its initials too
    if sum(own_initials(m["name"], m["short"]) for m in found) < 0.75 * len(found):
        return []      # a nickname's initials ("Jack Lee (JBL)") among them: the shape and most say it
    return [m["name"] for m in found]


class InitialledRolls:
    """Mixed into parse._Reader: a roll of initialled names read wherever it stands."""

    def initialled(self, line: Line) -> bool:
        names = initialled_roll(line.text) if not line.is_row else []
        if not names:
            return False
        at = self.place_of(line)
        above = next((l for l in reversed(self.lines[:at]) if not l.blank), None) if at else None
        label = self.roll_label(above.text) if above and above.text.rstrip(" *_").endswith(":") else None
        heading, self.state.heading = self.state.heading, label    # "Present:" names no group, "Remote:" does
        for name in names:
            if not any(p["name"] == name for p in self.draft["participants"]):
                self._add_participant(name, None, None, line)
        self.state.heading = heading
        return True
