"""People: a participant's name, position and organisation from a row or a line, and the reader of attendance
lists and tables (PeopleReader, mixed into parse._Reader). The module-level helpers are pure."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .lines import Line, split_item, tidy
from .reference import Reference
from .columns import _breaks_numbering, _number, columns_of  # noqa: F401  (re-exported)
from .state import _State

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DASHES = re.compile(r"\s*(?:-{2,}|—|–|\s-\s|:\s|-(?=[A-Z]{2,}\b))\s*")
_GLUED = re.compile(r"(?<=[a-z\)\.])(?=[A-Z][a-z']+|[A-Z]{2,})")


def _short_title(line: Line) -> bool:
    """"Workshop Wrap Up", "Day 1": a short line in title case that is not a list item or a sentence."""
    text = line.text
    if line.is_row or line.bullet or line.number or not text or text.endswith((".", ":", ",")) or len(text) > 50 \
            or re.match(r"^[^:]{2,25}:\s", text):
        return False   # "Responsible: MoMD Branch" is a field, not a heading
    words = text.split()
    return len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)

def _looks_like_a_name(text: str) -> bool:
    """An unnumbered line in a participants list is a person only when it reads like a name (and position)."""
    head = re.split(r"\s[–—-]\s|,|\t|\s\(", text)[0].strip()
    words = head.split()
    if not 2 <= len(words) <= 6 or re.search(r"\d", head):
        return False
    if _ARABIC.search(head):
        return not re.search(r"[A-Za-z]", head) and normalise(head) not in {normalise(w) for w in vocab.GROUP_HEADINGS}
    return all(w[:1].isupper() or w.lower() in ("al", "el", "bin", "abu", "de", "van", "von") for w in words)

def _digits(text):
    from ..dates import normalise_digits
    return normalise_digits(text)

def _after_dash(text: str) -> str | None:
    text = text.strip(" :-–—,")
    parts = re.split(r"\s[–—-]\s|,\s", text)
    candidate = parts[-1].strip() if parts else text
    candidate = re.sub(r"^(?:the\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+|dr\.?\s+)+", "", candidate, flags=re.I)
    if not candidate:
        return None
    return _calm(candidate) if candidate.isupper() else candidate

_SMALL = {"of", "and", "the", "on", "in", "for", "to", "with", "at", "by", "a", "an", "from"}

ACRONYMS = {"JCF", "RWG", "DSTWG", "DSTF", "ABC", "KRI", "IDP", "IDPS", "ERW", "HLP", "SOP", "MOMD", "UNHCR",
            "UNICEF", "UNDP", "UNMAS", "IOM", "NRC", "IRC", "DRC", "RCO", "DSO", "DTM", "PMF", "JCMC", "ONSA", "DMA",
            "NGO", "NGOS", "INGO", "UN", "COM", "PMO", "REACH", "ICRC", "CSO", "CSOS"}

def _calm(text: str) -> str:
    """A heading in capitals, in title case: acronyms (JCF, IOM) stay, small words go lower."""
    words = []
    for i, w in enumerate(text.split()):
        core = w.strip("()[],.:;–-")
        if i and core.lower() in _SMALL:
            words.append(w.lower())
        elif core in ACRONYMS or (len(core) <= 3 and core.isalpha()):
            words.append(w)
        else:
            words.append(w.capitalize().replace("'S", "'s"))
    return " ".join(words)

def _glue_fix(text: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", text)

def split_person(text: str, ref: Reference) -> tuple[str | None, str | None, str | None]:
    """"Name – Position, Organisation" (and the glued, dashed and tabbed variants) -> name, position, org."""
    text = tidy(text).replace("،", ",").strip(" ,;")
    if not text:
        return None, None, None
    glued = re.match(r"^((?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’]+|de|da|van|von|al|el|bin)){0,4})-\s*"
                     r"([A-Z]\S*(?:\s+\S+)+)$", text)
    if glued:     # "Ms. Rania Dagash-Chairperson - OCHA, ...": the dash glued to the name opens the position
        text = f"{glued[1]} – {glued[2]}"
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,80})\)", text)
    if m and not re.search(r"[–—-]|,", m[1]):     # "Omar Khalil (Ninewa Governorate Office)"
        return m[1].strip(), None, m[2].strip()
    parts = [p for p in _DASHES.split(text, maxsplit=1) if p]
    if len(parts) == 1:
        glued = _split_glued(text)
        parts = glued if glued else re.split(r",\s*", text, maxsplit=1)
    name = parts[0].strip(" ,-–—")
    rest = parts[1].strip() if len(parts) > 1 else None
    glued = _split_glued(name) if rest else None
    if glued and (glued[1].split()[0].lower() in vocab.POSITION_STARTS or re.match(r"[A-Z]{2,}", glued[1])):
        name, rest = glued[0], f"{glued[1]} – {rest}"     # "AzizHead of Branch— Diwania"
    org = None
    if rest and "," in rest:
        head, tail = rest.rsplit(",", 1)
        tail = tail.strip()
        job = bool(tail) and (tail.split()[-1].lower() in _JOB_WORDS or tail.split()[0].lower() in vocab.POSITION_STARTS)
        if ref.organisation(tail) or (len(tail.split()) <= 6 and not (job and ref.organisations_in(head))):
            rest, org = head.strip(), tail     # "Chairperson - OCHA, Cluster Coordinator": OCHA, not the post
    if rest and not org and (ref.organisation(rest) or _org_like(rest)):
        rest, org = None, rest
    if rest and not org and _ARABIC.search(rest):
        org = _body_in_position(rest)     # "مسؤول مخيمات اللاجئين لمحافظة أربيل": of the governorate
    if not rest and " " in name and ref.organisation(name.rsplit(" ", 1)[1]):
        name, org = name.rsplit(" ", 1)     # "Ahmed Qassim MoMD"
    elif not org and name:
        trailing = _trailing_org(name, ref)
        if trailing and rest and len(rest.split()) == 1 and rest[:1].isupper() and not ref.organisation(rest):
            name, org, rest = trailing[0], f"{trailing[1]} - {rest}", None    # "Enock Omweri WFP - Somalia"
        elif trailing:
            name, org = trailing
    return name or None, _glue_fix(rest) if rest else None, org


def _acronym(word: str) -> bool:
    """"UNICEF", "CeRID", "NAPAD": capitals at least as many as small letters (a name has one capital)."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    upper = sum(1 for c in letters if c.isupper())
    return len(letters) >= 2 and letters[0].isupper() and upper >= 2 and upper >= len(letters) - upper


