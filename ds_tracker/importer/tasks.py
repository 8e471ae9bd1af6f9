"""A task set in a sentence: who, what, by when ("RWG coordinators to circulate the dashboard by 15 May 2025",
"يقوم فرع الوزارة بتزويد ...", "For Rami: Provide the guideline"). TaskReader, mixed into outcomes.OutcomesReader."""
from __future__ import annotations

import re

from . import vocab
from .lines import Line, tidy
from .outcome_words import _AR_OWNER, _NAMED_AFTER, _NO_TASK, _TASK, inline_fields, requested_task
from .reading import MONTHS, dates_in, day_month, first_date
from .sent_up import sentences
from .within import within_days
from .earlier import STATUS, status_of
from .asks import ASKED_TO, SAID_WOULD

_DUE = re.compile(r"(?:\s+|\s*[—–-]\s*|,\s*)(?:by|before|no later than|until|(?:(?<=[—–\-,]\s)|(?<=[—–\-,]))due"
                  r"(?: date)?:?|deadline:?|قبل|بحلول|في موعد أقصاه)\s+"
                  # the last such word: "distributed by IOM by 10 June", "من قبل اليونيسف قبل 10 حزيران" (by whom, then when)
                  r"(?P<date>(?:(?!\s(?:by|before|قبل|بحلول)\s)[^.;])+?)\.?$")

def _when_lead(text: str) -> int:
    """Where the owner starts after a time clause: "Once the budget is approved, Priya will order ..." -> at "Priya"."""
    m = re.match(r"(?i)^(?:after|before|once|when|following|during)\s+[^,;]{2,60},\s+(?=(?-i:[A-Z])[\w&/-]*(?:\s+[\w&/-]+)?"
                 r"\s+(?:will|to|shall)\s)", text)
    return m.end() if m else 0


# "Lina Haddad tasked with finding ...", "The secretariat was charged with ...": a task given in the passive
_TASKED = re.compile(r"^(?P<owner>[Tt]he\s+[a-z-]+(?:\s+[a-z-]+)?|(?:[Tt]he\s+)?[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|and|&|of)){0,5}?)\s+"
                     r"(?:(?:(?:is|are|was|were|has been|have been)\s+)?(?:tasked|charged|entrusted)\s+with\s+\w|"
                     + SAID_WOULD + "|" + ASKED_TO + ")")
# "All partners: update the matrix", "Cluster coordinator – circulate the draft": a few words naming who, a colon or a
# dash, then the task opening with a verb of the word table
_OWNER_THEN_VERB = re.compile(r"^((?:the\s+|all\s+)?[A-Za-z][\w/&'-]*(?:\s+[\w/&'-]+){0,4}?)\s*(?::|\s[–—-])\s+((?i:"
                              + "|".join(vocab.ACTION_VERBS) + r")\b.+)$", re.I)
# "by February", "before the end of March", "before the meeting in June": a month and no day or year after it
# ("by end September", "provided end-June": the month's end written short)
_MONTH_DUE = re.compile(r"(?i)(?:\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end[\s-]+(?:of\s+)?(?:the\s+month\s+of\s+)?|"
                        r"(?:next\s+)?meeting\s+in\s+)?|\b(?:(?:at|in|by)\s+)?(?:the\s+)?end[\s-]+(?:of\s+)?)(?-i:(" + "|".join(k.title() for k in MONTHS if len(k) >= 3 and k.isascii()) +
                        r"))\b(?!\s*\d)")       # capitalised: "May" the month, not "may" the verb
# a deadline cell that names a month and no day: "End of November", "November", "mid-March", "أواخر آذار"
_MONTH_CELL = re.compile(r"(?i)^\W*(?:(?:by|before|until)\s+)?(?:(?:the\s+)?(?:end|mid|middle)(?:\s+of|-)?\s+|نهاية\s+|"
                         r"أواخر\s+|منتصف\s+)?(" + "|".join(k for k in MONTHS if len(k) >= 3) + r")\b\W*(?:\d{4})?\W*$")
