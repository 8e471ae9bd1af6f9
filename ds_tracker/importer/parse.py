"""The report parser: text in, a draft (dict, see ../shared/import-format.md) out. Pure Python, small steps.

lines.to_lines (tidy) -> _Reader walks the lines, tracking the section each heading opens, and hands each line
to the reader of that section (participants, recommendations, actions, next steps, groups, sessions) ->
_finish matches places, organisations and themes, removes duplicates and says what it was unsure of.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import normalise
from . import vocab
from .lines import Line, split_item, tidy, to_lines
from .reading import dates_in, first_date
from .reference import Reference, theme_of

MAX_TITLE = 240
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DASHES = re.compile(r"\s*(?:-{2,}|—|–|\s-\s|:\s|-(?=[A-Z]{2,}\b))\s*")
_GLUED = re.compile(r"(?<=[a-z\)\.])(?=[A-Z][a-z']+|[A-Z]{2,})")


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


def _norm(text: str) -> str:
    return re.sub(r"[\s:;.\-–—|*#]+$", "", normalise(text)).strip()


@dataclass
class _State:
    section: str | None = None
    group: dict | None = None        # the breakout group being read
    group_mode: str = "challenges"   # inside a group: "challenges" or "recommendations"
    heading: str | None = None       # the nearest heading in the participants list
    org_heading: str | None = None   # the nearest heading that names an organisation
    column_groups: list | None = None  # "Government | Humanitarian": each column lists people of one group
    columns: dict | None = None      # table header: kind -> column index
    session: dict | None = None
    table_kind: str | None = None


@dataclass
class _Reader:
    lines: list[Line]
    ref: Reference
    lang: str
    draft: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.sections = _words(self.lang, vocab.SECTIONS)
        self.agreed = [normalise(w) for w in vocab.AGREED_LEADS["en"] + vocab.AGREED_LEADS.get(self.lang, [])]
        self.sessions = [normalise(w) for w in vocab.SESSION_MARKERS["en"] + vocab.SESSION_MARKERS.get(self.lang, [])]
        self.state = _State()
        counts = {}
        for line in self.lines:
            if line.text and not line.is_row and len(line.text) < 80:
                counts[normalise(line.text)] = counts.get(normalise(line.text), 0) + 1
        self.running = {t for t, n in counts.items() if n >= 3}
        for key in ("participants", "sessions", "groups", "recommendations", "actions", "commitments",
                    "escalations"):
            self.draft[key] = []

    # --- headings ----------------------------------------------------------------------------
    def section_of(self, line: Line) -> str | None:
        """The section kind a heading line opens, or None when the line is not a heading."""
        if line.is_row and line.cells[0] and not any(line.cells[1:]):
            text = line.cells[0]
        elif line.is_row:
            return None
        else:
            text = line.text
        m = re.match(r"^([^:]{3,30}):\s*\S", text or "")
        if m and normalise(m[1]).strip() in {normalise(w) for w in self.sections["participants"]}:
            return "participants"   # "Participants: Ali Omar (District Office), Sara Ali (UNICEF) and ..."
        if not text or len(text) > 90 or (text.endswith(".") and not line.markdown_heading):
            return None
        key = _norm(text)
        if not key:
            return None
        if self.state.section == "agenda" and (line.bullet or line.number) and not text.isupper():
            return None           # an agenda item, even one that names a section ("Follow-up of action points")
        if any(key.startswith(normalise(w)) for w in self.sections["background"][:4]):
            return "background"   # "Follow-up of previous action points" reviews the past; it is no action list
        if any(re.search(r"(?<!\w)" + re.escape(normalise(w)) + r"(?!\w)", key)
               for w in self.sections["actions"] if len(w) > 8) and len(key) < 60:
            return "actions"      # "Agreed action points", "Follow-up actions agreed"
        for kind, words in self.sections.items():
            for w in words:
                w = normalise(w)
                if key == w or key.startswith(w + " ") or key.startswith(w + "-") or key.startswith(w + ":") \
                        or (len(key) >= 8 and w.endswith(key)):            # "ST OF PARTICIPANTS", cut short
                    if kind == "recommendations" and key.startswith(w + " by"):
                        return kind
                    return kind
        return None

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
            if line.blank:
                continue
            self._line_no = line.no
            if re.match(r"^(figure|photo|image|table)\s*\d*\s*:", line.text, re.I):
                continue   # captions
            if line.is_row and self.state.section not in ("recommendations", "groups") and \
                    self._header(line.cells, ("challenges", "recommendations")):
                self.state = _State(section="recommendations", columns=self.state.columns)
                continue
            if not line.is_row and normalise(line.text) in self.running and not self.section_of(line):
                continue   # a page header or footer repeated on every page
            group = self.is_group_heading(line)
            if group:
                self.draft["groups"].append(group)
                self.state = _State(section="groups", group=group, group_mode="challenges")
                continue
            kind = self.section_of(line)
            if kind == "recommendations" and self.state.group and not line.markdown_heading \
                    and _norm(line.text) in {normalise(w) for w in self.sections["recommendations"]}:
                self.state.group_mode = "recommendations"   # "RECOMMENDATIONS:" inside a group
                continue
            if kind == "challenges" and self.state.group:
                self.state.group_mode = "challenges"
                continue
            if kind:
                if kind == "participants" and self.state.section == "participants":
                    self.state.columns = None   # a repeated list header after a page break
                    continue
                self.state = _State(section=kind)
                if kind == "participants" and ":" in line.text and line.text.split(":", 1)[1].strip():
                    self._inline_attendance(line)
                continue
            session = self.is_session(line)
            if session:
                self.draft["sessions"].append(session)
                self.state = _State(section="session", session=session)
                continue
            if self._is_plain_heading(line) or (self.state.section not in ("participants", None)
                                                and not self.state.columns and _short_title(line)):
                if self.state.section == "participants" and self._participant_group(line):
                    continue
                self.state = _State(section="other")
                continue
            self.handle(line)

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
        section = self.state.section
        if section == "participants":
            self.participant_line(line)
        elif section == "groups" and self.state.group:
            self.item_in_group(line)
        elif section == "recommendations":
            self.recommendation_line(line)
        elif section == "agreed":     # a list opened by "The forum agreed to:" ends with its last item
            if line.bullet or line.number:
                self.recommendation_line(line)
                self.state.table_kind = "started"
            elif self.state.table_kind != "started" and not line.is_row:
                pass                  # a sentence between the lead and the list
            else:
                self.state = _State(section="other")
                self.loose_line(line)
        elif section == "actions":
            self.action_line(line)
        elif section == "next_steps":
            self.next_step_line(line)
        elif section == "session":
            self.session_line(line)
        elif section == "challenges":
            pass
        else:
            self.loose_line(line)

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
            if self.state.columns:
                self._participant_from_columns(cells, line)
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
        if line.number or line.bullet:
            self._participant_from_text(text, line)
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
        found = {}
        keys = [re.split(r"\s*/\s*|\s+and\s+|\s+و\s*", normalise(cell).strip(" :"))[0] for cell in cells]  # "Title/Organization"
        for exact in (True, False):   # exact names first; then "Responsible party" as a "responsible" column
            for i, key in enumerate(keys):
                if i in found.values():
                    continue
                for kind, words in vocab.COLUMNS.items():
                    if kind not in found and any(key == normalise(w) or (not exact and key.startswith(normalise(w) + " "))
                                                 for w in words):
                        found[kind] = i
                        break
        if sum(1 for k in wanted if k in found) >= 2 or ("name" in wanted and "name" in found and len(cells) <= 3
                                                         and any(k in found for k in ("number", "position"))):
            self.state.columns = found
            return True
        return False

    def _participant_from_columns(self, cells, line, guess=False):
        cols = self.state.columns or {}
        def cell(kind):
            i = cols.get(kind)
            return cells[i].strip() if i is not None and i < len(cells) and cells[i] else None
        if guess or not cols:
            values = [c for c in cells if c and not re.fullmatch(r"\d{1,3}\.?", c)]
            name, position, org = (values + [None, None, None])[:3]
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
        if text.endswith(".") and len(text.split()) > 6:
            return   # a sentence, not a person
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
        if not organisation and self.state.org_heading:
            organisation = self.ref.organisation(self.state.org_heading)
        item = {"name": name, "position": position or None, "organisation": organisation,
                "organisation_text": org or None, "group": self.state.heading, "line": line.no}
        if position and re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]", position):
            item["unsure"] = True   # two people in one row: the reviewer splits it
        self.draft["participants"].append(item)

    # --- recommendations ---------------------------------------------------------------------
    def recommendation_line(self, line: Line):
        if line.is_row:
            self.table_recommendation(line)
            return
        text = line.text
        if self._is_escalation(text):
            return
        if line.bullet or line.number:
            self._add_recommendation(text, line, self.state.group)
            self.state.table_kind = self.state.table_kind or "items"
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
        if line.is_row:
            self.table_recommendation(line)
            return
        text = line.text
        if self._is_escalation(text):
            return
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
        if self._action_field(line):
            return
        if self.state.columns and not line.is_row and not (line.bullet or line.number):
            return   # prose after an action table
        if line.is_row:
            if self._header(line.cells, ("action", "responsible", "deadline")):
                return
            cols = self.state.columns or {}
            cells = line.cells
            def cell(kind):
                i = cols.get(kind)
                return cells[i] if i is not None and i < len(cells) and cells[i] else None
            text = cell("action") or next((c for c in cells if len(c) > 15), None)
            if text:
                self._add_action(text, cell("responsible"), cell("deadline"), line)
            return
        if line.bullet or line.number or len(line.text) > 20:
            self._action_from_sentence(line.text, line)

    def _add_action(self, text, owner, deadline, line):
        due, guessed = first_date(deadline) if deadline else (None, False)
        item = {"text": tidy(text).rstrip("."), "owner": owner, "due": due.isoformat() if due else None,
                "line": line.no}
        if guessed or (deadline and not due):
            item["unsure"] = True
        self.draft["actions"].append(item)

    def _action_from_sentence(self, text, line):
        """"RWG coordinators to circulate the dashboard by 15 May 2025"."""
        text = text.rstrip(" .;")
        lead = re.match(r"^(?:by|before)\s+([^,]{3,40}),\s*(.+)$", text, re.I)
        if lead and dates_in(lead[1]):          # "By end of October 2024, NRC will share ..."
            text = f"{lead[2]} by {lead[1]}"
        paren = re.search(r"\s*[(\[]\s*(?:deadline|due(?: date)?|by|الموعد النهائي)\s*:?\s*([^)\]]+)[)\]]\s*$", text, re.I)
        if paren and dates_in(paren[1]):        # "... (deadline: 20 May 2025)"
            text = f"{text[:paren.start()]} by {paren[1]}"
        m = re.match(r"^(?P<owner>[^,.;]{2,80}?)\s+(?:to|will|shall|should|must)\s+(?P<what>.+)$", text)
        due = None
        body = text
        d = re.search(r"(?:\s+|\s*[—–-]\s*|,\s*)(?:by|before|no later than|until|(?:(?<=[—–\-,]\s)|(?<=[—–\-,]))due(?: date)?:?"
                      r"|deadline:?|قبل|بحلول|في موعد أقصاه)\s+(?P<date>[^.;]+?)\.?$", text)
        if d:
            found = dates_in(d["date"])
            if found:
                due = found[0][0]
                body = text[:d.start()]
        if m and m["owner"].split()[0].lower() in vocab.ACTION_VERBS:
            m = None     # "Prepare the list of families wishing to return": an order, no owner named
        if m:
            owner = m["owner"].strip()
            self.draft["actions"].append({"text": body.rstrip(" ."), "owner": owner,
                                          "due": due.isoformat() if due else None, "line": line.no})
        else:
            # "يقوم فرع وزارة الهجرة بتزويد ..." / "IOM will ...": the organisation named first is the likely owner
            named = self.ref.organisations_in(" ".join(body.split()[:8]))
            self.draft["actions"].append({"text": body.rstrip("."), "owner": named[0] if named else None,
                                          "due": due.isoformat() if due else None, "line": line.no, "unsure": True})

    # --- next steps, sessions, everything else ------------------------------------------------
    def next_step_line(self, line: Line):
        if self._action_field(line):
            return
        text = line.text if not line.is_row else " ".join(line.cells)
        if self._is_escalation(text):
            return
        if (line.bullet or line.number) and re.search(r"\b(?:to|will)\s+\w+", text) and dates_in(text):
            self._action_from_sentence(text, line)
            return
        if line.bullet or line.number or len(text) > 30:
            self.draft["commitments"].append({"text": text, "addressees": self.ref.organisations_in(text),
                                              "line": line.no})

    def session_line(self, line: Line):
        text = line.text if not line.is_row else " ".join(line.cells)
        if self._is_escalation(text):
            return
        session = self.state.session
        if len(session["summary"]) < 1500:
            session["summary"] = (session["summary"] + "\n" + text).strip()

    def loose_line(self, line: Line):
        text = line.text if not line.is_row else " ".join(line.cells)
        if self._is_escalation(text):
            return
        n = normalise(text)
        if text.endswith(":") and (any(a in n for a in self.agreed) or re.search(
                r"following (?:\w+ )?(?:recommendations|points|decisions)|recommendations\W*$|التوصيات", n)):
            self.state = _State(section="agreed")

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
        if not bodies:
            return False
        line_no = getattr(self, "_line_no", None)
        self.draft["commitments"].append({"text": text, "addressees": bodies, "line": line_no, "escalation": True})
        for body in bodies:
            self.draft["escalations"].append({"body": body, "line": line_no})
        return True

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
        if ref.organisation(tail) or len(tail.split()) <= 6:
            rest, org = head.strip(), tail
    if rest and not org and (ref.organisation(rest) or _org_like(rest)):
        rest, org = None, rest
    if not rest and " " in name and ref.organisation(name.rsplit(" ", 1)[1]):
        name, org = name.rsplit(" ", 1)     # "Ahmed Qassim MoMD"
    return name or None, _glue_fix(rest) if rest else None, org


_ORG_WORDS = re.compile(r"\b(?:directorate|ministry|office|department|police|council|committee|embassy|"
                        r"organi[sz]ation|agency|foundation|centre|center|association|union|programme|fund|"
                        r"مديرية|وزارة|ديوان|دائرة|مكتب|مجلس|هيئة|منظمة)\b", re.I)


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


# --- the header: title, date, place, hosts ---------------------------------------------------

def _meta_value(lines: list[Line], kinds) -> tuple[str | None, int | None]:
    words = [normalise(w) for k in kinds for w in vocab.META[k]]
    for line in lines[:60]:
        text = line.text
        m = re.match(r"^([^:：]{2,40})[:：]\s*(.+)$", text)
        if m and normalise(m[1]).strip() in words:
            return m[2].strip(), line.no
    return None, None


def _title(lines: list[Line], ref: Reference) -> str | None:
    picked = []
    for line in lines[:25]:
        text = line.text
        if line.blank:
            if picked:
                break
            continue
        n = normalise(text)
        if re.match(r"^[^:]{2,40}:\s", text) or n in ("press release", "report", "minutes", "بيان صحفي"):
            if picked:
                break
            continue
        if dates_in(text) and (picked or len(text) < 40):
            break   # the line with the date ends the title
        picked.append(text)
        if len(" ".join(picked)) > 120 or len(picked) >= 3:
            break
    if not picked:
        return None
    title = " ".join(_calm(p) if p.isupper() and len(p) > 4 else p for p in picked)
    title = re.split(r"\s*\|\s*(?:report|minutes)\s*\|", title, flags=re.I)[0]
    if title.isupper():
        title = title.title().replace("'S", "'s")
    return title[:MAX_TITLE].strip(" |–-")


def _kind_and_forum(head_text: str, ref: Reference, is_title: bool = False) -> tuple[str, str | None]:
    n = normalise(head_text)
    if is_title and any(re.search(r"(?<!\w)" + re.escape(normalise(w)) + r"(?!\w)", n)
                        for w in vocab.KIND_WORDS["workshop"]):
        return "workshop", None    # "MoMD and DSTWG ... Workshop" is a workshop, whoever organised it
    for words in vocab.NOT_MEETING.values():
        if any(normalise(w) in n for w in words):
            return "other", None
    for kind, words in vocab.KIND_WORDS.items():
        if any(re.search(r"(?<!\w)" + re.escape(normalise(w)) + r"(?!\w)", n) for w in words):
            if kind == "JCF":
                places = [p for p in ref.places_in(head_text)]
                forum = next((f.name for f in ref.forums if f.kind == "JCF" and f.parent in places), None)
                if not forum and "Kurdistan Region" in places:
                    forum = "JCF Kurdistan Region"
                return "JCF", forum
            if kind == "workshop":
                return "workshop", None
            forum = next((f.name for f in ref.forums if f.kind == kind), None)
            return kind, forum
    return "other", None


def _sittings(lines: list[Line], ref: Reference, title: str | None) -> list[dict]:
    value, _no = _meta_value(lines, ["date"])
    location, _ = _meta_value(lines, ["location"])
    candidates = [value] if value else []
    candidates += [title or ""] + [l.text for l in lines[:30] if not l.blank]
    days = []
    for text in candidates:
        found = [d for d, guessed in dates_in(text or "") if not guessed]
        if found:
            days = found
            break
    days = sorted(set(days))
    city, venue = _city_venue(location, ref) if location else (None, None)
    if not city and venue:
        named = [p for p in ref.places_in(venue) if normalise(p) not in ("iraq",)]
        city = named[0] if named else None      # "Kirkuk Governorate Building" is in Kirkuk
    if not city:
        for line in lines[:30]:   # a dateline: "RAMADI, 3 November 2025 –" or "Erbil, 7–8 October 2024"
            m = re.match(r"^([A-Za-z\u0600-\u06ff' -]{3,30})[,،]\s*[\d\u0660-\u0669]", line.text)
            name = re.sub(r"\s+(?:town|city|district|centre|center)$", "", m[1].strip(), flags=re.I) if m else None
            if name and ref.place(name):
                city = name.title() if name.isupper() else name      # "RAMADI, 3 November", "Sinjar town, 2 Feb"
                break
    if not city and location is None:
        for line in lines[:30]:
            m = re.search(r"(?:at|in)\s+the\s+([^,.]+?)\s+in\s+([A-Z][a-z]+)", line.text)
            if m and ref.place(m[2]):
                venue, city = m[1], m[2]
                break
    if not city:     # "Report of the meeting, 15 July 2025, Basra Governorate Hall": the part after the date
        for line in lines[:12]:
            if dates_in(line.text) and "," in line.text:
                for part in [p.strip() for p in line.text.split(",")]:
                    named = [p for p in ref.places_in(part) if not dates_in(part)]
                    if named and len(part.split()) <= 6:
                        city = named[0]
                        venue = venue or (part if normalise(part) != normalise(named[0]) else None)
                        break
            if city:
                break
    if not city:
        for line in lines[:12]:
            if not dates_in(line.text):
                continue
            for m in re.finditer(r"\b(?:in|at)\s+([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)", line.text):
                if ref.place(m[1]):
                    city = m[1]
                    break
            if city:
                break
    if venue is None:
        for line in lines[:30]:
            m = re.search(r"\bat the ([A-Z][\w ]{3,60}?(?:Office|Hall|Hotel|Ministry|Centre|Center|compound))\b",
                          line.text)
            if m:
                venue = m[1]
                break
    cities = [city] * len(days)
    rounds = sorted({(d.year, d.month) for d in days})
    if not city and len(rounds) > 1:
        # two rounds in two cities: "The first workshop was held in Baghdad ... the second ... in Erbil"
        held = []
        for line in lines:
            for m in re.finditer(r"\bheld in ([A-Z][\w'-]+)", line.text):
                if ref.place(m[1]) and m[1] not in held:
                    held.append(m[1])
        if len(held) == len(rounds):
            cities = [held[rounds.index((d.year, d.month))] for d in days]
    return [{"date": d.isoformat(), "city": c, "venue": venue} for d, c in zip(days, cities)]


def _city_venue(location: str, ref: Reference):
    parts = [p.strip() for p in re.split(r"[,،]", location) if p.strip()]
    city = None
    for inner in re.findall(r"\(([^()]{2,40})\)", location):    # "Venue: UNHCR office (Erbil)"
        if ref.place(inner) and normalise(inner) not in ("iraq", "العراق"):
            city = inner
    parts = [re.sub(r"\s*\(.*?\)\s*", "", p) for p in parts]
    for p in parts:
        if ref.place(p) and normalise(p) not in ("iraq", "العراق") and not city:
            city = p
    venue_parts = [p for p in parts if p != city and normalise(p) not in ("iraq", "العراق")]
    return city, (", ".join(venue_parts) or None)


def _orgs_after(lines, kinds, ref):
    value, _ = _meta_value(lines, kinds)
    if not value:
        return []
    found = ref.organisations_in(value)
    for w in ("rwg", "dstwg"):
        if re.search(rf"\b{w}\b", normalise(value)) and w.upper() not in found:
            found.append(w.upper())
    return found


def _hosts_and_organisers(lines, ref):
    hosts = _orgs_after(lines, ["hosts"], ref)
    organisers = _orgs_after(lines, ["organisers"], ref)
    value, _ = _meta_value(lines, ["hosts"])
    if value and re.search(r"in collaboration with|بالتعاون مع|with support", value, re.I):
        head, tail = re.split(r"in collaboration with|بالتعاون مع|with support from", value, maxsplit=1, flags=re.I)
        hosts = ref.organisations_in(head) or hosts[:1]
        organisers = [o for o in ref.organisations_in(tail)] + [w.upper() for w in ("rwg", "dstwg")
                                                                 if re.search(rf"\b{w}\b", normalise(tail))]
    if not hosts:   # "Organised by X ..., hosted by Y."
        for line in lines[:30]:
            m = re.search(r"hosted by (?:the )?([^.,;]+)", line.text, re.I)
            if m:
                hosts = ref.organisations_in(m[1])
            m = re.search(r"organi[sz]ed by (?:the )?(.+?)(?:, hosted|\.|$)", line.text, re.I)
            if m:
                organisers = ref.organisations_in(m[1]) + [w.upper() for w in ("dstwg", "rwg")
                                                           if re.search(rf"\b{w}\b|technical working group",
                                                                        normalise(m[1]))][:1]
    return hosts, organisers


# --- the whole -------------------------------------------------------------------------------

def parse(text: str, reference: Reference | None = None) -> dict:
    """Make a draft of a report's text. Never raises on odd input; says what it was unsure of."""
    ref = reference or Reference.from_seed()
    text = text or ""
    lines = to_lines(text)
    lang = language_of(text)
    reader = _Reader(lines, ref, lang)
    reader.read()
    draft = reader.draft
    title = _title(lines, ref)
    head_text = " ".join(l.text for l in lines[:25] if not l.blank)
    kind, forum = _kind_and_forum(title or "", ref, is_title=True)
    if kind == "other" or (kind == "workshop" and not forum):
        kind2, forum2 = _kind_and_forum(head_text, ref)
        if kind == "other" or kind2 == "other":
            kind, forum = (kind2, forum2) if kind == "other" else (kind, forum)
    hosts, organisers = _hosts_and_organisers(lines, ref)
    result = {
        "title": title, "kind": kind, "forum": forum, "language": lang,
        "sittings": _sittings(lines, ref, title),
        "hosts": hosts, "organisers": organisers,
        **{k: draft[k] for k in ("participants", "sessions", "groups", "recommendations", "actions",
                                 "commitments", "escalations")},
        "warnings": reader.warnings, "source_lines": len(lines),
    }
    if kind == "other" and _not_a_meeting(head_text):
        result["sittings"] = []   # dates in a newsletter are of events, not of a meeting
    _finish(result, ref)
    return result


