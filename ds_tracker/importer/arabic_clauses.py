"""What an Arabic decision sets each body to do, clause by clause: "وتقرر أن تتولى دائرة الأحوال المدنية تنظيم فرق
متنقلة ...، وأن تقوم دائرة الصحة بتوفير طبيب ...، على أن تقدم المنظمة الدولية للهجرة تحديثاً ...". Each "أن" clause
after the decision names its doer right after its verb: the body's name runs while its words are definite (or the
next one is: a construct, "دائرة صحة الأنبار"), then the task. Pure."""
from __future__ import annotations

import re

_DECIDED = re.compile(r"(?<![\u0600-\u06ff])و?(?:تقرر|قرر\S{0,3}|اتفق\S{0,3}|تم\s+الاتفاق|أوصى|أوصت|اوصى|اوصت)"
                      r"(?![\u0600-\u06ff])")
_CLAUSE = re.compile(r"(?<![\u0600-\u06ff])(?:على\s+|و)?(?:أن|ان)\s+(?P<verb>[تي][\u0621-\u064a]{2,6})\s+(?P<rest>[^.،؛]+)")
# verbs of what happens rather than what someone does, and the words a doer never opens with
_HAPPENS = {"يتم", "تتم", "يكون", "تكون", "يعقد", "تعقد", "ينعقد", "تنعقد", "يستمر", "تستمر", "يصار"}
_NO_DOER = {"الاجتماع", "الجلسة", "اللقاء", "الموعد", "ذلك", "هذا", "هذه", "العمل", "الأمر", "الامر"}
_HEADS = ("دائرة", "مديرية", "وزارة", "منظمة", "فرع", "مكتب", "هيئة", "لجنة", "مجلس", "قيادة", "بلدية", "مفوضية",
          "محافظة", "قائممقامية", "شعبة", "قسم", "مركز", "جمعية", "اتحاد")
_DEFINITE = ("ال", "لل")


def _doer(words: list[str]) -> int:
    """How many of the words name the doer: a body's head or a definite word first, then its chain. 0: none.
    After a definite word only definite words or "of" (لـ) go on (a construct ends with its definite noun); after
    the head, two words without the article at most ("دائرة صحة دهوك"): the task's own noun comes next."""
    if not words or words[0] in _NO_DOER or not (words[0].startswith("ال") or words[0] in _HEADS):
        return 0
    n, bare = 1, 0
    while n < len(words):
        w, before = words[n], words[n - 1]
        if w.startswith(_DEFINITE + ("وال",)) or (w.startswith("ل") and len(w) > 3):
            n += 1
        elif not before.startswith(_DEFINITE + ("وال",)) and not w.startswith(("ب", "و")) and bare < 2:
            n, bare = n + 1, bare + 1
        else:
            break
    return n if n < len(words) else 0     # a doer with nothing left to do is no clause


def decided_tasks(sentence: str) -> list[tuple[str, str]]:
    """(doer, task) of each "أن" clause after a decision in the sentence; [] when it decides nothing."""
    decided = _DECIDED.search(sentence)
    if not decided:
        return []
    found = []
    for m in _CLAUSE.finditer(sentence, decided.end()):
        if m["verb"] in _HAPPENS:
            continue
        words = m["rest"].split()
        n = _doer(words)
        if n and len(words) - n >= 2:
            task = " ".join(words[n:])
            if m["verb"][1:] in ("قوم", "تولى"):      # "تقوم X بتوفير ...", "تتولى X تنظيم ...": the deed is the noun
                task = task.removeprefix("ب")
            else:                                      # "يعد X قائمة ...": the verb is the deed
                task = f"{m['verb']} {task}"
            found.append((" ".join(words[:n]), task))
    return found


# "وأوصى المجتمعون بتسريع ...، وبإعادة تأهيل ...، وبعدم إغلاق ...": one verb, its objects each opening with "بـ"
_RECOMMENDED = re.compile(r"^\s*(?:و|كما\s+)?(?:أوصى|أوصت|اوصى|اوصت|يوصي|توصي)\s+(?:[\u0621-\u064a]+\s+){0,3}?ب(?=\S)")


def recommended_items(text: str) -> list[str]:
    """The items of a recommendation that lists its objects after one verb, each with its "بـ"; [] when it lists
    fewer than two. Pure."""
    lead = _RECOMMENDED.match(text)
    if not lead:
        return []
    items = [i.strip(" .،") for i in re.split(r"\s*،\s*وب(?=\S)", text[lead.end():])]
    return items if len(items) >= 2 and all(len(i.split()) >= 2 for i in items) else []