# "by Friday", "on Friday (two days after the meeting)", "قبل يوم الخميس": a weekday and no date after it
_WEEKDAY = re.compile(r"(?i)(?:\b(?:by|on|before|until|no later than)\s+|\b(?=next\s)|(?<![\u0600-\u06ff])(?:قبل|بحلول|يوم)\s+)"
                      r"(?:(?:next|this|the coming|coming|يوم)\s+)?(" + "|".join(vocab.WEEKDAYS) +
                      r")(?![\w\u0600-\u06ff])(?!,?\s+(?:the\s+)?\d|,?\s+[A-Z][a-z]+\s+\d)")

# "Lena", "Omar & Sara", "Ana, Li and Tom": people named by their first names, each capitalised, before an action
# point's colon (where a topic, "Venue booking:", has a word in lower case)
_NAMES = re.compile(r"[A-Z][\w'’-]*(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w'’-]*){0,3}")

# an agreed item that says who ought to do what: "The secretariat should circulate ...", "Omar must check ..."
_OUGHT = re.compile(r"^(?P<owner>(?:The\s+)?[A-Z][^,;:]{0,60}?)\s+(?:should|must)\s+(?:also\s+)?(?P<what>(?:"
                    + "|".join(vocab.ACTION_VERBS) + r")\b.+)$")

# "Subject to ...", "Due to ...", "Further to ...": a preposition ending in "to", no one set a task
_NO_OWNER = re.compile(r"(?i)(?:subject|due|prior|further|thanks|next|according|owing|pursuant|in addition|with regard|"
                       r"in response|in relation|close|similar)$")

# "if they wished to comment, they should ...": a condition opens the clause, no one is its owner
# "to / with / إلى / مع X": the body a task is done for or with (its name, up to a few words), never its owner
_TO_WHOM = re.compile(r"(?:\b(?:to|with)\s+(?:the\s+)?|(?<![\u0600-\u06ff])(?:إلى|الى|مع|لدى)\s+)"
                      r"\S+(?:\s+(?:of|and|ال\S*|و\S+)(?:\s+\S+)?){0,2}", re.I)
# an order, a long dash, then who: a few words, a capital or Arabic first ("— RWG Coordinator", "– WFP, done")
_OWNER_AFTER = re.compile(r"^(?P<task>.{8,}?)\s+[—–]\s+(?P<owner>(?:[A-Z\u0600-\u06ff])[^—–,;:]{1,40}?)"
                          r"(?:,\s*(?:done|completed|ongoing|open))?$")
_CONDITION = re.compile(r"(?i)(?:if|when|whenever|whether|while|although|though|because|unless|once|since|in case)\b")

# what follows "to" when it is a preposition ("This relates to the member ...", "Access to Wadi Hamra"), not a task
_NOT_A_VERB = re.compile(r"(?:the|a|an|this|these|those|its|their|his|her|our|all)\b|(?-i:[A-Z])", re.I)


# "She will then circulate the revised version": a task a pronoun owns, the person named last before it
_PRONOUN_TASK = re.compile(r"^(?:He|She)\s+will\s+(?:then\s+|also\s+|now\s+)?(?!be\b|have\b|not\b)[a-z]{3,}\w*\s+\w")


# "By end of month", "قبل نهاية الشهر": the meeting's own month, its last day
_MONTH_END = re.compile(r"(?i)(?:\b(?:by|before|until)\s+|^\W*)(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b|"
                        r"(?:قبل|بحلول|حتى|في|^\W*)\s*نهاية\s+(?:هذا\s+)?الشهر")


# "before the next meeting", "ahead of the next RWG meeting", "قبل الاجتماع القادم": due the day that meeting is set for
_BEFORE_NEXT = re.compile(r"(?i)\b(?:by|before|ahead of|prior to|until|in time for)\s+(?:the\s+)?next\s+(?:\S+\s+){0,2}?"
                          r"(?:meeting|session)\b|(?:قبل|بحلول|حتى|في)\s+(?:موعد\s+)?(?:ال)?(?:اجتماع|جلسة)\s*(?:ال)?(?:قادم|مقبل)")


