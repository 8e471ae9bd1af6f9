"""Action points under their heading, line by line and row by row: one section's reader, apart from the other outcomes."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .document import ITEM_SEP
from .labelled import _OWNER_LEAD, _compound
from .lines import Line, tidy
from .outcome_words import (_BODY_TASK, _GROUP_TASK, _dashed_row, columns_by_content, listed_task, outcome_kind,
                            tasks_in_cells)
from .reading import dates_in, day_month, first_date
from .sent_up import sentences

# a note beside a row's own action cell that says how a thing is to be, clipped: "Meetings to be open to the public",
# "Past recordings to be made public, pending ...": settled at the meeting (the row's tasks are in their own cell)
_SETTLED = re.compile(r"^(?:(?:the|all|past|future|new)\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+to\s+be\s+(?:fully\s+|made\s+)?"
                      r"(?:open|public|closed|private|published|recorded|shared|kept|held|added|removed|archived)\b")


def _header_words(text: str) -> bool:
    """A short line whose every part, between slashes or bars, is a column name ("Focal Point / Organization",
    "Action point | Responsible | Deadline"): a table's header."""
    from .columns import _named_columns
    parts = [p.strip(" :") for p in re.split(r"\s*[/|]\s*|\t", text) if p.strip(" :")]
    if not 2 <= len(parts) <= 6 or len(text) > 80:
        return False
    named = dict(_named_columns(tuple(parts)))
    extra = {normalise(w) for w in ("focal point", "focal person", "organization", "organisation", "agency")}
    return all(i in named.values() or normalise(p) in extra for i, p in enumerate(parts))


_ADVERBS = {"also", "then", "and", "however", "please", "kindly", "further", "additionally", "still"}


