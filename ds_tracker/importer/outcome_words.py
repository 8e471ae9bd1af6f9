"""What a sentence is by its own words: a decision, a recommendation, a task set to someone. Pure."""
from __future__ import annotations

import re

from ..textnorm import ARABIC_MARKS, normalise
from . import vocab
from .asks import _an_owner, advised_item, requested_task  # noqa: F401  (re-exported: tasks asked for, advice)
from ..dates import MONTHS
from .reading import dates_in, day_month


_ALEF = str.maketrans("أإآٱ", "اااا")    # Arabic written with or without hamza: "بالإجماع" and "بالاجماع" alike
_DECISION = re.compile(r"\bit was (?:(?:also|further|then|therefore|finally|unanimously)\s+)?(?:agreed|decided|resolved|concluded)\b|"
                       # the meeting speaking of itself: "We agreed that ...", "we decided to ..."
                       r"\bwe\s+(?:have\s+)?(?:(?:all|also|then|unanimously|finally)\s+)?(?:agreed|decided|resolved|settled on|opted for)\b(?!\s+with)|"
                       # a vote's outcome: "The motion was carried", "Motion passed 5-0", "the Council did not approve the
                       # motion"; "تمت المصادقة بالإجماع على", "رفض المجلس المقترح"
                       r"\bmotion\s+(?:was\s+|has\s+been\s+)?(?:(?:duly|unanimously)\s+)?(?:passed|carried|adopted|approved|defeated|rejected|failed|fell)\b|"
                       # a motion moved and seconded, as a committee's minutes record it: "Moved by JM, seconded by
                       # PD", "Ana motioned to accept, Li seconded"
                       r"\b(?:motioned|moved|proposed)\s+by\s+[^,;.]{1,40}?,?\s+(?:and\s+)?seconded\s+by\b|"
                       r"\b(?:motioned|moved)\s+to\s+\w[^.;]{0,60}?,?\s+(?:and\s+)?(?:\w+\s+){1,3}?seconded\b|"
                       r"\b(?:did not|didn't|declined to)\s+(?:approve|pass|adopt|endorse)\s+the\s+(?:motion|proposal|resolution|amendment)\b|"
                       r"(?:تمت|تم|جرت|جرى)\s+المصادقة\s+(?:\S+\s+){0,3}?على\s|(?<![\u0600-\u06ff])و?(?:رفض|رفضت)\s+(?:المجلس|اللجنة|الهيئة|الأعضاء|المجتمعون)\s|"
                       r"(?<![\u0600-\u06ff])(?:لم|لا)\s+(?:يوافق|توافق|يصادق|تصادق)\s+(?:\S+\s+){0,4}?على\s|\bconsensus was reached\b|\b(?:the )?agreement was (?:to|that|reached(?! with))\b|\b(?:all )?(?:partners|members|"
                       r"participants) (?:have )?agreed\b(?! with)|تمت الموافقة على|(?:و)?وافق (?:الحاضرون|المشاركون|"
                       r"المجتمعون|المجلس|الاجتماع|اللجنة|الأعضاء) على|^\W*(?:agreed|decided|resolved)\s+(?:that|to|on|upon)\b|"
                       r"\b(?:was|were)\s+(?:(?:unanimously|formally|duly|also|then)\s+)?(?:approved|endorsed|adopted|ratified|"
                       r"agreed(?:\s+(?:upon|to|on))?)\b|\b(?-i:[A-Z])[\w/&.-]*\s+agreed\s+to\s+(?!the\b|this\b|a\b|an\b)[a-z]+|"
                       r"(?:القرارات|قرارات)\s+(?:بينها|منها|ومنها|أبرزها|تضمنت)|تمخض عن (?:الاجتماع|الإجتماع)|\b(?:the )?(?:forum|meeting|members|group|participants|"
                       r"attendees|committee) (?:agreed(?! with)|decided|resolved|endorsed|approved)\b|"
                       # the body that met, or its members, agreeing: "Councillors agreed that ...", "The Board
                       # accepted these terms", "Trustees resolved to ..."; and "there was general agreement that"
                       # "إجماع الحضور: لا مانع من ...", "By consensus of the members:": what all present agreed; "اتخذ الحضور عددا
                       # من التوصيات", "the meeting adopted several recommendations": the outcomes it took
                       r"(?<![\u0600-\u06ff])ب?إجماع (?:الحضور|الحاضرين|الأعضاء|الاعضاء|المجتمعين|المشاركين)|"
                       r"\bby (?:the )?consensus of (?:the |all )?(?:members|attendees|participants|those present)\b|"
                       r"(?<![\u0600-\u06ff])و?(?:اتخذ|اتخذت)\s+(?:الحضور|المجتمعون|المجلس|اللجنة|الاجتماع|الهيئة)\s+"
                       r"(?:\S+\s+){0,3}?(?:التوصيات|القرارات|توصيات|قرارات)|"
                       r"\b(?:the )?(?:meeting|forum|council|board|committee) (?:took|adopted|made) (?:\w+\s+){0,3}?"
                       r"(?:recommendations|decisions|resolutions)\b|"
                       # an election held at the meeting: "X was duly re-elected", "Y won the vote", "وعينت الجمعية
                       # العامة مجلس إدارة", "تم انتخاب ..."
                       r"\b(?:was|were|been)\s+(?:duly\s+|unanimously\s+|[a-z]+ed\s+and\s+)?(?:re-?)?elected\b|\bduly\s+(?:re-?)?elected\b|"
                       r"\bwon the (?:vote|election|ballot)\b|\bdecided the (?:vote|ballot)\b|"
                       r"(?<![\u0600-\u06ff])و?(?:عينت|عين|انتخبت|انتخب)\s+(?:الجمعية|المجلس|اللجنة|الهيئة)|"
                       r"(?<![\u0600-\u06ff])و?(?:تم|جرى)\s+انتخاب\s|"
                       r"(?:^|[.;]\s+)\W*(?:the\s+|all\s+)?(?:board|council|councill?ors|trustees|directors|governors|delegates|panel|"
                       r"steering (?:group|committee)|executive|cluster members|members present)\s+(?:(?:unanimously|"
                       r"also|then)\s+)?(?:agreed(?! with)|accepted|resolved|decided)\b|"
                       # opening its sentence: "... and there was general agreement that ...", "However, there
                       # was general agreement on ...": a point of the discussion, not what was decided
                       # clipped notes with no subject: "Approved to be added to the guide", "Agreement to use the
                       # forum as ...", "Consensus that ...": the meeting's own outcome
                       r"^\W*(?:approved|adopted|endorsed)\s+(?:to|that|for|as)\s|^\W*(?:agreement|consensus)\s+"
                       r"(?:to|that|on)\s+(?!the\s+(?:draft|proposal|terms)\b)|"
                       r"(?:^|[.;]\s+)\W*there was (?:a\s+)?(?:general\s+|broad\s+|unanimous\s+|full\s+)?(?:agreement|consensus) "
                       r"(?:that|to|on)\b|(?:كان|وكان) هناك (?:اتفاق|إجماع|توافق) على|"
                       r"\b(?:minutes|agenda)\b[^.]{0,90}\b(?:adopted|approved|endorsed|accepted)\b|"
                       r"\b(?:adopted|approved|endorsed|accepted) the (?:\w+ )?(?:minutes|agenda)\b|"
                       r"\b(?:were|was) (?:accepted|adopted|approved|endorsed|agreed|acknowledged) by (?:the |all )?(?:partners|"
                       r"participants|members|meeting|forum|group|attendees)\b|"
                       r"\b(?:deemed|considered) (?:to be )?(?:accepted|adopted|approved)\b|"
                       r"^\W*no (?:items?|comments?|amendments?|changes?|corrections?|objections?)\b[^.]{0,50}\bminutes\b|"
                       # "were reviewed, discussed and endorsed"; "will be presented in May and will be endorsed by the
                       # cluster"
                       r"\b(?:was|were)\s+(?:\w+,\s+){0,3}\w+\s+and\s+(?:approved|endorsed|adopted|agreed)\b|"
                       r"\b(?:the |a )?decision was (?:made|taken|reached)\b|"
                       # "it shall be named the Steering Committee": a name the body gave itself ("how the group
                       # shall be named" is the question, not the answer)
                       r"(?<!\bhow )(?<!\bwhether )(?<!\bwhat )\b(?:it|the (?:group|forum|committee|body|team|network|platform))\s+shall\s+(?:henceforth\s+)?be\s+"
                       r"(?:named|called|known as|renamed)\b|"
                       # "أقرت الهيئة ...", "وأقر المجلس ...": the body's own decision
                       r"(?<![\u0600-\u06ff])و?(?:أقرت|أقر)\s+(?:الهيئة|المجلس|اللجنة|الاجتماع|المجتمعون|الحاضرون)\b|"
                       r"\bwill be (?:endorsed|approved|adopted|validated) by the (?:cluster|sector|forum|group|meeting|"
                       r"members|committee|working group)\b|"
                       r"(?:تم|جرى|وتم|وجرى) ال[اإ]تفاق على|اتفق (?:المجتمعون|الحاضرون|المشاركون|المنتدى|الجانبان|الطرفان)|(?:و)?(?:اتفق|اتُفق) في الاجتماع|تقرر(?!\s+ب(?!ال))|قرر (?:المجتمعون|المنتدى|الحاضرون|المشاركون|الأعضاء|المجلس|الاجتماع|اللجنة)|قررت (?:اللجنة|الهيئة)|(?<![\u0600-\u06ff])و?(?:إقرار|اقرار|أقر|اقر)\s+(?:المجلس\s+|الاجتماع\s+)?(?:التوصيات|المقترحات|الخطة|المحضر)|"
                       # "المصادقة على محضر الاجتماع السابق", "اعتماد المحضر": the last minutes approved, a decision
                       r"(?<![\u0600-\u06ff])و?(?:المصادقة|التصديق|صادق\S*|اعتماد|اعتمد\S*)\s+(?:\S+\s+){0,2}?(?:على\s+)?(?:المحضر|محضر\s+(?:الاجتماع|الجلسة)\s+(?:السابق|السابقة|الماضي|الماضية))|"
                       r"تمت المصادقة على|"
                       # "صادق المجلس بإجماع أعضائه على ...", "افتتحت الجلسة بالمصادقة على ...": the body approved it
                       r"(?<![\u0600-\u06ff])و?(?:صادق|صادقت)\s+(?:\S+\s+){0,7}?على\s|"
                       r"(?:افتتحت|افتتح|اختتمت|اختتم)\s+(?:الجلسة|الدورة|الاجتماع)\s+بالمصادقة\s+على\s|"
                       # "قرر وزراء الخارجية تكليف ...", "ووافقت لجنة التنسيق العليا على ...", "واتفقت اللجنة على ...":
                       # a sentence that opens with the body deciding, whoever the body is
                       r"^\W*و?(?:قرر|قررت)\s|(?<![\u0600-\u06ff])و?(?:وافق|وافقت|اتفق|اتفقت)\s+(?:\S+\s+){0,7}?على\s|"
                       r"تمت الموافقة\s+(?:\S+\s+)?على|(?:تم|جرى)\s+(?:خلال\s+\S+\s+)?ال[اإ]تفاق على|"
                       # "... وأقرتها بعد إدخال التعديلات", "وأجرت عليها بعض التعديلات": the body approved or amended it
                       r"(?<![\u0600-\u06ff])و?(?:أقرتها|أقرها|أقرته|اعتمدتها|اعتمدها|اعتمدته)(?![\u0600-\u06ff])|"
                       r"(?:أجرت|أدخلت)\s+(?:عليها|عليه)\s+(?:بعض\s+)?التعديلات|"
                       # "تم إعتماد الحساب الختامي", "تم تأجيل ... الى جلسة طارئة", "اللجان التي تم تكوينها": done by the body
                       r"(?:^|\s)و?(?:تم|جرى)\s+(?:إعتماد|اعتماد|تأجيل|تكوين|تشكيل)|"
                       # a vote: "صوت مجلس المحافظة ... على X", "المجلس صوت على", "التصويت بالإجماع على"
                       r"(?:^|\s)و?(?:صوّت|صوت)\s+(?:مجلس|المجلس|الأعضاء|أعضاء|اعضاء)[^.]{0,80}?\sعلى\s|"
                       r"(?:المجلس|الأعضاء|المجتمعون)\s+(?:صوّت|صوت|صوتوا)\s+على\s|"
                       r"(?:(?:تم|جرى)\s+)?التصويت\s+بالإجماع\s+على\s|(?:تم|جرى)\s+التصويت\s+على\s|"
                       r"\b(?:council|committee|board|assembly|members|forum)\s+(?:unanimously\s+)?voted\s+(?:to|for|on)\b|"
                       # a body named in capitals opens the sentence with what it decided: "The HCT approved the ...",
                       # "The Steering Group unanimously selected X as Chair"
                       r"^\W*(?:the\s+)?(?-i:[A-Z][\w/&.-]*)(?:\s+(?-i:[A-Z][\w/&.-]*)){0,3}\s+(?:unanimously\s+)?"
                       r"(?:approved|endorsed|adopted|selected|elected|appointed)\s+(?:the|a|an|to|(?-i:[A-Z]))"
                       .translate(_ALEF), re.I)
