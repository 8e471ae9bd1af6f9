"""Rows that say what they are: "ACTION: IOM to lead ...", "Decision: ...", a list under "Decisions and Actions",
"Action points from the last meeting: X to ..." inside a line (LabelledReader, mixed into outcomes.OutcomesReader)."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .lines import Line, tidy
from .outcome_words import outcome_kind
from .reading import dates_in
from .sent_up import sentences

_OWNER_LEAD = re.compile(r"^(?:(?!\b(?:that|which|who|was|were)\b)[^,.;]){2,80}?\s+(?:to|will|shall|should|must)\s+(?!be\b)\w")
# "Action point:" inside a paragraph; a topic named before a colon ("Identification and response: ...") after it
# (a label in capitals needs no sentence end before it: "... PARTICIPANTS: IOM, WHO ACTION POINTS: IOM to ...", a
# PDF's header fields run into one line)
_INLINE = re.compile(r"(?:^|(?<=[.;?!)])\s+|\s{2,}|\s+(?=ACTION(?:S| POINTS?| ITEMS?):))(?P<label>(?i:action (?:points?|items?)|actions?)(?: [^:.]{0,40})?):"
                     r"\s*(?=[A-Za-z])")
_TOPIC = re.compile(r"(?:(?<=[.?!)])\s+|\s{2,})[A-Z][^.:;]{0,60}:\s|\s+[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}:\s")   # "AGENDA: 1."
# labels of what comes next: a task only when someone is named to do it ("Next step: the date is open" is none)
_STEP_LABELS = {normalise(w) for w in ("next step", "next steps", "follow up", "follow-up", "way forward")}
_ROW_LABELS = {kind: {normalise(w) for w in words} for kind, words in vocab.ROW_LABELS.items()}
# a decision's label that goes on with whose it is ("قرار اللجنة:", "Decision of the board:")
_NAMED_DECISION = {normalise(w) for w in ("decision", "decisions", "resolution", "قرار", "قرارات", "القرار", "القرارات")}


def step_task(label: str, text: str) -> bool:
    """"Next step(s): All teachers to ...", "Way forward: X will ...": a label of what comes next, then a task with
    someone named to do it; the row is an action (not the heading of a list). Pure."""
    return normalise(label).strip() in _STEP_LABELS and bool(_OWNER_LEAD.match(text))


def label_kind(label: str) -> str | None:
    """The kind of row a label says ("Action point" -> "actions"), a typed slip of two letters swapped forgiven in a
    label of eight letters or more ("ACTION PIONT"). Pure."""
    key = normalise(label).strip()
    for kind, words in _ROW_LABELS.items():
        if key in words or len(key) >= 8 and any(_swapped(key, w) for w in words):
            return kind
    return None


def _swapped(a: str, b: str) -> bool:
    """a is b with two neighbouring letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _run_items(chunk: str) -> list[str]:
    """A list's items run together with their bullets lost ("IOM to share the map WHO to call the ministry"): each
    subject in capitals followed by "to" and a verb starts an item; a chunk with sentences is read by its sentences."""
    parts = sentences(chunk)
    if len(parts) > 1 or len(chunk) < 60:
        return parts
    starts = [m.start() for m in _RUN_ITEM.finditer(chunk) if not m.start() or chunk[m.start() - 1].isspace()]
    items = [chunk[a:b].strip() for a, b in zip(starts, starts[1:] + [len(chunk)])]
    return items if len(items) > 1 and starts[0] == 0 and all(_OWNER_LEAD.match(i) for i in items) else parts


# a subject in capitals, perhaps ending in a word that names a group ("Cluster partners"), then "to" and a verb
_RUN_ITEM = re.compile(r"(?:The\s+)?[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,3}(?:\s+(?:" +
                       "|".join(w for w in vocab.OWNER_WORDS if w.isalpha()) + r"))?\s+to\s+(?!be\b)[a-z]+\s")


def _compound(text: str) -> list[str]:
    """"WV to share the page with members, and members to send comments by Friday": two tasks, two owners."""
    # "Ana will call the mayor and Li will call the school": "will" joins two owners' tasks the same way
    # ("... and alter/ add to as needed": "to" before a function word is a preposition, no second owner's task)
    parts = re.split(r",?\s+and\s+(?=(?:the\s+)?[\w/&-]+(?:\s+[\w/&-]+)?\s+(?:to|will|shall)\s+"
                     r"(?!(?:be|as|the|a|an|this|that|these|those|their|its|all|any|some)\b)[a-z]+\s)", text)
    return parts if len(parts) > 1 and all(_OWNER_LEAD.match(p) for p in parts) else [text]


