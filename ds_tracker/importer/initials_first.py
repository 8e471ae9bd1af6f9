""""[DC] Dana Cole", "(AR) Ana Ruiz – IOM": an attendance line that opens with the initials the minutes will
call the person by, in brackets, then the name. The same as "Dana Cole (DC)": the line is given to the people
reader in that order (a bracket first had made the line no name at all). Only when the letters are the name's
own initials ("[IOM] Ana Ruiz" is a body and left as it is). Pure helper and a mixin the line reader calls."""
from __future__ import annotations

import re

from .lines import Line
from .person import short_form

_FIRST = re.compile(r"^[\[(](?P<short>[A-Z][A-Za-z]{1,3})[\])]\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                    r"(?P<rest>(?:\s*[(,–—-].*)?)$")


def initials_last(text: str) -> str | None:
    """"[DC] Dana Cole (chair)" -> "Dana Cole (DC) (chair)"; None when the line is not of that shape."""
    m = _FIRST.match(text.strip())
    if not m or not short_form(m["name"], m["short"]):
        return None
    return f"{m['name']} ({m['short']}){m['rest']}"


class InitialsFirst:
    """Mixed into the line reader: an attendance line's leading initials moved after the name."""

    def initials_first(self, line: Line) -> None:
        if self.state.section != "participants" or line.is_row:
            return
        turned = initials_last(line.text)
        if turned:
            line.text = turned
