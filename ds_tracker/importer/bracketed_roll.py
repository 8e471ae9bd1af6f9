"""Attendance given as a run of "Name (Body)" entries: on a line of its own under the attendance heading
("Jon (ESS), Dario (CERIC), Andy (ESRF)": a first name is enough when each carries its body), or inside a line a
PDF or a web page ran together ("... Minutes PARTICIPANTS - Ana Ruiz (IOM) - Li Wei (CARE) - ... NEXT TOPIC ...").
Pure functions."""
from __future__ import annotations

import re

# a name: one to four words, the first capitalised ("Ana", "Li Wei", "PabloCastillo-diaz", "Ana de la Cruz")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}"
_BRACKETED = re.compile(rf"^\s*(?P<name>{_NAME}?)\s*\((?P<body>[^()]{{2,60}})\)")
# "Mary Pack—International Medical Corps": a name, a long dash with no space, the body
_DASHED = re.compile(rf"^\s*(?P<name>[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*)\s*[—–]\s*(?P<body>[A-Z][^()—–]{{1,60}}?)\s*$")
# the attendance word inside a line, then a dash or colon: where a run-together roll starts
_CUE = re.compile(r"(?:\bPARTICIPANTS|\bATTENDEES|\bATTENDANCE|\bPRESENT|\b(?:Participants|Attendees|Attendance)"
                  r"(?=\s*:))\s*[:\-–]\s*")


def _entry(piece: str, last: bool) -> tuple[str, str] | None:
    """(name, body) of one entry; the last entry of a run-together line may be followed by the text after it."""
    m = _BRACKETED.match(piece)
    if m and m["name"] and (last or not piece[m.end():].strip(" .;")):
        return m["name"].strip(), m["body"].strip()
    m = _DASHED.match(piece)
    return (m["name"], m["body"].strip()) if m and not last else None


def bracketed_roll(text: str) -> list[tuple[str, str]]:
    """"Jon (ESS), Dario (CERIC), Andy (ESRF)": two entries or more between commas or semicolons, every one a
    name and its body in brackets; else nothing (one odd entry and the line is not a roll)."""
    pieces = [p for p in re.split(r"\s*[,;]\s*(?![^()]*\))", text.strip().rstrip(".")) if p.strip()]
    if len(pieces) < 2:
        return []
    found = [_BRACKETED.fullmatch(p.strip()) for p in pieces]
    if not all(m and m["name"] for m in found):
        return []
    return [(m["name"].strip(), m["body"].strip()) for m in found]


def roll_in_prose(text: str) -> list[tuple[str, str]]:
    """"... Minutes PARTICIPANTS - Ana Ruiz (IOM) - Li Wei(CARE) - Omar Said—Plan International - ... - Eva Lind
    (UNDP) HAITI UPDATE Erin gave ...": the attendance word in the middle of a long line, then entries between
    dashes (or commas); the run ends at the first piece that is no entry, or after the last entry's bracket.
    Three entries at least, else nothing: a stray "(...)" in prose is no roll."""
    cue = _CUE.search(text)
    if not cue or cue.start() < 20:
        return []       # at the line's start it is the attendance heading, read as such
    pieces = re.split(r"\s+[-–]\s+|\s*,\s*(?![^()]*\))", text[cue.end():])
    found = []
    for piece in pieces:
        entry = _entry(piece, last=False)
        if entry:
            found.append(entry)
            continue
        tail = _entry(piece, last=True)     # "Eva Lind (UNDP) HAITI UPDATE ...": the last entry, then the minutes
        found += [tail] if tail else []
        break
    return found if len(found) >= 3 else []
