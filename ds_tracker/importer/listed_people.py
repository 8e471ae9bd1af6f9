"""An attendance list whose heading was lost: numbered items near the top, each "Name, Body" (ListedPeople, mixed
into parse._Reader; uses the people reader's _add_participant)."""
from __future__ import annotations

import re

from .lines import Line
from .person import _ORG_WORDS, _acronym, _looks_like_a_name, split_person


class ListedPeople:
    def _numbered_people(self) -> set[int]:
        """Four numbered items or more near the top, each a name alone or "Name, Body", most with a body ("1. Ana
        Ruiz, IOM", "2. Li Wei, CARE"): an attendance list whose heading was lost."""
        runs, run, bodies = set(), [], 0
        for line in self.lines[:80] + [Line(no=0, text="")]:
            name, _, rest = line.text.partition(",")
            glued = re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", name.strip())       # "ArnelLimpiada": two names glued
            if line.number and not line.bullet and not line.is_row and \
                    (glued or 2 <= len(name.split()) <= 4 and _looks_like_a_name(name)) and \
                    len(rest.split()) <= 5 and not self.section_of(line):
                run.append(line.no)
                bodies += bool(rest.strip()) and bool(self.ref.organisation(rest.strip()) or _acronym(rest.split()[0])
                                                      or _ORG_WORDS.search(rest))
                continue
            if not line.blank or not run:
                if len(run) >= 4 and bodies >= len(run) / 2:
                    runs.update(run)
                run, bodies = [], 0
        return runs

    def listed_person(self, line: Line) -> None:
        """"3. Li Wei, CARE" in a numbered list with no heading: the person, of the body after the comma."""
        name, position, org = split_person(line.text, self.ref)
        if not org and position and (self.ref.organisation(position) or _acronym(position.split()[0])):
            org, position = position, None       # "ArnelLimpiada, Oxfam": one glued name, then the body
        self._add_participant(name, position, org, line)
        self.draft["participants"][-1]["unsure"] = True
