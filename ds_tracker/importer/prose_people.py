"""People named in prose, not in a list: chairs and facilitators ("chaired by ..."), speakers introduced with their
post ("Mr. X, Head of Y, opened ..."), Arabic news prose ("السيد ... مدير ..."), and an attendance label inside a
flattened line. Mixed into PeopleReader (people.py)."""
from __future__ import annotations

import dataclasses
import re

from .chair_before import chair_before_verb
from ..textnorm import normalise
from . import vocab
from .abroad import world_city
from .presenters import by_hyphen, _described, _post_then_name, _BY_COMMA, _ITEM_PRESENTER, _NAME_BODY_VERB, _NOT_PRESENTERS, _body_after_of
from .arabic_bodies import body_of_post, joined_posts
from .arabic_news import news_people, post_or_body
from .lines import Line
from .grouped_people import attended_by, by_people, grouped_attendance, role_alone, role_people
from .inline_people import (_NOT_NAMES, arabic_people_list, attendance_entries, dash_described, initial_entries,
                            org_then_names_run)
from .person import (_a_body, _TITLED_OF, _POST_COMMA_NAME_AR, _SPEAKER_EN, _SPEAKER_AR, _POSITION_THEN_NAME_AR,
                     _SPEAKER_OF, _ARABIC, _JOB_WORDS, _acronym, _looks_like_a_name, split_person)
from .body_of_job import _AR_STOPS, _AR_WHEN, _body_in_position, post_before_object


