"""Someone asked (or planning) to do something, and a thing said that it should be: tasks and advice a sentence
sets by its own words ("Agencies were urged to submit ...", "The TF plans to present ...", "The plan should follow
the template"). Pure; outcome_words re-exports them."""
from __future__ import annotations

import re

from . import vocab


_ASKS = r"(?:requested|asked|urged|tasked|instructed|directed|authori[sz]ed|mandated|empowered)"   # authorised to act: a task too
# "Those who have not yet shared their data (using the template)": the ones asked, named by what they did not do
_WHO_ASKED = r"(?i:those|partners|members|agencies|organi[sz]ations|all)\s+(?:who|that)\s+[^,.;]{3,90}?"
# "The WASH TF plans to present the report", "UNICEF committed to share ...", "IOM agreed to circulate ...": a body's
# own plan or promise, a task it takes (not the forum's: "Members agreed to meet monthly" is its decision)
_PLANS = re.compile(r"^(?:the\s+)?(?P<owner>(?-i:[A-Z])[\w/&-]*(?:\s+(?-i:[A-Z])[\w/&-]*){0,3})\s+(?:also\s+)?(?:plans|intends|"
                    r"is\s+planning|has\s+planned|committed|agreed|undertook|offered|volunteered)\s+to\s+"
                    r"(?!(?:the|this|that|these|a|an|it|its|their|be)\b)(?P<what>[a-z]{2,}\b.*)$")
# "Omar said he would send the list", "The chair confirmed that she will call the mayor": a promise reported, the
# speaker's task (the sentence is kept as written; tasks._TASKED reads the owner)
# "Omar asked to lead the review", "IRC requested to share the lists": someone asking to do a thing, no one else
# named: their own task, as written (unsure: the reader checks who is meant)
ASKED_TO = r"(?:also\s+)?(?:asked|requested)\s+to\s+(?!be\b|have\b|receive\b|get\b|see\b|know\b)[a-z]{2,}\b"
SAID_WOULD = (r"(?:said|stated|confirmed|indicated|added|undertook|promised)\s+(?:that\s+)?(?:he|she|they)\s+"
              r"(?:would|will)\s+(?!(?:be|not|have|need|like|continue|also\s+be)\b)[a-z]{2,}\b")
_SAID = re.compile(r"^(?:(?i:the)\s+)?(?P<owner>(?-i:[A-Z])[\w/&-]*(?:\s+(?-i:[A-Z])[\w/&-]*){0,3}|(?<=(?i:the) )[a-z-]+"
                   r"(?:\s+[a-z-]+)?)\s+(?:" + SAID_WOULD + "|" + ASKED_TO + ")")     # "The chair said she would ...": a post, by its word
_REQUEST_MADE = re.compile(r"(?i)^(?:a|the)\s+(?:request|call)\s+(?:was|has been)\s+made\s+(?:by\s+[^,.;]{2,60}?\s+)?"
                           r"to\s+(?!be\b)[a-z]{2,}\b")
_FORUM = {"meeting", "forum", "group", "members", "participants", "attendees", "committee", "everyone", "all", "we",
          "it", "they", "he", "she", "cluster", "sector", "partners"}
_ASKED = re.compile(rf"\b{_ASKS}\s+(?P<owner>(?:the\s+|all\s+)?[\w&/'-]+(?:\s+[\w&/'-]+){{0,4}}?)\s+to\s+(?!be\b)"
                    r"(?P<what>[a-z]{2,}\b.*)$")
_ASKED_PASSIVE = re.compile(rf"^(?P<owner>(?:the\s+|all\s+)?[\w&/'-]+(?:\s+[\w&/'-]+){{0,4}}?|{_WHO_ASKED})\s+(?:is|are|was|were)\s+"
                            rf"(?:(?:also|again|once again|kindly|strongly|further)\s+)?(?:{_ASKS}|required|expected)"
                            r"\s+to\s+(?!be\b)[a-z]{2,}\b")
