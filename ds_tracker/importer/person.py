"""A person written in a line or a row (pure helpers): name, position and organisation (the body a job is of is
in body_of_job.py). PeopleReader (people.py) reads attendance lists and prose with them."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .lines import Line, tidy
from .reference import Reference
from .body_of_job import _body_in_position

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DASHES = re.compile(r"\s*(?:-{2,}|—|–|\s-\s|\s/\s|:\s|-(?=[A-Z]{2,}\b))\s*")
_GLUED = re.compile(r"(?<=[a-z\)\.])(?=[A-Z][a-z']+|[A-Z]{2,})")


def _short_title(line: Line) -> bool:
    """"Workshop Wrap Up", "Day 1": a short line in title case that is not a list item or a sentence."""
    text = line.text
    if line.is_row or line.bullet or line.number or not text or text.endswith((".", ":", ",")) or len(text) > 50 \
            or re.match(r"^[^:]{2,25}:\s", text):
        return False   # "Responsible: MoMD Branch" is a field, not a heading
    words = text.split()
    return len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)

def _looks_like_a_name(text: str) -> bool:
    """An unnumbered line in a participants list is a person only when it reads like a name (and position)."""
    head = re.split(r"\s[–—-]\s|,|\t|\s[(\[]", text)[0].strip()
    words = head.split()
    if not 2 <= len(words) <= 6 or re.search(r"\d", head):
        return False
    if _ARABIC.search(head):
        return not re.search(r"[A-Za-z]", head) and normalise(head) not in {normalise(w) for w in vocab.GROUP_HEADINGS}
    if any(w.lower() in _FORM_WORDS for w in words):
        return False      # "Meeting Duration", "Meeting Time": a form's field label, no one
    return all(w[:1].isupper() or w.lower() in ("al", "el", "bin", "abu", "de", "van", "von") for w in words)


# the words of a meeting form's field labels, never of a person's name
_FORM_WORDS = {"meeting", "duration", "agenda", "venue", "purpose"}

def _digits(text):
    from ..dates import normalise_digits
    return normalise_digits(text)

def _after_dash(text: str) -> str | None:
    text = text.strip(" :-–—,")
    parts = re.split(r"\s[–—-]\s|,\s", text)
    candidate = parts[-1].strip() if parts else text
    candidate = re.sub(r"^(?:the\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+|dr\.?\s+)+", "", candidate, flags=re.I)
    if not candidate:
        return None
    return _calm(candidate) if candidate.isupper() else candidate

_SMALL = {"of", "and", "the", "on", "in", "for", "to", "with", "at", "by", "a", "an", "from"}

ACRONYMS = {"JCF", "RWG", "DSTWG", "DSTF", "ABC", "KRI", "IDP", "IDPS", "ERW", "HLP", "SOP", "MOMD", "UNHCR",
            "UNICEF", "UNDP", "UNMAS", "IOM", "NRC", "IRC", "DRC", "RCO", "DSO", "DTM", "PMF", "JCMC", "ONSA", "DMA",
            "NGO", "NGOS", "INGO", "UN", "COM", "PMO", "REACH", "ICRC", "CSO", "CSOS"}

def _calm(text: str) -> str:
    """A heading in capitals, in title case: acronyms (JCF, IOM) stay, small words go lower."""
    words = []
    for i, w in enumerate(text.split()):
        core = w.strip("()[],.:;–-")
        if i and core.lower() in _SMALL:
            words.append(w.lower())
        elif core in ACRONYMS or (len(core) <= 3 and core.isalpha()):
            words.append(w)
        else:
            words.append(w.capitalize().replace("'S", "'s"))
    return " ".join(words)

def _glue_fix(text: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", text)

_AR_POST = re.compile(r"^((?:د\.\s*)?[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,4}?)\s+((?:رئيس|رئيسة|عضو|عضوة|منسق|منسقة|"
                      r"مدير|مديرة|مسؤول|مسؤولة|ممثل|ممثلة|نائب|مستشار|مستشارة|قسم|خبير|خبيرة|معاون|أمين|سكرتير|ضابط|"
                      r"موظف|باحث|باحثة|وكيل|قائممقام|محافظ)(?![\u0621-\u064a]).*)$")

# honorifics before an Arabic name ("الأستاذ الدكتور"), several in a row: no part of the name's length
_AR_HONORIFICS = re.compile(r"^(?:(?:السيد|السيدة|الأستاذ|الاستاذ|الدكتور|الدكتورة|المهندس|المهندسة|الشيخ|أ\.\s?د\.?|د\.)"
                            r"\s*/?\s*)+")


_NAME_THEN_BRACKET = re.compile(r"^[\s•*–-]*(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin)){0,4})"
                                r"\s*\((?P<inner>[^()]{1,15})\)")


def short_form(name: str, inner: str) -> bool:
    """"Steve Fisher (SF)", "Mira Lund-Ek (MLE)", "Stephanie (Steph)": the bracket holds the short form the
    minutes will call the person by (their initials, or the start of their first name), not their body. Pure."""
    words = [w for w in re.split(r"[\s-]+", re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+", "", name)) if w[:1].isupper()]
    if not words or _ORG_WORDS.search(name):
        return False
    letters = re.sub(r"[\s.]", "", inner)
    if 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper():     # "Saint-Amant" is S or SA
        return any(i.endswith(letters) or letters == i[0] + i[-1] for i in (
            "".join(w[0] for w in words).upper(), "".join(w[0] for w in name.split() if w[:1].isupper()).upper()))
    return bool(re.fullmatch(r"[A-Z][a-z]{1,10}", inner.strip())) and words[0].startswith(inner.strip()) and \
        words[0] != inner.strip()


def without_short_form(text: str) -> str:
    """"Steve Fisher (SF), STFC" -> "Steve Fisher, STFC": the person's own initials dropped. Pure."""
    m = _NAME_THEN_BRACKET.match(text)
    return m["name"] + text[m.end():] if m and short_form(m["name"], m["inner"]) else text


