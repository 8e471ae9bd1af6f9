"""People an Arabic record lists by shape, outside an attendance section, and the body whose own meeting it is:

- a roll call of names a dash or a stretching stroke separates ("ـ سالم عوض ـ هدى علي ـ ..."), under the count
  that heads it ("عدد الأعضاء الموافقين : 12"), whose words are the roll's group;
- a transcript's speaker turns: "- النائب سالم عوض:-" (a title, a name, a colon) and "سالم عوض (حزب الأمل) :" (a
  name and the party or body in brackets, on a line of their own);
- the body that held its own meeting ("عقدت الهيئة الإدارية لجمعية ... اجتماعا", "إن المجلس ... المجتمع في
  دورته", a chair's turn "- السيد رئيس مجلس ...:-"): people the report lists with no body of their own are of it
  (its members at its own board or council), unsure, except a list's guests (of the body the meeting was with);
- the short name the report gives a body after its full name ("... /الأونروا/"), kept with its people's body.

Pure functions; ArabicRolls is mixed into parse._Reader. The words live in vocab.AR_ROLLS."""
from __future__ import annotations

import re

from . import vocab
from .arabic_news import MEETING, _HON, _STOPS, _TOPICS, _bare, is_body, is_job, post_or_body
from .body_of_job import _AR_STOPS, _AR_WHEN

_R = vocab.AR_ROLLS
_NOTES = set(_R["turn_notes"])
_GUESTS = {g.lower() for g in _R["guests"]}
_TITLES = _HON | {"النائب", "النائبة", "العضو", "السادة"}
_MARKS = re.compile("[\u064b-\u0652\u0670]")
_WORD = re.compile(r"[\u0621-\u064a]{2,}")
# a dash between two entries: a stretching stroke or a hyphen with a space on one side at least ("أوسارـ يوسف",
# "الأحمر -المختار"); a stroke inside a word ("يقــرر") has letters on both sides
_DASH = re.compile(r"\s*\u0640+\s+|\s+\u0640+\s*|^\s*\u0640+|\s+[-–]\s*|\s*[-–]\s+")
_COUNT = re.compile(r"^[\u0640\-–\s]*(?P<label>[\u0621-\u064a][\u0621-\u064a\s]{2,60}?)\s*:\s*"
                    r"\(?[\d\u0660-\u0669]{1,4}\)?\s*\.?$")
_TURN = re.compile(r"^[-–—•*\s]*(?P<who>[\u0621-\u064a.][\u0621-\u064a.\s]{3,70}?)\s*(?:\((?P<note>[^()]{2,50})\))?"
                   r"\s*(?P<colon>:\s*-?)?\s*$")


def _plain(text: str) -> str:
    return _MARKS.sub("", text).strip()


def _a_name(words: list[str]) -> bool:
    """Two to five words of a person's name: Arabic letters only, none a post's, a body's, a topic's or a small
    word, and not all of them definite (a heading: "المحور الثاني")."""
    return 2 <= len(words) <= 5 and all(
        _WORD.fullmatch(w) and w not in _STOPS and w not in _AR_STOPS and w not in _TOPICS and w not in _TITLES
        and not post_or_body(w) for w in words) and not all(w.startswith("ال") for w in words)


def dash_roll(text: str) -> list[str]:
    """"ـ سالم عوضـ هدى علي ـ كريم بن ناصر": three names or more a dash or a stretching stroke separates, names
    alone (no post, no body) on one line. Pure."""
    entries = [e.strip(" .،,؛") for e in _DASH.split(_MARKS.sub("", text))]
    entries = [e for e in entries if e]
    if len(entries) < 3 or not all(_a_name(e.split()) for e in entries):
        return []
    return entries


def count_label(text: str) -> str | None:
    """"عدد الأعضاء الموافقين : 12", "الأعضاء الحاضرون: (9)": a label and a count, the heading of the names below
    it. Pure."""
    m = _COUNT.match(_plain(text))
    return m["label"].strip() if m else None


def speaker_turn(text: str) -> tuple[str, str | None, bool] | None:
    """(name, body, titled) of a transcript's speaker turn: "- النائب سالم عوض:-", "سالم عوض (حزب الأمل) :";
    the body the brackets give, unless they say what the turn is ("(نقطة نظام)"). None when the line is no
    turn, or the chair's post speaks ("- السيد رئيس المجلس:-"). Pure."""
    m = _TURN.match(_plain(text))
    if not m or not (m["colon"] or m["note"]):
        return None
    words = [_bare(w) for w in m["who"].split()]
    titled = False
    while words and words[0] in _TITLES:
        words, titled = words[1:], True
    note = (m["note"] or "").strip()
    turn_note = not note or note in _NOTES or note.split()[0] in _NOTES or bool(re.search(r"\d", note))
    if not titled and (turn_note or not m["colon"] and len(text) > 60 or MEETING.search(m["who"])
                       or note.startswith(("لل", "بال", "ل", "ب")) or note.split()[0] in _AR_STOPS):
        return None       # a name alone before a colon is a label too often ("جدول الأعمال:"); brackets say more
    if not _a_name(words):
        return None
    return " ".join(words), None if turn_note else note, titled


