"""An attendance table a PDF flattened into running text, read from the line it landed in. Two shapes:
"Attendees: Name Organisation Position 1. Ana Ruiz UNDP Field Officer 2. Li Wei CARE 3. ..." (its rows numbered in
sequence, the cells run together) and "Attendees: 1. 2. 3. Ms. Ana Ruiz, Director Mr. Li Wei, CARE ..." (the
numbers a column of their own, each row opened by a title). Pure functions."""
from __future__ import annotations

import re

from . import vocab
from .abroad import is_country, world_city
from .inline_people import _org_token, attendance_entries
from .person import _JOB_WORDS, _ORG_WORDS, _looks_like_a_name, split_person

# the list's label, anywhere in the line: "List of Attendees:", "Participants:", "Attendance:"
_LABEL = re.compile(r"(?:^|(?<=\s))(?:list of )?(?:attendees|participants|attendance|present)\s*:\s*", re.I)
# where the list stops: who did not come, or the next part's label ("AGENDA", "Agenda:")
_STOP = re.compile(r"\b(?:apologies|absent|absentees|regrets|excused)\b\s*:?|\bAGENDA\b|\b[Aa]genda\s*:", re.I)
_HEADER_WORDS = {w for kind in ("number", "name", "organisation", "position") for w in vocab.COLUMNS[kind]}
_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Eng|Prof)\.?$")


def numbered_attendance(text: str, ref) -> list[tuple[str, str | None, str | None]]:
    """(name, position, organisation) of each person of a flattened attendance table in the line, or []."""
    label = _LABEL.search(text)
    if not label:
        return []
    rest = _STOP.split(text[label.end():], maxsplit=1)[0]
    numbers = re.match(r"^(?:\d{1,2}\s*[.)]\s+){3,}", rest)
    if numbers:                       # "1. 2. 3. Ms. A, Director Mr. B, IOM": the numbers stand apart
        entries = attendance_entries(rest[numbers.end():])
        people = [split_person(e, ref) for e in entries]
        people = [(re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", n), *_post_or_body(p, o)) for n, p, o in people if n]
        if len(people) >= 3 and len(people) >= len(re.findall(r"\d+", numbers[0])) - 1 and \
                all(_looks_like_a_name(n) for n, _, _ in people):
            return people
        return []
    return _numbered_rows(rest, ref)


def _numbered_rows(rest: str, ref) -> list[tuple[str, str | None, str | None]]:
    """"Name Organisation Position 1. Ana Ruiz UNDP Officer 2. ...": rows numbered 1, 2, 3 ... in order; each a name
    of two to four capitalised words, then the body (one acronym, or the words before a job's first word), then
    the post."""
    marks = [m for m in re.finditer(r"(?:^|\s)(\d{1,2})\s*[.)]\s+(?=[A-Z])", rest)]
    run, expected = [], 1
    for m in marks:
        if int(m[1]) == expected:
            run.append(m)
            expected += 1
    if len(run) < 3:
        return []
    header = rest[:run[0].start()].split()
    named = sum(1 for w in header if any(part.strip(":") in _HEADER_WORDS for part in w.lower().split("/")))
    if len(header) > 10 or named < max(2, len(header) / 2):
        return []     # "Name Organisation Job Title" before "1.", else a list the attendance readers know, or none
    rows = [rest[a.end():b.start() if b else None].strip(" ,;.") for a, b in zip(run, run[1:] + [None])]
    out = [_row(r, ref) for r in rows]
    if sum(1 for p in out if p) < max(3, 0.8 * len(rows)):
        return []
    return [p for p in out if p]


def _row(row: str, ref) -> tuple[str, str | None, str | None] | None:
    words = [w.strip(",;") for w in row.split() if not _TITLES.match(w) and w.strip(",;")]
    at = next((k for k, w in enumerate(words) if _org_token(w, ref)), None)
    if at is not None and 2 <= at <= 4:         # "Ana Ruiz UNDP Field Officer"
        name, org, post = words[:at], words[at], words[at + 1:]
    else:                                       # "Li Wei Hope Trust Programme Officer": the post's first word
        name, tail = words[:2], words[2:]
        job = next((k for k, w in enumerate(tail) if w.lower() in vocab.POSITION_STARTS or w.lower() in _JOB_WORDS),
                   len(tail))
        if not tail or job in (0, len(tail)) or not tail[0][:1].isupper():
            return None                         # no post to end the body: a topic ("Water Trucking Update")
        org, post = " ".join(tail[:job]), tail[job:]
    name = " ".join(name)
    if not _looks_like_a_name(name) or any(_org_token(w, ref) for w in name.split()):
        return None
    return name, " ".join(post) or None, org.strip(" ,")


# "Response by IOM (Ostencia)", "presented by UNFPA (Dina Aziz)": a body answering, its person in brackets
_BODY_PERSON = re.compile(r"\b(?:by|from)\s+(?P<org>[A-Z][A-Za-z&/-]{1,9})\s*\((?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\)")


# "..., IOM (Mary Jones) and WHO (Peter Hall)": more bodies and their people running on after the first
_MORE_BODY_PERSON = re.compile(r"(?:,\s*|\s+and\s+|\s*&\s*)(?P<org>[A-Z][A-Za-z&/-]{1,9})\s*\("
                               r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\)")


def _body_people(text: str) -> list:
    """Each _BODY_PERSON match, and the ones its list runs on to."""
    out = []
    for m in _BODY_PERSON.finditer(text):
        out.append(m)
        while (more := _MORE_BODY_PERSON.match(text, out[-1].end())):
            out.append(more)
    return out


def body_person(text: str, ref) -> list[tuple[str, str]]:
    """(name, body) of each person named in brackets after the body that speaks, when the body is an acronym or a
    known body and the bracket no place, body or month ("by UNHCR (Geneva)", "by WFP (March)"). Pure."""
    out = []
    for m in _body_people(text):
        name, org = m["name"], m["org"]
        if not (_org_token(org, ref)) or ref.organisation(name) or ref.place(name) or is_country(name) or \
                world_city(name) or name.lower().rstrip(".") in _MONTHS or name.lower() in vocab.WEEKDAYS or \
                _ORG_WORDS.search(name) or any(is_country(w) or w.lower() in _JOB_WORDS or
                                               w.lower() in vocab.POSITION_STARTS for w in name.split()):
            continue
        out.append((name, org))
    return out


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _post_or_body(post: str | None, org: str | None) -> tuple[str | None, str | None]:
    """"Li Wei, Hope Trust, PDRP": the part read as a post has no job's word, so it is the body (with its unit)."""
    if post and not any(w.lower() in vocab.POSITION_STARTS or w.lower() in _JOB_WORDS for w in post.split()):
        return None, f"{post}, {org}" if org else post
    return post, org