# someone named: a few capitalised words or initials ("Dan", "J. Smith", "JS", "Omar/Sara"), or a title and a name
# in Arabic ("م. أحمد سالم", "الدكتورة هدى")
_NAME_LIKE = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*)(?:(?:\s+|\s*[/&]\s*|\s+and\s+)(?-i:[A-Z])[\w'’.-]*){0,2}|"
                        r"(?:(?:السيد|السيدة|الأستاذ|الاستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة|د\.|م\.|أ\.)\s*)"
                        r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}")


def dashed_owner(text: str, ref) -> str | None:
    """"Dan – First aid course", "Circulate the draft – WFP": an action point's owner set apart by a dash, the short
    side that names someone (a known body, a name, initials), the other side the task; None when neither or both
    sides could be the owner (pure)."""
    parts = [p.strip(" .") for p in re.split(r"\s+[–—-]\s+", text.strip())]
    if len(parts) != 2 or not all(parts):
        return None
    def owner_like(side, other):
        words = side.split()
        return len(words) <= 4 and len(words) < len(other.split()) + (1 if ref.organisation(side) else 0) and \
            not dates_in(side) and words[0].lower() not in vocab.ACTION_VERBS and \
            bool(ref.organisation(side) or _NAME_LIKE.fullmatch(side))
    first, last = owner_like(parts[0], parts[1]), owner_like(parts[1], parts[0])
    if first == last:
        return None
    return parts[0] if first else parts[1]


class LabelledReader:
    """A row's own label; a list of decisions and actions. Uses the outcome reader's _action_from_sentence,
    _outcome_by_content, _is_escalation, and _action_field, _continues and action_line (action_points.py)."""

    def labelled_line(self, line: Line) -> bool:
        """"ACTION: IOM to lead ...", "Decision: working groups will ...": the label says what the row is."""
        # "Recommendation (to be raised to the Ministry of Finance): ...": a label may say where the row goes
        if self._field_below(line):
            return True
        m = re.match(r"^([^:：\d(]{1,20}?)\s*(?:\([^()]{1,80}\)\s*)?[:：]\s*(\S.{8,})$", self._whole_row(line))
        if self._inline_actions(line):
            return True
        if not m or line.is_row:
            return False
        label = normalise(m[1]).strip()
        if step_task(label, m[2]):
            label = "action"    # "Next step: All principals to review ...": a step with someone to take it, a task
        if label_kind(label) == "recommendations":
            self._add_recommendation(m[2], line, self.state.group)
            return True
        if label_kind(label) == "actions":
            dashed = dashed_owner(m[2], self.ref)
            if dashed:          # "Action: Dan – book the hall", "Action: circulate the draft – WFP"
                self._add_action(m[2], dashed, None, line)
                if not self.ref.organisation(dashed):     # "Roads – access to the valley": a topic looks alike
                    self.draft["actions"][-1]["unsure"] = True
                self._tail = line.no
                return True
            for task in _compound(m[2]):
                self._action_from_sentence(task, line)
            self._tail = line.no
            return True
        if label_kind(label) == "decisions" or (len(label.split()) <= 3 and label.split()[0] in _NAMED_DECISION):
            self._decision(m[2], line)     # "قرار اللجنة: ...", "Decision of the board: ..." too
            return True
        return False

    def _field_below(self, line: Line) -> bool:
        """"Responsible: WHO", "Deadline: 30 May" right under a labelled action row (or its wrapped end): its fields."""
        prev, tail = self._previous_no(line), getattr(self, "_tail", None)
        if line.is_row or tail is None or prev is None or not (prev == tail or tail < prev and self._own.get(prev) == []):
            return False
        if self._action_field(line):
            self._tail = line.no
            return True
        return False

    def _whole_row(self, line: Line) -> str:
        """The line with the wrapped end of its last sentence from the lines below ("ACTION POINT: Editor to make
        the changes, based on notes from the" + "working group"), no further sentence of the paragraph."""
        text = ""
        for sentence in [] if line.is_row else self._own.get(line.no) or []:
            text = f"{text} {sentence}".strip()
            if len(text) >= len(line.text):
                return text
        return line.text

    def _inline_actions(self, line: Line) -> bool:
        """"... were introduced. Action points from the last meeting: Cluster to follow up ... Action point: IRC to
        confirm the date  Next topic: ...": each cue inside a paragraph, its tasks up to the next cue or topic, and
        what was agreed about them. True when the line was read so."""
        hits = list(_INLINE.finditer(line.text)) if not line.is_row else []
        if not hits or (len(hits) == 1 and not hits[0].start()
                        and normalise(hits[0]["label"]) in _ROW_LABELS["actions"]):
            return False                 # "Action: IOM to ...": a row's own label (labelled_line)
        chunks = []
        for i, hit in enumerate(hits):
            chunk = line.text[hit.end():hits[i + 1].start() if i + 1 < len(hits) else len(line.text)]
            topic = _TOPIC.search(chunk)
            chunks.append((hit, chunk[:topic.start()] if topic and topic.start() else chunk))
        if not any(_OWNER_LEAD.match(c.strip()) for _h, c in chunks):
            return False
        if hits[0].start() > 80:         # what the line said before the cue: its decisions ("Agreement was to ..."),
            for sentence in sentences(line.text[:hits[0].start()]):   # and what someone recommended, not plans discussed
                kind = outcome_kind(sentence)
                if kind == "decision" or kind and re.search(r"\brecommended\b", sentence):
                    self._outcome_by_content(sentence, line)
        from .earlier import EARLIER
        for hit, chunk in chunks:
            before = len(self.draft["actions"])
            for k, sentence in enumerate(_run_items(chunk.strip())):   # a flattened list: tasks, and what was agreed
                none = re.match(r"(?i)no(?:ne)?\b|n/a\b", sentence)   # "No partner committed to ...": nobody
                if outcome_kind(sentence):
                    self._outcome_by_content(sentence, line)
                elif (_OWNER_LEAD.match(sentence) or sentence.split()[0].lower() in vocab.ACTION_VERBS) and not none:
                    for task in _compound(sentence):
                        self._action_from_sentence(task, line)
                elif k == 0 and not none and 12 <= len(sentence) <= 80:
                    self._add_action(sentence.rstrip(" ."), None, None, line)   # "every 5th week an all-members
                    self.draft["actions"][-1]["unsure"] = True                #  meeting": the point, no owner
            if EARLIER.match(normalise(hit["label"])):    # the last meeting's action points: reviewed, not new
                for action in self.draft["actions"][before:]:
                    action["earlier"], action["unsure"] = True, True
        self._tail = line.no
        return True

    def _decision(self, text, line):
        item = {"text": tidy(text), "group": self.state.group["name"] if self.state.group else None, "line": line.no}
        self.draft["recommendations"].append(item)
        self.draft["decisions"].append(dict(item))
        task = re.search(r"\bthat\s+(?:the\s+)?([A-Z][^,.;]{1,60}?\s+(?:will|shall|to)\s+.+)$", text)
        if task:              # "It was decided that the Support Team will prepare ...": a decision that sets a task
            self._action_from_sentence(task[1], line)

    def mixed_line(self, line: Line):
        """Under "Decisions and Actions": a decision is a recommendation (and a decision), anything else an action."""
        if line.is_row or self._action_field(line) or self._continues("actions", line):
            if line.is_row:
                self.action_line(line)
            return
        text = line.text
        if not (line.bullet or line.number or len(text) > 20) or self._is_escalation(text):
            return
        if outcome_kind(text) == "decision":
            self._decision(text, line)
        elif not (line.bullet or line.number or _OWNER_LEAD.match(text) or text.split()[0].lower() in vocab.ACTION_VERBS):
            self.loose_line(line)      # "Issue / Key Points" or prose: no task set to anyone
            return
        else:
            self._action_from_sentence(text, line)
        self._tail = line.no

    def due_below(self, line: Line, previous: int | None) -> bool:
        """"CC to follow up with the RCO office" then "18/11/2016" alone on the next line: a due date column that
        a PDF or a paste put under its action point. True when the line was that date."""
        last = self.draft["actions"][-1] if self.draft["actions"] else None
        if line.is_row or len(line.text) > 25 or not last or last["line"] != previous or last.get("due"):
            return False
        found = dates_in(line.text)
        if not found or re.sub(r"[\d/.\-\s]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*", "", line.text):
            return False
        last["due"] = found[0][0].isoformat()
        return True

    def slashed_row(self, line: Line) -> bool:
        """Under a header flattened with " / " ("Areas of concern / Recommendation"): each row's part in the
        recommendation column is a recommendation, and a line with no " / " right after it is more of that cell.
        True when the line was read so."""
        if line.is_row or self.state.table_kind != "slashed":
            return False
        parts, at = line.text.split(" / "), self.state.columns["recommendations"]
        text = parts[at] if len(parts) > at and len(parts) > 1 else \
            line.text if len(parts) == 1 and getattr(self, "_slashed", None) == self._previous_no(line) else None
        if text and not text.endswith(":") and len(text) > 12:
            self._add_recommendation(text, line, self.state.group)
            self._slashed = line.no
        return True

    def _previous_no(self, line: Line) -> int | None:
        i = self.position(line)
        return next((l.no for l in reversed(self.lines[max(0, i - 40):i]) if not l.blank), None)