_MEMBERS = set(_R["member_bodies"]) | {"ال" + w for w in _R["member_bodies"]}


def _body_words(words: list[str], members: bool = True) -> str | None:
    """The name of a body opening the words (members: one of members, a council, a committee, a board): to a
    small word, a time, a meeting's word, a cue, a comma. Pure."""
    if not words or (_bare(words[0]) not in _MEMBERS if members else not is_body(words[0], joined=False)):
        return None
    out = []
    for raw in words:
        w = _bare(raw)
        if not w or w in _AR_STOPS or (_AR_WHEN.match(w) and not w.endswith(("ي", "ية"))) \
                or w.startswith(("دورت", "دورة", "اجتماع")) or w in _R["sitting"] \
                or re.fullmatch(r"و?(?:بحضور|برئاسة|بمشاركة|بمقر|يوم)", w):
            break
        out.append(w)
        if raw.endswith(("،", ",", ".", "؛")):
            break
    return _parent(out) if len(out) >= 2 else None


def _parent(words: list[str]) -> str:
    """"الهيئة الإدارية لجمعية نادي ...": a board of a body (a later body's head joined to "ل") meets, and its
    members are of that body: "جمعية نادي ..."."""
    for k, w in enumerate(words[1:], 1):
        head = "ال" + w[2:] if w.startswith("لل") else w[1:]       # "للجنة" is "اللجنة"'s
        if w.startswith("ل") and is_body(head, joined=False) and k + 1 < len(words):
            return " ".join([head] + words[k + 1:])
    return " ".join(words)


_HELD = re.compile(r"(?:^|\s)(?:و|ف)?(?:" + "|".join(_R["held"]) + r"|إن|ان)\s+(?P<rest>.+)")


def meeting_body(lines: list[str]) -> str | None:
    """The body that met in its own meeting: named after a verb that holds it ("عقدت الهيئة الإدارية لجمعية ...
    اجتماعا"), a decision's "إن المجلس ... المجتمع", a chair's speaker turn ("- السيد رئيس مجلس النواب:-"), or a
    line at the head that says where the meeting sat ("في لجنة الشؤون ... الساعة العاشرة"). Pure."""
    lines = lines[:80]        # a body's own meeting is said at the head of its record
    for text in map(_plain, lines):
        for m in _HELD.finditer(text):
            words = m["rest"].split()
            body = _body_words(words)
            if body and " مع " in " ".join(words[:16]):
                continue          # "عقدت اللجنة اجتماعا مع ممثلي المنظمات": others came, not its members only
            if body and (not m[0].strip().endswith(("إن", "ان")) or
                         any(_bare(w) in _R["sitting"] for w in words[:12])):
                return body
    for text in map(_plain, lines):
        m = _TURN.match(text)
        words = [_bare(w) for w in m["who"].split()] if m and m["colon"] else []
        while words and words[0] in _TITLES:
            words = words[1:]
        if words and is_job(words[0]) and len(words) > 1:
            body = _body_words(words[1:])
            if body:
                return body
    for text in map(_plain, lines[:15]):
        if text.startswith("في ") and len(text) <= 90:
            body = _body_words(text.split()[1:])
            if body:
                return body
    return None


_WITH = re.compile(r"(?:^|\s)(?:لقاء|اللقاء|اجتماع|الاجتماع|إجتماع)\s+(?:مع|ب)\s+(?:وفد\s+)?(?P<rest>.+)")


def visiting_body(lines: list[str]) -> str | None:
    """"تقرير لقاء مع بعثة الأمم المتحدة (UNAMI)": the body a meeting was held with, named at the report's head
    (with the acronym in brackets after it), whose people are the list's guests. Pure."""
    for text in map(_plain, lines[:8]):
        m = _WITH.search(text)
        body = _body_words(m["rest"].split(), members=False) if m else None
        if body:
            acronym = re.match(r"[^()]{0,80}?\(\s*([A-Z][A-Za-z-]{1,9})\s*\)", m["rest"])
            return f"{body} ({acronym[1]})" if acronym else body
    return None


def _guests(draft: dict, lines: list[str], ref) -> None:
    """A list's guests with no body of their own, at a meeting with one body, are of that body (unsure)."""
    body = visiting_body(lines)
    for p in draft["participants"] if body else []:
        if not p.get("organisation") and (p.get("group") or "").strip(" :").lower() in _GUESTS:
            p.update(organisation=ref.organisation(body) or body, organisation_text=body, unsure=True)


