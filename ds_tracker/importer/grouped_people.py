"""An inline attendance list in groups, flattened onto one line: "Participants: Donors: Ana Ruiz (UNICEF) NGOs: Li Wei
(CARE), Dr. Omar and Sami Aziz (MoH) Ministry staff: ..." -- each group's label, then its people, each a name of
capitalised words or initials ("F.M. Anwar Hossain", "Dr. Bayan") with an optional body in brackets. Pure."""
from __future__ import annotations

import re

from .inline_people import _NOT_NAMES, attendance_entries, org_then_names
from ..textnorm import normalise
from . import vocab
from .columns import columns_of
from .person import ACRONYMS, _JOB_WORDS, _ORG_WORDS, _a_body, _acronym
from .initials import own_initials

_POST_WORDS = _JOB_WORDS | set(vocab.POSITION_STARTS) | {"acting", "deputy", "senior", "head"}

_TITLE = r"(?:[A-Z][a-z]{1,3}\.\s*)"              # "Dr.", "Eng.", "Mr."
_TOKEN = r"(?:(?:[A-Z]\.)+(?:[A-Z][\w'’-]+)?|[A-Z][\w'’-]+)"      # "F.M.", "M.A.Safi", "Hossain", "Jean-Luc"
_PERSON = re.compile(rf"^(?P<name>{_TITLE}?{_TOKEN}(?:\s+{_TOKEN}){{0,4}})(?:\s*\((?P<org>[^()]{{2,60}})\))?")
# a group's label: up to four words and a colon, at the list's start or after a bracket or a full stop
_LABEL = re.compile(r"(?:^|(?<=[).])\s+)(?P<label>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s*:\s+")


def _person(entry: str) -> tuple[str, str | None, str] | None:
    """(name, body in brackets, what follows) of an entry that opens with a person; None when it does not."""
    m = _PERSON.match(entry)
    if not m:
        return None
    full = m["name"].strip()
    title = re.match(rf"^{_TITLE}", full)
    words = full[title.end() if title else 0:].split()
    rest = entry[m.end():].strip()
    post = next((k for k, w in enumerate(words) if w.lower() in _POST_WORDS), None)
    if post is not None:      # "Marta Kowalska Acting Deputy Representative": the post ends the name
        words, rest = words[:post], (" ".join(words[post:]) + entry[m.end("name"):]).strip()
    if not words or (len(words) < 2 and not title) or any(
            w.lower() in _NOT_NAMES or _ORG_WORDS.search(w) or (_acronym(w) and "." not in w) for w in words):
        return None       # "Sector", "Health Cluster", "UNICEF": no one named
    org = m["org"] if post is None else None
    by = re.fullmatch(r"(?:from|of) (?:the )?([A-Z][\w&'’-]*(?: [\w&'’()-]+){0,6})", rest) if not org else None
    if by:                # "Ms. Aisha Mohammed from IOM": her body after "from"
        org, rest = by[1], ""
    if org and org not in ACRONYMS and own_initials(" ".join(words), org):
        org = None        # "Ana Ruiz (AR)": her initials, the key to her turns in the notes, no body
    return (title[0] if title else "") + " ".join(words), org, rest