def _relative_due(item: dict, text: str) -> bool:
    """"within thirty days", "خلال أسبوعين": counted from the meeting's day; "before the next meeting": the day the
    report gives that meeting, unsure (finish._meeting_year works both out). True when the text gives either."""
    span = within_days(text)
    if span:
        item["due_within_days"] = span
    elif _BEFORE_NEXT.search(text):
        item["due_next_meeting"], item["unsure"] = True, True
    elif _MONTH_END.search(text):     # "by the end of the month": the meeting's month
        item["due_month_end"], item["unsure"] = True, True
    return bool(span) or "due_next_meeting" in item or "due_month_end" in item


# a cell that says only where the task stands ("Done", "منجز ✓", "قيد التنفيذ"), or "Status: Done" in the line
_STATUS_CELL = re.compile(r"[\s✓✔☑.\-–—]*(" + STATUS.pattern + r")[\s✓✔☑.\-–—]*", re.I)
_STATUS_FIELD = re.compile(r"(?i)(?:\bstatus|الحالة)\s*[:：]\s*([^.;|]{2,30})")


def _status_of_line(line: Line) -> str | None:
    cell = next((c for c in line.cells[1:] if _STATUS_CELL.fullmatch(c)), None) if line.is_row else None
    if cell:
        return status_of(cell)
    field = _STATUS_FIELD.search(line.text)
    return status_of(field[1]) if field else None


def heading_due(text: str) -> dict:
    """The due date a sub-heading of the action points gives the items under it ("Immediate (by Friday)", "By 30
    June", "Medium-term (by end of month)"), in the fields finish._meeting_year completes; {} when it names none."""
    found = dates_in(text)
    if found:
        return {"due": found[0][0].isoformat()}
    if day_month(text):
        return {"due_in_meeting_year": day_month(text)}
    weekday = _WEEKDAY.search(text)
    if weekday:
        return {"due_weekday": vocab.WEEKDAYS[weekday[1].lower()]}
    if _MONTH_END.search(text):
        return {"due_month_end": True}
    if within_days(text):
        return {"due_within_days": within_days(text)}
    if _BEFORE_NEXT.search(text):
        return {"due_next_meeting": True}
    month = _MONTH_DUE.search(text)
    return {"due_month": MONTHS[month[1].lower()]} if month else {}


