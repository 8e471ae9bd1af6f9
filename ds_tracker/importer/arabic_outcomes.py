"""What an Arabic news report of a meeting says the meeting's body decided, recommended or asked for, in the
shapes the line walk's outcome cues leave (read after it, over each sentence): a decision or a call with the body
as its subject or none ("وقررت تشديد ...", "قررت لجنة الصحة عدم ...", "كما ناشدت المواطنين ..."), the
spelling with ya ("وأوصي تقرير اللجنة بـ"), a renewed demand ("وجدد المجلس مطالبته بـ"), a conclusion ("وانتهت
اللجنة إلى إعداد ..."), the body's resolve ("عن عزم المجلس رفع ..."), and the list after "أهم التوصيات ...:". Each is a recommendation, unsure: a news sentence
is no list of outcomes. A person's own demand ("وطالب النائب فلان بـ") is none."""
from __future__ import annotations

import re

from .arabic_news import _HON, _bare, is_job
from .arabic_notable import notable
from .arabic_stress import stressed

# the meeting's body, or what speaks for it, as the verb's subject
_BODY = r"(?:(?:ال)?(?:لجنة|مجلس|خلية|هيئة)(?:\s+[^\s،,.؛]+){0,8}?|اللجنة|المجلس|الخلية|الهيئة|الاجتماع|المجتمعون|" \
        r"المشاركون|الحاضرون|تقرير\s+اللجنة)"
_VERB = re.compile(
    r"(?:^|(?<=[.،,؛:]\s)|(?<=[.،,؛:]))\s*(?:و|ف|كما\s+)?(?P<verb>قرر|قررت|أوصى|أوصت|أوصي|اوصى|اوصت|اوصي|طالبت|ناشدت|"
    r"دعت|(?:جدد|جددت)(?:\s+" + _BODY + r")?\s+مطالبت(?:ه|ها|هم)|(?:انتهت|انتهى)\s+" + _BODY + r"\s+(?:إلى|إلي|الى))"
    r"(?P<rest>\s+[^.؛]{12,})")
# "وأعلن رئيس المجلس عن عزم المجلس رفع تقرير ...": what the body resolved, wherever the sentence says it
_RESOLVE = re.compile(r"(?<![\u0600-\u06ff])(?:عزم|اعتزام)\s+(?:المجلس|اللجنة|الخلية|الهيئة|المجتمعين)\s+[^.؛]{12,}")
_LIST = re.compile(r"(?:أهم|اهم|أبرز|ابرز)\s+(?:هذه\s+)?التوصيات[^:.؛]{0,60}:\s*(?P<items>[^.؛]+)")
_LEAD = re.compile(r"(?:ما\s+يلي|التالية|التالي|الآتية|الآتي|الاتي)\s*:?\s*$|:\s*$")
_DATELINE = re.compile(r"^\s*[\u0621-\u064a]{2,20}(?:\s[\u0621-\u064a]{2,20})?\s*[–—-]\s+")


def _a_person_speaks(rest: str) -> bool:
    """"وطالب النائب فلان ...", "أوصى الدكتور ...": the verb's subject is a person, not the body."""
    first = _bare(rest.split()[0]) if rest.split() else ""
    return first in _HON or (is_job(first) and not first.startswith(("لجنة", "مجلس")))


def news_outcomes(text: str) -> list[str]:
    """The outcome sentences of an Arabic news paragraph, from the verb on; the items of a list of the main
    recommendations. Pure."""
    out = []
    for sentence in re.split(r"(?<=[.؛!?])\s+|\n", _DATELINE.sub("", text)):
        for m in _VERB.finditer(sentence):
            if _a_person_speaks(m["rest"]) or _LEAD.search(m["rest"]):
                continue          # "وأوصى المشاركون بما يلي:": the lead of a list the walk reads item by item
            out.append((m["verb"] + m["rest"]).strip(" ،,.\"“”"))
        out += [m[0].strip(" ،,.\"“”") for m in _RESOLVE.finditer(sentence)]
        out += stressed(sentence)     # "وشدد المحافظ ، على ضرورة ...", "مؤكداً على اهمية ..."
        out += notable(sentence)      # "أصدر التوصيات اللازمة ومن أبرزها ..."
        for m in _LIST.finditer(sentence):
            out += [item.strip(" ،,.\"“”") for item in re.split(r"\s*[،,]\s*", m["items"])
                    if len(item.split()) >= 3]
    return out


def add_news_outcomes(draft: dict, lines) -> None:
    """The outcomes news_outcomes reads, each line's, that no recommendation of the draft holds already."""
    have = [r["text"] for r in draft["recommendations"] + draft.get("decisions", [])]
    for line in lines:
        if line.is_row or not re.search(r"[\u0621-\u064a]", line.text):
            continue
        for text in news_outcomes(line.text):
            if len(text) < 12 or any(text in h or h in text for h in have):
                continue
            have.append(text)
            draft["recommendations"].append({"text": text, "group": None, "line": line.no, "unsure": True})