def grouped_attendance(text: str) -> list[tuple[str, str | None, str]]:
    """(name, body, group) of each person of "Group: people Group: people ...", read when two groups or more
    each name people; a bracket closing "A, B and C (MoH)" at a group's end, or "A and B (CARE)", is theirs all; a
    group named by an acronym ("Ru-WatSIP:") is its people's body. The list ends at the first entry that is no
    person, or where text runs on after a name ("A.H. Sediqi 1 Agenda ...")."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() > 0:
        return []
    out, groups = [], 0
    for k, label in enumerate(labels):
        body = text[label.end():labels[k + 1].start() if k + 1 < len(labels) else len(text)]
        entries = attendance_entries(body)
        people, ended = [], False
        for n, entry in enumerate(entries):
            found = _person(entry)
            if not found:
                ended = True
                break
            name, org, rest = found
            people.append([name, org, n])
            if rest:
                ended = True      # the list ran into the text after it
                break
        if not people:
            break
        group = label["label"].strip()
        own = group if " " not in group and any(_acronym(p) for p in group.split("-")) and normalise(group) not in \
            {normalise(w) for w in vocab.GROUP_HEADINGS} else None     # "Ru-WatSIP:" is a body, "NGOs:" a group
        for i in range(len(people) - 1, -1, -1):       # a bracket shared back over the names before it
            if people[i][1] is None and i + 1 < len(people) and people[i + 1][1]:
                joined_by_and = bool(re.search(re.escape(entries[people[i][2]]) + r"\s+and\s", body))
                if joined_by_and or (i + 2 == len(people) and not ended) or people[i + 1][3:] == ["shared"]:
                    people[i][1] = people[i + 1][1]
                    people[i].append("shared")
        out += [(name, org or own, group) for name, org, *_ in people]
        groups += 1
        if ended:
            break
    return out if groups >= 2 else []


# a role's label inside or at the head of a line: the person in that role follows
_ROLE_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>(?:co-?)?chair(?:ed|person|\s+person)?(?:\s+by)?|facilitat(?:or|ed\s+by)|"
                         r"minutes?\s+(?:prepared\s+|taken\s+|written\s+)?by|(?:note|minutes?)[- ]?takers?|"
                         r"prepared\s+by|rapporteur)\s*:\s*(?=[A-Z])", re.I)
_NEXT_LABEL = re.compile(r"\s(?=[A-Z][\w-]*(?:\s[\w-]+){0,2}\s*:\s)|(?<=[a-z)])\.(?:\s|$)")


def role_alone(text: str) -> str | None:
    """"Chair person", "Minutes Prepared by": a role's label standing alone on its line, a form's field whose value
    is the next line; the label, or None. Pure."""
    m = _ROLE_LABEL.match(text.strip().rstrip(":").strip() + ": A")
    return m["label"] if m and m.end() == len(text.strip().rstrip(":").strip()) + 2 else None


def role_people(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(role, name, position, body) of each "Chair person: Ana Ruiz Acting Deputy Representative", "Minutes
    prepared by: Li Wei – Coordination Associate", "Chaired: Dr. Omar Said, Director, Rural Water Programme (RWP)"
    in a line: the role's label, then a person of two names or more (or a title and one), then what they are -- a
    post, a body in brackets at the end, or "UNHCR-Registration Officer" (an acronym, a dash, the post)."""
    out = []
    for m in _ROLE_LABEL.finditer(text):
        rest = text[m.end():]
        other = _ROLE_LABEL.search(rest)       # "Chair: A (UNHCR), co-chair: B (MoMD)": the next role's own
        rest = rest[:other.start()].rstrip(" ,;") if other else rest
        for end in _NEXT_LABEL.finditer(rest):
            if not (end[0].startswith(".") and re.search(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Eng|Engr|Prof|[A-Z])\.$", rest[:end.start() + 1])):
                rest = rest[:end.start()]      # up to the next label or the sentence's end ("Dr." is no end)
                break
        found = _person(rest.strip())
        if not found:
            continue
        name, org, what = found
        what = what.strip(" ,;–—-")
        if not org and what:
            bracket = re.search(r"\(([^()]{2,40})\)$", what)
            if bracket and (_acronym(bracket[1].split("-")[-1]) or len(bracket[1].split()) <= 4):
                org, what = bracket[1], what[:bracket.start()].strip(" ,")     # "..., Programme (RWP)"
            glued = re.match(r"^([A-Za-z]+)\s*[-–—]\s*(\S.*)$", what)
            if not org and glued and _acronym(glued[1]):
                org, what = glued[1], glued[2]      # "UNHCR-Registration Officer"
        out.append((m["label"], name, what or None, org))
    return out


def initial_names(text: str) -> list[tuple[str, str | None, str | None]]:
    """"E Lowe (Chairing) H Guiller R Ni Cheilleachair F Juma ... CARE GRC ... D Fischer": names written as an
    initial and a surname, run together with the table's other columns (a PDF gave it out column by column).
    (name, what the bracket after it says, body) of each, when four or more such names stand in runs of three or
    more; a surname of two words only when the next name's initial follows it. The body: the words after a run,
    when they part into as many bodies as the run has names (the organisation column, given out after the names'
    one), else None. Pure."""
    tokens = text.split()
    initial = re.compile(r"^[A-Z]\.?$")
    word = re.compile(r"^[A-Z][a-z'’-]+$")
    out, run, runs, i, spans = [], 0, [], 0, []
    while i < len(tokens):
        if initial.match(tokens[i]) and i + 1 < len(tokens) and word.match(tokens[i + 1]):
            end = i + 2
            if end + 1 < len(tokens) and word.match(tokens[end]) and initial.match(tokens[end + 1]):
                end += 1          # "R Ni Cheilleachair F ...": two words of surname
            name, note = " ".join(tokens[i:end]), None
            if end < len(tokens) and tokens[end].startswith("("):
                close = next((k for k in range(end, min(end + 4, len(tokens))) if tokens[k].endswith(")")), None)
                if close is not None:      # "E Lowe (Chairing)": what the person is, in brackets
                    note, end = " ".join(tokens[end:close + 1]).strip("()"), close + 1
            out.append((name, note))
            spans.append(len(runs))
            run += 1
            i = end
            continue
        runs.append(run)
        run = 0
        i += 1
    runs.append(run)
    if not (len(out) >= 4 and sum(r for r in runs if r >= 3) >= 0.8 * len(out)):
        return []
    bodies = _column_bodies(tokens, initial, word, len(out))
    return [(name, note, bodies[k] if bodies else None) for k, (name, note) in enumerate(out)]


_JOINERS = {"of", "and", "&", "for", "de", "du", "la", "the"}


def _column_bodies(tokens, initial, word, count) -> list[str] | None:
    """The bodies after each run of names, in the names' order, when each run's next words part into as many
    bodies as it has names: an acronym stands alone (a two-letter one closes the name before it: "Oxfam GB"),
    "The" opens a body, and capitalised words run together; a run too few is split at its longest body,
    between its words, never leaving "The" or a two-letter acronym alone. None when the counts differ."""
    bodies, names, words = [], 0, []

    def close():
        nonlocal names, words
        if names:
            parts = _bodies_of(words, names)
            if parts is None:
                return False
            bodies.extend(parts)
        names, words = 0, []
        return True

    i = 0
    while i < len(tokens):
        if initial.match(tokens[i]) and i + 1 < len(tokens) and word.match(tokens[i + 1]):
            if words and not close():
                return None
            names += 1
            i += 2
            if i + 1 < len(tokens) and word.match(tokens[i]) and initial.match(tokens[i + 1]):
                i += 1          # a surname of two words
            if i < len(tokens) and tokens[i].startswith("("):
                shut = next((k for k in range(i, min(i + 4, len(tokens))) if tokens[k].endswith(")")), i - 1)
                i = shut + 1    # the bracket's note
            continue
        words.append(tokens[i])
        i += 1
    if not close() or len(bodies) != count:
        return None
    return bodies


def _bodies_of(words: list[str], count: int) -> list[str] | None:
    units: list[list[str]] = []
    for w in words:
        acronym = re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", w)
        if acronym and len(w) == 2 and units and not _is_acronym(units[-1]):
            units[-1].append(w)           # "Oxfam GB": a country's code closes the name
        elif acronym or w == "The" or not units or _is_acronym(units[-1]) or not (w[:1].isupper() or w in _JOINERS):
            if not (w[:1].isupper() or w in _JOINERS):
                return None               # a sentence, no column of names
            units.append([w])
        else:
            units[-1].append(w)
    while len(units) < count:
        longest = max(range(len(units)), key=lambda k: len(units[k]))
        unit = units[longest]
        cuts = [c for c in range(1, len(unit)) if unit[c - 1] not in {"The"} | _JOINERS and unit[c] not in _JOINERS
                and not (c == len(unit) - 1 and len(unit[c]) == 2 and unit[c].isupper())]
        if not cuts:
            return None
        cut = min(cuts, key=lambda c: abs(len(unit) - 2 * c))     # the most even parts
        units[longest:longest + 1] = [unit[:cut], unit[cut:]]
    return [" ".join(u) for u in units] if len(units) == count else None


def _is_acronym(unit: list[str]) -> bool:
    return len(unit) == 1 and bool(re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", unit[0]))


def by_people(text: str) -> list[tuple[str, str | None, str | None]]:
    """"2. Health update by Ana Ruiz –WHO-Health Officer Li Wei – UNHCR-Coordinator": an item's presenters after
    "by", each a name of two or three capitalised words, an en or em dash, then what they are (an acronym glued
    to the post by a hyphen is the body). (name, post, body) of each. Pure."""
    m = re.search(r"\bby\s+(?=[A-Z])", text)
    if not m:
        return []
    parts = re.split(r"\s*[–—]\s*", text[m.end():])
    if len(parts) < 2:
        return []
    out, name = [], parts[0].split()
    for k, part in enumerate(parts[1:], 1):
        words = part.split()
        last = k + 1 == len(parts)
        following = [] if last else words[-3:] if len(words) >= 4 and _a_name(words[-3:]) else words[-2:]
        if not _a_name(name) or (not last and (not _a_name(following) or len(words) == len(following))):
            return out
        what = " ".join(words[:len(words) - len(following)])
        glued = re.match(r"^([A-Za-z]+)-(\S.*)$", what)
        body = glued[1] if glued and _acronym(glued[1]) else None
        out.append((" ".join(name), glued[2] if body else what or None, body))
        name = following
    return out


def _a_name(words: list[str]) -> bool:
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) and w.lower() not in _POST_WORDS
                                        and w.lower() not in _NOT_NAMES for w in words)