def _not_a_meeting(text: str) -> bool:
    n = normalise(text)
    return any(normalise(w) in n for words in vocab.NOT_MEETING.values() for w in words)


def _finish(d: dict, ref: Reference) -> None:
    # one participant listed twice is one participant
    seen, people = set(), []
    for p in d["participants"]:
        key = normalise(re.sub(r"[^\w\s]", "", p["name"]))
        if key in seen:
            d["warnings"].append(f"{p['name']} is listed twice (line {p['line']}); kept once.")
            continue
        seen.add(key)
        people.append(p)
    d["participants"] = people
    # organisations the reference does not know: kept as written, proposed as new (never dropped)
    proposed = {}
    for p in people:
        org = p.get("organisation")
        if org and not ref.organisation(org):
            p["organisation_new"] = True
            m = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z\-]{1,9})\)", org)
            name, acronym = (m[1], m[2]) if m else (org, org if re.fullmatch(r"[A-Z][A-Za-z\-]{1,9}", org) else None)
            proposed.setdefault(normalise(name), {"name": name, "acronym": acronym, "line": p["line"]})
    d["new_organisations"] = list(proposed.values())
    for r in d["recommendations"]:
        r["themes"] = theme_of(r["text"])
        r["places"] = ref.places_in(r["text"])
        r["addressees"] = ref.organisations_in(r["text"])
    for a in d["actions"]:
        if a.get("owner"):
            a["owner_organisation"] = ref.organisation(a["owner"]) or (ref.organisations_in(a["owner"]) or [None])[0]
    for g in d["groups"]:
        g.setdefault("theme", None)
    seen_bodies, escalations = set(), []
    for e in d["escalations"]:
        if e["body"] not in seen_bodies:
            seen_bodies.add(e["body"])
            escalations.append(e)
    d["escalations"] = escalations
    if not d["participants"] and not d["recommendations"] and not d["sittings"]:
        d["warnings"].append("No meeting date, participants or recommendations found: this may not be a "
                             "meeting report.")
    elif d["kind"] == "other" and not d["recommendations"]:
        d["warnings"].append("This does not look like a meeting report.")
    if not d["title"]:
        d["warnings"].append("No title found.")
