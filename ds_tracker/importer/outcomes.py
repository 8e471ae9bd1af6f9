"""Outcomes: recommendations, action points, next steps, sessions and escalations (OutcomesReader, mixed into
parse._Reader)."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .escalation import higher_bodies
from .sent_up import bodies_sent_up, sentences
from .document import ITEM_SEP
from .lines import Line, tidy
from .reading import dates_in, day_month, first_date
from .state import _State
from .background import quiet
from .escalation import RAISES_ALL
from .outcome_words import (_AR_OWNER, _dashed_row, inline_fields, _BODY_TASK, _GROUP_TASK, assignments, columns_by_content, tasks_in_cells, _NAMED_AFTER, _NO_TASK, _STATUS, _TASK, flattened_action, listed_task, planned_step, requested_task, advised_item,  # noqa: F401
                            outcome_kind)

from .labelled import LabelledReader, _compound, _OWNER_LEAD  # noqa: F401
from .tasks import TaskReader, _DUE  # noqa: F401

_ADVERBS = {"also", "then", "and", "however", "please", "kindly", "further", "additionally", "still"}


class OutcomesReader(LabelledReader, TaskReader):
    """What a meeting decided and who does what by when."""

    # --- recommendations ---------------------------------------------------------------------
    def _handled_first(self, line: Line) -> bool:
        """A table row is read as a recommendation row; an escalation sentence is the escalation reader's."""
        if line.is_row:
            self.table_recommendation(line)
            return True
        return self._is_escalation(line.text)

    def recommendation_line(self, line: Line):
        if self._handled_first(line):
            # "R1. ... to be raised to the Council of Ministers": a recommendation that goes up (not "submit the
            # recommendations to ...", which raises the others)
            if not line.is_row and (line.bullet or line.number) and not RAISES_ALL.search(line.text):
                self._add_recommendation(line.text, line, self.state.group)
            return
        if self.slashed_row(line):
            return
        text = line.text
        if line.bullet or line.number:
            self._add_recommendation(text, line, self.state.group)
            self.state.table_kind = self.state.table_kind or "items"
            if _NAMED_AFTER.search(text):     # "... sent to all members (Ms Rana Haddad)": her task too
                self._action_from_sentence(text, line)
            for owner, task in assignments(text) if self.lang == "ar" else []:   # "تكليف مديرية X بتحديث ...": a task
                self._add_action(task, owner, None, line)
                self.draft["actions"][-1]["unsure"] = True
            return
        if text.endswith(":"):
            self.loose_line(line)   # "The workshop concluded with the following key recommendations:"
            return
        if self.state.columns or self.state.table_kind:
            return   # a category row of a table, or prose after a list: not a recommendation
        if len(text) > 25:
            self._add_recommendation(text, line, self.state.group)

    def table_recommendation(self, line: Line):
        cells = line.cells
        if self._header(cells, ("challenges", "recommendations")):
            self.state.table_kind = "challenges"
            return
        cols = self.state.columns or {}
        idx = cols.get("recommendations")
        filled = [c for c in cells if c]
        if idx is not None and idx < len(cells) and cells[idx]:
            self._add_recommendation(cells[idx], line, self.state.group)
        elif len(filled) >= 2 and idx is None:
            self._add_recommendation(filled[-1], line, self.state.group)

    def _add_recommendation(self, text, line, group):
        text = tidy(text)
        if len(text) < 12:
            return
        self.draft["recommendations"].append({"text": text, "group": group["name"] if group else None,
                                              "line": line.no})

    def item_in_group(self, line: Line):
        if self._handled_first(line):
            return
        text = line.text
        if self.state.group_mode == "recommendations":
            self._add_recommendation(text, line, self.state.group)
        elif line.bullet or line.number:
            self.state.group["challenges"].append(text)
        elif not self.state.group["theme"] and len(text) < 80 and not text.endswith("."):
            self.state.group["theme"] = text

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
        if self.state.columns and not line.is_row and not (line.bullet or line.number):
            return   # prose after an action table
        if line.is_row:
            if self._header(line.cells, ("action", "responsible", "deadline")):
                return
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

    # --- next steps, sessions, everything else ------------------------------------------------
    def next_step_line(self, line: Line):
        if self._action_field(line):
            return
        text = line.text if not line.is_row else " ".join(line.cells)
        if self._is_escalation(text):
            return
        if (line.bullet or line.number) and re.search(r"\b(?:to|will)\s+\w+", text) and (dates_in(text) or
                                                                                     day_month(text)):
            self._action_from_sentence(text, line)
            return
        if line.bullet or line.number or len(text) > 30:
            self.draft["commitments"].append({"text": text, "addressees": self.ref.organisations_in(text),
                                              "line": line.no})

    def session_line(self, line: Line):
        text = line.text if not line.is_row else " ".join(line.cells)
        if self._is_escalation(text):
            return
        self._outcome_by_content(text, line)
        session = self.state.session
        if len(session["summary"]) < 1500:
            session["summary"] = (session["summary"] + "\n" + text).strip()

    def loose_line(self, line: Line):
        text = line.text if not line.is_row else " ".join(line.cells)
        row = flattened_action(text) if not line.is_row and " / " in text else None
        if row:
            self._add_action(*row, line)
            return
        tasks = tasks_in_cells(text, self.state.section != "background") if not line.is_row and \
            self.state.section in (None, "other", "background") else []
        below = not tasks and line.bullet and getattr(self, "_cell_tasks", None) == self._previous_no(line) and \
            listed_task(text)
        if below:
            tasks = [text]      # "· Cluster coordinator to facilitate ...": the action cell's next item, on its own line
        for task in tasks:      # "... / Partners to approach donors.", "... However, the team will circulate ..."
            self._action_from_sentence(task, line)
            self.draft["actions"][-1]["unsure"] = True
            self._cell_tasks = line.no
        for owner, task in assignments(text) if self.lang == "ar" else []:   # "كلفت لجنة بمراجعة الموازنة"
            self._add_action(task, owner, None, line)
            self.draft["actions"][-1]["unsure"] = True
        if tasks and (" / " in text or below):
            return
        if self._is_escalation(text):
            # "It was agreed that ... The meeting also agreed to raise it with the Governor": sent up, and decided
            self._outcome_by_content(text, line)
            return
        own = self._own.get(line.no) if not line.is_row else None
        agenda = self.state.section == "agenda"     # "3. Workplan to be presented by UNICEF": a topic, no step
        read = [] if line.is_row or agenda or quiet(self.state, text) else \
            own if own is not None else sentences(text)
        for k, sentence in enumerate(read):
            if any(t in sentence for t in tasks):
                continue                      # read above as a task already
            if self.pronoun_task(sentence, " ".join(read[:k]), line):
                continue
            if requested_task(sentence):      # "The chair requested the members to share ...": their task
                self._action_from_sentence(sentence, line)
                self.draft["actions"][-1]["unsure"] = True
            elif planned_step(sentence) and not bodies_sent_up(sentence, self.lang):
                # "The revised list will be circulated by the secretariat"; "... submitted to the Council": sent up
                self._planned(*planned_step(sentence), line)
        if own == []:
            return     # the wrapped end of a sentence the lines above read whole
        if line.number and re.match(r"that,?\s+\S", text) and len(text) > 30:
            self._decision(text, line)     # "Resolved (1) that the report be noted;": a council's numbered resolution
            self.draft["decisions"][-1]["unsure"] = self.draft["recommendations"][-1]["unsure"] = True
            return
        if self._outcome_by_content(" ".join(own) if own else text, line):
            return
        if (line.bullet or line.number) and advised_item(text):     # "- The plan should follow the template."
            return self._outcome_by_content(text, line, "recommendation")
        if self.is_outcome_lead(text):
            self.state = _State(section="agreed")
        elif not line.is_row and len(text) < 200 and (_BODY_TASK.match(text) or _GROUP_TASK.match(text)) and \
                self.state.section in (None, "other") and not _STATUS.search(text):
            self._action_from_sentence(text, line)   # "DRC to provide the map to the chair.": a task on its own line
            self.draft["actions"][-1]["unsure"] = True

    def _planned(self, text: str, owner: str | None, line: Line) -> None:
        """A step said in the future passive: an action point, unsure, its owner the body after "by" if any."""
        by = re.search(r"\b(?:by|before|until|no later than)\s+([^.;]{3,40})", text)
        deadline = by[1] if by and (dates_in(by[1]) or day_month(by[1])) else None
        self._add_action(text, owner, deadline, line)
        self.draft["actions"][-1]["unsure"] = True

    @staticmethod
    def proposal(text: str) -> bool:
        """"It was suggested to invite ICRC", "Partners are encouraged to ...": proposed, no one set a task (pure)."""
        return outcome_kind(text) == "recommendation" and not _OWNER_LEAD.match(text) and \
            not re.search(r"\bto be\b", text)

    def is_outcome_lead(self, text: str) -> bool:
        """"The participants recommended the following:": a cue that the list after it holds outcomes."""
        text = re.sub(r":\s*\([^()]{0,80}\)\s*$", ":", text)   # "... the following changes: (attached, the revised TOR)"
        if len(text) >= 200 and text.endswith(":"):
            text = sentences(text)[-1]    # "... In summary, it was agreed that:" closing a paragraph
        n = normalise(text)
        return text.endswith(":") and len(text) < 200 and (any(a in n for a in self.agreed) or bool(re.search(
            r"following (?:\w+ )?(?:recommendations|points|decisions|changes|amendments|revisions)|recommendations\W*$|"
            r"التوصيات", n)))

    def _is_escalation(self, text: str) -> bool:
        """A sentence that sends outcomes up the chain becomes a commitment and an escalation."""
        n = normalise(text)
        verbs = "|".join(re.escape(normalise(v)) for v in
                         vocab.ESCALATION_VERBS["en"] + vocab.ESCALATION_VERBS.get(self.lang, []))
        bodies = []
        for body, words in vocab.ESCALATION_BODIES.items():
            for w in words:
                if normalise(w) not in n:
                    continue    # the cheap test first: most lines name no higher body
                w = re.escape(normalise(w))
                # "will be submitted to the Council of Ministers", "present the plan to the PMO", "رفع ... إلى مجلس الوزراء"
                if re.search(rf"(?<!\w)(?:{verbs})\w*\b[^.]{{0,160}}?(?:\bto\b|\bwith\b|الي|لدى|لدي)\s+(?:the\s+)?[^.]{{0,30}}?"
                             rf"(?<!\w){w}(?!\w)", n):
                    bodies.append(body)
                    break
        for body in higher_bodies(text, self.lang, self.ref):
            if body not in bodies:
                bodies.append(body)
        if not bodies:
            return False
        line_no = getattr(self, "_line_no", None)
        self.draft["commitments"].append({"text": text, "addressees": bodies, "line": line_no, "escalation": True})
        for body in bodies:
            self.draft["escalations"].append({"body": body, "line": line_no})
        return True

    def _listed_elsewhere(self) -> bool:
        """In the discussion, of a report that lists its recommendations under their own heading or lead ("...
        concluded with the following recommendations:"): a suggestion made there ("it was suggested to ...") is the
        discussion's, the list says what was recommended."""
        if getattr(self, "_rec_headings", None) is None:
            state, self.state = self.state, _State()
            self._rec_headings = any(self.section_of(l) == "recommendations" or self.is_outcome_lead(l.text)
                                     for l in self.lines if l.text and not l.is_row and len(l.text) <= 200)
            self.state = state
        return self._rec_headings and self.state.section in (None, "other", "background")

    def _outcome_by_content(self, text: str, line: Line, kind: str | None = None) -> bool:
        """"It was agreed that ...", "Minutes adopted", "X to be defined", "وأوصى المجتمعون بـ": a recommendation
        (and a decision) where no heading names one, marked unsure."""
        parts = sentences(text) if len(text) > 80 else [text]
        if len(parts) > 1 and (len(text) > 300 or sum(1 for p in parts if outcome_kind(p)) > 1):
            # a paragraph, or sentences that each say an outcome ("It recommended X. It also recommended Y."):
            # each of its sentences is judged alone
            found, previous = False, False
            for sentence in parts:
                this = self._outcome_by_content(sentence, line)
                if not this and previous and re.search(r"\b(?:should|must|shall|needs? to|(?:is|are) (?:set|fixed|"
                                                       r"determined|limited|capped) (?:at|to))\b", sentence):
                    # "It was decided that ... Similar meetings should also be started in Tank.", "The terms were
                    # approved with provisions. Quorum is set at half the members.": the decision goes on
                    self._add_recommendation(sentence, line, self.state.group)
                    self.draft["recommendations"][-1]["unsure"] = this = True
                found, previous = found or this, this
            return found
        kind = kind or (outcome_kind(text) if not quiet(self.state, text) else None)   # background decides nothing
        if not kind or text.endswith(":") or kind == "recommendation" and self._listed_elsewhere():
            return False
        item = {"text": tidy(text), "group": self.state.group["name"] if self.state.group else None,
                "line": line.no, "unsure": True}
        if kind == "decision":
            self.draft["decisions"].append(dict(item))
            task = re.search(r"\bthat\s+(.{10,}\b(?:by|before|no later than)\s+.+)$", text)
            if task and (dates_in(task[1]) or day_month(task[1])):   # "decided that feedback ... by 3 February"
                self._action_from_sentence(task[1], line)
        if kind == "recommendation" or len(text) > 40:
            self.draft["recommendations"].append(item)
        return True