_OTHER_COLUMNS = {"phone", "telephone", "tel", "mobile", "email", "e-mail", "contact", "contacts", "signature",
                  "sex", "gender", "الهاتف", "الموبايل", "البريد الالكتروني", "البريد الإلكتروني", "التوقيع"}


_OTHER_KEYS = {normalise(w) for w in _OTHER_COLUMNS}


def _column_kind(text: str) -> str | None:
    """"Name" -> "name", "Agency" -> "organisation", "Phone" -> "other:phone": what a header cell names, or None."""
    key = normalise(text).strip(" :.")
    if key in _OTHER_KEYS:
        return "other:" + key
    found = columns_of([text, "name" if key != "name" else "organisation"], ("name", "organisation", "position"))
    return next((kind for kind, i in (found or {}).items() if i == 0), None)


def cell_cycles(lines: list) -> tuple[dict[int, dict], set[int]]:
    """"Name" / "Organisation" / "Position" each on its own line, then each person's cells one a line in that order:
    a table whose cells a PDF or a copy gave out one a line. ({a row's first line number: {kind: cell}}, every line
    the header and the rows take). Rows are read while the name cell reads as a name and no cell is a sentence."""
    from .person import _looks_like_a_name
    solid = [l for l in lines if not l.blank]
    rows, taken, i = {}, set(), 0
    while i < len(solid):
        kinds, j = [], i
        while j < len(solid) and not solid[j].is_row and len(solid[j].text) <= 30 and _column_kind(solid[j].text):
            kinds.append(_column_kind(solid[j].text))
            j += 1
        if len(kinds) < 2 or "name" not in kinds or len(set(kinds)) < len(kinds):
            i = max(j, i + 1)
            continue
        found, start = {}, j
        while start + len(kinds) <= len(solid):
            cells = solid[start:start + len(kinds)]
            row = dict(zip(kinds, (c.text.strip() for c in cells)))
            number = row.get("number")
            if any(c.is_row or len(c.text) > 80 or c.text.endswith(".") and len(c.text.split()) > 4 for c in cells) \
                    or not _looks_like_a_name(row["name"]) or (number is not None and not re.fullmatch(
                        r"[\d\u0660-\u0669]{1,3}[.)]?", number)) or any(_column_kind(c.text) for c in cells):
                break
            found[cells[0].no] = row
            start += len(kinds)
        if len(found) >= 2:
            rows.update(found)
            taken.update(l.no for l in solid[i:start])
        i = max(start if len(found) >= 2 else j, i + 1)
    return rows, taken


