"""Outcomes: recommendations, action points, next steps, sessions and escalations (OutcomesReader, mixed into
parse._Reader). The action-points section is read in action_points.py."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .escalation import higher_bodies
from .sent_up import bodies_sent_up, sentences
from .lines import Line, tidy
from .reading import dates_in, day_month
from .state import _State
from .background import quiet
from .escalation import RAISES_ALL
from .arabic_tasks import future_task
from .person import _org_like
from .outcome_words import (_AR_OWNER, inline_fields, _BODY_TASK, _GROUP_TASK, assignments, tasks_in_cells, _NAMED_AFTER, _NO_TASK, _STATUS, _TASK, flattened_action, listed_task, person_will, planned_step, requested_task, advised_item,  # noqa: F401
                            outcome_kind)

from .action_points import ActionPoints
from .labelled import LabelledReader, _OWNER_LEAD, _compound  # noqa: F401
from .tasks import TaskReader, _DUE  # noqa: F401


class OutcomesReader(ActionPoints, LabelledReader, TaskReader):
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
                self._add_task(task, owner, line)
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
        if self.state.group_mode == "recommendations" or (line.bullet or line.number) and _asks(text):
            # a group's item that asks for something ("Establish mobile legal aid teams", "يجب ...") is what the
            # group recommends, whatever the heading above it; a statement of a problem is a challenge
            self._add_recommendation(text, line, self.state.group)
        elif line.bullet or line.number:
            self.state.group["challenges"].append(text)
        elif not self.state.group["theme"] and len(text) < 80 and not text.endswith("."):
            self.state.group["theme"] = text

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
        if (line.bullet or line.number) and self._owned_step(text.rstrip(" .")):
            self._action_from_sentence(text, line)    # "UNHCR and NRC to organise a mission ...": a body, what it
            return                                    # does, as an action point says it (the chair's is the forum's)
        if re.match(r"(?i)(?:the\s+)?next\s+(?:\w+\s+)?meeting\b|(?:ال)?(?:اجتماع|موعد)\S*\s+(?:ال)?(?:قادم|مقبل)", text):
            return                                    # "Next meeting: 21 December": the calendar's (next_meeting.py)
        if line.bullet or line.number or len(text) > 30:
            self.draft["commitments"].append({"text": text, "addressees": self.ref.organisations_in(text),
                                              "line": line.no})

    def _owned_step(self, text: str) -> bool:
        """A next step a body owes ("UNHCR and NRC to organise ...", "Directorate of Health to deploy ...",
        "Secretariat to circulate ..."): who, then "to" or "will" and a verb; a chair's step stays the forum's."""
        task = _TASK.match(text)
        if not task or len(task["owner"].split()) > 8 or re.match(_NO_TASK, task["what"], re.I) or \
                task["what"][:1].isupper():
            return False
        owner = re.sub(r"^(?i:the)\s+", "", task["owner"])
        return bool(self.ref.organisations_in(owner) or re.search(r"\b[A-Z]{2,8}\b", owner) or _org_like(owner)
                    or re.fullmatch(r"(?:\w+\s+)?[Ss]ecretariat", owner))

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
        for task in (part for task in tasks for part in _compound(task)):   # two owners' tasks joined by "and"
            self._action_from_sentence(task, line)   # "... / Partners to approach donors.", "However, the team will ..."
            self.draft["actions"][-1]["unsure"] = True
            self._cell_tasks = line.no
        for owner, task in assignments(text) if self.lang == "ar" else []:   # "كلفت لجنة بمراجعة الموازنة"
            self._add_task(task, owner, line)
        future = future_task(text) if self.lang == "ar" and not line.is_row and not tasks and \
            self.state.section in (None, "other") and len(text) < 300 else None
        if future:           # "سيحدث سامر صفحات الموقع": who will do it, named after the future verb
            self._add_action(text, future[0], None, line)
            self.draft["actions"][-1]["unsure"] = True
        if tasks and (" / " in text or below):
            return
        if self._is_escalation(text):
            # "It was agreed that ... The meeting also agreed to raise it with the Governor": sent up, and decided
            self._outcome_by_content(text, line)
            return
        own = self._own.get(line.no) if not line.is_row else None
        if own == [] and any(h["line"] == self._previous_no(line) for h in self.structure["headings"][-1:]):
            own = None     # "Discussions" over "The members agreed ...": a heading is no sentence's start
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
        if not line.is_row and self.is_outcome_lead(text):
            self.state = _State(section="agreed", lead=text)    # "وأوصى المشاركون بما يلي:": a lead, not an outcome
            return
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
        topic = _TOPIC_DASH.match(text) if line.bullet or line.number else None
        task = text[topic.end():] if topic and person_will(text[topic.end():]) else text   # "4. Website - Ana will ..."
        if self.is_outcome_lead(text):
            self.state = _State(section="agreed", lead=text)
        elif not line.is_row and len(task) < 200 and (_BODY_TASK.match(task) or _GROUP_TASK.match(task) or (
                line.bullet or line.number) and listed_task(task) or person_will(task)) and \
                self.state.section in (None, "other") and not _STATUS.search(task):
            # "DRC to provide the map.", and an item "- Lena to book the hall": someone named, set a task
            self._action_from_sentence(task, line)   # "DRC to provide the map to the chair.": a task on its own line
            self.draft["actions"][-1]["unsure"] = True
            if line.bullet or line.number:
                self._due_of_item_above(line, self.draft["actions"][-1])

    def _due_of_item_above(self, line: Line, action: dict) -> None:
        """"- Feb 16th — budget review" over "- Lena to draft the paper": a schedule's dated item, its task listed
        under it; the task is due that day when it says no day of its own."""
        above = self.lines[self.place_of(line) - 1] if self.place_of(line) else None
        if action["due"] or action.get("due_in_meeting_year") or not above or not (above.bullet or above.number):
            return
        lead = re.match(r"^(.{3,30}?)\s*(?:--|[–—:-])\s+\S", above.text)
        if not lead or len(lead[1].split()) > 5:
            return
        found = dates_in(lead[1])
        if found and not found[0][1]:
            action["due"] = found[0][0].isoformat()
        elif not found and day_month(lead[1]):
            action["due_in_meeting_year"] = day_month(lead[1])

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
            r"^\W*(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:agreed|decided|resolved)\s*:$|"   # "The Board agreed:"
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


# an item's topic before a dash: "Pull requests - ...", "Budget – ..." (a few words, then the item's sentence)
_TOPIC_DASH = re.compile(r"^[A-Z][\w/&'’-]*(?:\s+[\w/&'’-]+){0,3}\s+[–—-]\s+(?=[A-Z])")


def _asks(text: str) -> bool:
    """An item that opens with an order ("Establish ...", "Ask the directorate to ...") or says what should be."""
    first = text.split()[0].lower().strip(".,:") if text.split() else ""
    return first in vocab.ACTION_VERBS or bool(re.search(
        r"\b(?:should|must|needs? to|is needed|are needed)\b|(?<![\u0600-\u06ff])(?:يجب|ينبغي|ضرورة|العمل على)", text))
