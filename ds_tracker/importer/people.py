"""People: the reader of attendance lists and tables, and of people named in prose (PeopleReader, mixed
into parse._Reader). The pure helpers that split one person are in person.py; adding one participant from an
entry or a row is participant_entry.py."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .lines import Line, split_item
from .columns import _breaks_numbering, _number, columns_of  # noqa: F401  (re-exported)
from .state import _State
from .grouped_people import field_person, grouped_attendance, initial_names, labelled_people, people_in
from .bracketed_roll import bracketed_roll
from .roll_order import in_one_order
from .inline_people import attendance_entries, attendance_run, bare_names, form_values, name_org_run
from .participant_entry import ParticipantEntry, _COUNT
from .prose_people import ProsePeople
from .present import PresentOrganisations
from .sure_people import name_colon
from .person import (  # noqa: F401  (re-exported)
    _a_body, _TITLED_OF, _a_topic, _POST_COMMA_NAME_AR, _SPEAKER_EN, _SPEAKER_AR, _POSITION_THEN_NAME_AR, _SPEAKER_OF,
    ACRONYMS, _ARABIC, _DASHES, _GLUED, _JOB_WORDS, _NOT_A_FIELD, person_post_body,
    _JOB_ACRONYMS, _ORG_WORDS, _ROLE_LEAD, _SMALL, _acronym, _after_dash,
    _by_content, _calm, _digits, _glue_fix, _looks_like_a_name, _org_like,
    _short_title, _split_glued, _trailing_org, name_list, split_person, without_short_form)
from .body_of_job import body_of


class PeopleReader(ParticipantEntry, PresentOrganisations, ProsePeople):
    """Participants: every row or item of an attendance list or table."""

    # --- participants ------------------------------------------------------------------------
    def _participant_group(self, line: Line) -> bool:
        text = line.text.strip(" :")
        if line.number or len(text) > 60:
            return False
        if len(text.split()) > 3 and not self.ref.organisation(text) and not re.search(
                r"\b(?:gov|government|governorates?|un|ngos?|agencies|donors|ministr)", text, re.I):
            return False
        heading = _calm(text) if text.isupper() and len(text) > 5 else text
        self.state.heading = heading
        if self.ref.organisation(text):
            self.state.org_heading = text
        return True

    def participant_line(self, line: Line):
        if self._organisations_alone(line):
            return
        if self.sub_list_heading(line):
            return
        if self._form_value(line):
            return
        fields = field_person(line.text) if not line.is_row else None
        if fields:            # "Name: Ana Ruiz Organisation: IOM"
            self._add_participant(fields[0], fields[1], fields[2], line)
            return
        persons = [people_in(c) for c in line.cells if c] if line.is_row else []
        if len(persons) >= 2 and all(p and len(p) == 1 and p[0][1] for p in persons):
            for (name, org, _post), in persons:   # "Ana Ruiz (IOM) | Li Wei (CARE)": a person in each cell
                self._add_participant(name, None, org, line)
            return
        cells = [c for c in line.cells] if line.is_row else []
        if cells and self._header(cells, ("name", "position", "organisation")):
            return
        if line.is_row:
            filled = [c for c in cells if c]
            numbered = [c for c in cells if re.match(r"^\s*\d{1,3}[.)]?(?:\s*\S|$)", _digits(c))]
            bare = [c for c in filled if re.fullmatch(r"\(?\d{1,3}[.)]?", _digits(c).strip())]
            if self.state.columns:
                self._participant_from_columns(cells, line)
            elif len(bare) == 1 and _digits(filled[0]).strip() == _digits(bare[0]).strip() and len(filled) >= 3 \
                    and not any(re.match(r"^\s*\d{1,3}[.)]\s*[^\d\s]", _digits(c)) for c in filled[1:]):
                self._participant_from_columns(cells, line, guess=True)   # "1 | Ali Omar | DRC | 0770..."
            elif line.number or len(numbered) >= 1:
                # numbered lists laid out side by side: each numbered cell is a person
                first, pending = True, None
                for cell in cells:
                    if not cell:
                        continue
                    if re.fullmatch(r"\(?\d{1,3}[.)]?", _digits(cell)):
                        pending = cell          # "1." in its own column: the name is in the next
                        continue
                    text, _b, number = split_item(cell)
                    if first and line.number:
                        number = line.number
                    number, pending, first = number or pending, None, False
                    if number or len(filled) == 1:
                        self._participant_from_text(text, line)
                    elif self.draft["participants"]:
                        self._continue_participant(text)
            elif not cells[0] and len(filled) == 1 and self.draft["participants"]:
                self._continue_participant(filled[0])   # a cell wrapped onto the next line
            elif len(filled) == 1:
                self._participant_group(Line(line.no, filled[0]))
            elif self.state.column_groups:
                for i, cell in enumerate(cells):
                    if cell:
                        self.state.heading = self.state.column_groups[i] if i < len(self.state.column_groups) else None
                        self._participant_from_text(cell, line)
            elif len(filled) >= 2 and all(self._looks_like_group(c) for c in filled) and cells[0]:
                self.state.column_groups = [_calm(c) if c.isupper() else c for c in cells]
            elif all(len(c) <= 40 for c in filled) and self._looks_like_group(
                    (cells[0] + cells[1]) if len(cells[0]) <= 3 else cells[0]):
                # heading rows of a two-column list: "Mo | MD", "SO | UTHERN & MIDDLE GOVS | NORTHERN ..."
                heading = cells[0] + cells[1] if len(cells[0]) <= 3 else cells[0]
                self._participant_group(Line(line.no, heading))
            else:
                self._participant_from_columns(cells, line, guess=True)
            return
        text = line.text
        lead, self._lead = getattr(self, "_lead", None), None
        if not (line.number or line.bullet) and re.match(r"^و?من\s+\S", text) and len(text) <= 120:
            if text.endswith(":"):
                self.list_body(line)      # "ومن وكالة الغوث :": the people below are of that body
            else:
                self._lead = text         # the lead wraps onto the next line
            return
        if lead and text.endswith(":") and len(text) <= 60 and self.list_body(line, lead):
            return
        if (line.number or line.bullet) and _a_topic(text) and \
                not _COUNT.match(f"{line.number} {text}" if line.number and line.number.isdigit() else text):
            self.state = _State(section="other")   # "1. Adoption of the agenda – adopted": a topic, the list ended
            self.loose_line(line)
            return
        if line.number and self.state.item_style == "bullet" and _number(line.number) == 1:
            self.state = _State(section="other")   # "1. Welcome" after a bulleted roll: a new list, the topics
            self.loose_line(line)
            return
        if line.number:
            if _breaks_numbering(line, self.state.last_number):
                self.state = _State(section="other")   # "3. Key outcomes" after "45. Ali Omar": a section, no person
                return
            self.state.last_number = _number(line.number)
        if self._labelled_roll(text, line):
            return
        for name, org in bracketed_roll(text):    # "Jon (ESS), Dario (CERIC)": first names do, each with its body
            self._add_participant(name, None, org, line)
        if bracketed_roll(text):
            return
        if bare_names(text):
            for name in bare_names(text):     # "Ana Ruiz, Li Wei, Omar S": a roll call on one line, names alone
                self._add_participant(name, None, None, line)
            if line.number or line.bullet:
                self.state = _State(section="other")   # an item holding the whole roll: the next item is a topic
        elif line.number or line.bullet:
            self.state.item_style = self.state.item_style or ("bullet" if line.bullet else "number")
            self._participant_from_text(text, line)
        elif self._role_field(text, line):
            pass
        elif name_colon(text, self.ref):     # "Ana Ruiz: Harbour Relief, Lagos": a person, then her body
            name, post, org, unsure = name_colon(text, self.ref)
            self._add_participant(name, post, org, line)
            if unsure and self.draft["participants"]:
                self.draft["participants"][-1]["unsure"] = True
        elif labelled_people(text):
            label, found = labelled_people(text)     # "NGOs: Ana Ruiz (CARE), Li Wei (NRC)", "IOM: Ana Ruiz, Officer"
            body = label if normalise(label) not in _GROUPS and (self.ref.organisation(label) or _a_body(
                label, self.ref) or (" " not in label and any(_acronym(p) for p in label.split("-")))) else None
            heading, self.state.heading = self.state.heading, self.state.heading if body else label
            for name, org, post in found:
                self._add_participant(name, post, org or body, line)
            self.state.heading = heading
        elif initial_names(text):
            for name, note, body in initial_names(text):     # "E Lowe (Chairing) H Guiller F Juma ...": initials,
                self._add_participant(name, note, body, line)     # surnames, and the bodies' column after them
                self.draft["participants"][-1]["unsure"] = bool(body) or self.draft["participants"][-1].get("unsure")
        elif name_org_run(text, self.ref):
            for name, org in name_org_run(text, self.ref):   # "Ana Ruiz IOM Li Wei CARE ...": a table run together
                self._add_participant(name, None, org, line)
        elif name_list(text):
            for name, position, shared in name_list(text):     # "(A, B, C) members of the committee"
                own = body_of(position, self._report_text())
                self._add_participant(name, position, None if own else body_of(shared, self._report_text()), line)
        elif self.state.item_style == "bullet" and not self.state.columns:
            self.state = _State(section="other")     # a line after the bulleted list: the list has ended
            self.loose_line(line)
        elif self.state.columns and line.row_width > 1 and _looks_like_a_name(text) and not self._looks_like_group(text):
            # a person whose other cells are empty is still a row, not a group heading
            self._add_participant(text, None, None, line)
            self.draft["participants"][-1]["unsure"] = True
        elif self.state.columns and len(text) <= 60 and not line.number:
            self._participant_group(line)     # a one-cell row inside a table: the group below it
        elif self.body_cell(line):
            pass
        elif self._looks_like_group(text):
            self._participant_group(line)
        elif text.endswith(":"):
            self._participant_group(line)
        elif self.draft["participants"] and text[:1].islower():
            self._continue_participant(text)
        elif _looks_like_a_name(text) and not _a_post(text) and \
                not _JOB_IN_NAME.search(re.split(r"\s[–—-]\s|,|\t|\s[(\[]", text)[0]):
            self._participant_from_text(text, line)

    def roll_label(self, text: str) -> str | None:
        """The group an inline list's label names: "Directors present", "Board members attending", "الأعضاء
        الحاضرون"; a label of presence alone ("Present", "Meeting participants", "الحضور") names none."""
        label = text.split(":", 1)[0].strip(" *_-–•")
        count = re.fullmatch(r"[^()]+\(\s*(?:\d+|[a-z]+)\s+([A-Za-z][^()]{2,25})\)", label)
        if count:
            label = count[1].strip()     # "Present (six trustees)": the bracket counts the group and names it
        words = [w for w in re.findall(r"[\w\u0600-\u06ff'’-]+", normalise(label)) if w not in _PRESENCE]
        if not words or len(label.split()) > 4:
            return None
        return _calm(label) if label.isupper() else label

    def read_roll(self, line: Line, text: str) -> None:
        """"Present: A, B. Clerk: C In attendance: three members of the public": the roll ends with its sentence;
        each labelled part after it is another group of those present, when it names people only."""
        roll, rest = (re.split(r"(?<=[a-z)])\.\s+(?=[A-Z][\w ]{1,30}:\s)", text, maxsplit=1) + [""])[:2]
        self._inline_attendance(Line(line.no, roll))
        labels = list(re.finditer(r"(?<!\S)([A-Z][a-z]+(?:\s[A-Za-z]+)?)\s*:\s", rest))
        for m, nxt in zip(labels, labels[1:] + [None]):
            value = rest[m.end():nxt.start() if nxt else None]
            if not _ABSENT.match(m[1]) and bare_names(value.strip(" ."), least=1):
                heading, self.state.heading = self.state.heading, m[1]
                for name in bare_names(value.strip(" ."), least=1):
                    self._add_participant(name, None, None, line)
                self.state.heading = heading

    def _labelled_roll(self, text: str, line: Line) -> bool:
        """"* Board members: Ada, Boris, Clara" in an attendance list: a label of people, then two names or more
        alone: each is one of that group (a person's name is never followed by a list of names). A body's label
        ("IOM: Ana Ruiz, Li Wei") is left to labelled_people, which makes it their body."""
        m = re.match(r"^[*_]*([A-Za-z][\w '/&-]{1,30}?)[*_]*\s*:[*_]*\s*(\S.*)$", text)
        if not m or len(m[1].split()) > 3 or _ABSENT.match(m[1]) or self.ref.organisation(m[1]) or _acronym(m[1]):
            return False
        names = bare_names(m[2], least=2)
        if not names:
            return False
        heading, self.state.heading = self.state.heading, self.roll_label(m[1])
        for name in names:
            self._add_participant(name, None, None, line)
        self.state.heading = heading
        return True

    def roll_group(self, line: Line) -> bool:
        """"Guests: Al M, Ned F" right below an inline roll: another group of those present, under its own label."""
        end = getattr(self, "_roll_end", None)
        if end is None or line.is_row:
            return False
        at = self.place_of(line)
        above = next((l for l in reversed(self.lines[:at]) if not l.blank), None)
        if not above or above.no != end:
            return False
        m = re.match(r"^[*_]*([A-Za-z][\w '/&-]{1,30}?)[*_]*\s*:[*_]*\s*(\S.*)$", line.text)
        if not m or len(m[1].split()) > 3 or _ABSENT.match(m[1]):
            return False
        text, taken = attendance_run(self.lines, at)
        names = bare_names(text.split(":", 1)[1], least=2)
        if not names:
            return False
        self._taken |= taken
        heading, self.state.heading = self.state.heading, _calm(m[1]) if m[1].isupper() else m[1]
        for name in names:
            self._add_participant(name, None, None, line)
        self.state.heading, self._roll_end = heading, max([line.no, *taken])
        return True

    def list_body(self, line: Line, lead: str | None = None) -> bool:
        """"وحضر الاجتماع من الهيئة العامة للاجئين" + "العرب كلً من السادة :", "ومن وكالة الغوث في سوريا :": the lead of
        an attendance list (or of its next part) names the body its people come from, over one or two lines."""
        at = self.place_of(line)
        before = self.lines[at - 1].text if at and not self.lines[at - 1].blank else ""
        for text in (f"{lead} {line.text}" if lead else line.text, f"{before} {line.text}"):
            m = _FROM_BODY.search(text.strip())
            if m and not re.match(r"^(?:السيد|السادة|السيدات|الأخوة|الاخوة)", m["body"]):
                self.state.body = m["body"].strip()
                return True
        return False

    def _form_value(self, line: Line) -> bool:
        """A value of a form given out label after label, then value after value: a person only under a role's label
        ("NOTE TAKER:" -> "Lina Omar [Cluster Office]"); the meeting's type, date or a post under "CHAIR:" is no one."""
        if getattr(self, "_form", None) is None:
            self._form = form_values(self.lines)
        label = self._form.get(line.no)
        if label is None:
            return False
        key = normalise(label)
        if key in self._roles or re.search(r"(?:chair|facilitator|note ?taker|minutes|rapporteur|secretary)", key):
            text = re.sub(r",?\s*\S+@\S+|,?\s*\[email[^\]]*\]", "", line.text).strip(" ,")
            text = re.sub(r"\[([^\[\]]{2,60})\]", r"(\1)", text)
            name, position, org = split_person(text, self.ref)
            post = not re.search(r"[,(–-]", text) and text.split()[-1].lower() in _JOB_WORDS
            if name and _looks_like_a_name(name) and not _a_post(name) and not post:
                self._add_participant(name, position or (_calm(label) if label.isupper() else label), org, line)
                self.draft["participants"][-1]["group"] = None     # the label is the person's role, no group
        return True

    def _role_field(self, text: str, line: Line) -> bool:
        """"Co-Chairs: Ms. Lena Berg, UNICEF" inside an attendance list: the role's label, then one person (a chair)."""
        m = re.match(r"^([^:]{2,25}):\s*(\S.*)$", text)
        if not m or normalise(m[1]).strip() not in self._roles:
            return False
        before = len(self.draft["participants"])
        self._participant_from_text(m[2], line)
        if len(self.draft["participants"]) > before:
            self.draft["chairs"].append({"name": self.draft["participants"][-1]["name"],
                                         "role": normalise(m[1]).split()[0], "line": line.no})
        return True

    def orgs_in_the_position_column(self) -> None:
        """"Lana Youssef, Hope Bridge" line after line: when most of a list's second parts are no job ("Hope Bridge", "Mercy
        Corps", "Sunrise Assoc."), that part is the organisation, known or not (proposed as new)."""
        rows = {line.no for line in self.lines if line.is_row}   # a table's columns were read by their header
        listed = [p for p in self.draft["participants"] if p["line"] not in rows and not p.get("from_prose")]
        bare = [p for p in listed if p["position"] and not p["organisation"]]
        known = sum(1 for p in listed if p["organisation"] and not p["position"])   # read as a body already
        if not bare or len(bare) + known < 3:
            return
        bodies = [p for p in bare if not _job_like(p["position"])]
        if len(bodies) + known < 0.7 * (len(bare) + known):
            return
        for p in bodies:
            text = p["position"]
            p.update(organisation=self.ref.organisation(text) or text, organisation_text=text, position=None)

    def _names_without_heading(self) -> set[int]:
        """Four lines or more near the top that are each a person's name and nothing else ("Karl Weber"): an
        attendance list with no heading."""
        runs, run = set(), []
        for line in self.lines[:60] + [Line(no=0, text="")]:
            text = without_short_form(line.text)      # "Karl Weber (KW)": his initials, as the minutes call him
            words = text.split()
            if not line.is_row and not line.bullet and 2 <= len(words) <= 4 and _looks_like_a_name(text) \
                    and not any(_acronym(w) or _ORG_WORDS.search(w) for w in words) \
                    and not self.ref.organisation(text) and not self.section_of(line):
                run.append(line.no)
                continue
            if not line.blank or not run:
                if len(run) >= 4:
                    runs.update(run)
                run = []
        return runs

    def _looks_like_group(self, text):
        t = text.strip(" :")
        if not t or len(t) > 60:
            return False
        if self.ref.organisation(t) or normalise(t) in {normalise(w) for w in vocab.GROUP_HEADINGS}:
            return True
        letters = re.sub(r"[^A-Za-z]", "", t)
        return len(letters) >= 3 and letters.isupper()

    def _header(self, cells, wanted) -> bool:
        """A header row naming at least two of the wanted columns: the columns are remembered for the rows below."""
        found = columns_of(cells, wanted)
        if found is not None:
            self.state.columns = found
        return found is not None

    def _inline_attendance(self, line: Line):
        """"Present: RCO (Chair), IOM, UNHCR": names on the heading's own line."""
        grouped = grouped_attendance(line.text.split(":", 1)[1].strip())
        if grouped:           # "Participants: Donors: A (X) Partners: B (Y), C (Z)"
            self._grouped(grouped, line)
            self.state = _State(section="other")
            return
        text = line.text.split(":", 1)[1]
        parts = [p.strip() for p in text.split(";") if p.strip()]
        entries = parts if len(parts) >= 2 and all(people_in(p) and len(people_in(p)) == 1 for p in parts) \
            else attendance_entries(text)     # "Ms. Ana Ruiz, IOM; Mr. Li Wei, CARE": a person to each ";"
        entries = in_one_order(entries, self.ref)     # "CARE (Ana Ruiz), Merlin (Li Wei)": the body, then its people
        bodies = [e for e in entries if _a_body(re.sub(r"\s*[(\[].*?[)\]]", "", e), self.ref)]
        if len(bodies) >= len(entries) / 2:
            self._present(entries, line)
        else:
            for entry in entries:
                self._participant_from_text(entry, line)
        self.state = _State(section="other")