def people_in(text: str) -> list[tuple[str, str | None, str | None]] | None:
    """"Ana Ruiz (IOM), Li Wei (CARE) and Omar Said" -> (name, body, None) of each, when every entry is a person;
    "Ana Ruiz, Protection Officer" -> one person and the post after the comma. None when no person opens it."""
    entries = attendance_entries(text.strip(" ."))
    found = [_person(e) for e in entries]
    if found and all(f and not f[2] for f in found):
        # "Mr. Saad Al-Fahdawi (Deputy Governor of Anbar)": a post in the brackets, not a body
        return [(name, None, org) if org and org.split()[0].lower() in vocab.POSITION_STARTS else (name, org, None)
                for name, org, _ in found]
    if found and found[0] and not any(found[1:]) and len(entries) <= 3 and not found[0][2]:
        return [(found[0][0], found[0][1], ", ".join(entries[1:]) or None)]
    return None


def labelled_people(text: str) -> tuple[str, list[tuple[str, str | None, str | None]]] | None:
    """"UN agencies: Ana Ruiz (IOM), Li Wei (UNHCR)", "IOM: Ana Ruiz, Protection Officer": a label of up to four
    words, then people only. (label, [(name, body, post)]). Pure."""
    m = re.match(r"^(?P<label>[^:\d]{2,40}):\s+(?P<rest>\S.*)$", text.strip())
    if not m or len(m["label"].split()) > 4:
        return None
    found = people_in(m["rest"])
    return (m["label"].strip(), found) if found else None


