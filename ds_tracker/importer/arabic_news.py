"""People named in an Arabic news report of a meeting: after a cue ("برئاسة", "وبحضور", "الذي ضم", "قال") a post
then a name ("الوكيل المساعد لوزارة الصحة سالم عوض"), an honorific then a name then a post ("الأخ سالم عوض مدير
مكتب الصحة"), or a post, a comma, the name between commas ("نائب المحافظ، سالم عوض،"). The body a post names
is the person's organisation (a minister of X is of the ministry of X). Also the town such a report is filed from
or held in, and its date when the meeting met "أمس". Pure functions; the words live in vocab.AR_NEWS."""
from __future__ import annotations

import re

from ..textnorm import ARABIC_MARKS

from . import vocab
from .abroad import world_city
from .body_of_job import _AR_WHEN
from .news_marks import news_spacing

_W = vocab.AR_NEWS


def _with_al(words) -> set[str]:
    return set(words) | {"ال" + w for w in words if not w.startswith("ال") and not w.endswith(".")}


_JOBS = _with_al(_W["jobs"] + _W["groups"])
_GROUPS = _with_al(_W["groups"])
_BODIES = _with_al(_W["bodies"])
_POST_WORDS = set(_W["post_words"])
_TOPICS = set(_W["topics"])
_FIELDS = set(_W["fields"])
_HON = {w.rstrip(".") for w in _W["honorifics"]}
_CHAIN = {"بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل", "ولد"}   # join the next word into the name
_STOPS = {"تم", "تمت", "في", "من", "على", "إلى", "الى", "عن", "مع", "حول", "خلال", "و", "كما", "ثم", "أو", "لـ", "بـ",
          "عبر", "كذلك", "أيضا", "أيضاً", "ايضا", "أيضًا", "أمام"}     # adverbs ("واستعرض ... كذلك أدوات ..."), never a name
# what a speaker said opens ("أكد فلان أهمية ...", "شدد فلان ضرورة ...", "أوضح فلان أن ..."): never a name's part
_STOPS |= {"أهمية", "اهمية", "ضرورة", "ضروره", "أن", "ان", "أنه", "انه", "بأن", "بان", "إن"}
_CLOSERS = {"الذي", "التي", "الذين", "حيث", "وذلك", "اليوم", "أمس", "امس", "صباح", "مساء", "عصر", "ظهر", "يوم",
            "الاجتماع", "الإجتماع", "اللقاء", "الجلسة", "خلال", "بعد", "قبل", "عن", "على", "إلى", "الى", "في"}
_PRESENT = list(_W["cues"])
_SPEECH = ["قال", "أكد", "اكد", "صرح", "أوضح", "اوضح", "أشار", "اشار", "افتتح", "تحدث", "قام", "ناقش", "ناقشت",
           "ألقى", "القى", "بكلمة", "كلمة", "أفاد", "استعرض", "قدم", "قدمت", "رحب", "شدد", "قالت", "أكدت", "اكدت", "صرحت",
           "أوضحت", "اوضحت", "أشارت", "اشارت", "افتتحت", "تحدثت", "قامت", "ألقت", "القت", "أفادت", "رحبت", "شددت",
           "استمع", "استمعت", "التقى", "التقت", "استقبل", "استقبلت", "شكر", "شكرت"]
# a speech verb with its object joined ("استعرضه فلان": presented it) keeps its subject after it
_CUE = re.compile(r"(?<![\u0600-\u06ff])و?(?P<cue>" + "|".join(sorted(map(re.escape, _PRESENT), key=len, reverse=True)) +
                  r"|(?:" + "|".join(sorted(map(re.escape, _SPEECH), key=len, reverse=True)) +
                  r")(?:ه|ها|هم|هما)?)(?![\u0600-\u06ff])")
_MARKS = ARABIC_MARKS
_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def _bare(word: str) -> str:
    return word.strip("،,:؛\"'«»()“”/.-")


def _unprefixed(word: str) -> list[str]:
    """"لوزارة" -> وزارة, "للجامعة" -> الجامعة, "بالإنابة" -> الإنابة, "ومدير" -> مدير: the word without the
    letters joined to its front."""
    out = [word]
    if word.startswith(("لل",)):
        out.append("ال" + word[2:])
    if word[:1] in "وبلف" and len(word) > 3:
        out.append(word[1:])
        if word[1:3] in ("لل",):
            out.append("ال" + word[3:])
    return out