_FORUM_ASKS = re.compile(r"(?i)\b(?:meeting|forum|participants|attendees|workshop|it was)\s+(?:\w+\s+)?$")


def _an_owner(words: str) -> bool:
    """"the cluster members", "UNHCR", "minutes takers": someone a task can be set to, not "questions" or "funds"."""
    if re.fullmatch(_WHO_ASKED, words):
        return True      # "those who have not yet reported"
    words = re.sub(r"(?i)^(?:the|all)\s+", "", words)
    last = words.split()[-1].lower() if words.split() else ""
    if last in ("he", "she", "they", "we", "it", "i", "you", "him", "her", "them", "us"):
        return False     # "She was asked to ...": who, the sentence before says
    return bool(words) and (words[:1].isupper() or last in vocab.OWNER_WORDS or last in vocab.BODY_WORDS["en"] or
                            " ".join(words.lower().split()[-2:]) in vocab.OWNER_WORDS or
                            bool(re.search(r"(?:ers|ors|ists|ants|teams)$", last)))   # "officers", "specialists"


# a thing (not a person, a pronoun or "there") that should be so: "The plan (four pages) should follow the template"
_ADVISED = re.compile(r"^(?:the|a|an|all|each|any|future|new)\s+(?:[\w/&()'’,-]+\s+){0,12}?(?:should|must)\s+(?:not\s+)?"
                      r"(?:also\s+|always\s+)?(?:be\s+)?[a-z]{3,}", re.I)


def advised_item(text: str) -> bool:
    """A list item of one sentence saying what a thing should be or do: advice the meeting gave. Pure."""
    return len(text) < 250 and text.rstrip(".").count(". ") == 0 and bool(_ADVISED.match(text))


def requested_task(sentence: str) -> str | None:
    """"The chair requested the cluster members to share their reports by 4 May" -> "the cluster members to share
    their reports by 4 May"; "Agencies were urged to submit their figures" as it is; "The TF plans to present X" ->
    "TF to present X": someone asked to do something, or planning to, is set a task (the meeting itself asking is a recommendation: outcome_kind). None otherwise. Pure."""
    sentence = sentence.strip().rstrip(".")
    m = _PLANS.match(sentence)
    if m and len(sentence) < 300 and m["owner"].split()[-1].lower() not in _FORUM:
        return f"{m['owner']} to {m['what']}"
    m = _ASKED_PASSIVE.match(sentence)
    if m and _an_owner(m["owner"]):
        return sentence
    if _REQUEST_MADE.match(sentence) and len(sentence) < 300:
        return sentence     # "A request was made to share the note": a task asked for, no one named to do it
    m = _SAID.match(sentence)
    if m and _an_owner(m["owner"]) and m["owner"].split()[-1].lower() not in _FORUM:
        return sentence
    for clause in re.split(r",\s+(?:and\s+)?|;\s+", sentence)[1:]:   # "The library has started, partners are asked
        m = _ASKED_PASSIVE.match(clause)                              # to give feedback, mostly on ...": that clause
        if m and _an_owner(m["owner"]):
            return clause
    m = _ASKED.search(sentence)
    if m and _an_owner(m["owner"]) and not _FORUM_ASKS.search(sentence[:m.start()]) and len(sentence) < 300:
        return f"{m['owner']} to {m['what']}"
    m = _ASKED_THAT.search(sentence)
    if m and not _FORUM_ASKS.search(sentence[:m.start()]) and len(sentence) < 300:
        return m["what"]      # "X requested that, for May, there be an item on ...": something to be done, by nobody named
    return None


# a request in the subjunctive: "requested that (for the next meeting,) there be an agenda item on ..."
_ASKED_THAT = re.compile(r"\b(?:requested|asked|demanded)\s+that\s+(?P<what>(?:[^,.;]{3,60},\s+)?there\s+be\s+\w.*)$")