def split_person(text: str, ref: Reference) -> tuple[str | None, str | None, str | None]:
    """"Name – Position, Organisation" (and the glued, dashed and tabbed variants) -> name, position, org."""
    text = without_short_form(tidy(text).replace("،", ",").strip(" ,;"))
    if not text:
        return None, None, None
    glued = re.match(r"^((?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’]+|de|da|van|von|al|el|bin)){0,4})-\s*"
                     r"([A-Z]\S*(?:\s+\S+)+)$", text)
    if glued and not re.match(r"[A-Z][\w'’]*,", glued[2]) and \
            glued[1].split()[-1].lower() not in ("al", "el", "abu", "bin", "ibn", "abd", "bani", "ben", "ould"):
        # ("Ms. Noor Al-Huda Younis": the dash after the article is the name's own)
        # "Ms. Rania Dagash-Chairperson - OCHA, ...": the dash glued to the name opens the position; "Mr. Ahmed
        # Al-Jubouri, Deputy Governor": a hyphenated name, its comma after
        text = f"{glued[1]} – {glued[2]}"
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,80})\)", text)
    if m and not re.search(r"[–—]|\s-|-\s|,|:\s", m[1]):     # "Omar Khalil (Ninewa Governorate Office)", "Al-Obaidi (X)"
        inner = re.split(r"\s+[–—-]\s+|\s*/\s*|,\s+", m[2].strip(), maxsplit=1)
        if len(inner) == 2 and re.match(r"(?i)(?:acting\b|co-?\s?chair|chair|vice\b|" + "|".join(
                re.escape(w) for w in vocab.POSITION_STARTS) + r")", inner[1]):
            return m[1].strip(), inner[1], inner[0]   # "Li Wei (CARE UK – acting chair)": the body, then the post
        jobs = [any(w.lower().strip(".") in _JOB_WORDS for w in part.split()) for part in inner]
        if len(inner) == 2 and jobs[0] != jobs[1] and len(inner[1 - jobs.index(True)].split()) <= 4:
            post, body = inner[jobs.index(True)], inner[1 - jobs.index(True)]
            return m[1].strip(), post, body       # "Ana Ruiz (IOM, Protection Officer)", "(Field Officer, NRC)"
        return m[1].strip(), None, m[2].strip()
    of = re.fullmatch(r"((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})\s+from\s+(?:the\s+)?"
                      r"([A-Z].{1,60})", text)
    if of and not _split_glued(of[1]) and not any(w.lower() in vocab.POSITION_STARTS or w.lower() in _JOB_WORDS for w in of[1].split()):
        return of[1], None, of[2]      # "Mr. Omar Aziz from Save the Children"
    parts = [p for p in _DASHES.split(text, maxsplit=1) if p]
    post = _AR_POST.match(_AR_HONORIFICS.sub("", text)) if len(parts) == 1 and _ARABIC.search(text) else None
    if post:                    # "خالد امين رومي عضو اللجنة": the name, then the post with no mark between
        parts = [post[1], post[2]]
    if len(parts) == 1:
        glued = _split_glued(text)
        parts = glued if glued else re.split(r",\s*", text, maxsplit=1)
    name = parts[0].strip(" ,-–—")
    rest = parts[1].strip() if len(parts) > 1 else None
    own = re.fullmatch(r"(.+?)\s*\(([^()]{2,60})\)", name) if rest else None
    if own:                   # "Ana Ruiz (IOM) – Protection Officer": the body in brackets, then the post
        return own[1], _glue_fix(rest), own[2]
    glued = _split_glued(name) if rest else None
    if glued and (glued[1].split()[0].lower() in vocab.POSITION_STARTS or re.match(r"[A-Z]{2,}", glued[1])):
        name, rest = glued[0], f"{glued[1]} – {rest}"     # "AzizHead of Branch— Diwania"
    org = None
    if rest and "," in rest:
        head, tail = rest.rsplit(",", 1)
        tail = tail.strip()
        job = bool(tail) and (tail.split()[-1].lower() in _JOB_WORDS or tail.split()[0].lower() in vocab.POSITION_STARTS)
        if job and ref.organisation(head.strip()):
            rest, org = tail, head.strip()     # "UNICEF, Education Officer": the body, then the post
        elif (ref.organisation(head.strip()) or _org_like(head)) and _a_place_of(tail, ref):
            rest, org = None, f"{head.strip()}, {tail}"   # "Directorate of Education, Ninewa": the body where it is
        elif ref.organisation(tail) or (len(tail.split()) <= 6 and not (job and ref.organisations_in(head))):
            rest, org = head.strip(), tail     # "Chairperson - OCHA, Cluster Coordinator": OCHA, not the post
    halves = re.split(r"\s+[-–—]\s+", rest, maxsplit=1) if rest and not org else []
    if len(halves) == 2:      # "IOM - Protection Officer", "Protection Officer – IOM": a body and a post
        known = [bool(ref.organisation(h) or (_acronym(h.split()[0]) and len(h.split()) <= 3 and h.split()[0].upper()
                                               not in _JOB_ACRONYMS)) and not any(
            w.lower() in _JOB_WORDS for w in h.split()) for h in halves]
        if not any(known):    # neither known: one named as a body ("Hawija District Council", "Al-Amal Association")
            known = [_org_like(h) and not any(w.lower() in _JOB_WORDS for w in h.split()) for h in halves]
        if known[0] != known[1]:
            org, rest = halves[known.index(True)], halves[1 - known.index(True)]
    arabic_post = bool(rest) and bool(_AR_JOBS.match(rest.split()[0]) or re.match(r"^(?:مستشار|خبير|وزير|باحث)", rest))
    if rest and not org and not arabic_post and (ref.organisation(rest) or _org_like(rest) or re.match(r"[A-Z]{3,}\s", rest) and len(
            rest.split()) <= 5 and not re.search(r"\s(?:of|for)\s", rest) and not any(
            w.lower() in _JOB_WORDS for w in rest.split())):
        rest, org = None, rest     # "Ana Cruz - DSWD Field 10": an acronym opens the body
    if rest and not org and re.fullmatch(r"[A-Z][A-Za-z&]*(?:-[A-Za-z&]+)*", rest) and _acronym(rest.split("-")[-1]) \
            and rest.upper() not in _JOB_ACRONYMS:
        rest, org = None, rest     # "Mr. Sami Tala, NDMO": one acronym after the name is a body, not a post
    if rest and not org and _ARABIC.search(rest):
        org = _body_in_position(rest)     # "مسؤول المخيمات لمحافظة دهوك": of the governorate
        head = rest[:-len(org)].rstrip() if org and rest.endswith(org) else ""
        if head[-1:] in ("–", "—", "-") and head[:-1].strip():
            rest = head[:-1].strip()      # "مدير الفرع – وزارة ... / فرع نينوى": the post ends at the dash
    if not rest and " " in name and ref.organisation(name.rsplit(" ", 1)[1]):
        name, org = name.rsplit(" ", 1)     # "Ahmed Qassim MoMD"
    elif not org and name:
        trailing = _trailing_org(name, ref)
        if trailing and rest and len(rest.split()) == 1 and rest[:1].isupper() and not ref.organisation(rest):
            name, org, rest = trailing[0], f"{trailing[1]} - {rest}", None    # "Peter Otieno WFP - Kenya"
        elif trailing:
            name, org = trailing
    post = re.fullmatch(r"(?i)(.{3,80}?)\s+(focal\s+(?:point|person)|representative|delegate|liaison(?:\s+officer)?)\b(.*)",
                        org or "") if not rest else None
    if post and (ref.organisation(post[1]) or _org_like(post[1])):
        org, rest = post[1], org            # "Ministry of Finance focal point": the body, and the post it names
    role = re.fullmatch(r"(.+?)\s*\(((?:co-?)?chair\w*|facilitator|moderator|rapporteur|note[- ]?taker|"
                        r"minute[- ]?taker|secretary)\)", org or "", re.I) if not rest else None
    if role:                                # "Ana Ruiz: IOM (Chair)": the body, and her role in the meeting
        org, rest = role[1], role[2]
    return name or None, _glue_fix(rest) if rest else None, org