_FROM_BODY = re.compile(r"(?<![\u0600-\u06ff])و?من\s+(?P<body>(?:(?!\sمن\s)[^:.،؛])+?)\s*(?:\s(?:كل\S*|كلا)\s+من)?"
                        r"(?:\s+(?:السيد|السادة|السيدات والسادة))?\s*:$")

_GROUPS = {normalise(w) for w in vocab.GROUP_HEADINGS}
# words that only say someone was there: a list's label made of them alone names no group of people
_PRESENCE = {normalise(w) for phrase in vocab.SECTIONS["en"]["participants"] + vocab.SECTIONS["ar"]["participants"]
             + vocab.PRESENT_ENDS["en"] + vocab.PRESENT_ENDS["ar"] for w in phrase.split()} - {"members"} | \
    {"the", "meeting", "at", "by", "who", "those", "list", "of", "notes"}
_ABSENT = re.compile(r"(?i)(?:apolog|absent|regrets|excused|not present|unable)")


# a word no one is named ("Disaster Manager Pacific" is a post left over from a table's column); words that are
# also surnames (Head, Chief, Lead) are not among them
_JOB_IN_NAME = re.compile(r"(?i)\b(?:manager|coordinator|officer|director|advis[oe]r|assistant|specialist|consultant|"
                          r"representative|president|treasurer|secretary)\b")


def _a_post(text: str) -> bool:
    """"FSAC Coordinator", "WASH Cluster IMO": acronyms and job words only, a post with no one named. Pure."""
    words = re.split(r"[\s,–-]+", text.strip())
    return all(_acronym(w) or w.lower() in _JOB_WORDS or w.lower() in vocab.POSITION_STARTS or w.lower() in _SMALL
               or w.lower() in ("cluster", "sector", "focal", "point") for w in words if w)


def _job_like(text: str) -> bool:
    """"Head of Mission", "Protection Officer", "مدير ...": a job; "Hope Bridge", "Mercy Corps": not one. Pure."""
    words = [w.lower().strip(".,()") for w in text.split()]
    return not words or len(words) > 6 or words[0] in vocab.POSITION_STARTS or text.strip().upper() in _JOB_ACRONYMS or \
        any(w in _JOB_WORDS or w in vocab.POSITION_STARTS for w in words) or bool(_ARABIC.search(text)) or \
        bool(re.search(r"\d", text))
