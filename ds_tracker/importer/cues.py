"""Cues that open an attendance or action table, or name its people, wherever they stand (CueReader, mixed into
parse._Reader): a header row naming its columns, a role before a person, attendance named inside a line."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .columns import columns_of
from .lines import Line
from .person import _ROLE_LEAD, _short_title
from .state import _State


class CueReader:
    def _attendance_header(self, line: Line) -> bool:
        """A table's header naming a name column and an organisation or position column opens an attendance table
        wherever it stands ("No. | Name | Organisation" under "Members Present" or no heading); inside an
        attendance list, a header the PDF set as a heading line ("No Name of participant Agency Phone")
        is the header, not a new section. True when the line is consumed."""
        section = self.state.section
        if line.is_row and section != "recommendations":
            found = columns_of(line.cells, tuple(vocab.COLUMNS)) or {}
            keys = [normalise(c).strip(" :") for c in line.cells]
            action = next((i for i, k in enumerate(keys) if k in self._action_columns), None)
            if action is not None and all(len(k.split()) <= 4 and not re.search(r"\d", k) for k in keys):
                columns = {k: i for k, i in found.items() if k in ("responsible", "deadline")}
                self.state = _State(section="actions", columns={**columns, "action": action})
                return True      # "Agenda | Discussion | Action Points": the action column named, whatever else
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
        if not text.endswith(":") or len(text) > 90 or len(text.split()) > 9:
            return False
        n = normalise(text)
        if self.is_outcome_lead(text) or re.search(r"recommend|agree|decid|أوصى|اوصى|اتفق|توصي", n):
            return False
        words = set(re.findall(r"[\w\u0600-\u06ff]+", n))
        single = {w for w in self._keys["participants"] if " " not in w}
        return bool(words & single) or bool(re.search(r"(?:السادة|السيدات والسادة)\s*:$", text))