class ProsePeople:
    """Participants named in running text (unsure: prose is not an attendance list)."""

    def news_people_in(self, line: Line) -> bool:
        """"برئاسة الوكيل المساعد لوزارة الصحة سالم عوض وبحضور ...": people an Arabic news report names after a
        cue, with the body their post names (arabic_news.py). True when it named someone: the older Arabic
        patterns then add no name that holds one of these ("بالإنابة سالم عوض") or opens with a post or a body."""
        if line.is_row or self.state.section == "participants" or not _ARABIC.search(line.text):
            return False
        people = news_people(line.text, self._report_text())
        for name, post, body, chair in people:
            if any(p["name"] == name or (len(name) > 6 and name in p["name"]) for p in self.draft["participants"]):
                continue
            before = len(self.draft["participants"])
            self._add_participant(name, post, body, line)
            if len(self.draft["participants"]) > before:
                added = self.draft["participants"][-1]
                added.update(unsure=True, from_prose=True)
                if body and not added["organisation"] or name in (added["organisation"] or ""):
                    # the body the post names, not a run of the report that goes on over the person's own name
                    added.update(organisation=self.ref.organisation(body) or body if body else None,
                                 organisation_text=body)
                if chair:
                    self.draft["chairs"].append({"name": name, "role": "chair", "line": line.no})
        return bool(people)

    def chairs_in(self, line: Line) -> None:
        """"Chaired by Mr. X, Head of Y, and facilitated by Z (IOM)", "ترأس الاجتماع السيد ...": chairs and
        facilitators named in prose are participants too (and listed under "chairs")."""
        line = _plain(line)
        text = line.text
        before = chair_before_verb(text) if not line.is_row else None    # "Dr. X, Director, Body, chaired the meeting"
        if before and not any(p["name"] == before[0] for p in self.draft["participants"]):
            self._add_participant(*before[:3], line)
            self.draft["chairs"].append({"name": self.draft["participants"][-1]["name"], "role": before[3], "line": line.no})
        if line.is_row or self._chair_below(line, _CHAIR_CUE) or not _CHAIR_CUE.search(text):
            return
        for m in _CHAIR_CUE.finditer(text):
            if re.search(r"\bthe\s+$", m[0], re.I):
                continue          # "chaired by the PC Coordinator": a role, no one named
            rest = text[m.end():]
            # the chair's name ends where the sentence goes on ("... (DG ENV) and drew on ...": a lower-case word)
            rest = re.split(r",?\s+(?:and|who|which|with)\s+(?=[a-z])|,\s+(?:one|a|an|whose)\s+(?=[a-z])|"
                            r",?\s+(?:and\s+)?(?:co-?chaired|chaired|facilitated|moderated|presided)\b|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.;](?:\s|$)|"
                            r"\s+و(?:أدار|ترأس|يسر)", rest)[0]
            for person in self._chair_parts(rest):
                person = re.sub(r"^(?:the\s+)?(?:السيد|السيدة|الدكتور|د\.)\s*", "", person.strip(" ,"))
                person = re.split(r"\s+و?(?:بحضور|بمشاركة)\s", person)[0]   # "... وبحضور ممثلي ...": others follow
                job = re.match(r"^((?:ال)?(?:رئيس|مدير|محافظ|نائب|ممثل|وزير)\S*)\s+(?=\S+\s+\S+)", person)
                if job:           # "برئاسة رئيسه ماهر سليم": the job before the name
                    person = person[job.end():]
                    of = re.match(r"^((?:ال\S+\s+)+)(?=\S+\s+\S+)", person)
                    if of:        # "برئاسة مدير الناحية سعد علي": the post goes on to its definite noun
                        job_text, person = f"{job[1]} {of[1].strip()}", person[of.end():]
                    person = re.split(r"\s+و?بحضور\s", person)[0]
                name, position, org = split_person(person, self.ref)
                if position and re.match(r"^(?:على|في|من|إلى|الى|عن|خلال)\s", position):
                    position = None   # "…سليم، على تشكيل …": the sentence goes on, no job after the comma
                position = position or ((job_text if of else job[1]) if job else None)
                if not name or not (_looks_like_a_name(re.sub(r"^(?:mr|mrs|ms|dr)\.?\s+", "", name, flags=re.I))) \
                        or self._not_news_name(name) or self._not_news_name(person):
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


    def _chair_parts(self, rest: str) -> list[str]:
        """The people a chair's cue names, parted at "and"; a part that names a body goes back to the one before
        ("Ana Ruiz, Federation of the Red Cross and Red Crescent Societies": one person and her body)."""
        parts = re.split(r"\s+(?:and|&)\s+(?=(?:Mr|Ms|Mrs|Dr)\.?\s|[A-Z][a-z]+\s[A-Z])|\s+و(?=السيد|السيدة)", rest)
        out = parts[:1]
        for part in parts[1:]:
            head = re.split(r"\s*[(,]", part.strip(" ,"))[0]     # "Omar Said (Relief Aid)": a person, then a body
            if "," in out[-1] and not _ARABIC.search(part) and head and _a_body(head, self.ref):
                out[-1] = f"{out[-1]} and {part}"
            else:
                out.append(part)
        return out

    def speakers_in(self, line: Line) -> None:
        """"Mr. X, Head of Y, opened ...", "السيد ... مدير ...": a speaker named with a position in prose is a
        participant (unsure: prose is not an attendance list)."""
        line = _plain(line)
        self.attendance_mid_line(line)
        self.role_fields(line)
        if line.is_row or self.state.section == "participants":
            return
        for m in _SPEAKER_EN.finditer(line.text):
            self._speaker(m["name"], m["position"], line)
        for m in _NAME_POST_VERB.finditer(line.text):    # "Lena Berg, Co-Chair of the TF, welcomed everyone"
            if any(w.lower() in _JOB_WORDS or w.lower() in ("co-chair", "chairperson") for w in m["position"].split()) \
                    and not any(w.lower() in _NOT_NAMES or _acronym(w) for w in m["name"].split()) \
                    and not (self.ref.organisation(m["name"]) or _a_body(m["name"], self.ref)):
                self._speaker(m["name"], m["position"], line)
        for m in _NAME_BODY_VERB.finditer(line.text):   # "Ms. Ana Ruiz (IOM) opened ...", "Li Wei from WFP presented"
            org = (m["org1"] or m["org2"]).strip()
            if (self.ref.organisation(org) or _a_body(org, self.ref) or _acronym(org.split()[0])) and not any(
                    w.lower() in _NOT_NAMES or w.lower() in _BODY_WORDS_EN or _acronym(w) for w in m["name"].split()):
                self._speaker(m["name"], "", line, self.ref.organisation(org) or org)
        for m in _BY_COMMA.finditer(line.text):    # "remarks were made by Ana Ruiz, Head of Office, OCHA"
            name, post, org = split_person(re.split(r"\s+(?:and|who|which|with|to)\s+(?=[a-z])", m["text"])[0], self.ref)
            if name and org and (self.ref.organisation(org) or _acronym(org.split()[0]) or _a_body(org, self.ref)):
                self._speaker(re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+", "", name), post or "", line, self.ref.organisation(org) or org)
        for m in _TITLED_OF.finditer(line.text):     # "invocation by Ms. Lia P. Cruz of DSWD Region 5"
            self._speaker(m["name"], "", line, self.ref.organisation(m["org"]) or m["org"])
        for m in _SPEAKER_OF.finditer(line.text):     # "Mr. Yasin, Federal MoE, thanked ...": of a body, no job
            if _a_body(m["org"], self.ref) or any(_acronym(w) for w in m["org"].split()):
                self._speaker(m["name"], "", line, self.ref.organisation(m["org"]) or m["org"])
        for name, post, body in arabic_people_list(line.text) if _ARABIC.search(line.text) else []:
            self._speaker(name, post, line, self.ref.organisation(body) or body if body else None)   # "لقاء ضم ..."
        for m in _POSITION_THEN_NAME_AR.finditer(line.text):    # "وزير الهجرة والمهجرين السيد عثمان الغانمي"
            name = _arabic_name(m["name"].split())
            position = self._last_post(m["position"].strip(), line)
            ministry = re.sub(r"^وزير[ة]?\s", "وزارة ", position)     # the minister of X is of the ministry of X
            known = self.ref.organisation(ministry) or (self.ref.organisations_in(position) or [None])[0]
            self._speaker(name, position, line, known or (ministry if ministry != position else None)
                          or body_of_post(position))   # "رئيس بلدية الكرك الكبرى": the body the post names
        for m in _HEADED_BY.finditer(line.text):     # "headed by Minister of Planning Lana Aziz"
            found = _post_then_name(m["text"])
            if found:
                self._speaker(found[1], found[0], line, self.ref.organisation(found[2]) or found[2])
        for m in _POST_COMMA_NAME_AR.finditer(line.text):   # "وزير الزراعة، كريم الساعدي، ..."
            self._speaker(m["name"], m["position"], line)
        for m in _SPEAKER_AR.finditer(line.text):      # after: "السيدة X، نائب ..." names the next person's post
            self._speaker(m["name"], m["position"], line)
        for m in _CUE_POST_NAME_AR.finditer(line.text):   # "وبحضور رئيس المجلس كريم الساعدي، ..."
            if m["hon"] or re.match(r"^(?:ال|بال|لل)", m["position"].split()[-1]):
                self._speaker(m["name"], m["position"], line)   # not "رئيس قسم التخطيط،": a post's last word is definite

    def presenters_in(self, line: Line) -> None:
        """"Lena Berg (from the Global Shelter Cluster, Geneva) is supporting ...", "Omar Said presented the 3W": a
        person who opens an item and presents, briefs or is named with the body they came from was there."""
        if self.state.section == "participants":
            return
        found = by_people(line.text) if not line.is_row and len(line.text) <= 200 else []
        found = found or (by_hyphen(line.text) if not line.is_row else [])    # "... by Ana Ruiz-Officer-WHO"
        for name, position, org in found:
            if not (self.ref.organisation(name) or _a_body(name, self.ref)):     # not "by Mercy Corps – ..."
                self._speaker(name, position or "", line, org)   # "2. Health update by Ana Ruiz – WHO-Health Officer"
        item = _TOPIC_NAME_POST.match(line.text) if not line.is_row else None
        if item and any(w.lower().strip(",") in _JOB_WORDS for w in item["post"].split()) and not any(
                w.lower() in _NOT_NAMES or w.lower() in _BODY_WORDS_EN or _acronym(w) for w in item["name"].split()) \
                and self._presenters_named():
            self._speaker(item["name"], item["post"], line)   # "Update from the north – Jan Berg – Cluster Coordinator"
            return
        self._bracketed_presenter(line)
        for text in (line.cells if line.is_row else [line.text]):
            text = re.sub(r"^\s*(?:\d{1,2}\s*[.)/]?\s+|[-•·/]\s+)", "", text or "")
            m = _PRESENTER.match(text)
            if not m or not (m["org"] or m["verb"] and self._a_person(m, text)):
                continue
            words = m["name"].split()
            if any(w.lower() in _NOT_NAMES or w.lower() in _BODY_WORDS_EN or _acronym(w) for w in words) \
                    or self.ref.organisation(m["name"]) or _a_body(m["name"], self.ref):
                continue      # "Health Cluster presented", "Mercy Corps presented": a body, no one named
            self._speaker(m["name"], "", line, m["org"].strip() if m["org"] else None)

    def _bracketed_presenter(self, line: Line) -> None:
        """"2. Protection update (Karim)": an agenda item that updates or presents, the one who gives it in brackets
        after it, often by a first name alone; not a body, a place or an acronym in the brackets."""
        m = _ITEM_PRESENTER.match(line.text) if (line.number or line.bullet) and not line.is_row else None
        if not m or any(_acronym(w) or w.lower() in _NOT_NAMES or w.lower() in _BODY_WORDS_EN or w.lower() in
                        _NOT_PRESENTERS for w in m["name"].split()) \
                or self.ref.organisation(m["name"]) or _a_body(m["name"], self.ref) or self.ref.place(m["name"]) \
                or world_city(m["name"]):
            return
        self._speaker(m["name"], "", line)

    def _presenters_named(self) -> bool:
        """"Opening Remarks – Dag Olsen" where Dag Olsen is a participant already: the items' part after the dash
        names people, so "Update – Jan Berg – Coordinator" names one; else it may be a topic ("Food Security")."""
        names = [re.escape(p["name"]) for p in self.draft["participants"] if " " in p["name"]]
        return bool(names) and any(re.search(rf"\s[–—]\s*(?:{'|'.join(names)})\s*(?:[–—(]|$)", line.text)
                                   for line in self.lines if not line.is_row)

    def _a_person(self, m, text: str) -> bool:
        """"Omar Said presented ...": a person, not a body ("Camp Management presented"), only when a title opens the
        name or "he"/"she" follows in the item; nothing else tells a name from a body's name in capitals."""
        return bool(re.match(r"(?:Mr|Ms|Mrs|Dr)\.?\s", text) or re.search(r"\b(?:He|She|he|she|his|her)\b", text))

    def attendance_mid_line(self, line: Line) -> None:
        """"Minutes of the SG meeting 4 May 2009 Participants: Ana Ruiz (IOM), Li Wei (CARE), Chair: Li Wei": a
        form flattened onto one line, its attendance label inside the line; the list runs to the next label
        ("Chair:", "Apologies:") or the sentence's end. Read only when most entries are people."""
        if line.is_row or self.state.section == "participants":
            return
        for name, org, post in attended_by(line.text):    # "The meeting was attended by Ana Ruiz (IOM), Li Wei ..."
            if not any(p["name"] == name for p in self.draft["participants"]):
                self._add_participant(name, post, org, line)
        if len(line.text) > 200:
            run = org_then_names_run(line.text, self.ref)
            first = line.text.find(run[0][0]) if run else -1
            if first > 0 and re.search(r"(?i)\b(?:attended|attendance|attendees|participants|present)\b",
                                       line.text[:first]):
                for name, org in run:   # "Attended by ... DGMR - Tom Kalo, Rita Pua UNICEF - Ann Lee ...": flattened
                    self._add_participant(name, None, org, line)
        for m in _MID_LABEL.finditer(line.text):
            label = normalise(m["label"])
            label = label if label in self._keys["participants"] or label in self._roles else label.split(" ", 1)[-1]
            rest = line.text[m.end():]
            rest = re.split(r"\s(?=[A-Z][\w-]*(?:\s[a-z][\w-]*){0,2}\s*:\s)|(?<=[a-z)])\.\s"
                            r"|\s(?=(?:[A-Z][a-z]+\s)?(?:Present|Absent|Attending|Apologies)\s*:)"
                            r"|\s(?=\d{1,2}\.\s+[A-Z]{2})", rest)[0]     # "... 2. INVOCATION": the next item
            if label in self._roles and re.fullmatch(r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3}", rest.strip()):
                people = [(rest.strip(), None, None)]     # "Minute taker: Sara Nouri Attendance: ..."
            elif label not in self._keys["participants"]:
                continue
            elif grouped_attendance(line.text[m.end():]):
                self._grouped(grouped_attendance(line.text[m.end():]), line)
                continue
            elif initial_entries(line.text[m.end():]):
                people = initial_entries(line.text[m.end():])    # "R.K. Lal, Chairman, Rice Board A. Mbeki, ..."
            else:
                entries = [e.strip(" .") for e in rest.split(";")] if rest.count(";") >= 2 else attendance_entries(rest)
                people = [split_person(e, self.ref) for e in entries]    # "A, post; B, post; C": ";" parts them
                people = [p for p in people if p[0] and 2 <= len(p[0].split()) <= 5 and _looks_like_a_name(p[0])]
                if len(people) < 2 or len(people) < 0.6 * len(entries):
                    people = [(name, *_described(what)) for name, what in dash_described(rest)]
                if not people:
                    continue
            heading, self.state.heading = self.state.heading, self.roll_label(m["label"] + ":")   # "Also present"
            for name, position, org in people:
                known = next((p for p in self.draft["participants"] if p["name"] == name), None)
                if not known:
                    self._add_participant(name, position, org, line)
                elif not known["position"] and not known["organisation"]:   # the chair, listed again with more
                    known.update(position=position, organisation=self.ref.organisation(org) or org if org else None,
                                 organisation_text=org)
            self.state.heading = heading

    def role_fields(self, line: Line) -> None:
        """"Chair person: Ana Ruiz Acting Deputy Representative", "Minutes prepared by: Li Wei – Associate": the
        person in a role, wherever the label stands in the line; a chair goes under "chairs" too."""
        if line.is_row or line.blank:
            return
        above, self._role_above = getattr(self, "_role_above", None), role_alone(line.text)
        text = f"{above}: {line.text}" if above and not self._role_above else line.text   # a form's label, its value
        for role, name, position, org in role_people(text):                              # on the line below
            if any(p["name"] == name or p["name"] in name for p in self.draft["participants"]):
                continue
            before = len(self.draft["participants"])
            heading, self.state.heading = self.state.heading, None
            self._add_participant(name, position, org, line)
            self.state.heading = heading
            if len(self.draft["participants"]) > before and "chair" in role.lower():
                self.draft["chairs"].append({"name": self.draft["participants"][-1]["name"], "role": "chair",
                                             "line": line.no})

    def _grouped(self, people, line: Line) -> None:
        """"Participants: Donors: A (X) Partners: B (Y), C (Z)": each person under their group's label."""
        heading = self.state.heading
        for name, org, group in people:
            self.state.heading = group
            self._add_participant(name, None, org, line)
        self.state.heading = heading

    def _not_news_name(self, name: str) -> bool:
        """An Arabic "name" that opens with a post or a body ("لوزارة الصحة", "وزير المالية"), or holds a person
        the news reading named already ("بالإنابة سالم عوض"): no one new."""
        if not _ARABIC.search(name or ""):
            return False
        first = name.split()[0]
        named = [p["name"] for p in self.draft["participants"] if p.get("from_prose")]
        return post_or_body(first) or any(n in name for n in named)

    def _last_post(self, position: str, line: Line) -> str:
        """Posts joined by "و" before an honorific and a name: the name's is the last; an earlier post with its
        own name is that person's (arabic_bodies.joined_posts)."""
        position, before = joined_posts(position)
        for name, post, body in before:
            self._speaker(name, post or "", line, self.ref.organisation(body) or body if body else None)
        return position

    def _speaker(self, name, position, line, org=None):
        name = name.strip("،, ")
        if self._not_news_name(name) or (position and self._not_news_name(f"{name} {position}")):
            return        # "برئاسة النائب سالم عوض الذي قال": a post that holds a person named is no post
        position = re.split(r"\s+(?:and|who|opened|welcomed|presented|thanked|began|noted|said|stressed)\b|"
                            r"\s+(?:الذي|حيث|وقال|قال|أكد|افتتح|رحب|شكر|إلى|الى|لبحث|اليوم|يوم|أمس|امس|صباح|مساء)\s|\s*\(|\s+و(?=ال|م)", position.strip(" ,"))[0].strip(" ,")
        position = post_before_object(position)
        trailing = re.search(r"\s([A-Z]{2,8})$", position)     # "Assistant Director General WHO": the body last
        org = org or _body_in_position(position) or _body_after_of(position, self.ref) or (trailing[1] if trailing else None)
        if any(p["name"] == name or (len(name) > 6 and name in p["name"]) for p in self.draft["participants"]):
            return    # named already, in full ("عبد الودود" of "عبد الودود المذحجي")
        before = len(self.draft["participants"])
        self._add_participant(name, position or None, org, line)
        if len(self.draft["participants"]) > before:
            self.draft["participants"][-1].update(unsure=True, from_prose=True)


_AR_HONOURED = r"(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الاستاذ|الأستاذة|المهندس|المهندسة|المحامي|المحامية|اللواء|العميد|الشيخ|القاضي)"
# "اجتماع ترأسه مدير عام الشؤون في المحافظة خالد حمد وبحضور ...", "وبحضور رئيس المجلس كريم الساعدي، وجميع الأعضاء":
# after a cue, a post, then a name of two words ("أبو"/"عبد" joining a third) that a comma, a word joined by "و",
# "الاجتماع" or the sentence's end closes; an honorific, when there, opens the name
_CUE_POST_NAME_AR = re.compile(
    r"(?<![\u0600-\u06ff])(?:ترأس|ترأسه|ترأسها|ترأست|برئاسة|بحضور|وبحضور)\s+"
    r"(?P<position>(?:ال)?(?:وزير|وزيرة|نائب|ممثل|مدير|مديرة|محافظ|رئيس|رئيسة|منسق|مستشار|أمين|وكيل|قائممقام|قائمقام)"
    r"(?:\s+(?!(?:الاجتماع|الجلسة|بحضور|وبحضور|و?جميع|و?كافة)(?:\s|$))[^\s،,.؛]+){0,8}?)\s+(?:(?P<hon>" + _AR_HONOURED + r")\s+)?"
    r"(?P<name>(?!ال|و)(?!(?:في|من|على|عن|مع|إلى|الى|أعضاء|اعضاء|ممثلي)\s)[\u0600-\u06ff]+\s+(?:(?:أبو|ابو|عبد|بن)\s+)?(?!في\s|من\s)[\u0600-\u06ff]+)"
    r"(?=\s*[،,.]|\s+و[\u0600-\u06ff]|\s+الاجتماع|\s+الجلسة|\s*$)")
_PRESENTER = re.compile(r"^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3})\s+"
                        r"(?:\((?:from|of)\s+(?:the\s+)?(?P<org>[^()]{2,60})\)\s+)?"
                        r"(?P<verb>presented|briefed|explained|gave\s+a|shared|updated|informed)?\b")
_TOPIC_NAME_POST = re.compile(r"^(?P<topic>[^–—]{3,80}?)\s*[–—]\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
                              r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3})\s*[–—]\s*(?P<post>[^–—]{3,80})$")
