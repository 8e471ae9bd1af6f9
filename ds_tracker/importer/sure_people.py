"""The last check on participants: a row shown as sure must have a PERSON's name (pure).

Readers of lists, tables and prose each guess which cell is the name; whatever the reader, a row whose name is a
body ("World Vision", "INGO Forum"), an acronym ("FAO") or words of a sentence ("UNHCR will send a representative
from") is no sure person. When such a row's organisation is what looks like the person ("FAO (Brian Thompson)"),
the two are swapped; either way the row is marked unsure for the reviewer, never dropped.
"""
from __future__ import annotations

import re

from . import vocab
from .reference import Reference

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_TITLES = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Dr|Eng|Engr|Prof|H\.E|Hon)\.?\s+")
# small words inside a person's name ("Mark le Roux", "Ali bin Said"); any other small word is a sentence's
_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das", "bin",
              "ibn", "bint", "al", "el", "abu", "ben", "y", "e"}
# Arabic words never inside a person's name: a preposition or relative, and the words that open a state's name
_AR_NOT_NAME = {"في", "من", "على", "إلى", "الى", "عن", "مع", "التي", "الذي", "الذين", "حول", "خلال", "المملكة",
                "الجمهورية", "دولة", "جمهورية", "مملكة", "سلطنة", "إمارة"}
_BODY_ENDS = set(vocab.BODY_WORDS["en"]) | {"forum", "platform", "consortium", "partnership", "initiative"}
_AR_BODY_LEAD = re.compile(r"^(?:ال)?(?:" + "|".join(vocab.BODY_WORDS["ar"]) + r")$")


def _body_like(text: str, ref: Reference) -> bool:
    """A body: known to the reference, all acronyms, or ending in a body word ("Concern International")."""
    words = [w.strip(",.()") for w in text.split()]
    if not words or not all(words):
        return False
    if ref.organisation(text) or all(re.fullmatch(r"[A-Z][A-Z&/-]+s?", w) for w in words):
        return True
    return len(words) >= 2 and words[-1].lower() in _BODY_ENDS


def english_person(name: str, ref: Reference) -> bool:
    """"Mark le Roux", "Dr. Noor Saleh": two to five capitalised words, no body, no sentence words, no digits."""
    bare = _TITLES.sub("", name.strip())
    words = bare.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d|[:;!?]", bare) or _body_like(bare, ref):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def arabic_person(name: str) -> bool:
    """An Arabic name holds no preposition or relative, and does not open with a body's or a state's word."""
    words = name.split()
    return bool(words) and not (set(words) & _AR_NOT_NAME) and not _AR_BODY_LEAD.match(words[0])


def doubt_people(people: list[dict], ref: Reference) -> None:
    """Marks unsure each row whose name is no person's; swaps name and organisation when they were read reversed."""
    for p in people:
        name = p.get("name") or ""
        if _ARABIC.search(name):
            if not arabic_person(name):
                p["unsure"] = True
            continue
        if english_person(name, ref):
            continue
        org = p.get("organisation") or ""
        if org and _body_like(name, ref) and english_person(org, ref) and "," not in org:
            p.update(name=org, organisation=name, organisation_text=name)     # "FAO (Brian Thompson)"
        p["unsure"] = True



def name_colon(text: str, ref: Reference) -> tuple[str, str | None, str | None, bool] | None:
    """"Ana Ruiz: Harbour Relief, Lagos": a person's name (two to five words) before the colon, then what she is
    of -> (name, post, body, unsure). The rest is her body whole unless it holds a post's word; unsure when the
    rest could be a name too ("Ana Ruiz: Tomas Varga" reads either way). None when the lead is a group's or a
    body's label ("UN agencies:", "IOM:") or the rest lists several people."""
    from .person import _JOB_WORDS, split_person
    m = re.match(r"^([^:\d]{3,40}):\s+(\S.*)$", text.strip())
    if not m or len(m[1].split()) < 2 or not english_person(m[1], ref):
        return None
    rest = m[2].strip()
    if re.search(r",.*,|\band\b|;", rest):
        return None
    name, post, org = split_person(text, ref)
    if post and not any(w.lower().strip("(),.") in _JOB_WORDS | set(vocab.POSITION_STARTS) for w in post.split()):
        post, org = None, rest
    first = rest.split(",")[0]
    return name or m[1].strip(), post, org, english_person(first, ref) and not _body_like(first, ref)