# the meeting (or those at it) asking, or a group told, to do something in general: a recommendation, not a task
_GROUPS = "|".join(re.escape(w) for w in vocab.OWNER_WORDS if w not in ("all", "chair", "everyone"))
_EXHORT = r"(?:(?:strongly|also|again|once again|kindly|further)\s+)?(?:encourag(?:ed|ing)|reminded|advised|invited|called upon)" \
          r"\s+to\s+(?!(?:the|a|an|this|that|their|our|its|all)\b)\w"      # "invited to the training": no advice
_RECOMMENDATION = re.compile(r"\b(?:the )?(?:participants|forum|meeting|members|group|attendees|workshop) "
                             r"(?:recommended|stressed the need|called for|urged)\b|"
                             r"\b(?:the )?(?:participants|forum|meeting|attendees|workshop) (?:requested|asked|called (?:on|upon)|"
                             r"encouraged|invited|reminded|appealed to)\s+(?:[^.,;]{1,60}?\s+)?(?:to|that)\s|"
                             rf"\b(?:{_GROUPS})\s+(?:(?:are|were)\s+)?{_EXHORT}|\b(?:is|are|was|were)\s+{_EXHORT}|"
                             r"^\W*(?:calls?|appeals?)\s+(?:on|upon)\s+[^.]{2,80}?\bto\s+\w|"      # "Call on all partners to join"
                             r"\bto be (?:defined|decided|agreed|confirmed|finali[sz]ed|determined|developed)\b|"
                             # ("focus groups will be held": a way of asking people, no body formed)
                             r"\b(?<!focus )(?:committee|group|team|task ?force|unit|cell)s?\s+(?:(?:is\s+|are\s+)?to|will|shall) be (?:formed|established|"
                             r"set up|created)\b|"
                             # "Future PC meetings will be on third Wednesday of each month", "The meetings are bi-monthly"
                             r"\bmeetings\b[^.]{0,40}?\b(?:will be|are|shall be|to be)\b[^.]{0,30}?(?:\b(?:every|weekly|monthly|"
                             r"bi-?monthly|bi-?weekly|fortnightly|quarterly|once|twice)\b|\bon (?:the )?(?:first|second|third|"
                             r"fourth|last) )|"
                             r"\b(?:the )?(?:meeting|forum) (?:stressed|emphasi[sz]ed|underlined) the (?:importance|need)\b|"
                             # "It was emphasised that it would be useful to ...": stressed as what should be, not news
                             r"\bit was (?:also )?(?:emphasi[sz]ed|stressed|underlined|highlighted) that\b[^.;]{0,160}?\b(?:should|must|"
                             r"would be (?:useful|helpful|important|good)|needs? to|(?:is|are) (?:important|essential|key))\b|"
                             r"الاجتماع (?:أكد|شدد) على (?:أهمية|ضرورة)|"
                             r"\brecommended that\b|\b(?!it\b)\w+\s+(?:were|are) (?:strongly )?(?:recommended|advised) to\b|\bit was (?:also )?(?:suggested|proposed|recommended) (?:that|to)\b|\b(?:participants|members|partners|the group) "
                             r"(?:suggested|proposed) (?:that|to)\b|(?:و)?اقترح (?:المشاركون|الحاضرون|المجتمعون)|"
                             # "Lena recommended use of a shorter form", "WHO also recommended the ...": someone named
                             r"^\W*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:also\s+)?recommended\s+(?!by\b)(?:that|to|the|a|an|use|using)\b|"
                             r"(?:و)?اقترحت (?:اللجنة|الهيئة)|أوصى|أوصت|وأوصى|وأوصت|(?<![\u0600-\u06ff])(?:و|مع\s+)?التأكيد على|(?:أكد|شدد) (?:الحاضرون|المشاركون|المجتمعون) على (?:ضرورة|أهمية)|"
                             r"أكدوا على ضرورة|طالب (?:الحاضرون|المشاركون|المجتمعون)|"
                             # "واكد ضرورة ..." opening a line of a statement, "وركز البيان على ...": the body stressed
                             r"^\W*و?(?:أكد|شدد|ركز)\s+(?:(?:البيان|المؤتمر|الاجتماع|المجلس|اللجنة)(?:\s+الختامي)?\s+)?"
                             r"(?:على\s+)?(?:ضرورة|أهمية)|(?:^|\s)و?(?:ركز|شدد|أكد)\s+(?:البيان|المؤتمر)(?:\s+الختامي)?\s+على\s|"
                             # "وشدد المحافظ على ضرورة ...": whoever chairs stresses a need; "... وضرورة عرض الخطط"
                             r"(?:^|\s)و?(?:أكد|شدد)\s+(?:\S+\s+){1,3}?على\s+(?:ضرورة|أهمية)|(?:^|\s)(?:و|مع\s+)?ضرورة\s|"
                             r"(?:^|\s)و?(?:ال)?حث\s+(?:\S+\s+){1,8}?على\s|"     # "وايضا حث البلدية على اتمام ..."
                             # "دعت محافظة X الإدارات الحكومية إلى متابعة مشروعاتها": a call on bodies to act
                             r"(?:^|\s)و?(?:دعا|دعت)\s+(?:\S+\s+){1,5}?(?:إلى|الى)\s+(?!الاجتماع|اجتماع|حضور)|"
                             r"دعا (?:المجلس|الاجتماع|الإجتماع|المجتمعون|المشاركون|الحاضرون|المنتدى)|"
                             r"(?:توصيات|التوصيات) (?:تتضمن|تضمنت|منها|أبرزها)|(?:من )?أبرز (?:هذه )?التوصيات|"
                             # "خرج الاجتماع بعدة توصيات شددت على ...", "كما اشتملت التوصيات على ...", "بيانا ختاميا
                             # ... من التوصيات تدعو إلى ...": what the recommendations say
                             r"(?:توصيات|التوصيات)\s+(?:تدعو|دعت|شددت|أكدت|تؤكد|نصت|تطالب)|(?:اشتملت|شملت|تضمنت)\s+التوصيات|"
                             # "داعين الدول إلى ...", "مطالبة بالعمل على ...", "وطالب الملتقى بتعزيز ...", "مع التشديد
                             # على أهمية ...", "ودعا المحافظ المنظمات ... بالتدخل": a call, in the forms news reports use
                             r"(?:^|\s)(?:داعين|داعيا|داعية|داعيين)\s+(?:\S+\s+){0,5}?(?:إلى|الى)\s|"
                             r"(?:^|\s)(?:مطالبة|مطالبا|مطالبين)\s+ب|(?:^\W*و?|\sو)(?:طالب|طالبت)\s+(?!في\s|من\s)(?:\S+\s+){0,4}?"
                             r"ب(?:ال|ضرورة|سرعة|إ|ا|ت)(?!حضور)|"      # not "طالب في كلية ...": a student
                             r"(?<![\u0600-\u06ff])(?:و|مع\s+)?التشديد على|"
                             r"(?:^|\s)و?(?:دعا|دعت)\s+(?:\S+\s+){1,7}?(?:إلى|الى)\s+(?!الاجتماع|اجتماع|حضور)|"
                             r"(?:^|\s)و?(?:دعا|دعت)\s+(?:\S+\s+){1,7}?بال(?:ت|إ|ا|م(?!قر|كتب|حافظة|نطقة|دينة|ركز))(?!جتماع)\S+|"   # "بالتدخل", not "بالمقر"
                             # "... مما يتطلب تدخلاً سريعاً من قبل السلطة المحلية": what the situation calls for
                             r"(?:^|\s)(?:مما|ما|وهو ما)\s+(?:يتطلب|يستدعي|يستوجب)\s".translate(_ALEF), re.I)


