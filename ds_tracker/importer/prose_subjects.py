"""People named in running minutes as the ones who did the meeting's acts ("Lena Berg presented the plan. Lena
noted ...", "Ana, Li and Omar gave the presentation", "Karl welcomed new members: A, B and C"). Minutes written in
prose name a person in full once and then by the first name alone; a word that is a name is never written in
lower case; a body is no name. Pure functions over the report's lines (English; Arabic prose is arabic_news.py)."""
from __future__ import annotations

import re

from . import vocab
from .inline_people import _NOT_NAMES
from .person import _JOB_WORDS, _ORG_WORDS, _acronym

_ACT = (r"(?:began|opened|welcomed|chaired|presented|explained|introduced|outlined|declared|reported|gave|thanked|"
        r"highlighted|noted|asked|proposed|suggested|shared|briefed|summari[sz]ed|described|led|closed|moderated|"
        r"confirmed|raised|updated|said|stated|informed|offered|agreed|volunteered|walked|demonstrated)")
_NAME = r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2}"
# at a sentence's start: one name, or names joined by commas and "and", then an act ("also" may come between)
_SUBJECTS = re.compile(rf"(?:^|(?<=[.!?;]\s)|(?<=^[-*•]\s))(?P<names>{_NAME}(?:,\s{_NAME})*(?:,?\sand\s{_NAME})?)"
                       rf"\s(?:also\s|then\s)?(?P<verb>{_ACT})\b(?P<after>[^.;]*)")
# "welcomed new Board members: A, B and C", "welcomed back A and B": the people welcomed were there too
_WELCOMED = re.compile(rf"\bwelcom\w*\s(?:back\s)?(?:[a-z]+\s|[A-Z][a-z]+\s){{0,3}}?(?:members?\s?:?\s)?"
                       rf"(?P<names>{_NAME}(?:,\s{_NAME})*(?:,?\sand\s{_NAME})?)(?=\s*(?:[.;]|$|\s(?:who|to|as|in|at)\b))")
# "In answer to a question, Ana Ruiz explained": a full name after a clause's comma
_CLAUSE_SUBJECT = re.compile(rf"(?<=,\s)(?P<names>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){{1,2}})\s(?:also\s)?(?P<verb>{_ACT})\b"
                             rf"(?P<after>[^.;]*)")
_PERSONAL = re.compile(r"began|opened|welcomed|chaired|thanked|introduced|explained|declared|asked|outlined|gave|"
                       r"walked|demonstrated|volunteered|moderated|closed|led|said")
_SELF = re.compile(r"^\s*(?:herself|himself|themselves)\b")
_STOP = {w.lower() for w in vocab.BODY_WORDS["en"]} | _NOT_NAMES | _JOB_WORDS | set(vocab.POSITION_STARTS) | {
    "everyone", "everybody", "nobody", "someone", "all", "members", "member", "participants", "attendees", "board",
    "council", "committee", "group", "team", "chair", "secretariat", "it", "this", "that", "there", "they", "we",
    "he", "she", "discussion", "meeting", "minutes", "item", "the", "a", "an", "our", "their", "his", "her",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r",\s(?:and\s)?|,?\sand\s", text) if n.strip()]


def prose_subjects(texts: list[str], ref=None) -> list[tuple[str, int]]:
    """(name, index of the text it is first named in) of each person the minutes' prose shows doing an act of the
    meeting: a full name that is no body the reference knows; a first name alone when two or more are named
    together, or it does the meeting's acts twice."""
    whole = "\n".join(texts)
    lower = set(re.findall(r"\b[a-z][a-z'’-]+\b", whole))

    def a_name(name: str) -> bool:
        words = name.split()
        return all(w.lower() not in _STOP and w.lower() not in lower and not _acronym(w) for w in words) \
            and not _ORG_WORDS.search(name) and not (ref and (ref.organisation(name) or ref.place(name)))

    found, alone = [], {}
    for i, text in enumerate(texts):
        for m in [*_SUBJECTS.finditer(text), *_CLAUSE_SUBJECT.finditer(text)]:
            names = _names(m["names"])
            if not all(a_name(n) for n in names):
                continue
            for name in names:
                found.append((name, i, len(names), bool(_SELF.match(m["after"]) or _PERSONAL.fullmatch(m["verb"]))))
                if " " not in name:
                    alone[name] = alone.get(name, 0) + 1
        for m in _WELCOMED.finditer(text):
            names = _names(m["names"])
            if all(a_name(n) and " " in n for n in names):
                found += [(n, i, len(names), True) for n in names]   # full names welcomed: newcomers present
    out, seen = [], set()
    for name, i, together, strong in found:
        if " " in name:      # a body also reports, shares and presents; only a person opens, asks or explains
            first = re.escape(name.split()[0])
            sure = strong or bool(re.search(rf"(?:^|[.!?]\s|,\s){first}\s(?:also\s)?[a-z]", whole, re.M))
        else:
            sure = together >= 2 or alone.get(name, 0) >= 2
        if sure and name not in seen:
            seen.add(name)
            out.append((name, i))
    full_firsts = {n.split()[0] for n, _ in out if " " in n}
    return [(n, i) for n, i in out if " " in n or n not in full_firsts]   # "Lena" is "Lena Berg", named in full
