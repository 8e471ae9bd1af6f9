"""An attendance list that names organisations, one a line ("Participants:" then "UN-Habitat", "ZOA", ...): the
organisations present, not people paired from two lines. Pure."""
from __future__ import annotations

import re

from ..textnorm import normalise
from .lines import Line
from .person import _a_body


def organisation_run(lines: list[Line], at: int, ref) -> list[Line]:
    """The lines from `at` (an index) that list organisations alone, when at least three do and two thirds of
    the run are bodies (a known organisation, an acronym, a name with a body word) and none names a person
    beside a body ("Ana Ruiz, IOM"); [] otherwise."""
    run = []
    for line in lines[at:at + 200]:
        if line.blank:
            if run:
                break
            continue
        text = line.text.strip()
        if line.is_row or line.markdown_heading or text.endswith(":") or len(text) > 80 or \
                re.search(r",|\s[-–—]\s|\(\s*[A-Z][a-z]+ [A-Z][a-z]+", text) or re.search(r"[.!?]$", text):
            break
        run.append(line)
    if len(run) < 3:
        return []
    bodies = sum(1 for line in run if _surely_a_body(line.text, ref))
    return run if bodies * 5 >= len(run) * 3 else []


def _surely_a_body(text: str, ref) -> bool:
    """A line that can only be a body: a known organisation, an acronym ("ZOA", "UN-Habitat"), a name opening with
    a body word's place ("Ninewa Directorate of ...") or joined by "for" ("Mercy Hands for Humanitarian Aid"); not
    "Joseph Mwangi Hope Foundation", a person then the body."""
    text = text.strip()
    if ref.organisation(text) or re.fullmatch(r"[A-Z][A-Za-z]{1,7}(?:[-/][A-Z]?[A-Za-z]+)?", text) and \
            sum(c.isupper() for c in text) >= 2:
        return True
    if re.search(r"\s(?:for|pour)\s", text) and not re.search(r"\d", text):
        return True
    found = _BODY_WORD.search(text) if _a_body(text, ref) else None
    return bool(found) and len(text[:found.start()].split()) <= 1


_BODY_WORD = re.compile(r"(?i)\b(?:directorate|ministry|department|office|branch|council|committee|organi[sz]ation|"
                        r"foundation|society|association|agency|programme|program|network|union|institute|"
                        r"initiative|mission|relief|aid|services|corps|cross|crescent)\b")


_FLAGGED = re.compile(r"(?P<flag>[YNX✓✔])\s?(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?P<org>[A-Z][A-Z0-9&/-]{1,9})")


def flagged_attendance(lines: list[Line]) -> dict[int, tuple[str, str, bool]]:
    """"YAna RuizIOM" / "NLi WeiCARE": a wiki's attendance table (present? | name | body) flattened with nothing
    between its cells, two lines or more in a row. {line: (name, body, present)}; "N" marks one who did not come."""
    out: dict[int, tuple[str, str, bool]] = {}
    run: list[tuple[int, tuple[str, str, bool]]] = []
    for line in lines + [Line(no=0, text="end")]:
        m = _FLAGGED.fullmatch(line.text.strip()) if not line.is_row else None
        if m:
            run.append((line.no, (m["name"], m["org"], m["flag"] != "N")))
        elif not line.blank or not run:
            if len(run) >= 2:
                out.update(run)
            run = []
    return out


class PresentOrganisations:
    """Mixed into the people reader: the organisations present, from a list one a line or an inline list."""

    def _organisations_alone(self, line: Line) -> bool:
        """A line of a list of organisations, one a line (present.py): recorded as present; True when it was."""
        checked = self.__dict__.setdefault("_checked_runs", {})
        if line.no not in checked and not line.is_row:
            at = self.place_of(line)
            run = organisation_run(self.lines, at, self.ref) if at is not None else []
            for other in run or [line]:
                checked[other.no] = bool(run)
        if not checked.get(line.no):
            return False
        self._present([line.text], line)
        return True

    def _present(self, entries, line):
        """An attendance that names organisations, not people: the organisations present, once each."""
        have = {normalise(o["name"]) for o in self.draft["organisations"]}
        joined = []
        for entry in entries:        # "Ministry of Migration" + "Displacement": one body whose name has an "and"
            if joined and self.ref.organisation(f"{joined[-1]} and {entry}"):
                joined[-1] = f"{joined[-1]} and {entry}"
            else:
                joined.append(entry)
        for entry in joined:
            name = entry.strip(" .;:-–")
            if name and len(name) <= 160 and normalise(name) not in have:
                have.add(normalise(name))
                self.draft["organisations"].append({"name": name, "line": line.no})