_MARKS = ARABIC_MARKS
_ARABIC_START = re.compile(r"\W*[\u0621-\u064a]")
_TASK = re.compile(r"^(?P<owner>(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][^,;:]{0,80}?)\s+(?:will|shall|is to|are to|to)\s+"
                   r"(?P<what>\w.+)$")
_NO_TASK = r"(?:be|take place|happen|remain|start|begin|end|continue|have|need|meet|leave|arrive|return|travel|stay)\b"   # comings and goings: news
_NAMED_AFTER = re.compile(r"\s*\((?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\)\s*\.?\s*$")


# "the standard was endorsed by the HCT in May 2024": a body's approval on a day of its own, reported, not decided here
_ELSEWHERE = re.compile(r"\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:approved|endorsed|adopted|validated)\s+by\s+"
                        r"(?:the\s+)?(?-i:[A-Z])[\w/&-]*(?:\s+(?-i:[A-Z])[\w/&-]*){0,3}\s+(?:in|on|last)\s+"
                        r"(?:(?-i:[A-Z])[a-z]+|\d|week|month|year)[^.;]*|"
                        # "was agreed upon by the working group three weeks ago": decided before, reported here
                        r"\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:agreed(?:\s+upon|\s+on)?|approved|endorsed|"
                        r"adopted|validated|decided)\b[^.;]{0,80}?\b(?:\d+|a|one|two|three|four|five|six|few|several)\s+"
                        r"(?:days?|weeks?|months?|years?)\s+ago\b[^.;]*", re.I)


