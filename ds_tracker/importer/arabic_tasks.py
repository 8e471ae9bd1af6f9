"""Tasks an Arabic outcome sets a body: charged ("كلفت الهيئة مكتب المتابعة بإعداد ..."), called on ("دعت اللجنة
البلديات لضرورة ..."), named in the condition a decision sets ("على أن تقوم الأمانة بإعداد ...") or after the work
it is to do ("أوصى المجلس بإعداد تقرير ... من قبل قسم المالية"). Pure (split from outcome_words.py)."""
from __future__ import annotations

import re

from .arabic_clauses import decided_tasks


_BODY_B = "(?:بلدي|بلدة|بغداد|بابل|بعقوبة|بيجي|بنك|برنامج|بعثة|بيت)"
# "كما كلفت لجنة بمراجعة الموازنة", "وتم تكليف مديرية التربية بمتابعة ...": a body charged with a task
_AR_ASSIGN = re.compile(r"(?<![\u0600-\u06ff])[وب]?(?:كلف|كلفت|كلّف|كلّفت|تم تكليف|يكلف|تكليف|إلزام|الزام|ألزم|الزم|"
                        r"وجه|وجّه|وجهت|وجّهت|تم توجيه|تفويض|فوض|فوضت|فوّض|فوّضت|تم تفويض)\s+"   # authorised: the body acts for it
                        # the task opens with "بـ" ("بإعداد", "بمتابعة"); a body's own word may too ("مديرية بلديات
                        # نينوى", "برنامج الأغذية", "بعثة الأمم المتحدة", "محافظة بغداد"): part of whom
                        r"(?P<owner>(?:(?:(?!ب)[\u0600-\u06ff]+|(?<=في )[\u0600-\u06ff]+|"
                        rf"{_BODY_B}[\u0600-\u06ff]*)،?\s+){{1,6}}?)"
                        rf"(?P<what>(?!{_BODY_B})ب[\u0600-\u06ff]+[^.؛]*)")


# "ودعت اللجنة البلديات والمجالس المحلية لضرورة الالتزام بـ ...": a call on bodies to do something
_AR_CALL = re.compile(r"(?<![\u0600-\u06ff])و?(?:دعا|دعت)\s+(?:اللجنة|المجلس|الاجتماع|المجتمعون|المشاركون|الحاضرون)\s+"
                      r"(?P<owner>(?:(?!(?:لضرورة|إلى|الى)\s)[\u0600-\u06ff]+\s+){1,5}?)(?:لضرورة|إلى ضرورة|الى ضرورة)\s+"
                      r"(?P<what>[^.؛]+)")


# "على أن يتم التقسيم من خلال مكتب اللجنة", "على أن تقوم الأمانة بإعداد ...": the condition a decision sets names who
_AR_PROVIDED = re.compile(r"على\s+أن\s+(?:(?P<done>(?:يتم|تتم)\s+[^،,.؛]{3,80}?\s+(?:من خلال|من قبل|عبر|بواسطة)\s+"
                          r"(?P<by>[\u0621-\u064a]+(?:\s+ال[\u0621-\u064a]+){1,3}))|(?:يقوم|تقوم|يتولى|تتولى)\s+"
                          r"(?P<owner>(?:ال)?[\u0621-\u064a]+(?:\s+ال[\u0621-\u064a]+){0,3})\s+(?P<what>ب?[^،,.؛]{5,120}))")


# "أوصى المجلس بإعداد تقرير ... من قبل قسم المالية، وكذلك إعداد ... من قبل X،": a task the outcome gives, and who does it
_AR_BY = re.compile(r"(?P<what>(?<![\u0600-\u06ff])(?:ب|و)?(?:إعداد|اعداد|تقديم|رفع|إجراء|اجراء|تنفيذ|متابعة|تشكيل|"
                    r"صيانة|توزيع|حصر|تحديث|مراجعة|دراسة|إعادة|اعادة)\s[^،,.؛]{3,160}?)\s+من\s+قبل\s+"
                    r"(?P<by>[\u0621-\u064a]+(?:\s+(?!(?:في|من|على|إلى|الى|عن|خلال)\s)[\u0621-\u064a]+){0,4}?)"
                    r"(?=\s*[،,.؛]|\s*$)")
_AR_OUTCOME = re.compile(r"(?<![\u0600-\u06ff])و?(?:أوصى|أوصت|اوصى|اوصت|يوصي|توصي|قرر|قررت|تقرر|وافق|وافقت|اتفق|"
                         r"اتفقت)(?![\u0600-\u06ff])|تم الاتفاق")


# "وتكليف عناصر الشرطة البلدية التشدد في ...": charged with a task that opens with no "بـ": who, to the first word
# that is neither definite nor a body's ("ضمن", a verbal noun), then the task
_AR_CHARGED_BARE = re.compile(r"(?<![\u0600-\u06ff])و?(?:تكليف|كلف|كلفت|تم تكليف)\s+"
                              r"(?P<owner>(?!ب)[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{2,}){1,3})\s+"
                              r"(?P<what>(?!ب)[\u0621-\u064a][^.؛\"”]{8,})")
# "... إلى أن الحكومة المحلية في البصرة ستقدم طلباً ...": who will do it, then a future verb, after "أن"; "عن عزم
# المجلس رفع تقرير ...": what a body resolved to do
_AR_WILL = re.compile(r"(?<![\u0600-\u06ff])(?:أن|ان|بأن|بان)\s+(?P<owner>ال[\u0621-\u064a]{2,}(?:\s+(?:ال|لل)[\u0621-\u064a]{2,})"
                      r"{0,3}(?:\s+(?:في|ب)\s*(?:ال)?[\u0621-\u064a]{3,})?)\s+(?P<what>س[يت](?P<verb>[\u0621-\u064a]{2,7})"
                      r"\s[^.؛]{8,})")