class ActionPoints:
    """Who does what by when, from the action-points section (mixed into outcomes.OutcomesReader). Uses the
    outcome reader's _header, _add_action, _action_from_sentence, _outcome_by_content, _is_escalation and loose_line."""

    # --- actions -----------------------------------------------------------------------------
    def _action_field(self, line: Line) -> bool:
        """"Responsible: MoMD" or "Deadline: 30 June" under the action point above it."""
        m = re.match(r"^([^:：]{2,25})[:：]\s*(.+)$", line.text)
        if not m or not self.draft["actions"] or line.is_row:
            return False
        label = normalise(m[1]).strip()
        last = self.draft["actions"][-1]
        if label in (normalise(w) for w in vocab.ACTION_FIELDS["owner"]):
            last["owner"] = m[2].strip().rstrip(".")
            last.pop("unsure", None)
            return True
        if label in (normalise(w) for w in vocab.ACTION_FIELDS["due"]):
            due, guessed = first_date(m[2])
            last["due"] = due.isoformat() if due else None
            if guessed or not due:
                last["unsure"] = True
            return True
        return False

    def action_line(self, line: Line):
        if re.match(r"^(?:next meeting|the next meeting|الاجتماع القادم)", line.text, re.I):
            return
        if not line.is_row and not line.bullet and not line.number and self._is_escalation(line.text):
            return        # "The recommendations will be submitted to the Council of Ministers": no action
        if self._action_field(line):
            return
        if not line.is_row and _header_words(line.text):
            return        # "Focal Point / Organization": a table's header set as a line, no task
        if self.state.columns and not line.is_row and not (line.bullet or line.number):
            return   # prose after an action table
        if line.is_row:
            if self._header(line.cells, ("action", "responsible", "deadline")) or _header_words(" / ".join(line.cells)):
                return    # (a header naming one kind of column and others: no columns learnt, no task either)
            cols = self.state.columns or columns_by_content(line.cells, self.ref)
            cells = line.cells
            def cell(kind):
                i = cols.get(kind)
                return cells[i] if i is not None and i < len(cells) and cells[i] else None
            if self.state.columns and "action" in cols:
                self._action_cells(cells, cols, cell, line)
                return
            text = cell("action") or next((c for c in cells if len(c) > 15), None)
            if text and not cell("responsible"):
                self._action_from_sentence(text, line)     # "NPC to share the slides | Ongoing": the owner in the words
                if cell("deadline") and not self.draft["actions"][-1]["due"]:
                    due, guessed = first_date(cell("deadline"))
                    self.draft["actions"][-1]["due"] = due.isoformat() if due else None
            elif text:
                self._add_action(text, cell("responsible"), cell("deadline"), line)
            return
        dashed = _dashed_row(line.text)
        if dashed:            # "CCCM cluster - circulate the revised timeline - 20 May 2019": a row typed with dashes
            self._add_action(dashed[1], dashed[0], dashed[2], line)
            return
        if self.state.table_kind == "weak" and not _OWNER_LEAD.match(line.text) and \
                not ((line.bullet or line.number) and re.match(r"(?i)to [a-z]{3,}\b", line.text)):   # "- To map ..." is a task
            for task in tasks_in_cells(line.text, False) if " / " in line.text else []:
                self._action_from_sentence(task, line)   # "... / -PC will share the report": the action cell
            self.loose_line(line)    # under "... action points:" at a line's end, prose stays prose
            return
        if not (line.bullet or line.number):
            if self._continues("actions", line) or line.text[:1].islower():
                return        # a wrapped line ("1: MoE to share the contact at DoE / responsible for ..."), kept or not
            own = self._own.get(line.no)
            whole = " ".join(own) if own else line.text
            if own == [] or outcome_kind(whole):
                if own:       # "The minutes were presented and" + "adopted.": a decision among the action points
                    self._outcome_by_content(whole, line)
                return
            if not (_OWNER_LEAD.match(line.text) or line.text.split()[0].lower() in vocab.ACTION_VERBS or
                    len(line.text) <= 150 and (dates_in(line.text) or
                                               self.ref.organisations_in(" ".join(line.text.split()[:8])))):
                later = [t for t in sentences(line.text)[1:] if listed_task(t.rstrip(" ."))] if " / " not in \
                    line.text else tasks_in_cells(line.text, False)
                for task in later:    # "... reported that X is preparing Y. PC will share ...", "... / -PC will share"
                    self._action_from_sentence(task, line)
                return        # "It was also announced that ...", a long paragraph naming a body or a day: prose beside
                #               the action points, no one to act
            if self.state.table_kind == "items" and not _OWNER_LEAD.match(line.text) and \
                    not self.ref.organisations_in(" ".join(line.text.split()[:8])):
                return        # prose between numbered action points names no one to act
        if line.bullet or line.number or len(line.text) > 20:
            if (line.bullet or line.number) and self.state.table_kind != "weak":
                self.state.table_kind = "items"
            for task in _compound(line.text):
                self._action_from_sentence(task, line)
            for sentence in sentences(line.text)[1:]:   # "PC to draft X by June. The committee to be formed ...":
                if outcome_kind(sentence):              # what was decided beside the task
                    self._outcome_by_content(sentence, line)
            self._tail = line.no

    def _continues(self, kind: str, line: Line) -> bool:
        """A line that starts in lower case right under the last item of `kind` is that item's wrapped end."""
        items = self.draft[kind]
        if not items or getattr(self, "_tail", None) != line.no - 1 or not line.text[:1].islower() or line.is_row:
            return False
        items[-1]["text"] = tidy(f"{items[-1]['text']} {line.text}").rstrip(".")
        self._tail = line.no
        parts = sentences(items[-1]["text"]) if kind == "actions" else []
        if len(parts) > 1 and all(_OWNER_LEAD.match(p) and len(p) < 200 and p.split()[0].lower() not in _ADVERBS
                                  for p in parts[1:]):
            items[-1]["text"] = parts[0].rstrip(" .")   # "Reach to translate the list of" + "schools. MoE to update"
            for task in parts[1:]:
                self._action_from_sentence(task, line)
        return True

    def _action_cells(self, cells, cols, cell, line):
        """A row of a table whose header names its action column ("Agenda | Discussion | Action Points"): each item
        of the action cell is an action (none when the cell is empty); decisions among the other cells' items."""
        concluded = cols.get("recommendations")
        for i, value in enumerate(cells):
            if value and (i not in cols.values() or i == concluded):
                for item in re.split(re.escape(ITEM_SEP) + r"|(?:^|\s)[•·]\s", value):
                    for sentence in sentences(item) if i == concluded else [item]:
                        if outcome_kind(sentence) == "decision":
                            self._outcome_by_content(sentence, line)
                        elif cols.get("action") is not None and i != concluded and _SETTLED.match(sentence.strip()):
                            self._outcome_by_content(sentence.strip(), line, "decision")   # "Calls to be open to all"
                        elif i == concluded and re.match(r"^[^,;]{2,60}?\s+to\s+(?!be\b)\w", sentence.strip()):
                            self._action_from_sentence(sentence.strip(), line)   # "Conclusions": "• UNHCR to share ..."
        owner, deadline = cell("responsible"), cell("deadline")
        if owner and not deadline:
            m = re.search(r"[,،;]\s*([^,،;]+)$", owner)
            if m and (dates_in(m[1]) or day_month(m[1])):
                owner, deadline = owner[:m.start()].strip(), m[1]   # "NRC and UNHCR, April 6 latest"
        for item in re.split(re.escape(ITEM_SEP) + r"|(?:^|\s)·\s", cell("action") or ""):   # typed "·" bullets too
            item = item.strip()
            if not item:
                continue
            if owner or deadline:
                self._add_action(item, owner, deadline, line)
            elif self.state.table_kind == "shared":      # "Key Points/Action": the points said, the tasks set
                for sentence in sentences(item):
                    if outcome_kind(sentence):
                        self._outcome_by_content(sentence, line)
                    elif (listed_task(sentence) or _BODY_TASK.match(sentence) or _GROUP_TASK.match(sentence)) and \
                            re.match(r"^[^,;]{2,60}?\s+to\s+(?!be\b)\w", sentence):   # "X to ...", not "X will ..."
                        self._action_from_sentence(sentence, line)
            else:
                self._action_from_sentence(item, line)      # "IOM to share the plan": the owner in the words
