"""Escalations: the higher bodies a sentence sends something up to, named as written and matched to the
reference list when it is there. Pure functions."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .reference import Reference

_CAP = r"[A-Z][\w'’-]*"
_BODY = re.compile(
    rf"(?:Council of Ministers|Prime Minister(?:'s| ?’s)? Office|Office of the Prime Minister|Prime Minister|PMO|"
    rf"Supreme Committee|Parliament|Ministry of {_CAP}(?: (?:and|of|for) {_CAP}| {_CAP})*|"
    rf"(?:Deputy )?Governor(?:['’]s [Oo]ffice)?(?: of {_CAP})?|{_CAP} Governor(?:['’]s [Oo]ffice)?|"
    rf"National (?:{_CAP} )*(?:Working Group|Committee|Task ?Force|Steering Committee|Coordinator)|"
    rf"مجلس الوزراء|مكتب رئيس الوزراء|رئاسة الوزراء|رئيس الوزراء|الأمانة العامة لمجلس الوزراء|اللجنة العليا|مجلس النواب|"
    rf"وزارة [\u0600-\u06ff]+(?: (?![بل](?!ال))و?[\u0600-\u06ff]+)?|محافظ [\u0600-\u06ff]+|محافظة [\u0600-\u06ff]+)")
_BEFORE = re.compile(r"(?:\b(?:to|with|for|before)\s+(?:the\s+|his\s+|her\s+)?|(?:إلى|الى|لدى|على)\s+)$", re.I)
# a call made on the body itself, no preposition: "وطالب المشاركون وزارة الصحة بـ", "called on the Ministry of X to"
_CALL_ON = re.compile(r"(?:(?<![\u0600-\u06ff])و?(?:طالب|طالبت|طالبوا|ناشد|ناشدت|ناشدوا)\s+(?:[\u0600-\u06ff]+\s+){0,2}|"
                      r"\bcall(?:ed|s)? (?:on|upon)\s+(?:the\s+)?|\burged\s+(?:the\s+)?)$", re.I)
_CUES = {"en": ["submit", "present", "forward", "raise", "send", "sent", "refer", "escalat", "share", "table",
                "appeal", "endorse", "for approval", "advocacy", "advocate with", "elevat"],
         "ar": ["رفع", "ترفع", "إرسال", "ارسال", "تقديم", "تقدم", "ستقدم", "سترفع", "مناشدة", "مصادقة", "المصادقة",
                "موافقة", "مخاطبة"]}


# a recommendation addressed to a higher body at its head: "To the Governor of Ninewa: resume ...", "إلى وزارة
# المالية: ..." goes up to that body as surely as "to be raised to"
_ADDRESSED = re.compile(rf"^\W*(?:R?\d+[.)]?\s+)?(?:(?:Addressed )?[Tt]o|إلى|الى)\s+(?:the\s+)?({_BODY.pattern})\s*[:：–—]\s*\S")


def higher_bodies(text: str, lang: str, ref: Reference) -> list[str]:
    """["Ministry of Finance", "Council of Ministers"] for "a joint appeal ... for the Ministry of Finance and
    Council of Ministers"; [] when the sentence sends nothing up (a cue word and a preposition are needed)."""
    head = _ADDRESSED.match(text)
    if head:
        return [b for b in (_canonical(n, ref) for n in _split(head[1], ref)) if not generic_body(b)]
    low = text.lower()
    if not any(c in low for c in _CUES["en"] + _CUES["ar"] + vocab.ESCALATION_VERBS.get(lang, [])) and \
            not re.search(r"طالب|ناشد|call(?:ed|s)? (?:on|upon)|urged", low):
        return []     # the cheap test first: most lines send nothing up
    cue = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in _CUES["en"] + _CUES["ar"]
                                              + vocab.ESCALATION_VERBS.get(lang, [])) + r")", re.I)
    found = []
    for m in _BODY.finditer(text):
        sentence = re.split(r"[.;!?؛]\s", text[:m.start()])[-1][-160:]
        listed = found and re.search(r"(?:,|\band\b|و)\s*(?:the\s+)?$", sentence)
        if not (listed or (_BEFORE.search(sentence) and cue.search(sentence)) or _CALL_ON.search(sentence)):
            continue      # a body named, but nothing sent to it: "appreciation to the Ministry"
        for name in _split(m[0], ref):
            canonical = _canonical(name, ref)
            if canonical not in found and not generic_body(canonical):
                found.append(canonical)
    return found


# a kind of body, not one body: "رفع ... إلى المجلس" names none the letter could go to
_GENERIC = re.compile(r"(?:the )?(?:council|committee|board|authorities|authority|office)|"
                      r"(?:ال)?(?:مجلس|لجنه|هيئه|جهات|جهه|سلطات)")


def _split(name: str, ref: Reference) -> list[str]:
    """"Ministry of Finance and Council of Ministers": two bodies, unless the whole is one known name."""
    if " and " not in name or ref.organisation(name):
        return [name]
    parts = name.split(" and ")
    out = [parts[0]]
    for part in parts[1:]:
        if _BODY.fullmatch(part) or ref.organisation(part):
            out.append(part)
        else:
            out[-1] = f"{out[-1]} and {part}"
    return out


def _canonical(name: str, ref: Reference) -> str:
    n = normalise(name)
    for body, words in vocab.ESCALATION_BODIES.items():
        if any(n == normalise(w) for w in words):
            return body
    return ref.organisation(name) or name


def generic_body(name: str) -> bool:
    return bool(_GENERIC.fullmatch(normalise(name or "").strip()))


# "submit the recommendations / the outcomes / the minutes to ...": the whole meeting goes up, no point of its own
RAISES_ALL = re.compile(r"\b(recommendations?|outcomes?|conclusions|results|points|minutes)\b|توصيات|التوصيات|مخرجات|"
                  r"المخرجات|النتائج|المقررات|محضر", re.I)