def _trailing_org(name: str, ref: Reference) -> tuple[str, str] | None:
    """"Saeed M. Kaire FENPS", "Noor Sheikh Abdullahi Safety Foundation": an organisation written after the name
    with no separator (the last word an acronym or a known body, or the last two words ending in a body word),
    when at least two words of name stay. Pure."""
    place = re.search(r"\s*[-–]\s*[A-Z][a-z]+$", name)
    if place and place.start() > 0 and _acronym(name[:place.start()].split()[-1]):
        found = _trailing_org(name[:place.start()], ref)    # "Suleha Noor WFP- Somalia"
        return (found[0], name[len(found[0]):].strip()) if found else None
    words = name.split()
    if len(words) < 3 or _ARABIC.search(name):
        return None
    last = words[-1].rstrip("-")
    if (_acronym(last) or ref.organisation(last)) and not _acronym(words[-2]):
        return " ".join(words[:-1]), last
    if len(words) >= 4 and _ORG_WORDS.search(last) and words[-2][:1].isupper():
        return " ".join(words[:-2]), " ".join(words[-2:])
    return None

_JOB_WORDS = {"coordinator", "officer", "lead", "manager", "director", "adviser", "advisor", "assistant", "specialist",
              "head", "chief", "chair", "chairperson", "associate", "consultant", "representative"}
_ORG_WORDS = re.compile(r"\b(?:directorate|ministry|office|department|police|council|committee|embassy|"
                        r"organi[sz]ation|agency|foundation|centre|center|association|union|programme|fund|"
                        r"مديرية|وزارة|ديوان|دائرة|مكتب|مجلس|هيئة|منظمة)\b", re.I)

def _body_in_position(position: str | None) -> str | None:
    """"رئيس مجلس محافظة نينوى" -> "مجلس محافظة نينوى": the body a job is of, from the first body word on. Pure."""
    if not position:
        return None
    office = re.search(r"(?:^|\s)ل?(محافظ|قائممقام|قائمقام)\s+((?:قضاء\s+|ناحية\s+)?[\u0600-\u06ff]+)", position)
    if office:      # "النائب الأول لمحافظ نينوى" -> "محافظة نينوى", "قائممقام قضاء سنجار" -> "قائممقامية قضاء سنجار"
        return {"محافظ": "محافظة", "قائممقام": "قائممقامية", "قائمقام": "قائمقامية"}[office[1]] + " " + office[2]
    english = re.match(r"^(?:the\s+)?((?:[\w/&-]+\s+){0,5}?(?:cluster|sub-cluster|sector|working group|task force|"
                       r"committee|unit))\s+(?:co-?)?(?:coordinator|lead|chair|officer|manager|focal point)\b",
                       position, re.I)
    if english:     # "Sub-National Shelter/NFI Cluster Coordinator for KR-I": of the cluster
        return english[1]
    m = re.search(r"(?:^|\s)(?:ل|ب)?(?=(?:مديرية|وزارة|ديوان|دائرة|مكتب|مجلس|هيئة|منظمة|مؤسسة|جمعية|محافظة)\s)", position)
    if m and m.end() > 0:
        return position[m.end():].strip()
    return None