def outcome_kind(text: str) -> str | None:
    """"decision", "recommendation" or None, from a sentence's own words (no side effects)."""
    text = _MARKS.sub("", text)
    if len(text) > 600 and _ARABIC_START.match(text):
        text = text[:400]     # a news report's long sentence: "أوصى اللقاء بتشكيل ...، و...، على أن ..." opens with it
    if len(text) < 15 or len(text) > 600:
        return None
    text = text.translate(_ALEF)
    if _DECISION.search(_ELSEWHERE.sub("", text)):
        return "decision"
    if _RECOMMENDATION.search(text):
        return "recommendation"
    return None


# an acronym (or two joined by "and") then "to"/"will" and a verb: a task set to a body, standing alone
_BODY_TASK = re.compile(r"^[A-Z][A-Z/&-]{1,9}(?:\s+[A-Z][A-Z/&-]{1,9})?(?:\s+(?:and|&|or)\s+[A-Z][A-Z/&-]{1,9})?\s+(?:to|will)\s+"
                        r"(?!be\b)[a-z]+\w*\s")     # "OCHA IM to ...": a unit of a body, two acronyms
# a group named by the word table, with a few capitalised words or "X and other" before it, then "to"/"will" and a
# verb: "Cluster members to share ...", "UNHCR and other members to share ...", "All to send ...", "GBV and CP
# sub-clusters to ..." (two bodies' units)
_GROUP_TASK = re.compile(r"^(?:The\s+)?(?:(?-i:[A-Z])[\w&/-]*\s+(?:(?:and|&)\s+(?:(?:other|all)\s+)?)?){0,3}"
                         r"(?:(?:interested|concerned|relevant|participating|remaining)\s+)?(?:sub-?)?(?:"
                         + "|".join(re.escape(w) for w in vocab.OWNER_WORDS) +
                         r")\s+(?:to|will|are to)\s+(?!be\b)[a-z]+\w*\s", re.I)
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


