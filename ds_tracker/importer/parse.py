"""The report parser: text in, a draft (dict, see ../shared/import-format.md) out. Pure Python, small steps.

files.py made the text from the document model; lines.to_lines tidies it -> _Reader walks the lines, tracking the
section each heading opens (here), and hands each line to the reader of that section: people.py (participants),
outcomes.py (recommendations, actions, next steps, sessions, escalations); header.py reads the title, dates,
places and hosts -> _finish matches places, organisations and themes, removes duplicates and says what it was
unsure of.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import normalise
from . import vocab
from .header import _hosts_and_organisers, _sittings
from .report_title import _kind_and_forum, _not_a_meeting, _title, meeting_title
from .lines import Line, title_key as _title_key, to_lines
from .cues import CueReader
from .outcomes import OutcomesReader, outcome_kind
from .outcome_words import planned_step
from .people import _ARABIC, PeopleReader, columns_of, _after_dash, _calm, _short_title, split_person  # noqa: F401
from .inline_people import attendance_run
from .numbered_people import body_person, numbered_attendance
from .listed_people import ListedPeople
from .present import flagged_attendance
from .grouped_people import cell_cycles
from .reference import Reference
from .state import _norm, _State
from .finish import _finish, unread_draft, _meeting_year
from .template import Template, apply_rows
from .background import taught
from .sent_up import bodies_sent_up, own_sentences, sent_up
from .earlier import EarlierReader
from .stacked import StackedReader
from .arabic_forms import logical_arabic
from .email_head import _from_meeting_title, _sent_day, email_head, head_lines
from .sections import SectionOf
from .arabic_rolls import own_members
from .shapes import ShapeReaders
from .arabic_outcomes import add_news_outcomes


def language_of(text: str) -> str:
    letters = re.findall(r"[A-Za-z\u0600-\u06ff]", text[:20000])
    arabic = sum(1 for c in letters if _ARABIC.match(c))
    return "ar" if letters and arabic / len(letters) > 0.4 else "en"


def _words(lang: str, table: dict) -> dict:
    """Section words of the report's language, and English too (Arabic reports quote English headings)."""
    merged = {k: list(v) for k, v in table["en"].items()}
    if lang != "en":
        for k, v in table[lang].items():
            merged.setdefault(k, []).extend(v)
    return merged