_BODY_WORDS_EN = set(vocab.BODY_WORDS["en"])
# a sentence opening with a name, its post between commas, then what the person did
_NAME_POST_VERB = re.compile(r"(?:^|(?<=[.;]\s))(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}),\s+(?:the\s+)?"
                             r"(?P<position>[^,.;]{3,80}),\s+(?:welcomed|opened|thanked|chaired|presented|briefed|"
                             r"introduced|explained|noted|said|shared|informed|updated)\b")
_MID_LABEL = re.compile(r"(?<=\S)\s+(?P<label>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?:\s[a-z]+)?)\s*:\s*(?=[A-Z])")
_HEADED_BY = re.compile(r"\b(?:headed|led|chaired|presided over)\s+by\s+(?:the\s+)?(?P<text>[A-Z][\w'-]*"
                        r"(?:\s+(?:[A-Z][\w'-]*|of|the|and|for)){2,14})")


def _plain(line: Line) -> Line:
    """The line without Arabic vowel marks ("ترأّس وزير الدّفاع"), which no cue or name pattern expects."""
    if not _VOWELS.search(line.text):
        return line
    return dataclasses.replace(line, text=_VOWELS.sub("", line.text))


_VOWELS = re.compile("[\u064b-\u0652\u0670]")


_CHAIR_CUE = re.compile(r"\b(?:co-?chaired|chaired|facilitated|moderated|presided(?: over)?)\s+by:?\s+(?:the\s+)?|"
                        r"(?:ترأس|ترأست|ترأسه|أدار|أدارت|يسر|يسّر)\s+(?:الاجتماع|الإجتماع|الجلسة|الورشة)\s+|برئاسة\s+|"
                        r"بإشراف\s+|باشراف\s+", re.I)


