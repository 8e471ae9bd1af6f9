"""A council's or a board's own members, listed by post with no body ("Councillors Ash, Bell", "Trustee Hale",
"Mrs J Cope (parish clerk)"), are of the body whose minutes these are, when the report's head names it ("ELMWOOD
PARISH COUNCIL MEETING", "Lakeside School District No. 4 SCHOOL BOARD MEETING"). Their staff ("City Manager") and
guests are not: only a member's post or the body's own clerk. Unsure: the reviewer confirms. The English side
of arabic_rolls.own_members. Pure helper and a mixin the reader calls once the lines are read."""
from __future__ import annotations

import re

from .lines import Line

_TOKEN = r"(?:[A-Z][\w'’&-]*|No\.?|\d{1,4}|of|the|and|for)"
# the body that met, named at the head: "<Name> Parish Council", "<Name> SCHOOL BOARD", "<Name> Board of Trustees"
_BODY = re.compile(rf"(?<![\w])((?:[A-Z][\w'’&-]*\s+)(?:{_TOKEN}\s+){{0,8}}?(?:Council|Board|Commission|COUNCIL|BOARD|"
                   rf"COMMISSION)(?:\s+(?:of|OF)\s+(?:Trustees|Directors|Governors|Education|TRUSTEES|DIRECTORS|"
                   rf"GOVERNORS|EDUCATION))?)(?=\s+(?:MEETING|Meeting|MINUTES|Minutes)\b|\s*$)")
# a member's post: of the body itself, not of its town's staff
_MEMBER = re.compile(r"(?i)^(?:vice[\s-]?)?(?:chair(?:man|woman|person)?|mayor|deputy mayor|council\s?(?:member|lor|llor)|"
                     r"councillor|councilor|cllr|trustee|commissioner|alderman|alderperson|governor|director|"
                     r"board member|member|(?:parish |town |council |board )?clerk|treasurer|secretary)$")

# a roll's label that says its people are the body's members: "Board Members Present", "Trustees present"
_MEMBERS_GROUP = re.compile(r"(?i)^(?:board|council|committee|trustees|directors|commissioners|councillors|councilors|"
                            r"board members|council members|committee members|members)(?:\s+present)?$")


def body_that_met(heads: list[str]) -> str | None:
    """The body a council's or board's minutes are of, from their first lines; None when none is named."""
    for text in heads:
        text = re.sub(r"^\d+\s+", "", text.strip())     # "9226 Lakeside ...": a document's number first
        m = _BODY.search(text)
        if m and not re.match(r"(?i)(?:minutes|meeting|the|regular|special|annual)\b", m[1]):
            words, capitals = m[1].split(), m[1].isupper()     # "KEW TOWN COUNCIL": all in capitals
            return " ".join(w.title() if w.isupper() and (capitals or len(w) > 3) and w[0].isalpha() else w
                            for w in words)
    return None


class MembersBody:
    """Mixed into the line reader: members listed by post, of the body that met."""

    def members_of_the_body(self) -> None:
        if self.lang != "en":
            return
        heads = [l.text for l in self.lines[:12] if not l.blank and not l.is_row and len(l.text) < 200][:6]
        body = body_that_met(heads)
        if not body:
            return
        for p in self.draft["participants"]:
            post = (p.get("position") or "").strip()
            member = post and _MEMBER.match(post) or _MEMBERS_GROUP.search(p.get("group") or "")
            if not p.get("organisation") and member:
                p.update(organisation=self.ref.organisation(body) or body, organisation_text=body, unsure=True)