def _org_like(text: str) -> bool:
    """"Diyala Police Directorate": a body, not a job."""
    first = text.split()[0].lower().rstrip(",")
    return first not in vocab.POSITION_STARTS and bool(_ORG_WORDS.search(text)) and len(text.split()) <= 6

def _split_glued(text: str) -> list[str] | None:
    """"Rahem Kamil ZghairHead of Return Department": a name glued to its position."""
    for m in _GLUED.finditer(text):
        word_start = text.rfind(" ", 0, m.start()) + 1
        if m.start() - word_start < 3:
            continue   # "MoMD", "McDonald": a word of its own, not two glued
        right = text[m.start():]
        first = right.split()[0].lower().rstrip(",")
        if first in vocab.POSITION_STARTS or first.startswith(("head", "rep", "deputy", "director")) \
                or re.match(r"[A-Z]{2,}", right) or len(right.split()) >= 3:
            return [text[:m.start()], right]
    words = text.split()
    for i in range(2, min(len(words), 7)):
        if words[i].lower().rstrip(",") in vocab.POSITION_STARTS and words[i][:1].isupper():
            while i > 2 and re.fullmatch(r"[A-Z]{2,6}", words[i - 1]):
                i -= 1     # an acronym before the job belongs to it: "RWG Coordinator"
            return [" ".join(words[:i]), " ".join(words[i:])]
    return None


_ROLE_LEAD = re.compile(r"^(?:co-?chair(?:person)?s?|chair(?:person)?|facilitators?|moderators?|rapporteurs?|"
                        r"note[- ]takers?|رئيس الاجتماع|الميسر|مقرر)\s*(?:[–—]|\s-)\s*", re.I)   # "Chair: X" is the chairs' field
_NOT_A_FIELD = re.compile(r"^[\d\s+().\-/]*$|^\S+@\S+$")


def _by_content(cells, ref: Reference) -> tuple[str | None, str | None, str | None]:
    """A row without a header: the first text cell is the name; of the others, a known body, an acronym or a body's
    name is the organisation, a job the position; numbers, phones and e-mails are dropped. Pure."""
    values = [c.strip(" /") for c in cells if c and not _NOT_A_FIELD.match(c.strip())]
    if not values:
        return None, None, None
    name, position, org = values[0], None, None
    for value in values[1:]:
        first = value.split()[0].lower().rstrip(",")
        job = first in vocab.POSITION_STARTS or value.split()[-1].lower() in _JOB_WORDS
        if org is None and not job and (ref.organisation(value) or _acronym(value.split()[0]) or _org_like(value)):
            org = value
        elif position is None and job:
            position = value
        elif org is None:
            org = value
        elif position is None:
            position = value
    if org is None:
        trailing = _trailing_org(name, ref)
        if trailing:
            name, org = trailing
    return name, position, org