# a speaker's words reported, and a purpose clause before the subject: what follows may be a task stated whole
_REPORTED = re.compile(r"^(?:he|she|they|the\s+(?:chair|co-chair|coordinator|secretariat|facilitator))\s+(?:also\s+)?"
                       r"(?:added|said|noted|explained|informed|stated|mentioned|announced|confirmed|indicated)\s+"
                       r"(?:the\s+\w+\s+)?that,?\s+(?:(?:in\s+order\s+)?to\s+[^,]{3,80},\s+)?(?=the\s+|[A-Z])", re.I)


def _is_task(text: str, longest: int = 200) -> bool:
    return len(text) < longest and bool(_BODY_TASK.match(text) or _GROUP_TASK.match(text)) and not _STATUS.search(text)


# a few capitalised words naming someone (not a pronoun, a weekday or a month), then "will" and a verb: "Lena will
# book the hall", "Omar and Sara will draft it", the task notes give a person in the middle of a paragraph
_WHO_WILL = re.compile(r"^(?P<owner>(?-i:[A-Z])[\w'’.-]+(?:(?:\s+|\s*,\s*|\s+and\s+|\s*/\s*)(?-i:[A-Z])[\w'’.-]+){0,3})"
                       r"\s+will\s+(?:(?:also|then|now|again|soon|later)\s+)?(?P<verb>[a-z]+)\b")