class TaskReader:
    """Uses self.draft and self.ref of the reader."""

    _LIST_KINDS = ("actions", "next_steps", "recommendations", "decisions", "mixed")

    def sub_heading(self, line: Line) -> bool:
        """A Markdown heading deeper than the one that opened a list of outcomes ("## Action items" then "### Short
        term") is a part of that list: the section goes on, and a time the part names is its items' due date."""
        if self.state.section not in self._LIST_KINDS or not self.state.level or line.is_row or \
                line.markdown_heading <= self.state.level:
            return False
        self._heading(line, self.state.section)
        self.state.due_hint, self.state.columns, self.state.item_style = heading_due(line.text), None, None
        return True

    def due_from_heading(self, actions: list) -> None:
        """Items under a sub-heading that gave a time, and named none of their own, are due then (a guess: unsure)."""
        hint = self.state.due_hint
        for a in actions if hint else []:
            if not (a.get("due") or any(k.startswith("due_") for k in a)):
                a.update(hint, unsure=True)

    def pronoun_task(self, sentence: str, before: str, line: Line) -> bool:
        """"... should be provided to Lea Olsen. She will then circulate ...": a task for the participant named last
        in the words before it (unsure: a pronoun may point further back). True when read so."""
        if not _PRONOUN_TASK.match(sentence) or len(sentence) > 250:
            return False
        at = [(before.rfind(p["name"]), p["name"]) for p in self.draft["participants"] if " " in p["name"]]
        at = max((a for a in at if a[0] >= 0), default=None)
        if not at or len(before) - at[0] > 400:
            return False
        self._add_action(sentence.rstrip(" ."), at[1], None, line)
        self.draft["actions"][-1]["unsure"] = True
        return True

    def _add_action(self, text, owner, deadline, line):
        due, guessed = first_date(deadline) if deadline else (None, False)
        item = {"text": tidy(text).rstrip("."), "owner": owner, "due": due.isoformat() if due else None,
                "line": line.no}
        month = _MONTH_CELL.search(deadline) if deadline and not due else None
        if deadline and not due and day_month(deadline):
            item["due_in_meeting_year"] = day_month(deadline)     # "Tue 05 July": the meeting's year
        elif month:               # a deadline cell "end of November", "November": that month's last day after the meeting
            item["due_month"], item["unsure"] = MONTHS[month[1].lower()], True
        elif deadline and not due and _relative_due(item, deadline):
            pass                  # "within two weeks", "قبل الاجتماع القادم": counted from the meeting (finish)
        elif guessed or (deadline and not due):
            item["unsure"] = True
        month = _MONTH_DUE.search(text) if not deadline else None
        if month:     # "training will be provided end-June": the month's end after the meeting, a guess
            item["due_month"], item["unsure"] = MONTHS[month[1].lower()], True
        self._append_action(item, line)

    def _add_task(self, task: str, owner: str | None, line: Line) -> None:
        """A task read with its doer from a sentence (Arabic charges and decisions): its due date from its words,
        unsure as every such reading is."""
        d = _DUE.search(task)
        if d and dates_in(d["date"]):
            self._add_action(task[:d.start()], owner, d["date"], line)
        else:
            self._add_action(task, owner, None, line)
            if not self.draft["actions"][-1]["due"]:
                _relative_due(self.draft["actions"][-1], task)
        self.draft["actions"][-1]["unsure"] = True

    def _append_action(self, item: dict, line: Line) -> None:
        if not re.search(r"[^\W\d_]{2}", item["text"]):
            return                # "2. 3. 4": list numbers a PDF left alone, no word of a task
        status = "done" if line.ticked else _status_of_line(line)
        if status:                # "- [x] ...", "Status: Done", a status cell: saved so (import_save.REPORTED_STATUS)
            item["status"] = status
        self.draft["actions"].append(item)

    def tasks_in_agreed(self, line: Line):
        """"It was agreed that: - Lina will draft the invitation. Mr. Omar (Town Office) will invite the district.": an
        agreed item whose sentence gives someone a task is an action point too; "X will take place" is none."""
        for sentence in sentences(line.text):
            m = _TASK.match(sentence) or _OUGHT.match(sentence)
            if _NAMED_AFTER.search(sentence) or m and not re.match(_NO_TASK, m["what"], re.I) \
                    and len(m["owner"].split()) <= 8 and not _NOT_A_VERB.match(m["what"]) \
                    and not _NO_OWNER.match(m["owner"]):
                self._action_from_sentence(sentence, line)

    def _owner_then_verb(self, text):
        """_OWNER_THEN_VERB's match when its owner is one: a known body, an acronym, or words ending in an owner's
        or a job's word ("All partners", "Cluster coordinator"), not a topic ("Shelter update: share ...")."""
        m = _OWNER_THEN_VERB.match(text)
        last = m[1].split()[-1].lower() if m else ""
        if m and (self.ref.organisation(m[1]) or re.fullmatch(r"[A-Z][A-Z/&-]{1,9}", m[1].split()[-1]) or
                  last in vocab.OWNER_WORDS or last in vocab.POSITION_STARTS or last.rstrip("s") in vocab.POSITION_STARTS
                  or self.state.section in ("actions", "next_steps") and _NAMES.fullmatch(m[1])):
            return m
        return None

    def _action_from_sentence(self, text, line):
        """"RWG coordinators to circulate the dashboard by 15 May 2025"."""
        text = text.rstrip(" .;")
        text = requested_task(text) or text    # "The chair requested the members to share ...": the members'
        tasked = _TASKED.match(text)
        if tasked:                 # "Omar Said tasked with drafting the terms": the one named, the task as written
            d = _DUE.search(text)
            self._add_action(text[:d.start()] if d else text, tasked["owner"], d["date"] if d else None, line)
            return
        fields = inline_fields(text)
        if fields and fields[1]:   # "Share the list - Responsible: MoMD – Due: 30 November": the labels say who and when
            self._add_action(*fields, line)
            return
        if fields:                 # "UNHCR to share the list (deadline: 20 May)": the sentence names who
            text = f"{fields[0]} by {fields[2]}"
        text = re.sub(r"^(?i:to-?do|todo)\s*:\s*", "", text)     # "TODO: Book the hall": a label, no one named
        named_for = re.match(r"^(?:(?i:for|to)\s+|(?:لـ|على)\s*)((?:the\s+)?[A-Z\u0600-\u06ff][^:]{1,40}?)\s*:\s*(\S.+)$", text) or \
            self._owner_then_verb(text)
        if named_for:                           # "For Rami: Provide the guideline", "All partners: update the 4W"
            text = f"{named_for[1]} to {named_for[2][:1].lower()}{named_for[2][1:]}"   # the owner leads the item
        lead = re.match(r"^(?:by|before)\s+([^,]{3,40}),\s*(.+)$", text, re.I)
        if lead and dates_in(lead[1]):          # "By end of October 2024, NRC will share ..."
            text = f"{lead[2]} by {lead[1]}"
        paren = re.search(r"\s*[(\[]\s*(?:deadline|due(?: date)?|by|الموعد النهائي)\s*:?\s*([^)\]]+)[)\]]\s*$", text, re.I)
        if paren and dates_in(paren[1]):        # "... (deadline: 20 May 2025)"
            text = f"{text[:paren.start()]} by {paren[1]}"
        both = re.search(r"\s*\(\s*([^(),]{2,40}?)\s*,\s*([^(),]{3,30})\)\s*$", text)
        if both and (dates_in(both[2]) or day_month(both[2])) and text.split()[0].lower() in vocab.ACTION_VERBS:
            text = f"{both[1]} to {text[:1].lower()}{text[1:both.start()]} by {both[2]}"   # "Map it (IOM, 10 May)"
        named = _NAMED_AFTER.search(text)
        if named:           # "... to be sent to all members (Ms Rana Haddad)": the person named after it
            text = text[:named.start()].rstrip(" .")
        # the owner may hold its members in brackets: "Health sub-group (WHO, IOM) to finalize ..."
        m = re.match(r"^(?P<owner>(?:\([^()]{1,60}\)|[^,.;]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.){2,120}?)\s+"
                     r"(?P<link>to|will|shall|should|must)\s+(?P<what>.+)$", text[_when_lead(text):])
        due, guessed, partial = None, False, None
        body = text
        first = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])|;\s+(?=\w)", text, maxsplit=1)
        # the task's own sentence or clause first: "X to comment by 23 August; the final version ... by 31 August"
        d = (_DUE.search(first[0]) if len(first) > 1 else None) or _DUE.search(text)
        if d and d.end() < len(text):
            text = first[0]      # "PC to finalize the draft by June/2022. The committee ...": the task, its date
        if d:
            found = dates_in(d["date"])
            if found:
                due, guessed = found[0]
                body = text[:d.start()]
            elif day_month(d["date"]):
                partial, body = day_month(d["date"]), text[:d.start()]
        if m and m["link"] == "to" and (m["owner"].split()[0].lower() in vocab.ACTION_VERBS or re.match(
                r"(?i)(?:the|a|an|this|these|those|its|their|his|her|our|all)\b", m["what"]) or
                (m["what"][:1].isupper() and m["what"].split()[0].lower() not in vocab.ACTION_VERBS)):
            m = None     # "Prepare the list of families wishing to return": an order ("Support Team will": a team);
            #              "Access to the valley", "Access to Wadi Hamra": a noun and where, no one to act
        owner = re.sub(r"\s+(?:need|needs|are|is|has|have|(?:is\s+|are\s+|was\s+|were\s+)?(?:also\s+)?(?:prepared|ready|committed|"
                       r"willing|expected|requested|asked|urged|tasked|instructed|required))$", "", m["owner"].strip()) if m else None   # "Cluster prepared to support"
        when = re.match(r"(?i)^(?:after|before|during|following|once|at the end of|by the end of)\s+[^,]{2,40}?,?\s+"
                        r"(?-i:(?P<who>we|they|I|[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*)?))$", owner or "")
        owner = when["who"] if when else owner     # "After the meeting we will ...": when, then who
        who = bool(m) and bool(re.match(r"(?i)(?:those|partners|members|agencies|organi[sz]ations|all)\s+(?:who|that)\s", owner))
        if m and not who and (len(owner.split()) > (8 if " and " in owner else 6) or re.search(r"\b(?:that|which|who|was|were)\b", owner)
                  or _CONDITION.match(owner) or _NO_OWNER.match(owner)     # "According to some cases, ..."
                  or m["what"].startswith("be ")):
            m = None     # "IOM confirmed that they ... to host", "Numbers need to be known": no one set a task
        if named and not m:     # (a sentence that opens with its owner keeps it: the person named after is
            #                     whom it sends or its focal point, "UNHCR will send a delegate (Ms Lea Olsen)")
            m, owner = True, named[1]
            body = body[:named.start()] if len(body) > named.start() else body
        if m:
            item = {"text": body.rstrip(" ."), "owner": owner, "due": due.isoformat() if due else None,
                    "line": line.no}
        elif (tail := _OWNER_AFTER.match(body.rstrip(" .,"))) and tail["task"].split()[0].lower() in vocab.ACTION_VERBS:
            # "Map the gaps in Khanaqin — WFP, due 10 Dec": the order, then who, after a dash
            item = {"text": tail["task"], "owner": tail["owner"], "due": due.isoformat() if due else None,
                    "line": line.no}
        else:
            # "يقوم فرع وزارة الهجرة بتزويد ..." / "IOM will ...": the organisation named first is the likely owner
            ar = _AR_OWNER.match(body)
            by = re.search(r"\b(?:from|by)\s+(?:the\s+)?([A-Z]{2,8})\b", " ".join(body.split()[:6]))
            # a body the task goes to is no owner: "السكرتارية تعد الرسالة إلى وزارة المالية", "send it to MoF"
            head = _TO_WHOM.sub(" ", " ".join(body.split()[:8]))
            named = self.ref.organisations_in(head) or ([(ar["a"] or ar["b"] or ar["c"] or ar["d"]).strip()]
                                                                             if ar else [by[1]] if by else [])
            item = {"text": body.rstrip("."), "owner": named[0] if named else None,
                    "due": due.isoformat() if due else None, "line": line.no, "unsure": True}
        if guessed:
            item["unsure"] = True         # "June/2022": the end of the month, a guess
        if partial:
            item["due_in_meeting_year"] = partial
        weekday = _WEEKDAY.search(text) if not (due or partial) else None
        if weekday:               # the first such day after the meeting (finish._meeting_year), a guess
            item["due_weekday"], item["unsure"] = vocab.WEEKDAYS[weekday[1].lower()], True
        month = _MONTH_DUE.search(text) if not (due or partial or weekday) else None
        if month:                 # "before the meeting in February": that month's end after the meeting, a guess
            item["due_month"], item["unsure"] = MONTHS[month[1].lower()], True
        if not (due or partial or weekday or month):
            _relative_due(item, text)
        self._append_action(item, line)