class PeopleReader:
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
        if line.number:
            if _breaks_numbering(line, self.state.last_number):
                self.state = _State(section="other")   # "3. Key outcomes" after "45. Ali Omar": a section, no person
                return
            self.state.last_number = _number(line.number)
        if line.number or line.bullet:
            self.state.item_style = self.state.item_style or ("bullet" if line.bullet else "number")
            self._participant_from_text(text, line)
        elif self.state.item_style == "bullet" and not self.state.columns:
            self.state = _State(section="other")     # a line after the bulleted list: the list has ended
            self.loose_line(line)
        elif self.state.columns and line.row_width > 1 and _looks_like_a_name(text) and not self._looks_like_group(text):
            # a person whose other cells are empty is still a row, not a group heading
            self._add_participant(text, None, None, line)
            self.draft["participants"][-1]["unsure"] = True
        elif self.state.columns and len(text) <= 60 and not line.number:
            self._participant_group(line)     # a one-cell row inside a table: the group below it
        elif self._looks_like_group(text):
            self._participant_group(line)
        elif text.endswith(":"):
            self._participant_group(line)
        elif self.draft["participants"] and text[:1].islower():
            self._continue_participant(text)
        elif _looks_like_a_name(text):
            self._participant_from_text(text, line)

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

    def _participant_from_columns(self, cells, line, guess=False):
        cols = self.state.columns or {}
        def cell(kind):
            i = cols.get(kind)
            return cells[i].strip() if i is not None and i < len(cells) and cells[i] else None
        if guess or not cols:
            name, position, org = _by_content(cells, self.ref)
        else:
            name, position, org = cell("name"), cell("position"), cell("organisation")
        if not name:
            return
        if not position and not org and self._looks_like_group(name):
            self._participant_group(Line(line.no, name))
            return
        self._add_participant(name, position, org, line)

    def _inline_attendance(self, line: Line):
        """"Present: RCO (Chair), IOM, UNHCR": names on the heading's own line."""
        entries = [e.strip(" .") for e in re.split(r"[,،;]|\s+and\s+|\s+و(?=\S)", line.text.split(":", 1)[1])
                   if e.strip(" .")]
        bodies = [e for e in entries if self.ref.organisation(re.sub(r"\s*\(.*?\)", "", e)) or len(e.split()) <= 2
                  and e.isupper()]
        if len(bodies) >= len(entries) / 2:
            self.warnings.append("The attendance lists organisations, not people: "
                                 + ", ".join(entries) + f" (line {line.no}).")
        else:
            for entry in entries:
                self._participant_from_text(entry, line)
        self.state = _State(section="other")

    def _participant_from_text(self, text, line):
        role = _ROLE_LEAD.match(text)
        if role and len(text) > role.end() + 3:
            text = text[role.end():]      # "Chair – Dag Sigurdson – ...": the role, then the person
        head = re.split(r"[,،]|\s[–—-]\s", text)[0]
        if text.endswith(".") and len(text.split()) > 6 and (len(head.split()) > 4 or head == text):
            return   # a sentence, not a person ("Name، job of a body." is one)
        text = text.rstrip(".") if head != text else text
        name, position, org = split_person(text, self.ref)
        if name and (position or org or _looks_like_a_name(name)):
            self._add_participant(name, position, org, line)

    def _continue_participant(self, text):
        last = self.draft["participants"][-1]
        joined = f"{last['position'] or ''} {text}".strip()
        last["position"] = _glue_fix(joined)
        last["unsure"] = True

    def _add_participant(self, name, position, org, line):
        name = re.sub(r"^(?:mr|mrs|ms|dr|eng)\.?\s+", "", name.strip(" ,;-–"), flags=re.I)
        if not name or len(name) > 80 or re.fullmatch(r"[\d\W]+", name):
            return
        organisation = (self.ref.organisation(org) or org) if org else None
        if not organisation and position:
            found = self.ref.organisations_in(position)
            organisation = found[0] if found else None
        if not organisation and position:
            organisation = _body_in_position(position)
        if not organisation and self.state.org_heading:
            organisation = self.ref.organisation(self.state.org_heading)
        item = {"name": name, "position": position or None, "organisation": organisation,
                "organisation_text": org or None, "group": self.state.heading, "line": line.no}
        if position and re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]", position):
            item["unsure"] = True   # two people in one row: the reviewer splits it
        self.draft["participants"].append(item)

    def chairs_in(self, line: Line) -> None:
        """"Chaired by Mr. X, Head of Y, and facilitated by Z (IOM)", "ترأس الاجتماع السيد ...": chairs and
        facilitators named in prose are participants too (and listed under "chairs")."""
        text = line.text
        if line.is_row or not _CHAIR_CUE.search(text):
            return
        for m in _CHAIR_CUE.finditer(text):
            if re.search(r"\bthe\s+$", m[0], re.I):
                continue          # "chaired by the PC Coordinator": a role, no one named
            rest = text[m.end():]
            rest = re.split(r",?\s+(?:and\s+)?(?:co-?chaired|chaired|facilitated|moderated|presided)\b|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.;](?:\s|$)|"
                            r"\s+و(?:أدار|ترأس|يسر)", rest)[0]
            for person in re.split(r"\s+(?:and|&)\s+(?=(?:Mr|Ms|Mrs|Dr)\.?\s|[A-Z][a-z]+\s[A-Z])|\s+و(?=السيد|السيدة)",
                                   rest):
                person = re.sub(r"^(?:the\s+)?(?:السيد|السيدة|الدكتور|د\.)\s*", "", person.strip(" ,"))
                name, position, org = split_person(person, self.ref)
                if not name or not (_looks_like_a_name(re.sub(r"^(?:mr|mrs|ms|dr)\.?\s+", "", name, flags=re.I))):
                    continue      # "chaired by the Governor's representative": no one named
                if not org and position:
                    arabic = re.match(r"^(\S+\s+\S+)\s+((?:مدير|معاون|ممثل|رئيس|مسؤول|نائب).*)$", name)
                    if arabic:
                        name, position = arabic[1], f"{arabic[2]} {position}"
                before = len(self.draft["participants"])
                self._add_participant(name, position, org, line)
                if len(self.draft["participants"]) > before:
                    added = self.draft["participants"][-1]
                    added["from_prose"] = True
                    self.draft["chairs"].append({"name": added["name"], "role": normalise(m[0]).split()[0],
                                                 "line": line.no})


    def speakers_in(self, line: Line) -> None:
        """"Mr. X, Head of Y, opened ...", "السيد ... مدير ...": a speaker named with a position in prose is a
        participant (unsure: prose is not an attendance list)."""
        if line.is_row or self.state.section == "participants":
            return
        for m in _SPEAKER_EN.finditer(line.text):
            self._speaker(m["name"], m["position"], line)
        for m in _POSITION_THEN_NAME_AR.finditer(line.text):    # "وزير الهجرة والمهجرين السيد عثمان الغانمي"
            words = m["name"].split()
            end = next((i for i, w in enumerate(words[:5]) if w.endswith(("،", ",")) or (i >= 2 and w.startswith("و"))), None)
            name = " ".join(words[:end + 1] if end is not None and words[end].endswith(("،", ",")) else
                            words[:end] if end else words[:2]).strip("،, ")
            position = m["position"].strip()
            ministry = re.sub(r"^وزير[ة]?\s", "وزارة ", position)     # the minister of X is of the ministry of X
            known = self.ref.organisation(ministry) or (self.ref.organisations_in(position) or [None])[0]
            self._speaker(name, position, line, known or (ministry if ministry != position else None))
        for m in _SPEAKER_AR.finditer(line.text):      # after: "السيدة X، نائب ..." names the next person's post
            self._speaker(m["name"], m["position"], line)

    def _speaker(self, name, position, line, org=None):
        name = name.strip("،, ")
        position = re.split(r"\s+(?:and|who|opened|welcomed|presented|thanked|began|noted|said|stressed)\b|"
                            r"\s+(?:الذي|حيث|وقال|قال|أكد|افتتح|رحب|شكر|إلى|الى|لبحث)\s|\s*\(|\s+و(?=ال|م)", position.strip(" ,"))[0].strip(" ,")
        org = org or _body_in_position(position)
        if any(p["name"] == name for p in self.draft["participants"]):
            return
        before = len(self.draft["participants"])
        self._add_participant(name, position or None, org, line)
        if len(self.draft["participants"]) > before:
            self.draft["participants"][-1].update(unsure=True, from_prose=True)