_NOT_SOMEONE = {"this", "that", "it", "we", "they", "he", "she", "there", "these", "those", "which", "what", "who",
                "if", "when", "everyone", "everybody", "nobody", "someone", "somebody", "i", "you", "next", "the",
                "a", "an", "all", "each", "our", "their", "his", "her", "its", "my"}
# someone's own comings and goings, or a state: news, not a task set
_NO_PERSON_TASK = {"be", "have", "leave", "arrive", "return", "come", "travel", "stay", "remain", "continue", "need",
                   "not", "probably", "likely", "miss", "retire"}


def person_will(sentence: str) -> str | None:
    """"Lena will book the hall.": the person a sentence sets a task to, by name, in the future; None for "This will
    help", "Omar will leave on Monday" (pure)."""
    m = _WHO_WILL.match(sentence.strip())
    if not m or len(sentence) > 200 or m["verb"] in _NO_PERSON_TASK or _STATUS.search(sentence):
        return None
    words = re.split(r"\s+|\s*[,/]\s*", m["owner"])
    if words[0].lower() in _NOT_SOMEONE or dates_in(m["owner"]) or day_month(m["owner"]) or \
            any(w.lower() in MONTHS or w.lower() in _WEEKDAYS for w in words if w != "and"):
        return None
    return m["owner"]


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow"}