@dataclass
class _Reader(SectionOf, CueReader, PeopleReader, ListedPeople, OutcomesReader, EarlierReader, StackedReader,
              ShapeReaders):
    lines: list[Line]
    ref: Reference
    lang: str
    draft: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    template: Template = field(default_factory=Template)

    def place_of(self, line: Line) -> int | None:
        """Where a line stands in the list (its number does not say: a markdown rule or a pasted e-mail's head is
        taken out); by identity, at once (list.index compares every line before it, field by field). None for a
        line the reader made itself."""
        return self._places.get(id(line))

    def __post_init__(self):
        self._places = {id(l): i for i, l in enumerate(self.lines)}
        self.sections = _words(self.lang, vocab.SECTIONS)
        self._keys = {kind: [normalise(w) for w in words] for kind, words in self.sections.items()}
        self._section_tests = [(kind, set(words), tuple(w + c for w in words for c in " -:"), words)
                               for kind, words in self._keys.items()]
        self._long_actions = [re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)")
                              for w in self._keys["actions"] if len(w) > 8]
        self._roles = {normalise(w) for w in vocab.ROLE_HEADINGS}
        self._action_columns = {normalise(w) for w in ("action points", "action point", "actions", "action items",
                                                       "action point/decision", "action points/decisions",
                                                       "decisions and action points", "follow-up actions",
                                                       "النقاط الإجرائية", "الإجراءات", "الاجراءات")}
        # "Review of action points from the last meeting": the past reviewed, no action list
        self._reviews = [w for w in self._keys["background"] if "previous" in w or "action" in w or "متابعة" in w]
        self.agreed = [normalise(w) for w in vocab.AGREED_LEADS["en"] + vocab.AGREED_LEADS.get(self.lang, [])]
        self.sessions = [normalise(w) for w in vocab.SESSION_MARKERS["en"] + vocab.SESSION_MARKERS.get(self.lang, [])]
        self.state = _State()
        self._own, self._taken = own_sentences(self.lines), set()   # a wrapped paragraph's sentences, each on the line it starts on
        counts = {}
        for line in self.lines:
            if line.text and not line.is_row and len(line.text) < 80:
                counts[normalise(line.text)] = counts.get(normalise(line.text), 0) + 1
        self.running = {t for t, n in counts.items() if n >= 3}
        self._name_run, self._listed = self._names_without_heading(), self._numbered_people()
        self._flagged = flagged_attendance(self.lines)     # "YAna RuizIOM": present? | name | body, run together
        self._cycle_rows, self._cycle_taken = cell_cycles(self.lines)   # a table given out one cell a line
        self._titles = {}     # a short numbered item's text -> its line: an agenda item, met again as a heading
        for line in self.lines:
            key = _title_key(line)
            if key and (line.number or line.bullet):
                self._titles.setdefault(key, line.no)
        self._table_starts, previous = set(), None
        for line in self.lines:
            if not line.blank:
                if line.is_row and sum(1 for c in line.cells if c) >= 2 and not (previous and previous.is_row):
                    self._table_starts.add(line.no)
                previous = line
        for key in ("participants", "sessions", "groups", "recommendations", "actions", "commitments",
                    "escalations", "decisions", "chairs", "organisations"):
            self.draft[key] = []
        self.structure = {"headings": [], "tables": []}

    # --- headings ----------------------------------------------------------------------------
    def is_group_heading(self, line: Line) -> dict | None:
        text = line.text if not line.is_row else ""
        if not text or len(text) > 120 or line.bullet:
            return None
        m = re.match(r"^(?:breakout\s+|working\s+)?(group|المجموعة|مجموعة)\s+([\w\u0600-\u06ff]+)\s*(?:[:\-–—]\s*(.*))?$",
                     text, re.I)
        if not m:
            return None
        label = m[2].strip().lower()
        if not (label.isdigit() or label in vocab.ORDINALS or len(label) == 1):
            return None
        theme = (m[3] or "").strip(" :") or None
        return {"name": f"{m[1].title() if m[1].isascii() else m[1]} {m[2].title() if m[2].isascii() else m[2]}",
                "theme": theme.title() if theme and theme.isupper() else theme, "challenges": [], "line": line.no}

    def is_session(self, line: Line) -> dict | None:
        text = line.text if not line.is_row else ""
        if not text or len(text) > 160 or line.bullet:
            return None
        n = normalise(text)
        for marker in self.sessions:
            if n.startswith(marker) or (n.startswith("session") and " by " in n):
                rest = re.split(r"\bby\b|كلمة|مداخلة", text, maxsplit=1, flags=re.I)
                presenter = _after_dash(rest[-1]) if len(rest) > 1 else None
                title = _calm(text) if text.isupper() else text
                return {"title": title, "presenter": presenter, "summary": "", "line": line.no}
        return None

    # --- the walk ----------------------------------------------------------------------------
    def read(self):
        for line in self.lines:
            if line.blank or line.no in self._taken:
                continue     # a line an inline attendance list wrapped onto
            self._line_no, previous = line.no, getattr(self, "_line_no", None)
            if self.state.section == "earlier" and self.earlier_cell(line):
                continue
            if self.due_below(line, previous):
                continue
            if re.match(r"^(figure|photo|image|table)\s*\d*\s*:", line.text, re.I):
                continue   # captions
            if line.is_row and self._table_start(line):
                continue
            if self._attendance_header(line) or self.stacked_table(line):
                continue
            if self.titled_roll(line) or self.minutes_label(line):
                continue      # "Council present: Mayor Ames, Councilmembers Berg"; "Minutes: 3 May 2021" ends the agenda
            self.initials_first(line)     # "[DC] Dana Cole": as "Dana Cole (DC)"
            self._people_by_content(line)
            self._numbered_attendance(line)
            self.roll_in_prose(line)     # "... PARTICIPANTS - Ana Ruiz (IOM) - ...", run together
            self.presenters_in(line)     # "Omar Said presented ...": in any section, even a flattened table's row
            self.motions_in(line)        # "X moved and Y seconded to ...": a council's decision
            self.decided_in(line)        # "قررت X، كما قررت Y": an Arabic report's decisions in its prose
            if self.outcome_table(line):
                continue      # "Issue | Recommendation" (or flattened with " / "), or one of its " / " rows
            if not line.is_row and normalise(line.text) in self.running and not self.section_of(line):
                continue   # a page header or footer repeated on every page
            if self._titles.get(_title_key(line), line.no) < line.no and not self.section_of(line):
                self.state = _State(section="other")   # "4. Flood response" again: the agenda item's own part
                continue
            if self.cycle_row(line) or self.initialled(line):
                continue     # a table given out one cell a line; "Ana Ruiz (AR), Li Wei (LW), ...": a roll
            if line.no in self._flagged:
                name, org, came = self._flagged[line.no]
                if came:     # "YAna RuizIOM": a wiki's attendance row; "N..." did not come
                    self._add_participant(name, None, org, line)
                continue
            if line.no in self._name_run and self.state.section in (None, "other"):
                self._add_participant(line.text, None, None, line)   # names under the header, no heading
                self.draft["participants"][-1]["unsure"] = True
                continue
            if line.no in self._listed and self.state.section in (None, "other"):
                self.listed_person(line)      # "3. Li Wei, CARE": an attendance list whose heading was lost
                continue
            group = self.is_group_heading(line)
            if group:
                self.draft["groups"].append(group)
                self.state = _State(section="groups", group=group, group_mode="challenges")
                continue
            if self._role_and_person(line):
                continue
            kind = self.section_of(line)
            if kind == "recommendations" and self.state.group and not line.markdown_heading \
                    and _norm(line.text) in {normalise(w) for w in self.sections["recommendations"]}:
                self.state.group_mode = "recommendations"   # "RECOMMENDATIONS:" inside a group
                continue
            if kind == "challenges" and self.state.group:
                self.state.group_mode = "challenges"
                continue
            inline = kind == "participants" and ":" in line.text and line.text.split(":", 1)[1].strip(" -–ـ")
            if kind:
                self._heading(line, kind)
                if kind == "participants" and self.state.section == "participants" and not inline:
                    self.state.columns = None   # a repeated list header after a page break
                    continue
                self.state = _State(section=kind, taught=taught(self.template, line), level=line.markdown_heading)
                if kind == "earlier":
                    self.open_earlier(line)
                if kind == "participants":
                    self.list_body(line)      # "وحضر الاجتماع من الهيئة ... كلٌّ من السادة :": of that body
                    self.state.heading = None if inline else self.roll_label(line.text)   # "Members present"
                if inline:     # "Directors present: A, B" + "Guests: C, D": each label the group of its names
                    text, taken = attendance_run(self.lines, self.place_of(line))
                    self._taken |= taken
                    self.state.heading = self.roll_label(line.text)
                    self.read_roll(line, text)
                    self._roll_end = max([line.no, *taken])
                continue
            if self.roll_group(line):
                continue
            session = self.is_session(line)
            if session:
                self.draft["sessions"].append(session)
                self.state = _State(section="session", session=session)
                continue
            if self.body_cell(line):
                continue
            if self.sub_heading(line):
                continue      # "### Short-term" under "## Action items": a part of the list, not the list's end
            if self._is_plain_heading(line) or (self.state.section not in ("participants", None)
                                                and not self.state.columns and _short_title(line)):
                if self.state.section == "participants" and (self._organisations_alone(line)
                                                             or self._participant_group(line)):
                    continue      # "ZOA" in a list of organisations is one of them, no heading
                self._heading(line, None)
                self.state = _State(section="other")
                continue
            if self._topic_after_bullets(line):
                continue
            before = len(self.draft["actions"])
            self.handle(line)
            self.due_from_heading(self.draft["actions"][before:])
            self._trailing_lead(line)
        self.subjects_in_prose()      # "Lena Berg presented ...", "Ana, Li and Omar gave the presentation"
        self.after_the_walk()         # what the shape readers settle once every line is read (shapes.py)
        self.orgs_from_the_list()
        self.orgs_in_the_position_column()

    def _numbered_attendance(self, line: Line) -> None:
        """An attendance table a PDF ran into the line: each person once, unsure (the cells were guessed apart)."""
        found = numbered_attendance(line.text, self.ref) + [(n, None, o) for n, o in body_person(line.text, self.ref)] \
            if not line.is_row else []
        for name, position, org in found:
            if not any(p["name"] == name for p in self.draft["participants"]):
                self._add_participant(name, position, org, line)
                self.draft["participants"][-1]["unsure"] = True

    # --- what the reviewer sees of the structure, and the template's columns --------------------
    def _heading(self, line: Line, kind: str | None) -> None:
        text = line.cells[0] if line.is_row else line.text
        self.structure["headings"].append({"line": line.no, "text": text, "section": kind})

    def _is_plain_heading(self, line: Line) -> bool:
        """An unknown heading: short, not a sentence, and in capitals or a Markdown heading."""
        if line.is_row or line.bullet:
            return False
        text = line.text
        if line.markdown_heading:
            return True
        letters = re.sub(r"[^A-Za-z]", "", text)
        return 3 <= len(text) <= 90 and len(letters) >= 3 and letters.isupper() and not text.endswith(".")

    def handle(self, line: Line):
        self.table_ended(line)
        if self.state.section == "participants" and not (line.is_row or line.bullet or line.number) and \
                len(line.text) > 120 and line.text.endswith(".") and len(line.text.split()) > 20:
            self.state = _State(section="other")   # a paragraph: the attendance list has ended
        self.news_people_in(line)     # an Arabic news sentence: "برئاسة <post> <name> وبحضور ..."
        self.chairs_in(line)
        self.speakers_in(line)
        self.arabic_rolls(line)       # "ـ سالم عوض ـ هدى علي ...", "- النائب سالم عوض:-"
        if self.state.section == "agenda" and not (line.bullet or line.number or line.is_row) and \
                len(line.text) > 100 and line.text.endswith("."):
            self.state = _State(section="other")   # prose after the agenda: the minutes have begun
        section = self.state.section
        if section not in ("participants", "groups") and self.labelled_line(line):
            return
        if section in ("participants", "actions", "next_steps", "session", "background", "agenda") and \
                not line.is_row and self.is_outcome_lead(line.text):
            self.state = _State(section="agreed", lead=line.text)
            return
        if section == "participants":
            self.participant_line(line)
        elif section == "groups" and self.state.group:
            self.item_in_group(line)
        elif section == "recommendations":
            self.recommendation_line(line)
        elif section == "agreed":     # a list opened by "The forum agreed to:" ends with its last item
            if line.bullet or line.number:
                self.recommendation_line(line)
                self.tasks_in_agreed(line)
                self.state.table_kind = "started"
            elif self.lead_item(line):   # "... التوصيات تمثلت في:" then bare lines
                pass
            elif self.state.table_kind != "started" and not line.is_row:
                self.loose_line(line)   # a sentence between the lead and the list, or items set as paragraphs:
                self.state = _State(section="agreed", lead=self.state.lead) if self.state.section == "other" \
                    else self.state   # by content
            else:
                self.state = _State(section="other")
                self.loose_line(line)
        elif section == "decisions":   # a heading the reviewer mapped to decisions: they are recommendations too
            before = len(self.draft["recommendations"])
            self.recommendation_line(line)
            self.draft["decisions"].extend(dict(r) for r in self.draft["recommendations"][before:])
        elif section in ("actions", "next_steps") and not line.is_row and outcome_kind(line.text) == "decision":
            self._outcome_by_content(line.text, line)   # "Minutes adopted without amendments" among action points
        elif section in ("actions", "next_steps") and not line.is_row and self.proposal(line.text):
            whole = " ".join(self._own.get(line.no) or [line.text])   # the item's sentence, wrapped or not
            self._outcome_by_content(whole, line)   # "It was also suggested to invite X": proposed, nobody set
            if planned_step(whole) and not bodies_sent_up(whole, self.lang):   # "(... will be sent separately)":
                self._planned(whole.rstrip(" ."), planned_step(whole)[1], line)  # the proposal is the step, whole
        elif section == "actions":
            self.action_line(line)
        elif section == "mixed":
            self.mixed_line(line)
        elif section == "next_steps":
            self.next_step_line(line)
        elif section == "session":
            self.session_line(line)
        elif section == "earlier":
            self.earlier_line(line)
        elif section == "challenges":
            pass
        else:
            self.loose_line(line)