_ALIAS = re.compile(r"[/(]\s*(?P<short>[\u0621-\u064a]{3,15})\s*[/)]")


def short_names(draft: dict, lines: list[str]) -> None:
    """"وكالة الأمم المتحدة لإغاثة ... /الأونروا/": the short name a report gives a body after its full name goes
    with it wherever a participant's organisation opens with that full name."""
    if not any(p.get("organisation") for p in draft["participants"]):
        return
    text = _plain(" ".join(lines))
    for m in _ALIAS.finditer(text):
        words = text[max(0, m.start() - 200):m.start()].split()[-10:]
        if not words or not all(_WORD.fullmatch(w) for w in words[-2:]):
            continue
        head = next((i for i in range(len(words) - 1, -1, -1) if is_body(words[i], joined=False)), None)
        if head is None:
            continue
        long = " ".join(words[head:])
        for p in draft["participants"]:
            if (p.get("organisation") or "").startswith(long) and m["short"] not in p["organisation"]:
                p["organisation"] = f"{long} ({m['short']})"


def own_members(draft: dict, lines: list[str], ref) -> None:
    """People listed with no body of their own, at a meeting of one body, are its members: its name is their
    organisation (unsure), except a list's guests (of the body the meeting was with, when the head names it)."""
    _guests(draft, lines, ref)
    short_names(draft, lines)
    body = meeting_body(lines)
    if not body:
        return
    for p in draft["participants"]:
        if _short_for(p.get("position"), body):
            p.update(organisation=ref.organisation(body) or body, organisation_text=body)
            continue
        if p.get("organisation") or (p.get("group") or "").strip(" :").lower() in _GUESTS or \
                not _members_post(p.get("position")):
            continue
        p.update(organisation=ref.organisation(body) or body, organisation_text=body, unsure=True)


def _short_for(position: str | None, body: str) -> bool:
    """"رئيس المجلس الإقليمي" at a sitting of "المجلس الإقليمي لمدينة ...": the post names the body that met, short
    (the report names another body elsewhere with the same head word)."""
    words = [_bare(w) for w in (position or "").split()]
    return len(words) >= 3 and is_job(words[0]) and body.split()[:len(words) - 1] == words[1:]


def _members_post(position: str | None) -> bool:
    """No post, a member's ("عضو"), one of the body named short ("رئيس اللجنة") or with adjectives only
    ("المستشار القانوني"), or a board's own ("أمين السر"): of the body that met; not "عامل الإقليم", a post over
    something else."""
    words = [_bare(w) for w in (position or "").split()]
    return not any(w.startswith("ال") and not w.endswith(("ي", "ية")) and not is_body(w, joined=False)
                   and w not in _R["board_posts"] for w in words[1:])


class ArabicRolls:
    """Dash roll calls and speaker turns, read from any line of an Arabic report outside its attendance list."""

    def arabic_rolls(self, line) -> None:
        if self.lang != "ar" or line.is_row or self.state.section == "participants":
            return
        pending, self._turn = getattr(self, "_turn", None), None
        if pending and line.text.strip():
            if _speech(line):     # "فلان (حزب) :" then what they said: a turn, not a label over a list
                self._roll_person(pending[0], pending[1], None, pending[2], unsure=True)
            pending = None
        label = count_label(line.text)
        if label:
            self._roll_label = label
            return
        # under its count only: "توزيع السلال - حصر الأسر - ..." reads like names too
        names = dash_roll(line.text) if getattr(self, "_roll_label", None) else []
        for name in names:
            self._roll_person(name, None, getattr(self, "_roll_label", None), line)
        turn = speaker_turn(line.text) if not names else None
        if turn and turn[2]:
            self._roll_person(turn[0], turn[1], None, line)
        elif turn:
            self._turn = (turn[0], turn[1], line)      # no title: the line after says whether someone spoke
        if line.text.strip():
            self._roll_label = None if not names else getattr(self, "_roll_label", None)

    def _roll_person(self, name, body, group, line, unsure=False) -> None:
        if any(p["name"] == name for p in self.draft["participants"]):
            return
        heading, self.state.heading = self.state.heading, group
        before = len(self.draft["participants"])
        self._add_participant(name, None, body, line)
        self.state.heading = heading
        if unsure and len(self.draft["participants"]) > before:
            self.draft["participants"][-1]["unsure"] = True    # no title said it was a person


def _speech(line) -> bool:
    """A line of speech: a sentence of five words or more, no list item."""
    return not (line.bullet or line.number or line.is_row) and len(line.text.split()) >= 5