def _is_job(word: str) -> bool:
    w = _bare(word)
    owned = w[:-2] if w.endswith("ها") else w[:-1] if w.endswith("ه") else None     # "ممثلها", "رئيسه"
    owned = owned or (w[:-1] if w.endswith("ا") and len(w) >= 5 and not w.endswith("اا") else None)   # the dual "وكيلا"
    return any(u in _JOBS for u in _unprefixed(w) + ([owned] if owned else []))


def _is_body(word: str) -> bool:
    return any(w in _BODIES for w in _unprefixed(_bare(word)))


is_job = _is_job


def is_body(word: str, joined: bool = True) -> bool:
    """A body's head word ("مديرية"); joined: also with a preposition on it ("لوزارة"). Pure."""
    return _is_body(word) if joined else _bare(word) in _BODIES


def post_or_body(word: str) -> bool:
    """"وزير", "لوزارة", "ورئيس", "لقطاع": a word that opens a post or a body's name, never a person's. Pure."""
    return _is_job(word) or _is_body(word)


def _in_post(word: str) -> bool:
    """A word that belongs to a post or a body's name, never to a person's name: a job, a body's head, a word with a
    preposition or "و" joined to a definite noun ("للجامعة", "والتعاون"), a town ("بعدن"), a field ("لشؤون"),
    a small word."""
    w = _bare(word)
    return (_is_job(w) or _is_body(w) or w in _POST_WORDS or w in _STOPS
            or w.startswith(("لل", "بال", "وال", "لإ", "لا"))
            or any(u in _FIELDS for u in _unprefixed(w))
            or (w[:1] == "ب" and bool(world_city(w[1:]))) or not _WORD.fullmatch(w))


def _name_from(tokens: list[str], i: int, titled: bool) -> tuple[str, int] | None:
    """The name opening at tokens[i] and the index after it: up to three parts ("عبد"/"أبو"/"آل" join the next
    word, "بن X" adds one), a third part only when a family name ("ال...") or a closer follows. None when what
    stands there is not a name."""
    out, units, j, patronym = [], 0, i, False
    while j < len(tokens) and units < 3:
        raw = tokens[j]
        w = _bare(raw)
        if patronym and w not in _CHAIN and not w.startswith("ال"):
            nxt = _bare(tokens[j + 1]) if j + 1 < len(tokens) else ""
            if not (raw.endswith(("،", ",", ".")) or not nxt or nxt in _CLOSERS or nxt in _STOPS):
                break                               # "أحمد بن مبارك عقد ...": "بن X" ends the name, unless a family
            out.append(w)                           # name closes it ("سالم بن راشد حمدان إلى ...")
            j += 1
            break
        if not _WORD.fullmatch(w) or w in _HON or w in _CLOSERS or w in _STOPS or _is_job(w) or _is_body(w) or \
                w in _POST_WORDS or (not out and any(u in _TOPICS for u in _unprefixed(w))) or \
                (out and w.startswith("و")) or (not out and w.startswith(("ال", "وال", "بال", "لل", "فال"))):
            break
        if out and out[-1].startswith("ال") and units >= 2 and w not in ("بن", "ابن", "بنت") and \
                not (len(out) >= 2 and out[-2] in ("عبد", "أبو", "ابو")):
            break                                   # "... السقاف": a family name ends the name ("عبد المجيد" does not)
        if units == 2 and not w.startswith("ال") and w not in _CHAIN:
            nxt = _bare(tokens[j + 1]) if j + 1 < len(tokens) else ""
            closes = raw.endswith(("،", ",", ".")) or not nxt or nxt in _CLOSERS or nxt in _STOPS or _is_job(nxt) or \
                nxt.startswith(("و", "ل", "ب")) or nxt in _HON or nxt == "آل"
            if not closes:
                break
        if w in _CHAIN and j + 1 < len(tokens):
            nxt = _bare(tokens[j + 1])
            if not _WORD.fullmatch(nxt):
                break
            out += [w, nxt]
            units += 0 if w in ("بن", "ابن", "بنت") else 1
            j += 2
            if w in ("بن", "ابن", "بنت") and nxt in ("عبد", "أبو", "ابو") and j < len(tokens):
                out.append(_bare(tokens[j]))        # "بن عبد الرحمن": the pair is one name
                j += 1
            patronym = w in ("بن", "ابن", "بنت")
            if tokens[j - 1].endswith(("،", ",", ".")):
                break
            continue
        out.append(w)
        units += 1
        j += 1
        if raw.endswith(("،", ",", ".")):
            break
    if units == 3 and j + 1 < len(tokens) and _bare(tokens[j]) == "آل" and _WORD.fullmatch(_bare(tokens[j + 1])):
        out, j = out + ["آل", _bare(tokens[j + 1])], j + 2   # "عبدالله محمد إبراهيم آل الشيخ": the family closes it
    if len(out) < 2 or (not titled and len(out) > 6):
        return None
    return " ".join(out), j


