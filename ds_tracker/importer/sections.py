"""Which section a heading line opens (mixed into the parser's reader): the forum's template first, then the
heading's words, with the shapes that look like a heading and are none. Pure."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .labelled import label_kind, step_task
from .outcome_words import outcome_kind
from .lines import Line
from .state import _norm
from .template import heading_key

_MIXED = re.compile(r"\b(?:decisions?|agreements?)\b.{0,20}\bactions?\b|\bactions?\b.{0,20}\b(?:decisions?|agreements?)\b|"
                    r"القرارات وال(?:إ|ا)جراءات")


# a few words then a modal verb: a sentence that happens to open with a section's word ("Actions will be shared
# later"), not a heading; "Points that should be raised" (a relative clause) still is one
# a list's lead that says its people will (or cannot) come: another meeting's roll, or the absent, no one present
_NOT_HERE = re.compile(r"(?i)\b(?:will|would|shall)\s+(?:\w+\s+){0,3}attend|\bunable to attend|\bnot (?:be )?(?:able to )?"
                       r"attend|\bconfirmed (?:their |his |her )?(?:attendance|participation)|\bsend apologies|"
                       r"سيحضر|سيشارك|تعذر (?:عليهم )?حضور|لم يحضر|لم يتمكن|اعتذر(?:وا)? عن")
_ELSEWHERE = re.compile(r"(?i)\b(?:listed|attached|found|given|included|see)\b.{0,25}\b(?:annex|appendix|attachment|"
                        r"attached|separately|enclosed)|(?:مرفقة|مرفق|في الملحق|بالملحق)")
_SENTENCE = re.compile(r"^(?:(?!(?:that|which|who|to)\s)\S+\s+){1,4}(?:" + "|".join(vocab.MODALS) + r")\s")
# a neutral word before a list's name: "Summary of outcomes", "Record of decisions", "ملخص التوصيات"
_SUMMARY_OF = re.compile(r"(?i)^(?:(?:summary|list|record|overview|schedule|table) of (?:the )?|(?:ملخص|قائمة|خلاصة) )(\S.*)$")
# the talk itself named in a heading, whatever word qualifies it ("Main discussions", "Issues discussed")
_TALK = re.compile(r"\bdiscussions?\b|\bdiscussed\b")
_DECIDED = re.compile(r"\bdecision|\bagreed\b|\bagreements?\b|\bresolutions?\b|قرار|الاتفاق|اتفق")


def _labelled_row(text: str | None) -> bool:
    """"Action point: X to do Y", "Recommendation: the cluster should ...": a row's label, then a sentence of its
    own (four words or more, not a lead ending with a colon)."""
    m = re.match(r"^([^:：\d(]{1,20}?)\s*[:：]\s*(\S.*)$", text or "")
    return bool(m) and bool(label_kind(m[1]) or step_task(m[1], m[2])) and len(m[2].split()) >= 4 and \
        not m[2].rstrip().endswith((":", "：")) and not _POINTER.search(m[2])


# a heading of a word or two qualifying those present ("Key participants", "Workshop attendees"); no preposition
# ("Notes for participants") and no verb ("Thanks to attendees"); Arabic puts the qualifier after ("الحضور الرئيسيون"),
# which the section words' prefixes already read
_QUALIFIED_ROLL = re.compile(r"(?!(?:\S+ )*(?:of|for|to|by|with|from|on|and|new|no|thanks|our|all)\b)"
                             r"[a-z][a-z-]+(?: [a-z][a-z-]+)? (?:participants|attendees|observers|guests|invitees)")


# "Actions: see the table below", "Decisions: none were taken": the label heads what follows, or says there is none
# an item that asks a question (its minutes allotted after it): an agenda template's line ("Feedback round: what
# went well? (2 min)"), however it names a section
_PROMPT = re.compile(r"\?\s*(?:\(\s*\d{1,3}\s*(?:min|mins|minutes|m|')\.?\s*\))?\s*:?$", re.I)
_POINTER = re.compile(r"(?i)^\W*(?:none|no|nil|n/a|see|refer)\b|\b(?:following|below|attached|annex(?:ed)?)\b")


class SectionOf:
    def section_of(self, line: Line) -> str | None:
        """The section kind a heading line opens, or None when the line is not a heading."""
        if line.is_row and line.cells[0] and not any(line.cells[1:]):
            text = line.cells[0]
        elif line.is_row:
            return None
        else:
            text = line.text
        learnt = self.template.headings.get(heading_key(text)) if text and len(text) <= 120 else None
        if learnt:
            return learnt         # this forum's template: the reviewer said what this heading opens
        if text and text[:1].islower() and not line.markdown_heading and not (line.bullet or line.number):
            return None           # "discussion is pending. WCC will ...": a wrapped sentence's end, no heading
        if re.match(r"(?i)(?:apologies|absent|absentees|regrets|excused|المعتذرون|الغائبون|اعتذر)\b", text or ""):
            return "other"        # "Apologies: DRC, NRC": who did not come is no participant
        if text and len(text) <= 120 and text.rstrip().endswith(":") and _NOT_HERE.search(text):
            return "other"        # "Those who will attend the June workshop:": no one of this meeting
        if text and len(text) <= 160 and _ELSEWHERE.search(text) and re.search(
                r"(?i)participants|attendees|attendance|الحضور|المشاركين|المشاركون", text):
            return "other"        # "Participants: listed in annex 1": the list is not here
        if _labelled_row(text) and not self._list_below(line):
            return None           # "ACTION POINT: WHO to finalize the chapter": one labelled row, read as such
        m = re.match(r"^([^:(]{3,30}?)\s*(?:\([^()]{1,30}\))?\s*:\s*\S", text or "")   # "Present (six trustees): ..."
        if m and (normalise(m[1]).strip() in self._keys["participants"] or self._present_label(m[1])):
            return "participants"   # "Participants: Ali Omar (District Office), Sara Ali (UNICEF) and ..."
        if text and " / " in text and len(text) <= 120 and len(text.split(" / ")[0].split()) <= 4 and \
                any(self.is_earlier_heading(part) for part in text.split(" / ")[1:]):
            return "earlier"        # "Topic / Action points from the last meeting / Status": the past's, reviewed
        if text and " / " in text and len(text) <= 120 and self._column_header(text):
            return "other"          # "Agenda Points and Discussion / Conclusions / Follow-up": a flattened header
        m = re.match(r"^([^:/]{3,30}?)(?::|\s+/)\s*\S", text or "")
        if m and normalise(m[1]).strip() in self._keys["agenda"] + ["agendas"]:
            return "agenda"         # "Agenda: 1. Welcome", "Agendas / 1. Review ...": its items follow
        if text and normalise(text).strip(" :") in self._roles:
            return "participants"   # "Chair" alone, the person on the next line
        if text and self._attendance_cue(text):
            return "participants"   # "حضر الاجتماع كل من السادة:", "The following attended:"
        if text and not (self.state.section == "agenda" and (line.bullet or line.number)) and \
                self.is_earlier_heading(text.split(" / ")[0]) and (len(text) <= 90 or " / " in text) and \
                not (text.endswith(".") and len(text) > 60):
            return "earlier"      # "Follow-up of previous action points": the past's actions, reviewed
        if not text or len(text) > 90 or (text.endswith(".") and not line.markdown_heading):
            return None
        key = _norm(text)
        if not key:
            return None
        if self.state.section == "agenda" and (line.bullet or line.number) and not text.isupper():
            return None           # an agenda item, even one that names a section ("Follow-up of action points")
        if (line.bullet or line.number) and _PROMPT.search(text):
            return None           # "- Action points: who, what, when? (5 min)": a template agenda's prompt, a topic
        if self._item_of_titles(line):
            return None           # "1. Action points from the last meeting" then "2. Approved workplan": an agenda
        if _SENTENCE.match(key):
            return None           # "Solutions must be driven by IDPs:": a principle stated, no section opened
        if len(key.split()) >= 6 and not text.rstrip().endswith((":", "：")) and outcome_kind(text) and \
                not self._list_below(line):
            return None           # "It was agreed that the next meeting be held in" + its next line: said, not a title
        if len(key) < 60 and _MIXED.search(key):
            return "mixed"        # "Decisions and Actions": each row is one or the other
        named = _SUMMARY_OF.match(text)
        kind = self.section_of(Line(line.no, named[1][:1].upper() + named[1][1:])) if named else None
        if kind in ("recommendations", "decisions", "actions"):
            return kind           # "Summary of outcomes", "ملخص القرارات": the list itself, not a summary of talk
        if any(key.startswith(w) for w in self._reviews):
            return "background"   # "Review of previous minutes": the past reviewed, no action list
        if len(key) < 60 and (any(key.startswith(w + " ") for w in self._keys["background"] if len(w) > 8)
                              or _TALK.search(key)) and any(p.search(key) for p in self._long_actions):
            return "other"        # "Summary of discussions and action points", "Main discussions and action points":
            #                       talk and tasks, each read by its words
        if any(key.startswith(w + " ") for w in self._keys["background"] if len(w) > 8):
            return "background"   # "Discussions on the Action Plan for 2007": a discussion, not the actions
        if len(key) < 60 and any(p.search(key) for p in self._long_actions):
            return "actions"      # "Agreed action points", "Follow-up actions agreed"
        if line.number and re.match(r"^\w+ (?:on|of|about|regarding|concerning) \w", key):
            return None           # "2) Decision on the use of the remaining funds": an agenda topic, not a section
        for kind, exact, prefixes, words in self._section_tests:
            if key in exact or key.startswith(prefixes) or (len(key) >= 8 and any(w.endswith(key) for w in words)):
                if kind == "recommendations" and _DECIDED.search(key) and not re.search(r"recommend|توصي", key):
                    return "decisions"     # "Decisions", "Agreed points": what was decided, saved as agreed
                return kind                                                  # "ST OF PARTICIPANTS", cut short
        if not (line.bullet or line.number) and _QUALIFIED_ROLL.fullmatch(key):
            return "participants"  # "Key participants", "Board attendees": the roll, a word qualifying it
        return self._compound_section(key)   # "Notes/Decision"

    def _list_below(self, line: Line) -> bool:
        """A bulleted or numbered item right below: the label heads that list ("Decisions: the group agreed on" + "- ...")."""
        below = self.next_filled(line)
        return bool(below) and (below.bullet or bool(below.number))