# --- the whole -------------------------------------------------------------------------------

def parse(text: str, reference: Reference | None = None, template: Template | None = None) -> dict:
    """Make a draft of a report's text. Never raises on odd input; says what it was unsure of.
    template: the forum's template learnt from earlier corrections (template.py).
    A fault of the reader's own on a shape nobody foresaw must not cost the secretariat the report: the draft is
    then empty but for the warning, the text is kept, and the fault goes to the log."""
    try:
        return _parse(text, reference, template)
    except RecursionError:
        raise
    except Exception:     # noqa: BLE001 - any fault of the reader's, logged whole
        import logging
        logging.getLogger(__name__).exception("the report reader failed on a %d-character text", len(text or ""))
        return unread_draft(text or "", language_of(text or ""))


def _parse(text: str, reference: Reference | None, template: Template | None) -> dict:
    ref = reference or Reference.from_seed()
    text = logical_arabic(text or "")     # a PDF's Arabic presentation forms, some lines in visual order
    text = re.sub("(?<=[\u0621-\u064a])\u0640+(?=[\u0621-\u064a])", "", text)   # "خالــــد": a stroke stretching a word
    lines, mail = email_head(to_lines(text))      # a pasted e-mail's From/To/Subject block is no part of the report
    lang = language_of(text)
    reader = _Reader(lines, ref, lang, template=template or Template())
    reader.read()
    draft = reader.draft
    sent_up(draft, lines, lang, ref)
    head = head_lines(lines, mail)                # an e-mail's subject is its title
    top = _from_meeting_title(head, ref)          # as is a page's own title under its menus
    title = _title(top, ref)
    head_text = " ".join(l.text for l in head[:25] if not l.blank)
    kind, forum = _kind_and_forum(title or "", ref, is_title=True)
    if kind == "other" or (kind == "workshop" and not forum):
        kind2, forum2 = _kind_and_forum(head_text, ref)
        if kind == "other" or kind2 == "other":
            kind, forum = (kind2, forum2) if kind == "other" else (kind, forum)
    hosts, organisers = _hosts_and_organisers(lines, ref)
    result = {
        "title": title, "kind": kind, "forum": forum, "language": lang,
        "sittings": _sittings(head, ref, _title(top, ref, tidy=False)),   # the date on the title's line
        "hosts": hosts, "organisers": organisers,
        **{k: draft[k] for k in ("participants", "sessions", "groups", "recommendations", "actions",
                                 "commitments", "escalations", "decisions", "chairs", "organisations")},
        "warnings": reader.warnings, "source_lines": len(lines), "structure": reader.structure,
    }
    if template:
        apply_rows(result, template, lines)
        result["template_rules"] = template.size() - template.shared
        if template.shared:
            result["shared_rules"] = template.shared    # learnt from other forums' reviewers
    _sent_day(result, lines, mail)
    _meeting_year(result, text)
    if kind == "other" and _not_a_meeting(head_text) and not meeting_title(title):
        result["sittings"] = []   # dates in a newsletter are of events, not of a meeting
    if lang == "ar":
        own_members(result, [l.text for l in lines], ref)   # listed with no body: of the body that met
        add_news_outcomes(result, lines)       # "وقررت تشديد ...", "وجدد المجلس مطالبته بـ": the cues' leftovers
    _finish(result, ref, " ".join(l.text for l in lines[:40] if not l.blank and not l.is_row))
    return result