def _post_until(tokens: list[str], i: int) -> tuple[str, int]:
    """The post opening at tokens[i]: to a comma, a closer, an honorific or a word joined by "و" that opens
    another post."""
    out, j = [], i
    while j < len(tokens) and len(out) < 14:
        w = _bare(tokens[j])
        if out and (w in _CLOSERS or w in _HON or (w.startswith("و") and (_is_job(w) or w[1:] in _W["cues"]))):
            break
        out.append(w)
        j += 1
        if tokens[j - 1].endswith(("،", ",", ".")):
            break
    return " ".join(out), j


# posts held over a town, whose next word is the town ("محافظ الزلفي", "قائممقام القضاء"), not the holder's name
_PLACE_POSTS = {"محافظ", "قائممقام", "قائمقام", "أمير", "امير"}


def _chunks(piece: str) -> list[str]:
    """A cue's sentence in the parts people are named in: commas, and "و" before a post or an honorific."""
    parts = re.split(r"\s*[،,]\s*|\s+و\s+(?=" + "|".join(map(re.escape, sorted(_JOBS, key=len, reverse=True))) +
                     r")|\s+(?=و(?:" + "|".join(map(re.escape, sorted(_JOBS | _HON, key=len, reverse=True)))
                     + r")(?![\u0600-\u06ff]))|\s+بمعية\s+", piece)
    return [p.strip() for p in parts if p and p.strip()]


def news_people(text: str, report: str = "") -> list[tuple[str, str | None, str | None, bool]]:
    """(name, post, body, chairs) of each person a sentence of the report names after a cue; chairs when the cue
    says the person chaired ("برئاسة", "ترأس"). Pure."""
    from .arabic_lists import group_named, group_parts, plural_roll      # they read names with this module's words
    from .plural_posts import named_after_plural
    text = news_spacing(_MARKS.sub("", text))
    found: list[tuple[str, str | None, str | None]] = []
    for sentence in re.split(r"(?<=[.؛!?])\s+|\n", text):
        cues = list(_CUE.finditer(sentence))
        cues = [c for k, c in enumerate(cues) if not (k and c["cue"] == "كل من" and
                                                      not sentence[cues[k - 1].end():c.start()].strip())]
        # ("أداره كل من ...": "كل من" is the cue's own, read with it)
        for n, m in enumerate(cues):
            if _FORMED.search(sentence[:m.start()]):
                continue          # "تكوين لجنة ... برئاسة فلان وعضوية ...": the new body's chair, not the meeting's
            end = cues[n + 1].start() if n + 1 < len(cues) and cues[n + 1]["cue"] in _PRESENT else len(sentence)
            speech = m["cue"] not in _PRESENT
            full = _chunks(sentence[m.end():end])
            # "قال فلان، مدير ..." / "أكد وزير ... فلان": the speaker stands first, unless a body's staff are listed
            chunks = full[:2] if speech and not group_named(full, 0) else full
            k, shared = 0, None
            roll = plural_roll(chunks, 0) if m["cue"] in _PRESENT else []
            found.extend((name, None, None, False) for name, _ in roll if not any(p[0] == name for p in found))
            listed = [] if roll else named_after_plural(full)     # "منسقات المشروع، فلانة وفلانة وفلانة"
            found.extend((name, None, None, False) for name in listed if not any(p[0] == name for p in found))
            while k < len(chunks) and not roll:
                group = group_named(chunks, k)
                if group:
                    found.extend((name, post, None, False) for name, post in group
                                 if not any(p[0] == name for p in found))
                    k += group_parts(chunks, k, group)
                    continue
                got = _person(chunks, k, speech, lead=k == 0 and not speech)
                if got:
                    shared = shared if k else (got[0][1] if re.match(r"^كل[اًا]?\s+من\s", chunks[0]) and got[0][1]
                                               and got[0][1].split()[0] in chunks[0].split()[:4] else None)
                    person, k = got
                    if shared and not person[1]:
                        person = (person[0], shared, *person[2:])   # "كل من <post> السيدة A والسيد B": both hold it
                    if not any(p[0] == person[0] for p in found):
                        found.append((*person, m["cue"].startswith(("بر", "ترأس", "رأس", "يرأس"))))
                else:
                    k += 1
    out = []
    for name, post, given, chair in found:
        if post and _bare(post.split()[0])[1:] in _JOBS:
            post = post[1:]                         # "ورئيس اتحاد ...": "و" joined the list
        post = post.strip(" .،") if post else post      # the sentence's full stop is no part of the post
        body = given or ((body_of_post(post, report or text) or represented(post)) if post else None)
        out.append((name, post, None if body and name in body else body, chair))   # not a run over the name
    return out