_ATTENDED = re.compile(r"\b(?i:attended by|(?:those )?in attendance were|(?:those |also )?present were|participants were|"
                       r"attendees were|attending were)\s+(?=[A-Z])")


def attended_by(text: str) -> list[tuple[str, str | None, str | None]]:
    """"The meeting was attended by Ana Ruiz (IOM), Li Wei (CARE) and Omar Said.": the people after the cue, to the
    sentence's end, when every entry is a person. Pure."""
    m = _ATTENDED.search(text)
    if not m:
        return []
    rest = re.split(r"(?<=[a-z)])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bEng)\.(?:\s|$)", text[m.end():])[0]
    found = people_in(rest)
    return found if found and (len(found) >= 2 or not found[0][2]) else []


def field_person(text: str) -> tuple[str, str | None, str | None] | None:
    """"Name: Ana Ruiz Organisation: IOM Position: Officer": a person's fields labelled on one line -> (name, post,
    body), when "Name" and one other column's label are there. Pure."""
    marks = list(re.finditer(r"(?:^|(?<=\s))(?P<label>[^\W\d][\w-]*)\s*:\s*", text))
    fields = {}
    for k, m in enumerate(marks):
        kind = _column_kind(m["label"])
        if kind and kind not in fields:
            fields[kind] = text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)].strip(" ,;")
    if "name" not in fields or len(fields) < 2 or not _person(fields["name"]):
        return None
    return fields["name"], fields.get("position") or None, fields.get("organisation") or None


def body_then_people(entry: str, ref) -> list[str]:
    """"IOM (Ana Ruiz)", "UNHCR (Ann Lee, Ben Moss)": the body, then its people in brackets, as "person (body)";
    any other entry as it is. Pure."""
    inside = re.fullmatch(r"(?P<org>[^()]{2,60}?)\s*\((?P<name>[^()]+)\)", entry)
    if inside and _a_body(inside["org"], ref) and people_in(inside["name"]) and \
            not people_in(inside["name"])[0][1] and len(people_in(inside["name"])) == 1:
        return [f"{inside['name']} ({inside['org']})"]
    return [f"{name} ({org})" for name, org in (org_then_names(entry, ref) if inside else [])] or [entry]