_SPEAKER_EN = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+(?P<name>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,3}),\s+"
                         r"(?:the\s+)?(?P<position>(?:Head|Director|Deputy|Chief|Representative|Coordinator|Manager|"
                         r"Minister|Governor|Mayor|Advisor|Adviser|Chair|Co-chair|Senior|Country Director)\b[^,.;]{0,80})")
_SPEAKER_AR = re.compile(r"(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ)\s+(?P<name>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,2}?)"
                         r"[،,]?\s+(?P<position>(?:ال)?(?:مدير|معاون|ممثل|رئيس|مسؤول|نائب|وزير|محافظ|منسق|مستشار|"
                         r"قائممقام|قائمقام|عضو|سكرتير|أمين)\S*\s(?:(?!السيد|السيدة|الدكتور)[^،,.؛]){2,80})")
_POSITION_THEN_NAME_AR = re.compile(
    r"(?<![\u0600-\u06ff])و?(?P<position>(?:وزير|وزيرة|نائب|ممثل|مدير|محافظ|رئيس|منسق|مستشار|سكرتير|أمين|عضو)\s"
    r"[^،,.؛]{2,80}?)\s+"
    r"(?:السيد|السيدة|الدكتور|الدكتورة)\s+(?=(?P<name>(?:[\u0600-\u06ff]+[،,]?\s*){2,5}))")
_CHAIR_CUE = re.compile(r"\b(?:co-?chaired|chaired|facilitated|moderated|presided(?: over)?)\s+by:?\s+(?:the\s+)?|"
                        r"(?:ترأس|ترأست|ترأسه|أدار|أدارت|يسر|يسّر)\s+(?:الاجتماع|الإجتماع|الجلسة|الورشة)\s+|برئاسة\s+|"
                        r"بإشراف\s+|باشراف\s+", re.I)