# a status word in capitals between two words in lower case: a table's status column run into the row's text
_STATUS_CELL = re.compile(r"(?<=[a-z,])\s+(?-i:Done|Pending|Completed|Ongoing|On-going|Closed|Open)(?=\s+[a-z])")
_CELL_BULLET = re.compile(r"^\s*[·•▪◦●\-–*]\s*")


_OWNER_JOINS = {"and", "of", "the", "&", "for", "other", "all", "in", "on"} | {w for w in vocab.OWNER_WORDS}


def listed_task(text: str) -> bool:
    """"David to present his findings ...", "UNICEF WASH Section will engage ...": an item of a list that sets a task
    to someone named in a few capitalised words (pure)."""
    m = _TASK.match(text)
    named = m and all(w[:1].isupper() or w.lower() in _OWNER_JOINS for w in m["owner"].split()[1:])
    when = m and (m["owner"].split()[-1].lower() in _WEEKDAYS or m["owner"].split()[-1].lower() in MONTHS or
                  re.match(r"(?i)(?:next|this|last|the)\s+(?:week|month|year)\b", m["owner"]))
    return bool(named) and not when and len(text) < 300 and len(m["owner"].split()) <= 5 and not re.match(_NO_TASK, m["what"], re.I) \
        and not _STATUS.search(text) and not m["what"][:1].isupper()
    # "The HC requests all members to ...": a verb in the owner, no owner; "Trip to Oxford?": a place after "to";
    # "Sunday will see the first vouchers", "Next week will bring ...": a time, no one



# a step still to be done, in the future passive: planned.py
from .planned import planned_step  # noqa: E402,F401


_AFTER_LEAD = re.compile(r"^(?:Following|After|Once|Before)\s+[^,;]{2,60},\s+(?=(?:the\s+)?[\w&/-]+(?:\s+[\w&/-]+){0,3}\s+"
                         r"(?:will|to)\s)")


def tasks_in_cells(text: str, in_sentences: bool = True) -> list[str]:
    """Tasks standing after the start of a line: in the later cells of a row flattened with " / " ("... / Partners
    to approach donors.") or in a later sentence ("No comments. However, the secretariat will circulate ..."). Pure."""
    from .sent_up import sentences
    out = []
    for cell in text.split(" / ")[1:]:
        item = _CELL_BULLET.sub("", cell)
        if _is_task(item) or (item != cell and listed_task(item)):
            out.append(item)       # "... / · David to present his findings ...": an item of the action cell
    dashed = re.split(r"\s+[-–]\s+(?=[A-Z])", text)[1:] if len(text) > 200 else []
    for item in dashed if len(dashed) >= 2 else []:   # "... - Agencies were urged ... - Health Cluster to hold ..."
        first = sentences(item)[0].rstrip(" .")
        if listed_task(first) and first not in out:
            out.append(first)
    parts = sentences(text) if " / " not in text and in_sentences else []
    speaker = parts[0].split()[0] if parts and parts[0].split() else None
    # "... from previous meeting. 1. HC to share ... 2. HC to follow up ...": items numbered inside the paragraph
    split = [re.split(r"(?<=[.:;])\s+\d{1,2}(?:[.)]\s+(?=[A-Z])|\s+(?=[A-Z]\w*\s+(?:or\s+\w+\s+)?to\s))", s)
             for s in parts]     # "... inputs. 2 UNICEF or WHO to give ...": a table's rows run together
    items = {p for pieces in split for p in pieces[1:]}      # set apart by their number: may run longer
    parts = [p for pieces in split for p in pieces]
    for sentence in parts[1:]:
        longest = 320 if sentence in items else 200
        sentence = re.sub(r"^(?:However|Also|In addition|Additionally|Furthermore|Moreover|Meanwhile|Then),?\s+", "", sentence.strip())
        if sentence in items or sentence.strip() in items:   # "... that were supported Pending by SCI.": a review
            sentence = _STATUS_CELL.sub("", sentence)    # table's status cell landed inside the row's text
        sentence = _REPORTED.sub("", sentence)   # "she added that, to have one system, the unit will ..."
        sentence = _AFTER_LEAD.sub("", sentence)  # "Following the discussion, the partners will ...": when, then who
        # "IOM has completed ... IOM will carry out ...": a body's own update, no task; "Lena proposed ... Lena will
        # email the list": a person, by name, takes the task she proposed
        if (_is_task(sentence, longest) or person_will(sentence)) and (sentence.split()[0] != speaker or (
                person_will(sentence) and re.fullmatch(r"[A-Z][a-z]+", speaker or ""))):
            out.append(sentence)
    return out