def _a_place_of(text: str, ref: Reference) -> bool:
    """"Ninewa", "Ninewa Branch", "Erbil Office": a governorate or town, or a body's unit named by one (pure)."""
    words = text.strip().split()
    unit = len(words) >= 2 and words[-1].lower() in ("branch", "office", "sub-office", "suboffice", "directorate")
    place = " ".join(words[:-1] if unit else words)
    return 0 < len(words) <= 4 and bool(place) and ref.place(place) is not None


def person_post_body(entries: list[str], ref: Reference) -> bool:
    """"Ana Ruiz, Shelter Cluster Coordinator, IOM": a person, her post and body, not three organisations. Pure."""
    return len(entries) <= 3 and _looks_like_a_name(entries[0]) and not _a_body(entries[0], ref) and \
        any(w.lower() in _JOB_WORDS for e in entries[1:] for w in e.split())


def _acronym(word: str) -> bool:
    """"UNICEF", "CeRID", "NAPAD": capitals at least as many as small letters (a name has one capital)."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    upper = sum(1 for c in letters if c.isupper())
    return len(letters) >= 2 and letters[0].isupper() and upper >= 2 and upper >= len(letters) - upper


def _trailing_org(name: str, ref: Reference) -> tuple[str, str] | None:
    """"Amina Yusuf Ali CERDO", "Joseph Mwangi Hope Foundation": an organisation written after the name
    with no separator (the last word an acronym or a known body, or the last two words ending in a body word),
    when at least two words of name stay. Pure."""
    place = re.search(r"\s*[-–]\s*[A-Z][a-z]+$", name)
    if place and place.start() > 0 and _acronym(name[:place.start()].split()[-1]):
        found = _trailing_org(name[:place.start()], ref)    # "Peter Otieno WFP- Kenya"
        return (found[0], name[len(found[0]):].strip()) if found else None
    words = name.split()
    if len(words) < 3 or _ARABIC.search(name):
        return None
    last = words[-1].rstrip("-")
    if (_acronym(last) or ref.organisation(last)) and not _acronym(words[-2]):
        return " ".join(words[:-1]), last
    if len(words) >= 4 and _ORG_WORDS.search(last) and words[-2][:1].isupper():
        return " ".join(words[:-2]), " ".join(words[-2:])
    return None

_JOB_ACRONYMS = {"IMO", "CEO", "COO", "CFO", "DG", "GM", "HC", "DHC", "RC", "HOM", "HOO", "HOD", "PO", "PM", "FP",
                 "TL", "PA", "MEAL", "IM", "HR", "IT", "OIC", "CO", "TA", "DCD", "CD", "SRSG", "DSRSG", "ERC"}
_JOB_WORDS = {"coordinator", "officer", "lead", "manager", "director", "adviser", "advisor", "assistant", "specialist",
              "head", "chief", "chair", "chairperson", "associate", "consultant", "representative",
              # the officers of a board or an association
              "president", "co-president", "vice-president", "vp", "treasurer", "co-treasurer", "clerk", "chairman",
              "chairwoman", "co-chair", "trustee", "councillor", "councilor",
              # a council's members and staff ("Commissioner", "County Engineer"): titled_roll.py's posts
              "commissioner", "councilmember", "alderman", "selectman", "supervisor", "superintendent", "attorney",
              "engineer", "mayor", "administrator", "planner", "forester"}
_ORG_WORDS = re.compile(r"\b(?:directorate|ministry|office|department|police|council|committee|embassy|"
                        r"organi[sz]ation|agency|foundation|centre|center|association|union|programme|fund|federation|"
                        r"society|network|institute|university|college|hospital|"
                        r"مديرية|وزارة|ديوان|دائرة|مكتب|مجلس|هيئة|منظمة|قائممقامية|قائمقامية|بلدية|مفوضية)\b", re.I)


def _org_like(text: str) -> bool:
    """"Diyala Police Directorate": a body, not a job."""
    first = text.split()[0].lower().rstrip(",")
    long_name = len(text.split()) <= 12 and re.match(       # "Ministry of Migration and Displaced (MoMD) Ninewa branch"
        r"(?i)(?:the\s+)?(?:(?:international|national|regional)\s+)?(?:ministry|directorate|department|office|council|"
        r"committee|commission|authority|agency|federation)\b", text) \
        and not re.search(r"(?i)\bfocal\b", text) and not any(w.lower().strip("().,") in _JOB_WORDS for w in text.split())
    return first not in vocab.POSITION_STARTS and bool(_ORG_WORDS.search(text)) and (len(text.split()) <= 6 or
                                                                                     bool(long_name))

def _split_glued(text: str) -> list[str] | None:
    """"Rahem Kamil ZghairHead of Return Department": a name glued to its position."""
    for m in _GLUED.finditer(text):
        word_start = text.rfind(" ", 0, m.start()) + 1
        while word_start < m.start() and text[word_start] in "([\"'“‘":
            word_start += 1
        before = text[:m.start()]
        if m.start() - word_start < 3 or before.count("(") > before.count(")") or "," in before:
            continue   # "MoMD", "(MoMD)", "McDonald": a word of its own; after a comma, the comma parts them
        right = text[m.start():]
        first = right.split()[0].lower().rstrip(",")
        if first in vocab.POSITION_STARTS or first.startswith(("head", "rep", "deputy", "director")) \
                or re.match(r"[A-Z]{2,}", right) or len(right.split(",")[0].split()) >= 3:   # ", ACF": its body
            return [text[:m.start()], right]
    words = text.split()
    for i in range(2, min(len(words), 7)):
        if any(w.endswith(",") for w in words[:i]):
            return None    # "Ms. Dana Salih, Education Cluster Coordinator": the comma parts them already
        if words[i].lower().rstrip(",") in vocab.POSITION_STARTS and words[i][:1].isupper():
            while i > 2 and re.fullmatch(r"[A-Z]{2,6}", words[i - 1]):
                i -= 1     # an acronym before the job belongs to it: "RWG Coordinator"
            return [" ".join(words[:i]), " ".join(words[i:])]
    return None


_ROLE_LEAD = re.compile(r"^(?:co-?chair(?:person)?s?|chair(?:person)?|facilitators?|moderators?|rapporteurs?|"
                        r"note[- ]takers?|رئيس الاجتماع|الميسر|مقرر)\s*(?:[–—]|\s-)\s*", re.I)   # "Chair: X" is the chairs' field
_NOT_A_FIELD = re.compile(r"^[\d\s+().\-/]*$|^\S+@\S+$")


def _by_content(cells, ref: Reference) -> tuple[str | None, str | None, str | None]:
    """A row without a header: the first text cell is the name; of the others, a known body, an acronym or a body's
    name is the organisation, a job the position; numbers, phones and e-mails are dropped. Pure."""
    values = [c.strip(" /").rstrip(" .") for c in cells if c and not _NOT_A_FIELD.match(c.strip())]
    if not values:
        return None, None, None
    name, position, org = values[0], None, None
    for value in values[1:]:
        first = value.split()[0].lower().rstrip(",")
        job = first in vocab.POSITION_STARTS or value.split()[-1].lower() in _JOB_WORDS or bool(
            _AR_JOBS.match(first) or first in ("معاون", "مستشار", "مستشارة", "خبير", "موظف", "ضابط", "مساعد"))
        if org is None and not job and (ref.organisation(value) or _acronym(value.split()[0]) or _org_like(value)):
            org = value
        elif position is None and job:
            position = value
        elif org is None:
            org = value
        elif position is None:
            position = value
    if org is None:
        trailing = _trailing_org(name, ref)
        if trailing:
            name, org = trailing
    return name, position, org


_AR_JOBS = re.compile(r"^(?:ال)?(?:رئيس|نائب|مدير|عضو|ممثل|منسق|مسؤول|سكرتير|أمين)ة?$")


def name_list(text: str) -> list[tuple[str, str | None, str | None]] | None:
    """"(Ali Omar, Sara Ali, Huda Saleh) members of the committee", "(نادية يوسف رئيسة الوفد، كريم عادل، ...) أعضاء
    لجنة ...": three or more short names in one line, each with its own job or the list's, and the list's job (the
    body a member of the list is of). Pure."""
    m = re.match(r"^\((?P<names>[^()]+)\)\s*(?P<role>.*)$", text.strip())
    names, role = (m["names"], m["role"].strip(" .") or None) if m else (text, None)
    entries = [e.strip(" .") for e in re.split(r"\s*[،,]\s*", names) if e.strip(" .")]
    if len(entries) < 3 or any(re.search(r"\d", e) or not 1 < len(e.split()) <= 6 for e in entries):
        return None
    people = []
    for entry in entries:
        words = entry.split()
        job = next((i for i, w in enumerate(words) if i >= 2 and _AR_JOBS.match(w)), None)
        if job is None and not _looks_like_a_name(entry):
            return None
        people.append((" ".join(words[:job]), " ".join(words[job:]), role) if job else (entry, role, role))
    return people


_BODY = None


def _a_body(entry: str, ref) -> bool:
    """An entry of an attendance list that names a body, not a person: a known organisation, an acronym, or a
    name holding a body word of the word table ("Sunrise Foundation", "River Relief Services"). Pure."""
    global _BODY
    if _BODY is None:
        words = [w for ws in vocab.BODY_WORDS.values() for w in ws]
        _BODY = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)
    entry = entry.strip()
    return bool(entry) and (bool(ref.organisation(entry)) or (len(entry.split()) <= 2 and entry.isupper())
                            or (len(entry.split()) == 1 and _acronym(entry)) or bool(_BODY.search(entry)))


_SPEAKER_EN = re.compile(r"\b(?:(?:Mr|Ms|Mrs|Dr|H\.E|Eng|Prof)\.?|(?<!the )(?:Minister|Governor|Ambassador|Mayor))\s+(?P<name>(?:[A-Z]\.\s?){1,2}[A-Z][\w'-]+|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,3}),\s+"
                         r"(?:the\s+)?(?P<position>(?:Head|Director|Deputy|Chief|Representative|Coordinator|Manager|"
                         r"Minister|Governor|Mayor|Advisor|Adviser|Chair|Co-chair|Senior|Country Director|Assistant|"
                         r"Executive|Secretary)\b(?:(?!\s(?:addressed|opened|welcomed|thanked|presented|introduced|"
                         r"briefed|reported|said|stated|noted|highlighted|chaired)\b)[^,.;]){0,80})")   # the verb ends it
# "an invocation by Ms. Lia P. Cruz of DSWD Region 5", "presented by Asec. Ben Ong, DOH Central Office": a titled
# person and the body after "of" or a comma, the body opening with an acronym
_TITLED_OF = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Atty|Asec|Usec|Engr|Hon)\.?\s+(?P<name>[A-Z][\w'-]+(?:\s(?:[A-Z]\.|[A-Z][\w'-]+)){1,3})"
                        r"(?:\s+of\s+|,\s+)(?:the\s+)?(?P<org>[A-Z]{2,}[\w-]*(?:\s+(?:[A-Z][\w-]*|\d{1,3}))*)")
_SPEAKER_AR = re.compile(r"(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الاستاذ|(?<![\u0600-\u06ff])د\.)(?:\s*/\s*|\s+)(?P<name>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,2}?)"
                         r"(?:[،,]?\s+|\s*/\s*)(?P<position>(?:ال)?(?:مدير|معاون|ممثل|رئيس|مسؤول|نائب|وزير|محافظ|منسق|مستشار|"
                         r"قائممقام|قائمقام|عضو|سكرتير|أمين)\S*\s(?:(?!السيد|السيدة|الدكتور)[^،,.؛]){2,80})")
_POSITION_THEN_NAME_AR = re.compile(
    r"(?<![\u0600-\u06ff])و?(?P<position>(?:ال)?(?:وزير|وزيرة|نائب|ممثل|مدير|محافظ|رئيس|منسق|مستشار|سكرتير|أمين|وكيل|"
    r"الأمين|عضو)\s[^،,.؛]{2,80}?)\s+"
    r"(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الاستاذ|الأستاذة|المهندس|السفير|السفيرة)(?:\s*/\s*|\s+)"
    r"(?=(?P<name>(?:[\u0600-\u06ff]+[،,]?\s*){2,7}))")
_SPEAKER_OF = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,3}),\s+(?P<org>[^,]{2,60}),"
                         r"\s+(?:thanked|opened|welcomed|presented|said|noted|explained|informed|stressed|highlighted|"
                         r"briefed|shared|introduced|reminded|updated)\b")


def _a_topic(text: str) -> bool:
    """"Adoption of the agenda – adopted", "Review of the minutes": a topic's title, not a person (pure)."""
    head = re.split(r"\s[–—-]\s|,|\(", text)[0].strip()
    return not _ARABIC.search(head) and not _looks_like_a_name(head) and \
        bool(re.match(r"^\S+\s+(?:of|the|and|for|on|to|in)\s", head))
# "وزير الزراعة، كريم الساعدي، ...": a post, a comma, then a name of two or three words closed by a comma
_POST_COMMA_NAME_AR = re.compile(
    r"(?<![\u0600-\u06ff])و?(?P<position>(?:ال)?(?:وزير|وزيرة|محافظ|مدير|رئيس|ممثل|نائب)\s[^،,.]{2,60}?)[،,]\s*"
    r"(?P<name>(?!ال)[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,2})\s*[،,]")