_FORMED = re.compile(r"(?<![\u0600-\u06ff])(?:تكوين|تشكيل|إنشاء|انشاء|تأسيس|تاسيس)\s+(?:لجنة|فريق|مجلس|هيئة|"
                     r"مجموعة|وحدة)")


def _person(chunks: list[str], k: int, speech: bool, lead: bool = False):
    """The person chunks[k] names (joined with the next chunk when a post ends at a comma and the name follows),
    and the index of the chunk after it; None when it names no one."""
    last = k + 1 == len(chunks)     # after "قال"/"أكد" a name closing the sentence is its object: a comma closes one
    tokens = chunks[k].split()
    while tokens and (not _bare(tokens[0]) or _bare(tokens[0]) in ("لسعادة", "فضيلة", "سعادة", "معالي", "الاجتماع",
                                                                    "الإجتماع", "اللقاء", "الجلسة")):
        tokens = tokens[1:]           # and "وبحضور: السيد ...": the colon after the cue
    tokens = _styled(tokens)
    if len(tokens) > 2 and _bare(tokens[0]) in ("كل", "كلا", "كلاً") and _bare(tokens[1]) == "من":
        tokens = tokens[2:]           # "بحضور كل من: السيد ..."
    colon = next((i for i, t in enumerate(tokens[:2]) if t.endswith(":")), None)
    if colon is not None and colon + 1 < len(tokens) and tokens[0].startswith("ال") and _bare(tokens[0]) not in _HON \
            and (colon == 0 or tokens[1] == ":"):
        tokens = tokens[colon + 1:]   # "كل من الزملاء: الدكتور ...": who they are, then the first name
    if not tokens:
        return None
    quoted = re.fullmatch(r"[\"«“](.+)[\"»”]", chunks[k].strip())
    nxt = chunks[k + 1].split() if k + 1 < len(chunks) else []
    then_post = bool(nxt) and _is_job(nxt[0]) and _bare(nxt[0]).removeprefix("و") not in _W["groups"]
    if quoted and speech and 2 <= len(quoted[1].split()) <= 4 and then_post:
        return (quoted[1], chunks[k + 1], None), k + 2      # 'قال "فلان الفلاني"، عضو ...'
    if (k == 0 or not speech) and then_post:   # "وقال فلان الفلاني، مدير ...، إن ...", "بحضور فلان، مدير ..."
        named = tokens[:]
        if k and named[0].startswith("و") and len(_bare(named[0])) >= 5:
            named[0] = named[0][1:]           # "، وسعاد حسن، ممثلة ...": "و" joins the list
        got = _name_from(named, 0, True)
        if got and got[1] == len(named):
            return (got[0], " ".join(map(_bare, nxt)), None), k + 2
    said = _name_then_post(tokens) if (speech or lead) and k == 0 else None   # "بحضور فلان مدير ..." too
    if said:
        return said, k + 1
    first = _bare(tokens[0])
    if first[:1] == "و" and first[1:] in _HON:
        first = first[1:]             # "والسيدة ..."
    if first in _HON and not _is_job(first) or (first in _HON and len(tokens) > 1 and not _in_post(tokens[1])
                                                 and not _bare(tokens[1]).startswith("ال")):
        i = 1
        while i < len(tokens) and _bare(tokens[i]) in _HON:
            i += 1
        got = _name_from(tokens, i, True)
        if not got:
            return None
        name, j = got
        post = _post_until(tokens, j)[0] if j < len(tokens) and _is_job(tokens[j]) else None
        if not post and j + 1 < len(tokens) and _bare(tokens[j]) in ("من", "عن") and len(tokens) - j <= 9:
            return (name, None, " ".join(tokens[j + 1:])), k + 1   # "والسيدة فلانة من المفوضية ...": her body
        if not post and k + 1 < len(chunks) and _is_job(chunks[k + 1].split()[0]) and len(chunks[k + 1].split()) <= 8 \
                and not chunks[k + 1].startswith("و"):
            return (name, chunks[k + 1], None), k + 2          # "النائب فلان، رئيس اللجنة،" (not "ومدير ...": another)
        return (name, post, None), k + 1
    if not _is_job(first) or first.lstrip("و") in _GROUPS:
        return None
    for i in range(1, len(tokens)):
        w = _bare(tokens[i])
        if w in ("من", "عن") or w.removeprefix("و") in _W["groups"]:
            return None                             # "ممثلين من ...", "... ومدراء عموم ...": a group, no one named
        if w in _HON and not (_is_job(w) and i + 1 < len(tokens) and _in_post(tokens[i + 1])):
            h = i
            while h < len(tokens) and _bare(tokens[h]) in _HON:
                h += 1
            got = _name_from(tokens, h, True)
            if got:
                return (got[0], " ".join(map(_bare, tokens[:i])), None), k + 1
            if h < len(tokens) and _bare(tokens[h]).startswith("ال"):
                continue          # "قائد اللواء الخامس", "رئيس الفريق الوطني": a rank's word used as a noun
            return None
        if _bare(tokens[i - 1]) in ("في", "لدى", "ب"):
            continue                                # "مدير دائرة الهجرة في نينوى ...": the place of the post
        if i == 1 and first in _PLACE_POSTS:
            continue                                # "محافظ الزلفي فلان": a governor's post names his town first
        placed = _after_place(tokens, i)
        if placed:
            return placed, k + 1
        if not _in_post(w) and not w.startswith("ال") and not (speech and last):
            got = _name_from(tokens, i, True)
            after = _bare(tokens[got[1]]) if got and got[1] < len(tokens) else ""
            when = bool(after) and bool(_AR_WHEN.match(after)) and not after.endswith(("اجتماع", "جلسة"))
            if got and (got[1] == len(tokens) or (lead and not w.startswith("و") and (
                    not after.startswith("ال") or when))):
                # the name closes the part ("... لقطاع الشباب فلان الفلاني"), or opens what the chair's cue says
                # the meeting did ("برئاسة ... فلان الفلاني ضمان ..."); not "خادم الحرمين الشريفين": a noun phrase
                return (got[0], " ".join(map(_bare, tokens[:i])), None), k + 1
            if got and not w.startswith("و") and not after.startswith("ال"):
                return None       # "وأكد الوكيل فلان على ضرورة توحيد ...": what was said, no name after the post
        if w[:1] in "لب" and w not in _POST_WORDS and any(u in _TOPICS for u in _unprefixed(w)[1:]):
            return None           # "لدراسة ...": the meeting's purpose has begun, no name came
        if speech and w in ("على", "إلى", "الى", "أن", "إن", "بأن", "خلال", "أثناء", "اثناء"):
            return None           # the verb's complement has begun ("استعرض المقرر خلال الاجتماع ...": its object next)
    if k + 1 < len(chunks):                         # "أمين عام المجلس ...، فلان الفلاني،"
        nxt = chunks[k + 1].split()
        got = _name_from(nxt, 0, True)
        if got and got[1] == len(nxt):
            return (got[0], " ".join(map(_bare, tokens)), None), k + 2
    return None