def _arabic_name(words: list[str]) -> str:
    """The name at the head of words: two words, a chain of "بن X" ("سالم بن خالد بن عمر"), and a family name
    that ends it ("... بن علي الجبوري"); a comma or a word joined by "و" ends it first. Pure."""
    lead = next((i for i, w in enumerate(words[1:6], 1) if w.startswith(("،", ","))), None)
    if lead is not None:    # "كريم بن علي الساعدي ،بمقر ...": a comma typed against the next word ends the name
        words = words[:lead] + [words[lead - 1] + "،"]
        words = words[:lead - 1] + words[lead:]
    end = next((i for i, w in enumerate(words[:5]) if w.endswith(("،", ",")) or (i >= 2 and w.startswith("و"))), None)
    if end is not None:     # "سامي يوسف القس متى وبحضور ...": up to the comma or the joined word
        return " ".join(words[:end + 1] if words[end].endswith(("،", ",")) else words[:end]).strip("،, ")
    out = []
    for i, w in enumerate(words[:7]):
        family = len(out) >= 3 and out[-2] in ("بن", "ابن", "بنت") and not w.startswith("ال") and \
            w not in _AR_STOPS and (i + 1 == len(words) or words[i + 1] in _AR_STOPS | {"إلى", "الى"})
        third = i == 2 and w not in _AR_STOPS | {"الذي", "التي"} and not _AR_WHEN.match(w) and not w.startswith("و") and (
            (w.startswith("ال") and w.endswith("ي")) or i + 1 == len(words) or words[i + 1] in _AR_STOPS
            or bool(_AR_WHEN.match(words[i + 1])))   # "... صالح الخليفي", "... خميس عبيد أمس": a family name third
        if i >= 2 and (w.startswith("و") or not (out[-1] in ("بن", "ابن", "بنت") or w in ("بن", "ابن", "بنت") or family
                                                  or third or ("بن" in out and w.startswith("ال") and w.endswith("ي")))):
            break     # a family name after "بن X" ends the name when a preposition follows it ("... بن علي داود إلى")
        out.append(w.strip("،,"))
        if w.endswith(("،", ",")):
            break
    return " ".join(out).strip("،, ")