# Arabic tasks set to a body: arabic_tasks.py
from .arabic_tasks import assignments  # noqa: E402,F401


def columns_by_content(cells, ref) -> dict:
        """No header: a cell of dates is the deadline, one naming a known organisation (or an acronym) the owner,
        the longest other one the action (pure)."""
        cols = {}
        for i, c in enumerate(cells):
            if not c:
                continue
            if "deadline" not in cols and (dates_in(c) or day_month(c)) and len(c) <= 40:
                cols["deadline"] = i
            elif "responsible" not in cols and len(c) <= 60 and (
                    ref.organisation(c) or re.fullmatch(r"[A-Z][A-Za-z]{1,8}(?:[ /,&]+[A-Z][A-Za-z]{1,8})*", c)):
                cols["responsible"] = i
        rest = [i for i, c in enumerate(cells) if c and i not in cols.values()]
        if rest:
            cols["action"] = max(rest, key=lambda i: len(cells[i]))
        return cols


# "تقوم مديرية الهجرة بتزويد ..."، "يتولى مكتب المحافظ التنسيق ..."، "على المنظمات الشريكة تحديث ...": the owner leads
_AR_OWNER = re.compile(r"^و?(?:(?:تقوم|يقوم)\s+(?P<a>(?:(?!ب)[\u0600-\u06ff]+\s+){1,6}?)(?=ب)|"
                       r"على\s+(?P<c>[\u0600-\u06ff]+(?:\s+ال[\u0600-\u06ff]+){0,2})\s|"
                       r"(?:تتولى|يتولى)\s+(?P<b>[\u0600-\u06ff]+(?:\s+ال[\u0600-\u06ff]+)?)\s|"
                       # "الأمانة تعمم المحضر", "مديرية التربية ترسل ...": a body, then its verb in the present tense
                       r"(?P<d>(?:ال|وزار|مديري|دائر|هيئ|منظم|مكتب|لجن|فريق|مجلس|محافظ|قسم|شعب|سكرتاري)"
                       r"[\u0600-\u06ff]+(?:\s+(?:ال|لل)[\u0600-\u06ff]+){0,3}(?:\s+في\s+[\u0600-\u06ff]+)?)\s+(?=[تي](?!م\s)[\u0600-\u06ff]{2,}\s))")


def _dashed_row(text: str) -> tuple[str, str, str] | None:
    """(owner, task, deadline) of "Owner - task - date" or "Task - owner - date": three parts between dashes, the
    last a date, the task the part that opens with an order verb (pure)."""
    parts = re.split(r"\s+[–—-]\s+", text.strip(" ."))
    if len(parts) != 3 or not (dates_in(parts[2]) or day_month(parts[2])) or len(parts[2]) > 30:
        return None
    verb = [i for i in (0, 1) if parts[i].split()[0].lower() in vocab.ACTION_VERBS]
    if len(verb) != 1 or len(parts[1 - verb[0]].split()) > 6:
        return None
    return parts[1 - verb[0]], parts[verb[0]], parts[2]


def _field_words(kind: str) -> list[str]:
    return sorted({normalise(w) for w in vocab.ACTION_FIELDS[kind]}, key=len, reverse=True)


_OWNER_WORDS, _DUE_WORDS = _field_words("owner"), _field_words("due")
_INLINE_LABEL = re.compile(r"(?:\s*[-–—|;,/]\s*|\s+)\(?(" + "|".join(
    re.escape(w) for w in sorted(vocab.ACTION_FIELDS["owner"] + vocab.ACTION_FIELDS["due"], key=len, reverse=True))
    + r")\s*[:：]\s*", re.I)


def inline_fields(text: str):
    """An action point that labels its owner and due date on its own line, in either language ("Share the list -
    Responsible: MoMD – Due: 30 November", "... - المسؤول: وزارة المالية – الموعد: 15 كانون الأول"): (the task,
    the owner, the due date as written); None when the line labels neither."""
    hits = list(_INLINE_LABEL.finditer(text))
    if not hits:
        return None
    task = text[:hits[0].start()].strip(" -–—|;,/")
    owner = due = None
    for i, hit in enumerate(hits):
        value = text[hit.end():hits[i + 1].start() if i + 1 < len(hits) else len(text)].strip(" -–—|;,/.)")
        label = normalise(hit[1])
        if label in _OWNER_WORDS and owner is None:
            owner = value or None
        elif label in _DUE_WORDS and due is None:
            due = value or None
    if len(task) < 3 or not (owner or due):
        return None
    return task, owner, due