# the styles a prince, a minister or a judge is addressed by, before the title ("صاحب السمو الملكي الأمير فلان")
_STYLES = {"السمو", "المعالي", "الفضيلة", "السعادة", "الدولة", "السيادة"}
# a side or part of a town, after its name ("بلدية تلعباس شرقي")
_SIDES = {"شرقي", "غربي", "شمالي", "جنوبي", "شرقية", "غربية", "شمالية", "جنوبية", "الشرقي", "الغربي", "الشمالي",
          "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الكبرى", "الجديدة", "القديمة", "الفوقا", "التحتا"}


def _styled(tokens: list[str]) -> list[str]:
    """"صاحب السمو الملكي الأمير فلان": the style is no part of the post or the name; the title after it stays."""
    if len(tokens) > 2 and _bare(tokens[0]).removeprefix("و") in ("صاحب", "صاحبة") and _bare(tokens[1]) in _STYLES:
        tokens = tokens[2:]
        if tokens and _bare(tokens[0]) in ("الملكي", "الملكية"):
            tokens = tokens[1:]
    return tokens


def _after_place(tokens: list[str], i: int):
    """"رئيس بلدية تلبيرة فلان الفلاني", "نائب مطروح فلان الفلاني": after a body's head with no article (or a
    deputy's post), the word at tokens[i] is the place the body or the seat is of, and a side of it ("شرقي") goes
    with it; the person is the name of two words at least that closes the part after it. (name, post, None)."""
    before = _bare(tokens[i - 1])
    if not (before in _W["bodies"] or (i == 1 and before in ("نائب", "نائبة"))):
        return None
    j = i + 1
    if j < len(tokens) and _bare(tokens[j]) in _SIDES:
        j += 1
    got = _name_from(tokens, j, True)
    after = _bare(tokens[got[1]]) if got and got[1] < len(tokens) else ""
    if not got or len(got[0].split()) < 2 or (after and after not in _STOPS | _CLOSERS):
        return None       # the name closes the part, or a preposition goes on with the sentence ("... أمام المجلس")
    return got[0], " ".join(map(_bare, tokens[:j])), None


