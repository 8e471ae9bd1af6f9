"""Cues that open an attendance or action table, or name its people, wherever they stand (CueReader, mixed into
parse._Reader): a header row naming its columns, a role before a person, attendance named inside a line."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .columns import columns_of
from .template import signature
from .lines import Line
from .person import _ARABIC, _ROLE_LEAD, _a_body, _looks_like_a_name, _short_title, split_person
from .state import _State, _norm


# words a heading joins to a section's name without changing what the section holds ("Notes/Decision")
_NEUTRAL = {"notes", "note", "discussion", "discussions", "minutes", "summary", "ملاحظات", "المناقشات", "النقاش"}


_GROUPS = {normalise(w) for w in vocab.GROUP_HEADINGS}


class CueReader:
    def table_ended(self, line: Line) -> None:
        """A line of text after a gap below an attendance table read by its header: the rows have ended, and what
        follows ("Regional Updates: North, South") is no one."""
        at = self.place_of(line) if self.state.section == "participants" and self.state.columns and \
            not line.is_row else 0
        if at and self.lines[at - 1].blank and any(l.is_row for l in self.lines[max(0, at - 3):at]):
            self.state = _State(section="other")

    def cycle_row(self, line: Line) -> bool:
        """A line of a table given out one cell a line ("Name" / "Agency" / "Title", then each person's cells): the
        row's first line adds the person; every line of it is taken."""
        if line.no not in self._cycle_taken:
            return False
        row = self._cycle_rows.get(line.no)
        if row:
            if self.state.section != "participants":
                self.state = _State(section="participants")
            self._add_participant(row["name"], row.get("position"), row.get("organisation"), line)
        return True

    def body_cell(self, line: Line) -> bool:
        """"Ana Ruiz" / "IOM" / "Li Wei" / "CARE": a body one cell a line is the person's above. True when taken."""
        if self.state.section != "participants" or not self._looks_like_group(line.text) or not self._body_cell(line):
            return False
        self.draft["participants"][-1].update(organisation=self.ref.organisation(line.text) or line.text,
                                              organisation_text=line.text)
        return True

    def _body_cell(self, line: Line) -> bool:
        """A body's line right after a person's line that named no body, in a list where names and bodies alternate
        (the next line a name and the one after it a body too, or the line before the person a body): the person's
        organisation, one cell a line, not a group heading for the people below."""
        at = self.place_of(line)
        solid = [l for l in self.lines[max(0, at - 3):at + 4] if not l.blank or l is line]
        k = solid.index(line)
        last = self.draft["participants"][-1] if self.draft["participants"] else None
        if not last or last["organisation"] or k == 0 or solid[k - 1].no != last["line"] or line.is_row:
            return False
        def body(l):
            return not l.is_row and len(l.text) <= 60 and self._looks_like_group(l.text) and not l.text.endswith(":") \
                and normalise(l.text).strip() not in _GROUPS      # "NGOs", "Donors": a group's heading
        def name(l):
            return not l.is_row and _looks_like_a_name(l.text) and not body(l)
        ahead = k + 2 < len(solid) and name(solid[k + 1]) and body(solid[k + 2])
        behind = k >= 2 and body(solid[k - 2]) and k >= 3 and name(solid[k - 3])
        return ahead or behind

    def _attendance_header(self, line: Line) -> bool:
        """A table's header naming a name column and an organisation or position column opens an attendance table
        wherever it stands ("No. | Name | Organisation" under "Members Present" or no heading); inside an
        attendance list, a header the PDF set as a heading line ("No Name of participant Agency Phone")
        is the header, not a new section. True when the line is consumed."""
        section = self.state.section
        if line.is_row and section != "recommendations":
            found = columns_of(line.cells, tuple(vocab.COLUMNS)) or {}
            keys = [normalise(c).strip(" :") for c in line.cells]
            # "Actions: Responsible/None": the column's name, then a note on how to fill it
            action = next((i for i, k in enumerate(keys) if k in self._action_columns or
                           (":" in k and re.sub(r"\s*:.*", "", k) in self._action_columns | {"action"})), None)
            shared = next((i for i, k in enumerate(keys) if action is None and len(k.split("/")) == 2 and
                           any(p.strip() in self._action_columns | {"action"} for p in k.split("/"))), None)
            if (action is not None or shared is not None) and \
                    all(len(k.split()) <= 6 and not re.search(r"\d", k) for k in keys):
                columns = {k: i for k, i in found.items() if k in ("responsible", "deadline")}
                self.state = _State(section="actions", columns={**columns, "action": action if shared is None else shared},
                                    table_kind="shared" if shared is not None else None)
                return True      # "Agenda | Discussion | Action Points": the action column named, whatever else;
                #                  "Issue | Key Points/Action": points and actions share a column
        if line.is_row and section in (None, "other", "background", "agenda"):
            found = columns_of(line.cells, ("name", "organisation", "position"))
            if found and "name" in found and ("organisation" in found or "position" in found):
                self.state = _State(section="participants", columns=found)
                return True
        if section == "participants" and not line.is_row and len(line.text) <= 120 and \
                (line.markdown_heading or _short_title(line) or line.text.isupper()):
            words = set(re.findall(r"[\w\u0600-\u06ff]+", normalise(line.text)))
            kinds = {k for k, ws in vocab.COLUMNS.items() if k in ("name", "organisation", "position", "number")
                     and any(w in words for w in map(normalise, ws) if " " not in w)}
            if "name" in kinds and len(kinds) >= 2:
                self.state.columns = None     # the rows below are read by their content
                return True
        return False

    def _role_and_person(self, line: Line) -> bool:
        """"Chair – Lena Berg – Cluster Coordinator": a role then the person, in or out of an attendance list."""
        if line.is_row:       # "Chair person | Nadia Salem | Minutes by | ...": the role's cell, then the person
            for k, cell in enumerate(line.cells[:-1]):
                name = line.cells[k + 1]
                if normalise(cell).strip(" :") in self._keys["participants"] and name.count(",") >= 1:
                    self._inline_attendance(Line(line.no, f"{cell.strip(' :')}: {name}"))   # "Attendees : | A, B"
                    return True
                key = normalise(cell).strip(" :")
                post = self.state.section != "participants" and not self.state.columns and len(key.split()) <= 4 \
                    and re.search(r"(?:coordinator|co-?chair|chair(?:person)?|facilitator|secretary|rapporteur)$", key)
                if (key in self._roles or post) and _looks_like_a_name(name) and \
                        not _a_body(name, self.ref) and all(p["name"] != name for p in self.draft["participants"]):
                    person, _post, body = split_person(name, self.ref)      # "Secretary | Ana Ruiz (IOM)": her body
                    self._add_participant(person or name, cell.strip(" :") if post else None, body, line)
                    name = self.draft["participants"][-1]["name"] if self.draft["participants"] else name
                    self.draft["chairs"].append({"name": name, "role": normalise(cell).split()[0], "line": line.no})
            return False
        role = _ROLE_LEAD.match(line.text) if not line.is_row else None
        if not role or len(line.text) <= role.end() + 3:
            return False
        if self.state.section != "participants":
            self._heading(line, "participants")
            self.state = _State(section="participants")
        self._participant_from_text(line.text, line)
        return True

    def _attendance_cue(self, text: str) -> bool:
        """A short line ending with ":" that names attendance inside it, or ends on "Messrs:" (السادة:): the people
        follow. Never a line that leads outcomes ("The participants recommended:"). Pure."""
        text = re.sub(r":\s*[-–ـ]+\s*$", ":", text)     # "السادة :-": a colon typed with a dash after it
        if not text.endswith(":") or len(text) > 200:
            return False
        n = normalise(text)
        if self.is_outcome_lead(text) or re.search(r"recommend|agree|decid|أوصى|اوصى|اتفق|توصي", n):
            return False
        if len(text) > 90 or len(text.split()) > 9:    # a long lead: only a verb of attending says who follows
            return bool(re.search(r"\b(?:attended by|were present|in attendance|participated)\b", n)) or bool(
                re.search(r"(?:حضور|حضر|حضره)\s.{0,40}(?:السادة|كل من)\s*:$", text))   # "... وحضور كل من السادة:"
        words = set(re.findall(r"[\w\u0600-\u06ff]+", n))
        single = {w for w in self._keys["participants"] if " " not in w}
        return bool(words & single) or bool(re.search(r"(?:السادة|السيدات والسادة)\s*:$", text))

    def _present_label(self, label: str) -> bool:
        """"Individuals present", "Board members attending", "أعضاء المجلس الحاضرون": one to three words naming a
        group of people, then a word of being there. Pure."""
        words = normalise(label).strip().split()
        for end in vocab.PRESENT_ENDS["en"] + vocab.PRESENT_ENDS.get(self.lang, []):
            n = len(end.split())
            if words[-n:] == end.split() and 1 <= len(words) - n <= 3 and not self.is_outcome_lead(label + ":"):
                return not re.search(r"\d|recommend|agree|decid|consensus|إجماع|اجماع|توصي|قرار|اتفا?ق", " ".join(words))
        return False

    def _column_header(self, text: str) -> bool:
        """A header of a table flattened with " / " whose first column is the agenda or discussion and a later one
        holds outcomes or actions: its rows are read by their content, not as agenda items (pure)."""
        kinds = []
        for part in text.split(" / "):
            key = _norm(part)
            kinds.append(next((kind for kind, exact, prefixes, _ in self._section_tests
                               if key and (key in exact or key.startswith(prefixes))), None))
        return len(kinds) >= 2 and kinds[0] in ("agenda", "background") and any(
            k in ("recommendations", "actions", "next_steps", "mixed") for k in kinds[1:])

    _LISTS = ("actions", "mixed", "recommendations", "agreed", "next_steps")

    def _topic_after_bullets(self, line: Line) -> bool:
        """"- SAG members will review ..." then "2)Decision on the use of funds": a numbered title after bulleted
        items opens the next topic, not another item."""
        style = self.state.item_style
        if self.state.section in self._LISTS and not line.is_row:
            if line.bullet and not style:
                self.state.item_style = "bullet"
            elif line.number and not line.bullet and style == "bullet" and len(line.text) <= 80 \
                    and not line.text.endswith((".", ";")):
                self._heading(line, None)
                self.state = _State(section="other")
                return True
            elif line.number and not style:
                self.state.item_style = "number"
        return False

    def _trailing_lead(self, line: Line) -> None:
        """"... Expected start date is June/2022 Action points:": a section named at the end of a line opens it."""
        # "... the team reflected some comments as action points as follows;": the same, however the lead ends
        lead = re.sub(r"(?:\s+(?:as follows|as below|below))?\s*[:;]$", "", line.text, flags=re.I)
        if line.is_row or lead == line.text or self.state.section == "actions":
            return
        words = lead.split()
        n = next((n for n in (1, 2, 3) if _norm(" ".join(words[-n:])) in self._keys["actions"]), None)
        if len(words) > 2 and n:
            if self.state.section in (None, "other", "background") and len(words) - n >= 5:
                self._outcome_by_content(" ".join(words[:-n]), line)   # "The meetings are bi-monthly ..." before it
            self.state = _State(section="actions", table_kind="weak")   # a weak cue: only "X to/will ..." rows

    def _item_of_titles(self, line: Line) -> bool:
        """A numbered short title followed at once by the next number's title, outside any list section: an item of
        a list of titles (an agenda without its heading), not a section of its own."""
        if not (line.number and line.number.isdigit()) or line.bullet or \
                self.state.section not in (None, "other", "agenda"):
            return False
        after = self.next_filled(line)
        return bool(after and after.number and after.number.isdigit() and int(after.number) == int(line.number) + 1
                    and len(after.text) <= 80 and not after.text.endswith("."))

    def _table_start(self, line: Line) -> bool:
        """The first row of a table is shown with the field each column was read as; a header row this forum's
        template knows sets the columns (and, after no heading, the section). True when the row is consumed."""
        if line.no not in self._table_starts:
            return False
        learnt = self.template.columns.get(signature(line.cells))
        found = columns_of(line.cells, tuple(vocab.COLUMNS)) or {}
        columns = learnt if learnt is not None else {i: k for k, i in found.items()}
        self.structure["tables"].append({"line": line.no, "header": list(line.cells),
                                         "columns": {str(i): k for i, k in columns.items()}})
        below = self.next_filled(line)
        whole_rows = below is not None and below.is_row and len(below.cells) == len(line.cells)
        if learnt is None and not (self.state.section in (None, "other", "background", "agenda") and "action" in found
                                   and ({"responsible", "deadline"} & set(found) or
                                        ("recommendations" in found and whole_rows))):
            return False      # (a header flattened with " / " above prose rows is read by the rows' content)
        # a header row this forum's template knows, or one naming a task and who, when or what was concluded,
        # wherever it stands: "ACTION ITEM | RESPONSIBLE PARTY | TIMELINE", "Discussion | Conclusions | Follow-up"
        learnt = learnt if learnt is not None else columns
        kinds = set(learnt.values())
        section = self.state.section
        if section in (None, "other", "background", "agenda"):
            section = "participants" if "name" in kinds else "actions" if "action" in kinds else \
                "recommendations" if "recommendations" in kinds else section
        self.state = _State(section=section, columns={k: i for i, k in learnt.items() if k != "ignore"})
        return True

    def _compound_section(self, key: str) -> str | None:
        """"Notes/Decision", "Discussion & Actions": a section's name joined to a neutral word opens that section."""
        parts = [p.strip() for p in re.split(r"\s*[/&]\s*", key) if p.strip()]
        if len(parts) == 2 and any(p in _NEUTRAL for p in parts):
            kinds = {k for p in parts for k, exact, _, _ in self._section_tests if p in exact}
            if len(kinds) == 1:
                return kinds.pop()
        return None

    def _people_by_content(self, line: Line) -> bool:
        """A table with no header whose first cell is a person's name and another cell a body on most rows
        ("Karl Weber | UNHCR (Chair)") is an attendance table, wherever it stands: its rows are read by content."""
        if self.state.table_kind == "people by content" and not line.is_row:
            self.state = _State()     # the table ended: no heading opened it, none is left open
        if line.no not in self._table_starts or self.state.section not in (None, "other", "background"):
            return False
        start = next(i for i, l in enumerate(self.lines) if l.no == line.no)
        rows = []
        for other in self.lines[start:]:
            if not other.is_row:
                break
            rows.append([c for c in other.cells if c])
        if len(rows) < 2 or any(not 2 <= len(r) <= 4 for r in rows):
            return False
        people = sum(1 for r in rows if _looks_like_a_name(r[0]) and not _a_body(r[0], self.ref)
                     and any(_a_body(c.split(" (")[0].rstrip(", "), self.ref) for c in r[1:]))
        if people < 0.8 * len(rows):
            return False
        self._heading(line, "participants")
        self.state = _State(section="participants", table_kind="people by content")
        return False          # the first row is a person too

    def _chair_below(self, line: Line, cue) -> bool:
        """"Chaired by MoSA:" then "Leila Ramos (...)" on the next line: the person, of that body."""
        pending, self._pending_chair = getattr(self, "_pending_chair", None), None
        m = cue.search(line.text)
        if m and re.fullmatch(r"[^:]{2,40}:", line.text[m.end():].strip()) and \
                _a_body(line.text[m.end():].strip(" :"), self.ref):
            self._pending_chair = (line.text[m.end():].strip(" :"), normalise(m[0]).split()[0])
            return True
        name = re.split(r"\s*[(,–-]", line.text)[0].strip()
        if pending and _looks_like_a_name(name):
            self._add_participant(name, None, pending[0], line)
            self.draft["participants"][-1]["from_prose"] = True   # the attendance list, if it has them, says more
            self.draft["chairs"].append({"name": self.draft["participants"][-1]["name"], "role": pending[1],
                                         "line": line.no})
            return True
        return False

    def orgs_from_the_list(self) -> None:
        """In a list where most people have an organisation, a last word that ends two names with no organisation
        ("Lucia Bianchi Terranova", "Marco Rossi Terranova") is their organisation; marked unsure (two people
        may share a surname)."""
        people = self.draft["participants"]
        if len(people) < 6 or sum(1 for p in people if p["organisation"]) < len(people) / 2:
            return
        bare = [p for p in people if not p["organisation"] and not p["position"] and len(p["name"].split()) >= 3
                and not _ARABIC.search(p["name"])]
        lasts = [p["name"].split()[-1] for p in bare]
        for p in bare:
            last = p["name"].split()[-1]
            if lasts.count(last) >= 2 and last[:1].isupper():
                p.update(name=p["name"].rsplit(" ", 1)[0], organisation=last, organisation_text=last, unsure=True)

    def sub_list_heading(self, line: Line) -> bool:
        """"Members" 1. A 2. B "Guests" 1. C: a bare word or two between numbered items of an attendance list heads
        the items after it (their group); the items above take the list's own heading as theirs."""
        text = line.text.strip(" :")
        if line.is_row or line.number or line.bullet or not text or len(text.split()) > 3 or \
                re.search(r"[\d(),،\-–]", text):
            return False
        i = self.position(line)
        prev = next((l for l in reversed(self.lines[:i]) if not l.blank), None)
        nxt = next((l for l in self.lines[i + 1:] if not l.blank), None)
        if not (prev and prev.number and nxt and nxt.number):
            return False
        opening = next((h for h in reversed(self.structure["headings"]) if h["section"] == "participants"), None)
        for person in self.draft["participants"]:
            if opening and person["group"] is None and person["line"] > opening["line"]:
                person["group"] = opening["text"].strip(" :")
        self.state.heading = text
        return True

    def position(self, line: Line) -> int:
        """The line's index in self.lines (a map made once: no scan per line)."""
        if not hasattr(self, "_index"):
            self._index = {l.no: i for i, l in enumerate(self.lines)}
        return self._index[line.no]

    def next_filled(self, line: Line) -> Line | None:
        return next((l for l in self.lines[self.position(line) + 1:] if not l.blank), None)

    def outcome_table(self, line: Line) -> bool:
        """A header naming challenges and recommendations ("Issue | Recommendation", or "Areas of concern /
        Recommendation" flattened with " / ", its rows flattened too) opens a table of recommendations; a " / " row
        under such a flattened header gives its recommendation cell. True when the line was consumed."""
        cells = line.cells if line.is_row else line.text.split(" / ") if len(line.text) <= 120 else []
        below = (self.next_filled(line) or line) if len(cells) > 1 else None
        slashed = len(cells) > 1 and (not line.is_row or not below.is_row and " / " in below.text)
        found = columns_of(cells, ("challenges", "recommendations")) if len(cells) > 1 and self.state.section \
            not in ("recommendations" if not slashed else "", "groups") else None
        if found is not None:
            self.state = _State(section="recommendations", columns=found, table_kind="slashed" if slashed else None)
            return True
        return not line.is_row and " / " in line.text and self.slashed_row(line)
