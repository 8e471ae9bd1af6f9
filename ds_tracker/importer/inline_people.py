"""People named in running text: an inline attendance list that wraps over lines, and Arabic news prose that
lists who a meeting included ("لقاء ضم مسؤول ... فلان، ومنسقة ... فلانة"); and attendance lists a PDF or a web page
ran together: name and acronym after name and acronym, "Body - Name, Name" items on one line, "Name- what they are"
items, a form's labels then its values. Pure functions."""
from __future__ import annotations

import re

from . import vocab
from .lines import Line
from .person import _JOB_WORDS, _ORG_WORDS, _acronym, _org_like


def attendance_run(lines: list[Line], i: int) -> tuple[str, set[int]]:
    """"Attendance: Ana Ruiz (IOM), Li Wei (CARE –" + "acting chair) Omar Said" + "(UNHCR)": an inline list that wraps
    over the lines below, joined back; with the numbers of the lines it took. It ends at a blank line, a table row,
    a labelled line ("Apologies: ...") or a full stop."""
    text, taken = lines[i].text, set()
    for line in lines[i + 1:i + 8]:
        if line.blank or line.is_row or re.match(r"^[A-Z][\w /]{2,25}:", line.text) or text.endswith("."):
            break
        open_paren = text.count("(") > text.count(")")
        if not (text.endswith((",", "،")) or open_paren or line.text[:1] in "(" or line.text[:1].islower()
                or re.match(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*\(", line.text) or _more_names(line.text)):
            break
        text, taken = f"{text} {line.text}", taken | {line.no}
    return text, taken


def _more_names(text: str) -> bool:
    """"G, Daniel B, Martin R,": a line of short capitalised pieces between commas, the roll above wrapped onto it
    (even mid-name). Pure."""
    pieces = [p.strip() for p in text.rstrip(",").split(",")]
    return len(pieces) >= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}", p) for p in pieces)


def attendance_entries(text: str) -> list[str]:
    """The people of an inline list: split at commas, ";", " and ", " و" outside brackets, and after a closing
    bracket that a name follows ("Li Wei (CARE) Omar Said (UNHCR)"); "Mr. A, NDMO Ms. B, Acting Director Mr. C"
    (a table flattened into a line) before each title, and never past "Apologies:"."""
    text = re.split(r"\b(?:Apologies|Absent|Absentees|Regrets|Excused)\s*:", text)[0]
    titled = list(re.finditer(r"(?<![\w.])(?:Mr|Ms|Mrs|Dr)\.?\s+(?=[A-Z])", text))
    if len(titled) >= 3 and text.count(",") >= len(titled) - 1 and all(
            "," in text[a.end():b.start()] for a, b in zip(titled, titled[1:])):
        return [text[a.start():b.start() if b else None].strip(" ,.") for a, b in zip(titled, titled[1:] + [None])]
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth:
            continue
        if ch in ",،;" or (ch == ")" and re.match(r"\s+[A-Z][a-z]", text[k + 1:])):
            out.append(text[start:k + (ch == ")")])
            start = k + 1
    out.append(text[start:])
    # " and " inside brackets joins a body's people ("WHO (Ana Ruiz and Li Wei)"): the entry stays whole
    entries = [e for part in out for e in re.split(r"\s+and\s+(?![^()]*\))|\s+و(?=\S)", part)]
    return [e.strip(" .") for e in entries if e.strip(" .")]


_AR_POSTS = r"(?:(?:ال)?(?:وكيل|وكيلة|مسؤول|مسؤولة|منسق|منسقة|ممثل|ممثلة|مدير|مديرة|رئيس|رئيسة|نائب|مستشار|مستشارة|" \
            r"محافظ|عضو|وزير|وزيرة|قائد|أمين|امين|سفير|سفيرة))"
_AR_HONORIFIC = {"المهندس", "المهندسة", "الدكتور", "الدكتورة", "السيد", "السيدة", "الأستاذ", "الاستاذ",
                 "العماد", "اللواء", "العميد", "الفريق", "العقيد", "الشيخ", "القاضي"}   # ranks too


def arabic_people_list(text: str) -> list[tuple[str, str, str | None]]:
    """(name, post, body) of each person in "لقاء ضم مسؤول X بالمفوضية ... فلان، ومنسقة كتلة Y فلانة، ومدير عام
    مكتب Z المهندس فلان": after "ضم / بحضور / بمشاركة", items joined by "، و" that each open with a post; the name is
    what follows an honorific, else the last two words ("عبد" and "أبو" join the word after them). Pure."""
    text = _DIACRITICS.sub("", text)
    cue = re.search(r"(?:(?<![\u0600-\u06ff])(?:ضم|بحضور|بمشاركة)|شارك فيه|حضره|(?<![\u0600-\u06ff])و?حضر\s+"
                    r"(?:الاجتماع|اللقاء|الجلسة))\s+(?P<list>[^.؛]+)", text)
    if not cue:
        return []
    out = []
    for item in re.split(r"\s*[،,]\s*", re.sub(r"^(?:كل\S*|كلا)\s+من\s*:?\s*", "", cue["list"])):
        plain = re.match(rf"^و?(?:{'|'.join(_AR_HONORIFIC)})\s+(?P<name>[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){{1,2}})$",
                         item.strip())
        if plain:             # "السيد سامي حسن، والسيدة ليلى كريم": an honorific and a name, no post
            out.append((plain["name"], "", None))
            continue
        if item.startswith("و") and re.match(rf"^و(?:{_AR_POSTS}|\S+\s+\()", item):
            item = item[1:]          # "ومستشارة ...", not "وزير": the joining "و" of the last item
        acronym = re.match(r"^(?P<body>.{2,80}?)\s*\((?P<org>[^()]{2,30})\)\s+(?P<name>[\u0600-\u06ff]+\s+[\u0600-\u06ff]+)$",
                           item.strip())
        if acronym and not re.search(r"(?:^|\s)(?:في|من|على|إلى|الى)$", acronym["name"]):
            out.append((acronym["name"], "", acronym["org"]))   # "وبرنامج الأغذية العالمي (WFP) فلان فلان"
            continue
        m = re.match(rf"^(?P<post>{_AR_POSTS}(?:\s+(?:عام|العام))?+)\s+(?P<rest>(?:\S+\s+){{1,10}}\S+)$", item.strip())
        if not m or (re.search(r"(?<![\u0600-\u06ff])و?(?:جميع|كافة|أعضاء|اعضاء|ممثلي)(?![\u0600-\u06ff])", m["rest"])
                     and not any(w in _AR_HONORIFIC for w in m["rest"].split())):
            continue      # "عضو المكتب التنفيذي وجميع أعضاء اللجنة": bodies and their members, no one named
        words = m["rest"].split()
        at = next((k for k, w in enumerate(words) if w in _AR_HONORIFIC), None)
        if at is not None:
            name, body = words[at + 1:], words[:at]
        else:
            cut = len(words) - (3 if len(words) >= 4 and (words[-3] in ("عبد", "أبو", "ابو", "بن") or words[-2] in (
                "الحاج", "بن", "أبو", "ابو", "عبد")) else 2)
            if len(words) >= 4 and re.fullmatch(r"ال\S+ي", words[-1]) and not re.match(r"^(?:و?ال|بال|لل)", words[-2]) \
                    and not re.match(r"^(?:و?ال|بال|لل)", words[-3]) and cut == len(words) - 2:
                cut -= 1          # "للمجلس محمد داخل المطيري": a family name ("ال...ي") after two names
            name, body = words[cut:], words[:cut]
        if body and body[0] == "في":
            body = body[1:]
        if body and body[-1] in ("بالمحافظة", "بالمديرية"):
            body = body[:-1]
        if body and body[0].startswith(("بال", "لل")):
            body[0] = "ال" + body[0][3 if body[0].startswith("بال") else 2:]    # "للمجلس", "بالمركز": the body
        if "في" in body[1:]:
            body = body[:body.index("في", 1)]     # "الزراعة في حكومة ...", "للأمم المتحدة في لبنان": where, not who
        definite = bool(body) and re.match(r"^(?:و?ال|بال|لل)", body[-1])   # not "رئيس قسم التخطيط": no one named
        if body and re.fullmatch(r"(?:ال)?وزيرة?", m["post"].split()[0]) and not body[0].startswith("وزار"):
            body = ["وزارة"] + body               # the minister of X is of the ministry of X
        if len(name) >= 2 and (at is not None or (not name[0].startswith("ال") and definite)):
            out.append((" ".join(name), m["post"], " ".join(body) or None))
    return out


_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Eng|Prof)\.?$")
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
_LINKS = {"de", "da", "del", "la", "van", "von", "al", "el", "bin", "le"}


def _org_token(word: str, ref) -> bool:
    """"UNAIDS", "Rahnuma-FPAP", "CDAC": an organisation written as one word (an acronym, or a known body)."""
    core = word.strip(",;()")
    return bool(core) and (any(_acronym(part) for part in core.split("-")) or bool(ref.organisation(core)))


def name_org_run(text: str, ref) -> list[tuple[str, str]]:
    """"Dr. Samia Omar UNAIDS Lina Haddad UNFPA Rana Aziz Hope Trust Jordan": a table's rows of name and
    organisation run together on one line, each organisation one word (an acronym or a known body). (name, org)
    of each, when at least three names of two to four capitalised words alternate with them; a last name with
    more words than any before it keeps the words beyond the usual name length as its organisation. Pure."""
    words = text.split()
    if len(words) < 9 or re.search(r"\d", text):
        return []
    pairs, name = [], []
    for word in words:
        if _TITLE.match(word) and not name:
            continue                          # "Dr." before a name
        if _org_token(word, ref):
            if not name:
                return []                     # two organisations in a row, or one first: no such table
            pairs.append((" ".join(name), word.strip(",;")))
            name = []
        elif word[:1].isupper() or word.lower() in _LINKS:
            name.append(word)
        else:
            return []                         # a sentence
    if len(pairs) < 3 or any(not 2 <= len(n.split()) <= 4 or any(
            w.lower() in _NOT_NAMES or _ORG_WORDS.search(w) for w in n.split()) for n, _ in pairs):
        return []     # "Ministry Of Planning MoP Ministry Of Health MoH ...": bodies and their acronyms
    if name:
        longest = max(len(n.split()) for n, _ in pairs)
        usual = max(set(len(n.split()) for n, _ in pairs), key=[len(n.split()) for n, _ in pairs].count)
        if len(name) > longest:
            pairs.append((" ".join(name[:usual]), " ".join(name[usual:])))
        elif len(name) >= 2:
            pairs.append((" ".join(name), None))
        else:
            return []
    return pairs


_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s(?:[A-Z][\w'’-]+|de|da|del|la|le|van|von|al|el|bin)){1,3}"
                     r"(?:\s*\((?P<org>[^()]{2,40})\))?$")


_NOT_NAMES = _JOB_WORDS | set(vocab.POSITION_STARTS) | {"the", "of", "for", "and", "cluster", "team", "group", "unit"}


def _names(text: str) -> list[tuple[str, str | None]] | None:
    """"Ana Ruiz, Li Wei (CARE)" -> [(name, own body or None)], or None when any part is no name."""
    out = []
    for part in re.split(r"\s*,\s*|\s+and\s+", text.strip(" .;")):
        m = _PERSON.match(part)
        if not m or any(w.lower() in _NOT_NAMES or _ORG_WORDS.search(w) for w in part.split()):
            return None       # "Project Officer", "Hope Foundation": a post or a body, no one named
        name = re.sub(r"\s*\(.*\)$", "", part)
        out.append((re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", name), m["org"]))
    return out


def org_then_names(text: str, ref) -> list[tuple[str, str]]:
    """"UNICEF - Ann Lee, Ben Moss", "Red Cross – Ari Gomez (FRC), Ana Zeller (IFRC)", "UNHCR (Ann Lee, Ben Moss)": a
    body, then its people. Read so
    when two people or more follow, or one follows a known body or an acronym; a person's own bracket wins. Pure."""
    m = re.match(r"^(?P<org>[^-–—,()]{2,50}?)\s+[-–—]\s+(?P<names>.+)$", text.strip()) or \
        re.match(r"^(?P<org>[^-–—,()]{2,50}?)\s*\((?P<names>[^()]+,[^()]+)\)$", text.strip())
    if not m:     # "UNHCR (Ann Lee, Ben Moss)": the body, its people in its brackets
        return []
    org, names = m["org"].strip(), _names(m["names"])
    if not names or any(ref.organisation(n) for n, _ in names):
        return []
    if len(names) == 1 and _PERSON.match(org) and not ref.organisation(org):
        return []     # "Jo Bell - Ana Ruiz"? two names: no body
    if len(names) == 1 and not (ref.organisation(org) or _acronym(org.split()[0]) or _org_like(org)):
        return []
    return [(name, own or org) for name, own in names]


def org_then_names_run(text: str, ref) -> list[tuple[str, str]]:
    """"DGMR - Tom Kalo, Rita Pua UNICEF - Ann Lee, Ben Moss Hope Trust - Jo Bell": a list of "body - people" items
    flattened onto one line. Each " - " closes a body; the last person before the next one ends where a bracket
    closes or after two words, the rest being the next body. Read only where three items or more in a row parse
    whole. Pure."""
    cuts = list(re.finditer(r"\s[-–—]\s", text))
    for start in range(len(cuts) - 2):
        found = _run_from(text, cuts[start:])
        if found:
            return found
    return []


def _run_from(text: str, cuts: list) -> list[tuple[str, str]]:
    head = re.split(r"(?:^|\s)\d{1,2}\.(?=\s)|[.:;,)]\s", text[:cuts[0].start()])[-1].split()
    org = " ".join(head) if 1 <= len(head) <= 4 else (head[-1] if head and _acronym_like(head[-1]) else None)
    out, done = [], 0
    for k, cut in enumerate(cuts):
        last = k + 1 == len(cuts)
        end = cuts[k + 1].start() if not last else len(text)
        segment = re.split(r"(?<=[a-z)])\.(?:\s|$)", text[cut.end():end])
        if len(segment) > 1 or last:
            people, following = segment[0], None      # a full stop ends the list
        else:
            items = segment[0].rsplit(",", 1)
            tail = items[-1].strip()
            closed = re.match(r"^(.*?\))\s+(.+)$", tail)
            words = tail.split()
            if closed:
                person, following = closed[1], closed[2]
            elif len(words) >= 3:
                person, following = " ".join(words[:2]), " ".join(words[2:])
            else:
                break
            following = re.sub(r"^\d{1,2}\.\s+", "", following)
            people = (items[0] + ", " + person) if len(items) == 2 else person
        names = _names(people) if org else None
        if not names:
            break
        out += [(name, own or org) for name, own in names]
        done += 1
        org = following
        if following is None:
            break
    return out if done >= 3 else []


def _acronym_like(word: str) -> bool:
    return _acronym(word.split("-")[-1])


def _form_label(line: Line) -> bool:
    text = line.text.strip()
    letters = re.sub(r"[^A-Za-z]", "", text)
    return not line.is_row and not line.bullet and 3 <= len(text) <= 32 and len(text.split()) <= 4 and (
        text.endswith(":") or (len(letters) >= 3 and letters.isupper()))


def form_values(lines: list[Line]) -> dict[int, str]:
    """"TYPE OF MEETING:" / "CHAIR PERSON:" / "NOTE TAKER:" on three lines, then their three values on the next three:
    a form whose cells a PDF gave out column by column. {value's line number: its label}. Pure."""
    out, i = {}, 0
    solid = [l for l in lines if not l.blank]
    while i < len(solid):
        j = i
        while j < len(solid) and _form_label(solid[j]):
            j += 1
        k = j - i
        values = solid[j:j + k]
        colons = sum(1 for label in solid[i:j] if label.text.strip().endswith(":"))
        if k >= 3 and colons >= k - 1 and len(values) == k and not any(_form_label(v) or v.is_row for v in values):
            out.update({v.no: solid[i + n].text.strip(" :") for n, v in enumerate(values)})
            i = j + k
        else:
            i = max(j, i + 1)
    return out


def dash_described(text: str) -> list[tuple[str, str]]:
    """"Ana Ruiz- Protection Officer Li Wei- Unicef Rep Omar – Save the Children Rep": people each followed by a dash
    and what they are, run together with no comma. (name, description) of each, when three or more: the name before
    each dash is its last two capitalised words, or one after a post's word ("Rep Omar") or after a title's small
    word ("Live and Learn Wendy"). Pure."""
    marks = list(re.finditer(r"(?<=[A-Za-z])\s?[-–—]\s+", text))
    if len(marks) < 3 or "," in text:
        return []
    out, start = [], 0
    names = []
    for k, mark in enumerate(marks):
        words = text[start:mark.start()].split()
        if k == 0:
            name = words
        else:
            two = len(words) >= 3 and words[-2][:1].isupper() and words[-2].lower() not in _NOT_NAMES | {"rep"} \
                and not _acronym(words[-2]) and words[-3].lower() not in ("and", "of", "the", "for", "&")
            name = words[-2:] if two else words[-1:]
            out.append((" ".join(names[-1]), " ".join(words[:len(words) - len(name)])))
        if not name or not all(w[:1].isupper() and w.isalpha() for w in name) or len(name) > 4:
            return []
        names.append(name)
        start = mark.end()
    out.append((" ".join(names[-1]), text[start:].strip(" .")))
    return out if all(d[:1].isupper() and len(d.split()) <= 7 for _, d in out) else []   # a post or a body each


_BARE_NAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: (?:(?:de|da|del|van|von|al|bin|le|la) )?"
                        r"[A-Z][\w'’-]*\.?){0,3}")


def bare_names(text: str, least: int = 3) -> list[str]:
    """"Ana Ruiz, Li Wei, Omar S, Sara Haddad": a roll call of names alone, three or more on one line, no post and
    no body beside any (a steering group's or a board's "Roll call" or "Present" line). Pure."""
    entries = attendance_entries(text)
    if len(entries) < least:
        return []
    banned = set(vocab.BODY_WORDS["en"]) | set(vocab.POSITION_STARTS) | {"all", "everyone", "members"}
    for entry in entries:
        if not _BARE_NAME.fullmatch(entry) or any(w.lower().strip(".") in banned for w in entry.split()) \
                or all(_acronym(w) for w in entry.split()):
            return []
    return entries


_INITIAL_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}(?:(?:de|van|von|da|al)\s)?[A-Z][\w’'-]+(?:\s(?:d’|d'|de\s|van\s|von\s)?[A-Z][\w’'-]+)?"
                           r"(?=,)")


def initial_entries(text: str) -> list[tuple[str, str | None, str | None]]:
    """"R.K. Lal, Chairman, Rice Board A. Mbeki, Board Secretary O. Diaz, Adviser, Seed Unit 1. OPENING": a list
    of "initials surname, post[, body]" entries a PDF ran together, three or more, to the first numbered heading.
    (name, post, body) of each: the body after the last comma, or the acronym opening a post ("GFAR Executive
    Secretary"). Pure."""
    text = re.split(r"\s\d{1,2}\.\s+[A-Z]{2}", text)[0]
    marks = list(_INITIAL_NAME.finditer(text))
    if len(marks) < 3 or marks[0].start() > 3:
        return []
    out = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        what = text[m.end():nxt.start() if nxt else None].strip(" ,;")
        parts = [p.strip() for p in what.split(",") if p.strip()]
        post, body = (", ".join(parts[:-1]), parts[-1]) if len(parts) >= 2 else (what or None, None)
        lead = re.match(r"([A-Z]{2,8})\s+(\S.*)$", post or "")
        if body is None and lead:
            body, post = lead[1], lead[2]      # "GFAR Executive Secretary": the body's acronym, then the post
        out.append((m[0], post or None, body))
    return out