def _name_then_post(tokens: list[str]):
    """"رحب فلان الفلاني أمين سر اللجنة بالحضور", "تحدث فلان مدير الخدمات في وكالة ... عن ...": the speaker's
    name right after the verb, then a post; the post ends at a closer (but goes on over "في" and a body's head),
    a clause's "و" or a complement ("بالحضور"). (name, post, None) or None."""
    if _is_job(tokens[0]) or _bare(tokens[0]) in _HON:
        return None
    got = _name_from(tokens, 0, False)
    if not got or got[1] >= len(tokens) or not _is_job(tokens[got[1]]) or \
            _bare(tokens[got[1]]).removeprefix("و") in _GROUPS or any(_bare(w).endswith("اً") for w in tokens[:got[1]]) \
            or sum(_bare(w).endswith("ا") for w in tokens[:got[1]]) > 1:
        return None       # "قدم شرحا مفصلا مدير ...": the verb's object, in the accusative, no name
    post, j = [], got[1]
    while j < len(tokens) and len(post) < 10:
        w = _bare(tokens[j])
        if post and w == "في" and j + 1 < len(tokens) and _is_body(tokens[j + 1]):
            post.append(w)                  # "مدير الخدمات في وكالة الغوث": the body the post is in
        elif post and (w in _CLOSERS or w in _HON or w.startswith("بال") or
                       (w.startswith("و") and not w.startswith("وال") and not _is_body(w))):
            break
        else:
            post.append(w)
        j += 1
        if tokens[j - 1].endswith(("،", ",", ".")):
            break
    return got[0], " ".join(post), None


# where and when the meeting was: arabic_places.py (imported here for the modules that read them from here)
from .arabic_places import (HELD, MEETING, arabic_city, dateline_city, held_yesterday,  # noqa: E402,F401
                            page_updated)

# the body a post names: arabic_bodies.py (imported here for the modules that read it from here)
from .arabic_bodies import body_of_post, represented  # noqa: E402,F401