_AR_RESOLVED = re.compile(r"(?<![\u0600-\u06ff])(?:عزم|اعتزام)\s+(?P<owner>ال[\u0621-\u064a]{2,}(?:\s+ال[\u0621-\u064a]{2,})?)"
                          r"\s+(?:على\s+)?(?P<what>(?!ال)[\u0621-\u064a]{3,}\s[^.؛]{8,})")
# "وأكدوا أنه سيتم اتخاذ أشد الإجراءات ...": what will be done, by no one named
_AR_WILL_BE = re.compile(r"(?<![\u0600-\u06ff])(?:أنه|انه|بأنه|بانه)\s+(?P<what>سيتم\s+(?P<noun>[\u0621-\u064a]{3,})\s[^.؛]{8,})")


def _more_tasks(text: str) -> list[tuple[str | None, str]]:
    """The shapes assignments() reads beyond a charge with "بـ" and a call: a bare charge, a future verb after its
    doer, a body's resolve, and a passive future with no doer (the owner None). Pure."""
    found = [(m["owner"], m["what"].strip(" ،,")) for m in _AR_CHARGED_BARE.finditer(text)
             if not _AR_ASSIGN.match(text, m.start())]
    found += [(m["owner"], f"{m['owner']} {m['what'].strip(' ،,')}") for m in _AR_WILL.finditer(text)
              if m["verb"] not in _AR_HAPPEN and not m["verb"].startswith("تم")
              and m["owner"].split()[0] not in _AR_EVENTS]
    found += [(m["owner"], m["what"].strip(" ،,")) for m in _AR_RESOLVED.finditer(text)]
    found += [(None, m["what"].strip(" ،,")) for m in _AR_WILL_BE.finditer(text)
              if m["noun"] not in _AR_EVENTS and not m["noun"].startswith(("عقد", "انعقاد"))]
    return found


def _charged(owner: str) -> str:
    """"المحافظ مديرية البلديات" (who charged, then whom) -> "مديرية البلديات": the body after the subject. Pure."""
    from .arabic_news import is_body, is_job
    words = owner.split()
    if len(words) > 1 and words[0].startswith("ال") and (is_job(words[0]) or is_body(words[0])):
        body = next((i for i, w in enumerate(words[1:], 1) if is_body(w, joined=False) and not w.startswith("ال")),
                    None)
        if body:          # "اللجنة مديرية التربية", "المحافظ مديرية البلديات": the subject, then the body charged
            return " ".join(words[body:])
    return owner


def assignments(text: str) -> list[tuple[str, str]]:
    """(owner, task) for each body an Arabic sentence charges with a task or calls on to do one (pure)."""
    found = [(_charged(m["owner"].strip(" ،,")), (m["what"][1:] if m.re is _AR_ASSIGN else m["what"]).strip(" ،,"))
             for p in (_AR_ASSIGN, _AR_CALL) for m in p.finditer(text)]
    for m in _AR_PROVIDED.finditer(text):
        found.append((m["by"], m["done"]) if m["done"] else (m["owner"], m["what"].removeprefix("ب").strip()))
    outcome = _AR_OUTCOME.search(text)
    found += [(m["by"], re.sub(r"^[بو]", "", m["what"])) for m in _AR_BY.finditer(text)
              if outcome and outcome.start() < m.start()]     # only what an outcome asks for, not a report of it
    found += [t for t in decided_tasks(text) if not any(t[1] in f[1] or f[1] in t[1] for f in found)]
    return found + [t for t in _more_tasks(text) if not any(t[1] in f[1] or f[1] in t[1] for f in found)]


# "سيحدث سامر صفحات الموقع", "ستعمل وزارة التخطيط على ...", "سيقوم المكتب الإعلامي بنشر ...": a future verb, then who
# will do it (a name, or a body with the words that complete it), then the task; the English "Lena will ..."
_AR_FUTURE = re.compile(r"(?:^|(?<=[\s.،:]))و?س(?:ي|ت)(?P<verb>[\u0621-\u064a]{2,7})\s+"
                        r"(?P<owner>(?!ال)[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{2,}){0,3}|"
                        r"ال[\u0621-\u064a]{2,}(?:\s+ال[\u0621-\u064a]{2,}){0,2})\s+(?P<what>\S[^.؛]{5,})")
# happening, not done by someone: "ستعقد الجلسة", "سيتم ...", "سيكون ..."; and the things that happen
_AR_HAPPEN = {"تم", "كون", "عقد", "نعقد", "بدأ", "ستمر", "جري", "صار", "حضر", "غادر", "سافر", "عود", "صل", "شارك"}
_AR_EVENTS = ("اجتماع", "الاجتماع", "جلسة", "الجلسة", "ورشة", "الورشة", "لقاء", "اللقاء", "دورة", "الدورة", "مؤتمر",
              "المؤتمر", "موعد", "الموعد", "هناك", "ذلك", "هذا", "هذه", "الحضور", "المشاركون")


def future_task(sentence: str) -> tuple[str, str] | None:
    """(owner, task) of an Arabic sentence that opens with a future verb and names who will do it; None for what
    will merely happen ("ستعقد الجلسة القادمة ...") (pure)."""
    m = _AR_FUTURE.match(sentence.strip(" •-*·"))
    if not m or m["verb"] in _AR_HAPPEN or m["verb"].startswith("تم") or m["owner"].split()[0] in _AR_EVENTS:
        return None
    owner, what = m["owner"], m["what"].strip(" ،,")
    if m["verb"] in ("قوم", "تولى") and not re.match(r"ب|ال", what):
        return None       # "سيقوم الفريق" with no task after it
    return owner, what
