"""What a sentence is by its own words: a decision, a recommendation, a task set to someone. Pure."""
from __future__ import annotations

import re

from . import vocab
from .reading import dates_in, day_month


_DECISION = re.compile(r"\bit was (?:agreed|decided|resolved)\b|\b(?:the )?(?:forum|meeting|members|group|participants|"
                       r"attendees|committee) (?:agreed(?! with)|decided|resolved|endorsed|approved)\b|"
                       r"\b(?:minutes|agenda)\b[^.]{0,90}\b(?:adopted|approved|endorsed|accepted)\b|"
                       r"\b(?:adopted|approved|endorsed|accepted) the (?:\w+ )?(?:minutes|agenda)\b|"
                       r"\b(?:were|was) (?:accepted|adopted|approved|endorsed|agreed) by (?:the |all )?(?:partners|"
                       r"participants|members|meeting|forum|group|attendees)\b|"
                       r"\b(?:deemed|considered) (?:to be )?(?:accepted|adopted|approved)\b|"
                       r"(?:تم|جرى|وتم|وجرى) ال[اإ]تفاق على|اتفق (?:المجتمعون|الحاضرون|المشاركون|المنتدى|الجانبان|الطرفان)|تقرر|قرر (?:المجتمعون|المنتدى)|"
                       r"تمت المصادقة على", re.I)
_RECOMMENDATION = re.compile(r"\b(?:the )?(?:participants|forum|meeting|members|group|attendees|workshop) "
                             r"(?:recommended|stressed the need|called for|urged)\b|"
                             r"\bto be (?:defined|decided|agreed|confirmed|finali[sz]ed|determined|developed)\b|"
                             r"\b(?:the )?(?:meeting|forum) (?:stressed|emphasi[sz]ed|underlined) the (?:importance|need)\b|"
                             r"الاجتماع (?:أكد|شدد) على (?:أهمية|ضرورة)|"
                             r"أوصى|اوصى|وأوصى|واوصى|أكد (?:الحاضرون|المشاركون|المجتمعون) على ضرورة|"
                             r"أكدوا على ضرورة|طالب (?:الحاضرون|المشاركون|المجتمعون)|"
                             r"دعا (?:المجلس|الاجتماع|الإجتماع|المجتمعون|المشاركون|الحاضرون|المنتدى)|"
                             r"(?:توصيات|التوصيات) (?:تتضمن|تضمنت|منها|أبرزها)|(?:من )?أبرز (?:هذه )?التوصيات", re.I)


_TASK = re.compile(r"^(?P<owner>(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][^,;:]{0,80}?)\s+(?:will|shall|is to|are to|to)\s+"
                   r"(?P<what>\w.+)$")
_NO_TASK = r"(?:be|take place|happen|remain|start|begin|end|continue|have|need)\b"
_NAMED_AFTER = re.compile(r"\s*\((?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\)\s*\.?\s*$")


def outcome_kind(text: str) -> str | None:
    """"decision", "recommendation" or None, from a sentence's own words (no side effects)."""
    if len(text) < 15 or len(text) > 600:
        return None
    if _DECISION.search(text):
        return "decision"
    if _RECOMMENDATION.search(text):
        return "recommendation"
    return None


# an acronym (or two joined by "and") then "to"/"will" and a verb: a task set to a body, standing alone
_BODY_TASK = re.compile(r"^[A-Z][A-Z/&-]{1,9}(?:\s+(?:and|&)\s+[A-Z][A-Z/&-]{1,9})?\s+(?:to|will)\s+(?!be\b)[a-z]+\w*\s")
_STATUS = re.compile(r"\b(?:completed|ongoing|on-going|pending|done|closed|in progress)\b", re.I)  # a review


def flattened_action(text: str) -> tuple[str, str, str | None] | None:
    """"Discussion ... / Support the relocation plan. / State Cluster, April 6 latest.": a row of an action table
    flattened with " / ": the imperative cell is the action, the cell after it its owner (and deadline)."""
    parts = [p.strip(" .") for p in text.split(" / ")]
    if len(parts) < 3 or not parts[-2] or not parts[-1]:
        return None
    action, owner = parts[-2], parts[-1]
    if action.split()[0].lower() not in vocab.ACTION_VERBS + ["do", "make", "check", "agree"] or \
            len(action.split()) > 30 or len(owner.split()) > 14:
        return None
    deadline = None
    if "," in owner and (dates_in(owner.rsplit(",", 1)[1]) or day_month(owner.rsplit(",", 1)[1])):
        owner, deadline = [x.strip() for x in owner.rsplit(",", 1)]
    return action, owner, deadline
