"""Action points of an earlier meeting, reviewed in this one ("Follow-up of previous action points", "Action points
from the last meeting"): read as actions marked `earlier` and `unsure`, with the status the review gives them
(`status`: "done", "ongoing", "pending" ...) when a column, the item's own words, the heading or the answer right
under the item says one. A forum whose earlier meeting is not in the app gets them; saving skips one the forum
already has open (services/import_save.py). EarlierReader is mixed into parse._Reader. Pure."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .labelled import _OWNER_LEAD
from .lines import Line, tidy
from .outcome_words import columns_by_content, listed_task, outcome_kind, requested_task
from .state import _State

_PAST = r"(?:previous|last|past|earlier|prior|preceding)"
# a heading (or a line's label) that reviews earlier action points, in either language
EARLIER = re.compile(
    r"^\W*(?:\d+\s*[.)-]?\s*|[a-h]\s*[.)]\s*)?(?:"        # "2.", "A)" before it
    rf"(?:review|follow[- ]?ups?|status|updates?|progress)\s+(?:of|on)\s+(?:the\s+)?(?:minutes,?\s+(?:and\s+|&\s+)?)?"
    rf"(?:{_PAST}\s+)?(?:meeting'?s?\s+|minutes'?\s+)?(?:actions?|action\s+(?:points?|items?)|aps?)\b|"
    rf"(?:review|follow[- ]?ups?|status|updates?)\s+(?:of|on)\s+(?:the\s+)?{_PAST}\s+(?:meeting|minutes)|"
    rf"{_PAST}\s+(?:meeting'?s?\s+)?action\s+(?:points?|items?)|"
    # "Action points from the last minutes" (and "las", "lst" as typed); "of the RWG meeting" is this meeting's own
    rf"actions?\s+(?:points?\s+|items?\s+)?(?:from|of)\s+(?:the\s+)?(?:{_PAST}|l(?:ast|as|st))\s+"
    r"(?:\w+\s+){0,2}?(?:meeting|minutes)|"
    # the Arabic as textnorm.normalise writes it (ة as ه, إ as ا): "متابعة الإجراءات السابقة"
    r"(?:متابعه|مراجعه)\s+(?:النقاط|الاجراءات|نقاط العمل|توصيات|مقررات|قرارات|ما تم)|"
    r"(?:النقاط|الاجراءات)\s+(?:من\s+)?الاجتماع\s+(?:السابق|الماضي))", re.I)
# the heading names action points (not only "Review of previous minutes"): its plain short lines are items
_NAMES_ACTIONS = re.compile(r"\b(?:actions?|action points?|action items?|aps?)\b|الاجراءات|النقاط|نقاط",
                            re.I)
STATUS = re.compile(r"(?<![\w\u0600-\u06ff])(?:completed?|done|ongoing|on-going|pending|in progress|closed|not started|"
                    r"not done|delayed|postponed|cancell?ed|achieved|open|منجز|منجزة|تم الإنجاز|تم الانجاز|"
                    r"قيد التنفيذ|قيد الإنجاز|قيد الانجاز|جاري|مستمر|مستمرة|معلق|معلقة|لم ينجز|لم ينفذ|مكتمل|مكتملة)"
                    r"(?![\w\u0600-\u06ff])", re.I)
# "PWG to share the pathway Completed.", "... – ongoing", "(pending)", "Status: done": the status at the end
_TRAILING = re.compile(r"[\s\-–—:,;(\[]*(?:status\s*[:：-]?\s*|الحالة\s*[:：]?\s*)?(?P<status>" + STATUS.pattern +
                       r")[\s).\]]*$", re.I)
# the first words of an answer under an item, not an item: "This is in the pipeline", "Response by IOM"
_ANSWER = re.compile(r"^(?:this|it|these|they|we|there|response|reply|answer|update|status|feedback|comment|"
                     r"no|none|n/a|yes|done|completed|ongoing|pending)\b", re.I)
_STATUS_HEADER = {"status", "progress", "update", "remarks", "comments", "الحالة", "الوضع", "ملاحظات"}


# a sentence that reports ("DRC is organising ...", "Lack of data could be raised ...", "X will be linked up ...")
_NOTE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|could|would|can|may|might|will be)\b", re.I)


# "IOM has shared the map", "The Cluster has already circulated the list": a body reports its point done
_DONE_BY = re.compile(r"^(?:the\s+)?[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,3}\s+(?:has|have)\s+(?:already\s+)?[a-z]+ed\b")


def _a_note(text: str) -> bool:
    """An item under the review that reports what is so, with no one set to act and no status word: a note on the
    points, not a point ("A small study is included in the report"). Pure."""
    return bool(_NOTE_VERB.search(text)) and not (_TRAILING.search(text) or listed_task(text) or requested_task(text)
                                                   or _OWNER_LEAD.match(text))


_SAME = {"on-going": "ongoing", "complete": "completed", "cancelled": "canceled"}


def status_of(text: str) -> str | None:
    """The status word a cell or phrase gives, as written (lower case), or None."""
    m = STATUS.search(text or "")
    return _SAME.get(m[0].lower(), m[0].lower()) if m else None


class EarlierReader:
    """Uses the outcome reader's _action_from_sentence, _add_action and _outcome_by_content."""

    def is_earlier_heading(self, text: str) -> bool:
        return bool(text) and len(text) <= 140 and bool(EARLIER.match(normalise(text)))

    def open_earlier(self, line: Line) -> None:
        """The heading opens the section; "Review of previous action points / 2 are still pending:" gives the
        status of all its items."""
        text = line.cells[0] if line.is_row else line.text
        rest = text.split(" / ", 1)[1] if " / " in text else text[EARLIER.match(normalise(text)).end():] \
            if EARLIER.match(normalise(text)) else ""
        self.state = _State(section="earlier", table_kind="named" if _NAMES_ACTIONS.search(normalise(text)) else None)
        self._earlier_status = status_of(rest)
        self._earlier_slashed = " / " in text
        parts = [normalise(p).strip(" :") for p in text.split(" / ")] if " / " in text else []
        # "Topic / Action points from the last meeting / Status": which cell of a row flattened one cell a line is which
        self._slash_cols = {"action": next((i for i, p in enumerate(parts[1:], 1) if _NAMES_ACTIONS.search(p)), None),
                            "status": next((i for i, p in enumerate(parts) if p in _STATUS_HEADER), None)}
        self._cell, self._row_from, self._row_held = None, 0, []
        self._earlier_item, self._earlier_number = None, line.number
        # the agenda's items above: met again, one of them opens the next topic
        self._agenda_items = {normalise(l.text).strip(" .:") for l in self.lines[:self.position(line)] if l.number}

    def earlier_cell(self, line: Line) -> bool:
        """A row of a " / " table given out one cell a line: "Topic /", its action items, "/", its status. An item
        with no one set to do it ("Dashboard to show the sectors") is an action only once its row's status comes.
        True when the line was read so."""
        cols = getattr(self, "_slash_cols", None) or {}
        if line.is_row or cols.get("action") is None or cols.get("status") is None:
            return False
        text = line.text.strip()
        if not (line.bullet or line.number) and text.endswith(" /") and " / " not in text:
            self._cell, self._row_from, self._row_held = 1, len(self.draft["actions"]), []
            return True                       # the row's topic: its action cell follows
        if self._cell is None:
            return False
        if text == "/":
            self._cell += 1
            return True
        if self._cell == cols["status"]:
            status = status_of(text)
            for held in self._row_held if status else []:
                self._action_from_sentence(*held)
                self.draft["actions"][-1].update(earlier=True, unsure=True)
            self._row_held = []
            for action in self.draft["actions"][self._row_from:] if status else []:
                action["status"] = status
            return True
        if self._cell == cols["action"] and listed_task(text):
            return False                      # "UNOPS to update the map": read as any item is
        if self._cell == cols["action"] and not text.endswith(":"):
            self._row_held.append((text.rstrip(" ."), line))
        return True                           # a lead, or another column's cell: no action point

    def earlier_line(self, line: Line) -> None:
        before, self._current = len(self.draft["actions"]), line
        status = None
        if line.is_row:
            status = self._earlier_row(line)
        else:
            text = line.text.strip()
            item = line.bullet or line.number
            if not item and self._earlier_slashed and " / " in text and len(text.split(" / ")[0]) <= 90:
                self.state = _State(section="other")   # the next row of the flattened "Topic / Discussion" table
                self.loose_line(line)
                return
            if not item and normalise(text).strip(" .:") in self._agenda_items:
                self._heading(line, None)
                self.state = _State(section="other")
                return
            if line.number and self._earlier_number and not line.bullet and \
                    line.number.count(".") == self._earlier_number.count("."):
                self._heading(line, None)        # "2. Updates" after "1. Review of action points": the next topic
                self.state = _State(section="other")
                return
            last = self.draft["actions"][-1] if self.draft["actions"] else None
            if not item and last and last["line"] == self._earlier_item and not self._earlier_item_text(text, False):
                found = STATUS.search(" ".join(text.split()[:8]))   # the answer under an item says its status
                if found and not last.get("status"):
                    last["status"] = status_of(found[0])
                if outcome_kind(text):
                    self._outcome_by_content(text, line)
                return
            if outcome_kind(text) and not item:
                self._outcome_by_content(text, line)     # "Minutes of the last meeting adopted"
                return
            if not self._earlier_item_text(text, bool(item)):
                return
            if item and _a_note(text) and not _DONE_BY.match(text):
                self.loose_line(line)    # what was said under the review: its outcomes and asks, no earlier point
                return
            status = "done" if item and _DONE_BY.match(text) else None   # "IOM has shared the map": done
            m = _TRAILING.search(text)
            if m and m.start() > 10:
                text, status = text[:m.start()].rstrip(" .-–—:"), status_of(m["status"])
            self._action_from_sentence(text, line)   # the owner in the words, else the body named first, if any
        for action in self.draft["actions"][before:]:
            action["earlier"], action["unsure"] = True, True
            if status or self._earlier_status:
                action["status"] = status or self._earlier_status
            self._earlier_item = action["line"]

    def _earlier_item_text(self, text: str, item: bool) -> bool:
        """A bulleted or numbered line is an item; under a heading naming action points, a short line that is no
        answer, question or lead ("Access to the district and the NFI distribution") is one too."""
        if len(text) < 8 or text.endswith(":") or re.match(r"(?i)no(?:ne)?\b|n/a\b", text):
            return False
        if item:
            return True
        if listed_task(text) and len(text) <= 200:
            return True      # "WCC to advise on the dates": a task set to someone named
        if not (self.state.table_kind == "named" and len(text) <= 110 and text[:1].isupper() and
                not _ANSWER.match(text) and text.count(". ") == 0 and not text.endswith("?")):
            return False
        following = self.next_filled(self._current)       # a point reviewed has its answer under it; a line the
        return bool(following) and not (following.number or self.section_of(following) or   # next topic follows
                                         normalise(following.text).strip(" .:") in self._agenda_items)

    def _earlier_row(self, line: Line) -> str | None:
        """"Action | Responsible | Status": the header's columns; each row after it an earlier action."""
        cells = line.cells
        keys = [normalise(c).strip(" :") for c in cells]
        header = {}
        for i, k in enumerate(keys):
            for kind in ("action", "responsible", "deadline"):
                if k in (normalise(w) for w in vocab.COLUMNS[kind]) and kind not in header:
                    header[kind] = i
            if k in _STATUS_HEADER:
                header["status"] = i
        if header and all(len(k.split()) <= 4 for k in keys if k):
            self.state.columns = header
            return None
        statuses = {i for i, c in enumerate(cells) if c and STATUS.match(c.strip())}
        cols = self.state.columns or columns_by_content([c if i not in statuses else "" for i, c in enumerate(cells)],
                                                        self.ref)

        def cell(kind):
            i = cols.get(kind)
            return cells[i] if i is not None and i < len(cells) and cells[i] else None
        status_cell = cell("status") or next((cells[i] for i in sorted(statuses) if i != cols.get("action")), None)
        text = cell("action") or next((c for c in cells if len(c) > 15 and c != status_cell), None)
        if not text:
            return None
        text = tidy(text)
        if cell("responsible"):
            self._add_action(text, cell("responsible"), cell("deadline"), line)
        else:
            self._action_from_sentence(text, line)
        return status_of(status_cell) if status_cell else None
