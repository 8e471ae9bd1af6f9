"""One participant from an entry or a row's cells: the name tidied, post and body found (people.py finds the entries)."""
from __future__ import annotations

import re

from .lines import Line
from .inline_people import attendance_entries, org_then_names, _org_token
from .person import (_ARABIC, _ROLE_LEAD, _a_body, _acronym, _by_content, _glue_fix, _looks_like_a_name, person_post_body,
                     split_person, without_short_form)
from .body_of_job import _body_in_position, body_of
from .prose_subjects import prose_subjects

_COUNT = re.compile(r"^\d{1,3}\s+(?:[\w-]+\s+){0,2}?(?:representatives|staff|members|participants|officers|persons|"
                    r"people|leaders|delegates)\b(?:\s+(?:from|of)\s+(?P<org>[^()]+?))?\s*(?:\((?P<names>[^()]*)\)?)?$",
                    re.I)


class ParticipantEntry:
    """Adds a person to the draft's participants. Uses the list reader's _looks_like_group, _participant_group
    and _present."""

    def _report_text(self) -> str:
        """The report's lines as one text, to find a body's full name ("the council" -> the council named)."""
        if getattr(self, "_text", None) is None:
            self._text = "\n".join(l.text for l in self.lines if not l.blank)
        return self._text

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
        both = re.fullmatch(r"(.+?)\s*/\s*([^/\s]+)", position or "") if not org else None
        if both and _org_token(both[2], self.ref):
            position, org = both[1], both[2]     # "Position/Organization" in one column: "WASH Officer/UNICEF"
        if not position and not org and self._looks_like_group(name):
            self._participant_group(Line(line.no, name))
            return
        self._add_participant(name, position, org, line)

    def _participant_from_text(self, text, line):
        if re.fullmatch(r"[A-Z][a-z]{2,}", text.strip()) and not _a_body(text.strip(), self.ref):
            self._add_participant(text.strip(), None, None, line)   # "Hassan" in a list of attendees: a first name
            return
        if (line.bullet or line.number) and re.fullmatch(r"[\u0621-\u064a]{3,}", text.strip()) and \
                not text.strip().startswith("ال") and not _a_body(text.strip(), self.ref):
            self._add_participant(text.strip(), None, None, line)   # "• حسن": an item of one word is a first name;
            return                                                  # with the article it is a noun, no one
        count = _COUNT.match(f"{line.number} {text}" if line.number and line.number.isdigit() else text)
        if count:     # "2 staff from GIZ (Lina Omar and Sami Aziz)": a head count, the people in its brackets
            names = re.split(r"\s*(?:,|\band\b|&|و)\s*", count["names"] or "")
            for name in names:
                if _looks_like_a_name(name) and len(name.split()) >= 2 and not any(
                        _acronym(w.split("-")[-1]) for w in name.split()):     # "District WRD" is an office
                    self._add_participant(name, None, count["org"], line)
            return
        entries = attendance_entries(text)
        if len(entries) >= 3 and sum(1 for e in entries if _a_body(e, self.ref) or _acronym(e)) > len(entries) / 2 \
                and not re.match(r"(?:Mr|Ms|Mrs|Dr|Eng|Prof)\.?\s+[A-Z]", text) and not person_post_body(entries, self.ref):
            self._present(entries, line)  # "Caritas Germany, RORA, RCDC, AKF": organisations, no one named
            return
        grouped = org_then_names(text, self.ref)
        if grouped:     # "UNICEF - Ann Lee, Ben Moss": the body, then its people
            for name, org in grouped:
                self._add_participant(name, None, org, line)
            return
        role = _ROLE_LEAD.match(text)
        if role and len(text) > role.end() + 3:
            text = text[role.end():]      # "Chair – Lena Berg – ...": the role, then the person
        head = re.split(r"[,،]|\s[–—/-]\s", text)[0]
        if text.endswith(".") and len(text.split()) > 6 and (len(head.split()) > 4 or head == text):
            return   # a sentence, not a person ("Name، job of a body." is one)
        text = text.rstrip(".") if head != text else text
        name, position, org = split_person(text, self.ref)
        if position and not org and position[:1].islower() and len(name.split()) == 1:
            return   # "2) Follow - up from the last meeting": a heading cut at its hyphen, no person
        if name and (position or org or _looks_like_a_name(name)):
            self._add_participant(name, position, org, line)

    def subjects_in_prose(self) -> None:
        """People the prose shows doing the meeting's acts ("Lena Berg presented ..."), once each and unsure: a
        first name alone is the participant already named in full."""
        texts = [l.text if not l.is_row else "" for l in self.lines]
        for name, i in prose_subjects(texts, self.ref):
            if any(p["name"] == name or p["name"].split()[:len(name.split())] == name.split()
                   for p in self.draft["participants"]):
                continue
            before, heading, self.state.heading = len(self.draft["participants"]), self.state.heading, None
            self._add_participant(name, None, None, self.lines[i])
            self.state.heading = heading
            if len(self.draft["participants"]) > before:
                self.draft["participants"][-1].update(unsure=True, from_prose=True)

    def _continue_participant(self, text):
        last = self.draft["participants"][-1]
        joined = f"{last['position'] or ''} {text}".strip()
        last["position"] = _glue_fix(joined)
        last["unsure"] = True

    def _add_participant(self, name, position, org, line):
        name = without_short_form(name.strip())     # "Karl Weber (KW)": the initials the minutes call him by
        bare = re.sub(r"^(?:(?:mr|mrs|ms|dr|eng|engr|atty|prof|brig|gen|col|maj|lt|capt|cpt)\.?\s+|(?:brigadier|"
                      r"colonel|captain)\s+(?=[A-Z])|(?:السيد|السيدة|الدكتور|الدكتورة|المهندس|المهندسة|"
                      r"الأستاذ|الاستاذ|الأستاذة|الحاج|العميد|اللواء|العقيد|المقدم|الرائد|النقيب)\s+|[دم]\.\s*)", "",
                      name.strip(" ,;-–"), flags=re.I)   # titles, ranks
        name = bare if " " in bare or bare == name.strip(" ,;-–") or _ARABIC.search(bare) else name.strip(" ,;-–")
        # "Dr. Bayan": a title and one name keep the title, the name alone says too little
        if not name or len(name) > 80 or re.fullmatch(r"[\d\W]+", name):
            return
        bracket = re.fullmatch(r"(.+?)\s*\[([^\[\]]{2,60})\]", name) if not org else None
        if bracket:
            name, org = bracket[1], bracket[2]    # "Lina Omar [Cluster Office]": the body in square brackets
        titled = re.match(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z].*)$", name)
        if titled:
            name = titled[1]     # "Minutes Ms. Lina Omar": a label before the title, the person after it
        behalf = re.match(r"(?i)(.*?)[\s,]*\b(?:on behalf of|نيابة عن|بالنيابة عن)\s+(?:the\s+)?(\S.{1,60})$", position or "") \
            if not org else None
        if behalf:      # "Coordinator on behalf of the Working Group": the body she stood for
            position, org = behalf[1] or None, behalf[2].strip(" .;")
        organisation = (self.ref.organisation(org) or org) if org else None
        if not organisation and position:
            found = self.ref.organisations_in(position)
            organisation = found[0] if found else None
        if position and (not organisation or (org and len(org.split()) <= 3)) and _ARABIC.search(position):
            organisation = body_of(position, self._report_text()) or organisation
        elif not organisation and position:
            organisation = _body_in_position(position)
        if not org and self.state.body:
            organisation = self.ref.organisation(self.state.body) or self.state.body   # the list's lead named it
        if not organisation and self.state.org_heading:
            organisation = self.ref.organisation(self.state.org_heading)
        item = {"name": name, "position": position or None, "organisation": organisation,
                "organisation_text": org or None, "group": self.state.heading, "line": line.no}
        if position and re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]", position):
            item["unsure"] = True   # two people in one row: the reviewer splits it
        self.draft["participants"].append(item)
