"""The body a job is of ("مدير بلدية الموصل" -> "بلدية الموصل"), named in full from the report: it reads a post, not a person."""
from __future__ import annotations

import re

from . import vocab

_ARABIC = re.compile(r"[\u0600-\u06ff]")

# Arabic words that open the name of a body (a directorate, council, committee, representation ...)
_AR_BODY = "مديرية|إدارة|ادارة|وزارة|ديوان|دائرة|مكتب|مجلس|هيئة|منظمة|مؤسسة|جمعية|محافظة|لجنة|ممثلية|اتحاد|نقابة|شبكة|مركز|بعثة|بلدية|جامعة|كلية|مستشفى|مفوضية|صندوق|وكالة"


def _body_in_position(position: str | None) -> str | None:
    """"رئيس مجلس محافظة نينوى" -> "مجلس محافظة نينوى": the body a job is of, from the first body word on. Pure."""
    if not position:
        return None
    office = re.search(r"(?:^|\s)ل?(محافظ|قائممقام|قائمقام)\s+((?:قضاء\s+|ناحية\s+)?[\u0600-\u06ff]+)", position)
    if office and office[2] in ("محافظة", "قضاء", "ناحية"):   # "محافظ محافظة الوادي": the body is named whole
        return position[office.start(2):].strip()
    if office:      # "معاون محافظ كركوك" -> "محافظة كركوك", "قائممقام قضاء تلكيف" -> "قائممقامية قضاء تلكيف"
        return {"محافظ": "محافظة", "قائممقام": "قائممقامية", "قائمقام": "قائمقامية"}[office[1]] + " " + office[2]
    english = re.match(r"^(?:the\s+)?((?:[\w/&-]+\s+){0,5}?[\w/&-]*?(?:cluster|sub-cluster|sector|working group|task force|"
                       r"committee|unit))\s+(?:co-?)?(?:coordinator|lead|chair|officer|manager|focal point)\b",
                       position, re.I)
    if english:     # "National Food Security Cluster Coordinator" (or "... WASH/NFICluster ..." glued): of the cluster
        return english[1]
    m = re.search(rf"(?:^|\s)(?:ل|ب)?(?=(?:{_AR_BODY})\s)", position)
    if m and m.end() > 0:
        return position[m.end():].strip()
    return None


_AR_TITLES = {"السيد", "السيدة", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الاستاذ", "الشيخ"}
_AR_STOPS = {"في", "من", "على", "إلى", "الى", "عن", "مع", "و", "حول", "خلال"}


_AR_WHEN = re.compile(r"^(?:و?(?:ال)?(?:يوم|أمس|امس|صباح|مساء|ساعة|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)$|"
                      r"(?:ب|و)?(?:ال)?(?:اجتماع|إجتماع|جلس)|.*[\d\u0660-\u0669])")


# nouns a verb's object opens with, never a word of a body's name ("أحال رئيس المجلس تقرير اللجنة ...")
_OBJECTS = {"تقرير", "التقرير", "مسودة", "نتائج", "مستجدات", "جملة", "قضايا", "توصيات", "التوصيات"}


def _leaves_the_chain(before: str, word: str) -> bool:
    """An indefinite word after a definite one ends a body's name (a construct ends with its definite noun), unless
    it opens with "ل" (of) or "ب" (at): "... الأحوال المدنية تنظيم فرق" ends; "مديرية صحة الأنبار", "المجلس النرويجي للاجئين",
    "وزارة الهجرة والمهجرين", "لجنة شؤون العودة لاتحاد منظمات ..." go on. Pure."""
    definite = ("ال", "لل", "وال")
    return before.startswith(definite) and not word.startswith(definite + ("ل", "ب"))   # "لاتحاد", "بمجلس": it goes on


def full_body(short: str, text: str) -> str | None:
    """"المجلس", "لجنة شؤون العودة" -> the body's full name where the report gives it ("مجلس وجهاء تلكيف يعقد ..."
    -> "مجلس وجهاء تلكيف"): the same words followed by up to ten more, to a comma, a preposition or a verb. Pure."""
    words = short.split()
    core = re.sub(r"^(?:ال)", "", words[0])
    tail = r"\s+".join(re.escape(w) for w in words[1:])
    pattern = rf"(?<![\u0600-\u06ff])[لب]?(?P<al>ال)?{re.escape(core)}" + (rf"\s+{tail}" if tail else "") + \
        r"(?P<rest>(?:[ \t]+[\u0600-\u06ff/]+){1,10})"     # a body's name ends with its line
    for m in re.finditer(pattern, text):
        found = []
        rest = m["rest"].split()
        for k, w in enumerate(rest):
            if _leaves_the_chain(([("ال" if m["al"] else "") + core] + words[1:] + found)[-1], w):
                break     # "دائرة الأحوال المدنية تنظيم فرق ...": the verb's object, no word of the name
            if w in _AR_STOPS or re.fullmatch(r"ي[\u0600-\u06ff]{2,4}", w) or w.endswith("،") \
                    or (_AR_WHEN.match(w) and not w.endswith(("ي", "ية"))) \
                    or w in vocab.AR_NEWS["headline_verbs"] \
                    or w in _AR_TITLES or re.fullmatch(r"و?(?:بحضور|بمشاركة)", w) \
                    or w in _OBJECTS:     # a title, a cue, a verb's object ("... تقرير اللجنة"): the name ended
                break     # "يعقد", "يناقش": a verb ends the name; "اليوم", "الأربعاء", "اجتماعه", a date too
                # (not "الاجتماعية": an adjective)
            found.append(w)
        if found:     # "المجلس البلدي ...": a definite adjective after it, the head keeps its article as written
            head = "ال" + core if m["al"] and (words[1:] + found)[0].startswith("ال") else core
            return " ".join([head] + words[1:] + found)
        if len(words) >= 2:
            return None       # "مجلس محافظة نينوى اليوم ...": a body named in full already, where it first stands
    return None


def body_of(position: str | None, text: str) -> str | None:
    """The body an Arabic job is of, named in full from the report when the job says only "the council". Pure."""
    if not position or not _ARABIC.search(position):
        return None
    body = _body_in_position(position)
    if body and re.match(r"^(?:محافظة|قضاء|ناحية|بلدية)\s+\S", body):
        return body           # "محافظة الوادي", "بلدية الكرك": a place's own name is whole, nothing to look up
    definite = re.search(rf"(?:^|\s)(ال(?:{_AR_BODY}))(?:\s|$)", position)
    short = body or (definite[1] if definite else None)
    return (full_body(short, text) or body) if short else None


_AR_TOPICS = set(vocab.AR_NEWS["topics"]) - set(vocab.AR_NEWS["bodies"])


def post_before_object(position: str) -> str:
    """"رئيس مجلس النواب تقرير اللجنة ...": a post ends where the verb's object opens (a topic's noun: a report,
    a plan), after the post's own words. Pure."""
    words = position.split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and w in _AR_TOPICS), None)
    return " ".join(words[:cut]) if cut else position
