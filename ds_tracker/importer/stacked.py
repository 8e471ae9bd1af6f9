"""An action table that a PDF copy turned into one cell a line, column by column ("ACTION ITEM" then its items,
"RESPONSIBLE PARTY" then its owners, "TIMELINE" then its dates), and the rows of its next page that come after
it with no header, their actions first and then their owners and dates mixed (StackedReader, mixed into
parse._Reader). Pure."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .lines import Line
from .reading import dates_in, day_month

_KINDS = ("action", "responsible", "deadline")
_EXTRA = {"action": ["action item", "action items", "action required", "actions required"],
          "responsible": ["responsible party", "responsible parties", "responsible persons", "focal person"],
          "deadline": ["timeline", "time frame", "target date", "completion date"]}
_HEADERS = {normalise(w): kind for kind in _KINDS for w in vocab.COLUMNS[kind] + _EXTRA[kind]
            if len(w) > 3 and w not in ("date", "what", "when", "lead", "task", "activity", "follow-up")}
_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\.?$", re.I)     # "Dec. 23" then "th" on the next line


def _is_date(text: str) -> bool:
    return len(text) <= 30 and bool(dates_in(text) or day_month(text)) and not re.search(r"\b(?:to|will)\b", text)


class StackedReader:
    """Uses the outcome reader's _add_action and section_of."""

    def stacked_table(self, line: Line) -> bool:
        """True when `line` is the action header of such a table: its rows are read, its lines taken."""
        if line.is_row or _HEADERS.get(normalise(line.text).strip(" :")) != "action":
            return False
        start = self.position(line)
        segments, kind, used = {"action": []}, "action", []
        for other in self.lines[start + 1:start + 80]:
            if other.blank:
                continue
            key = _HEADERS.get(normalise(other.text).strip(" :")) if not other.is_row else None
            if key and key not in segments:
                segments[key], kind = [], key
                used.append(other.no)
                continue
            if other.is_row or (self.section_of(other) and not key):
                break
            segments[kind].append(other)
            used.append(other.no)
        rows = len(segments["action"])
        if len(segments) < 2 or not rows or any(len(v) < rows for v in segments.values()):
            return False
        last = list(segments)[-1]
        for i, item in enumerate(segments["action"]):
            owner = segments["responsible"][i].text if "responsible" in segments else None
            due = segments["deadline"][i].text if "deadline" in segments else None
            self._add_action(item.text, owner, due, item)
        owners = {normalise(l.text) for l in segments.get("responsible", [])}
        self._stacked_rest(segments[last][rows:], owners)
        self._taken.update(used)
        self._heading(line, "actions")
        return True

    def _stacked_rest(self, extra: list[Line], owners: set[str]) -> None:
        """The rows after the first block: actions (a line in lower case continues the one above), then owners and
        dates in any order; paired in order when the counts agree, else the actions alone (unsure)."""
        tasks, who, when = [], [], []
        heads = {o.split()[0] for o in owners if o}
        for line in extra:
            text = line.text
            if _SUFFIX.match(text) and when:
                when[-1] += text
            elif _is_date(text):
                when.append(text)
            elif len(text.split()) <= 4 and (normalise(text) in owners or normalise(text).split()[0] in heads
                                             or self.ref.organisation(text) or re.match(r"[A-Z]{2,}\b", text)):
                who.append(text)           # "FSAC IM": an owner named before, or a body
            elif text[:1].islower() and tasks and not who and not when:
                tasks[-1] = (tasks[-1][0] + " " + text, tasks[-1][1])
            elif not who and not when:
                tasks.append((text, line))
        paired = len(who) == len(tasks) and len(when) in (0, len(tasks))
        for i, (task, line) in enumerate(tasks):
            self._add_action(task, who[i] if paired else None, when[i] if paired and when else None, line)
            if not paired:
                self.draft["actions"][-1]["unsure"] = True
