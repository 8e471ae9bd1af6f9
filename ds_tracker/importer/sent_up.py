"""Escalations read by structure, over whole paragraphs (a sentence may wrap over lines): a verb that sends
something up ("submitted", "raised at", "a letter to", "للرفع", "إحالة", "نقل"), then a noun phrase headed by a
kind of higher body (council, committee, ministry, governor, emir, مجلس، لجنة، وزارة، أمير) or a coordination
body's acronym, named as written. Pure functions; the body words live in vocab.SENT_UP."""
from __future__ import annotations

import re

from ..textnorm import normalise
from . import vocab
from .escalation import generic_body, _canonical
from .lines import Line

_EN_CUE = re.compile(r"\b(?:submit\w*|rais(?:e|ed|es|ing)|refer(?:red|s)?|forward\w*|escalat\w*|elevat\w*|"
                     r"sen[dt]\w*|appeal\w*|advocat\w*|(?:brought|bring\w*)(?!\s+together)|endorse\w*|approval|"
                     r"writ(?:e|es|ing|ten)|agenda (?:point|item)|present(?:ed|s)?(?=\s+to\b)|"
                     # "will be providing a report to the Governing Board": a report made to a body is sent up to it
                     r"(?:a|the|their|its|our|his|her|an) (?:\w+ )?report(?= to\b))\b", re.I)
# ("brought together 31 participants from ... line ministries": no one is sent anything)
# a strong cue sends outcomes up even when the body is not right after a preposition ("recommendations will be
# submitted under Order No. 12 that set up the Joint Review Committee")
_EN_OUTCOMES = re.compile(r"\b(?:recommendations?|outcomes?|decisions?|minutes|results|findings|conclusions)\b")
_EN_BEFORE = re.compile(r"\b(?:to|at|with|before|for|in|of|by)\s+(?:(?:the|his|her|their|its|next|relevant|"
                        r"concerned|line|H\.?E\.?)\s+)*$", re.I)
_CAP_RUN = re.compile(r"(?:[A-Z][\w'’&/.-]*)(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’&/.-]*)*")
_LOWER = re.compile(r"\b(?:the|relevant|line|concerned)\s+(ministers?|ministries|governors?|government|cabinet)\b",
                    re.I)
_AR_WHEN = {"المقرر", "المقررة", "المزمع", "المنعقد", "المقبل", "القادم"}   # "... المقرر عقده": when, not a name
_AR_STOP = {"التي", "الذي", "الذين", "اللذين", "الى", "الا", "الان", "اللازمة", "اللازم",
            "الموقر", "الموقرة", "المحترم", "المحترمة"} | _AR_WHEN    # "مجلس الشورى الموقر": courtesy, no name
_END = re.compile(r"(?<=[.!?؛])\s+(?=[A-Z\u0600-\u06ff])")
# a one-digit number after a word or a bracket is the sentence's last word ("... maintain version 6. Omar will ask")
_NUMBER_ENDS = re.compile(r"(?:[a-z]{3}|\))\s+\d[.!?]$")
_ABBREVIATIONS = {"no", "nos", "mr", "ms", "mrs", "dr", "prof", "st", "h.e", "e.g", "i.e", "vs", "art"}


def sentences(text: str) -> list[str]:
    """A paragraph's sentences: a full stop ends one unless it closes an abbreviation ("No. 12", "Ms. Ali")."""
    out, start = [], 0
    for m in _END.finditer(text):
        last = text[start:m.start()].rstrip(".!?؛").rsplit(None, 1)[-1:] or [""]
        if last[0].lower().strip("(") in _ABBREVIATIONS or (len(last[0]) == 1 and not
                                                                         _NUMBER_ENDS.search(text[start:m.start()])):
            continue     # "J. Smith": an initial; "steps: 1. Map": a list's number; "... (RHEL) 6. Omar will": an end
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def _line_naming(lines: list[Line], start: int, body: str) -> int:
    """The line of the paragraph that names the body (the review screen points at it, and the recommendation on
    that line is the one the letter carries); the paragraph's first line when none does alone."""
    key = normalise(body)
    for line in lines[start - 1:start + 40]:
        if line.blank and line.no > start:
            break
        if key in normalise(line.text):
            return line.no
    return start


def paragraphs(lines: list[Line]) -> list[tuple[int, str]]:
    """(first line, text) of each run of prose lines, joined: a wrapped sentence read whole."""
    out, start, parts = [], None, []
    for line in lines + [Line(no=0, text="")]:
        if line.blank or line.is_row or line.bullet or line.number:
            if parts:
                out.append((start, " ".join(parts)))
            start, parts = None, []
            if line.bullet or line.number:
                start, parts = line.no, [line.text]
            continue
        start = start or line.no
        parts.append(line.text)
    return out


# a line that stops on a word that needs more after it wraps on: "... the meeting with the" + "Ministry of ..."
_OPEN_END = re.compile(r"(?i)\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|that|which|is|are|was|were)$|[-–(/&]$")


def _wrap_width(lines: list[Line]) -> int:
    """How long the text's prose lines run when they wrap (the longest tenth): a line well short of it, no full stop
    at its end, and a capital on the next line, ended its item ("... (2004)" + "Data collection is finished ...");
    so did one longer than text is wrapped at (150 characters: a paragraph typed on one line)."""
    lengths = sorted(len(l.text) for l in lines if not (l.blank or l.is_row or l.markdown_heading))
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else 10 ** 6


def own_sentences(lines: list[Line]) -> dict[int, list[str]]:
    """{line: the sentences of its paragraph that start on it, read to their end over the lines below}, for the lines
    of paragraphs that wrap: "... were raised. The donors recommended that the cluster" + "re-prioritize the plan."
    gives the second line nothing and the first the whole recommendation. A short line with no full stop before a
    capital is a title, not the start of the paragraph below it."""
    out: dict[int, list[str]] = {}
    runs: list[list[Line]] = []
    width = _wrap_width(lines)
    for line in lines:
        prose = not (line.blank or line.is_row or line.markdown_heading)
        last = runs[-1][-1].text if runs and runs[-1] else ""
        title = last and not re.search(r"[.,;:،؛]$", last) and line.text[:1].isupper() and (
            len(last) < 60 or (len(last) < 0.8 * width or len(last) > 150) and not _OPEN_END.search(last))
        if not prose or line.bullet or line.number or title or not runs or not runs[-1]:
            runs.append([line] if prose else [])
        else:
            runs[-1].append(line)
    for run in runs:
        if len(run) < 2:
            continue
        text, bounds = "", []
        for line in run:
            bounds.append((len(text), line.no))
            text += line.text + " "
            out[line.no] = []
        position = 0
        for sentence in sentences(text.strip()):
            at = text.find(sentence, position)
            position = at + len(sentence)
            owner = next(n for o, n in reversed(bounds) if o <= at)
            out[owner].append(sentence)
    return out


def bodies_sent_up(text: str, lang: str) -> list[str]:
    """The higher bodies each sentence of text sends something up to, as written; [] when none."""
    found: list[str] = []
    for sentence in sentences(text):
        for body in (_arabic(sentence) if lang == "ar" or re.search(r"[\u0600-\u06ff]", sentence)
                     else []) + _english(sentence):
            if body not in found:
                found.append(body)
    return found


# "shared with the SAG for final approval", "sent to X for endorsement": whoever approves is above the forum
_FOR_APPROVAL = re.compile(r"\b(?:shar|sen[dt]|submit|present|forward|circulat|refer)\w*\s+(?:to|with)\s+(?:the\s+)?"
                           r"(?P<body>[A-Z][\w&/.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&/.'’-]*){0,5})\s+for\s+"
                           r"(?:\w+\s+){0,2}(?:approval|endorsement|validation|adoption|sign-off|decision|clearance)\b")
# "to meet (with) the State Secretary", "take up the issue ... in ICCM": a step up to a higher office or body
_MEET = re.compile(r"\bmeet(?:ing)?\s+(?:with\s+)?(?:the\s+)?(?:H\.?E\.?\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}"
                   r"(?:Minister|Secretary|Governor|Mayor|Cabinet|Parliament|Ministry(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?))\b")
_ATTENTION = re.compile(r"\b(?:brought|bring\w*|drawn|draw\w*)\s+to\s+the\s+attention\s+of\s+(?:the\s+)?(?:H\.?E\.?\s+)?"
                        r"(?P<body>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,5})")
_TAKE_UP = re.compile(r"\btak\w*\s+up\s+(?:the\s+|this\s+|these\s+)?(?:issues?|matters?|concerns?|case)\b[^.;]{0,80}?"
                      r"\b(?:in|with|at)\s+(?:the\s+)?(?P<body>[A-Z][\w&/-]+(?:\s+[A-Z][\w&/-]+){0,4})")

# "the RWG requests the Ministry of Migration (Baghdad) to clarify ...": a forum asking a higher office to act
_REQUEST = re.compile(r"\b(?:requests?|asks?|calls?\s+(?:on|upon)|urges?|appeals?\s+to)\s+(?:the\s+)?(?:H\.?E\.?\s+)?"
                      r"(?P<body>(?:Ministry|Minister|Governor|Government|Council\s+of\s+Ministers|Prime\s+Minister|"
                      r"Cabinet|Parliament)(?:['’]s)?(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,5})"
                      r"(?:\s*\([^()]{1,30}\))?\s+to\s+[a-z]")

# "need to notify the Standards Secretariat which ...": a body told of the outcome, named right after the verb
_NOTIFY = re.compile(r"\b(?:notify|notifies|notifying)\s+(?:the\s+)?"
                     r"(?P<body>[A-Z][\w&/-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&/-]*){1,4})")


# "to be presented to HLCP", "should be submitted to ICWC members": a step still to come that sends the outcome to
# a body known by its acronym alone (one the reference knows as a partner agency is dropped in sent_up())
_PASSIVE_TO = re.compile(r"\b(?:be|been|is|are|was|were)\s+(?:submitted|presented|forwarded|referred|escalated|"
                         r"elevated)\s+to\s+(?:the\s+)?(?P<body>[A-Z]{3,6})(?![\w-])(?!\s+[A-Z])")


def _english(sentence: str) -> list[str]:
    """The bodies, the named ones of a list that spells out a kind ("the line ministries - Ministry of A and
    Ministry of B") in place of the kind."""
    found = _english_bodies(sentence)
    out = []
    for body in found:
        named = _spelt_out_list(sentence, body) if body[:1].islower() else []
        out += [b for b in named or [body] if b not in out]
    return out


def _spelt_out_list(sentence: str, kind: str) -> list[str]:
    m = re.search(re.escape(kind) + r"\s*(?:[-–—:]|\(|,\s+(?:namely|i\.e\.?|that is))\s*(?P<list>[^.;]{5,250})", sentence)
    if not m:
        return []
    listed = re.sub(r"\([^()]*\)", " ", m["list"])     # "Ministry of Justice (Access to Justice Task Force)"
    out = []
    for part in re.split(r"\s*,\s*|\s+and\s+", listed):
        run = _CAP_RUN.match(part.strip())
        name = run[0].strip() if run else ""
        if not name or not _is_body(name):
            break     # the list ends where a part names no body
        out.append(name)
    return out if len(out) >= 1 and len(out) <= 6 else []


def _english_bodies(sentence: str) -> list[str]:
    asked = [m["body"] for p in (_FOR_APPROVAL, _MEET, _TAKE_UP, _ATTENTION, _PASSIVE_TO, _NOTIFY, _REQUEST)
             for m in p.finditer(sentence) if p in (_FOR_APPROVAL, _MEET, _PASSIVE_TO, _REQUEST) or _is_body(m["body"])]
    if asked:
        return asked
    cue = _EN_CUE.search(sentence)
    if not cue or re.search(r"\b(?:not|never)\b(?!\s+yet\b)(?:\s+\w+){0,2}\s*$", sentence[:cue.start()], re.I):
        return []        # "had not been raised at ICCG": nothing went up ("not yet been raised": still to go)
    if re.search(r"(?i)\bno\s+(?:objections?|comments?|issues?|concerns?|questions?|amendments?)\b[^.;]{0,60}$",
                 sentence[:cue.start()]):
        return []        # "No objections to the minutes were raised": nothing was raised, nor sent up
    strong = bool(_EN_OUTCOMES.search(sentence[:cue.start()])) and re.match(r"(?i)submit|refer|forward|escalat|elevat|rais",
                                                              cue[0])
    rest, offset, after, loose = sentence[cue.end():], cue.end(), [], []
    for m in list(_CAP_RUN.finditer(rest)) + list(_LOWER.finditer(rest)):
        phrase = (m[1] if m.re is _LOWER else m[0]).strip(" .,;:&")
        phrase = re.sub(r"^(?:The|Next|H\.?E\.?)\s+", "", phrase)
        phrase = re.sub(r"\s+(?:of|for|and|the|&)$", "", phrase)
        if not _is_body(phrase):
            continue
        before = _EN_BEFORE.search(sentence[:offset + m.start()])
        if before and before[0].split()[0].lower() == "of" and len(rest[:m.start()].split()) > 3:
            before = None    # "Endorse workplan, vote on creation of the Steering Committee": of a thing, sent nowhere
        if m.re is _LOWER and re.search(r"\b(?:of|by|from)\s+$", rest[:m.start()]):
            continue         # "the decision of the Government": the government acted, nothing went up to it
        prep = before[0].split()[0].lower() if before else None
        if prep == "by" and not re.match(r"(?i)endorse|approval", cue[0]) or \
                prep and cue[0].lower().startswith("agenda") and prep not in ("for", "at", "of", "in"):
            continue         # "to be carried out by the Ministry", "Agenda items ... chaired by the PC Coordinator"
        if m.re is _LOWER or before:
            after.append(phrase)
        elif strong and " " in phrase:
            loose.append(phrase)
    return after or loose[:1]   # "submitted to the PMO through MoMD": the PMO, not the channel


def _is_body(phrase: str) -> bool:
    """A coordination body's acronym ("ICCG"), or two words or more headed by a body word ("Joint Review Committee",
    "Ministry of Finance") or joining several forums ("Inter-Sector Coordination Group")."""
    words = phrase.split()
    if words[-1].lower() in ("meeting", "meetings", "workshop", "session", "retreat", "conference"):
        return False     # "the next Inter-Sector Meeting": a meeting, no body to send up to
    if len(words) == 1:
        return phrase.upper() in vocab.SENT_UP["acronyms"] or phrase.lower() in vocab.SENT_UP["plural"]
    low = [w.lower().strip("’'") for w in words]
    return any(w in vocab.SENT_UP["en"] or w.removesuffix("s") in vocab.SENT_UP["en"] for w in low) or \
        any(w.startswith("inter-") for w in low)


def _arabic(sentence: str) -> list[str]:
    words = [w.strip("،,.:؛()[]\"'«»") for w in sentence.split()]
    cues = vocab.SENT_UP["ar_cues"]
    out = []
    for i, w in enumerate(words):
        if not any(c in w for c in cues):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if "تقديم" in w and not re.match(r"(?:ال)?(?:توصي|مقترح|نتائج|تقرير)", nxt):
            continue     # "تقديم الدعم لوزارة": help given, nothing sent up; "تقديم توصياتها للجنة": sent up
        if w in ("عرض", "وعرض", "بعرض") and not re.match(r"(?:ال)?(?:أمر|امر|موضوع|توصي|مقترح|نتائج|ملف)", nxt):
            continue     # "قدم عرضاً عن": a presentation; "عرض الأمر على المؤتمر": put before a body
        addressed = "توصي" in w     # "التوصية إلى مجلس الوزراء", never "توصية اللجنة" (the committee's own)
        for j in range(i + 1, min(i + 20, len(words))):     # "أحال رئيس المجلس تقرير اللجنة ... إلى الحكومة"
            head = _ar_head(words[j])
            if head is None:
                continue
            prev = words[j - 1] if j > i + 1 else ""
            attached = words[j] != head      # "لمجلس", "للجنة": the preposition is on the word
            honorific = prev in vocab.SENT_UP["ar_honorifics"] or _ar_head(prev) is None and \
                prev.lstrip("ل") in vocab.SENT_UP["ar_honorifics"]
            if not (attached or prev in ("إلى", "الى", "إلي", "لدى", "على") or (j == i + 1 or honorific) and not addressed):
                continue
            out.append(" ".join([head] + _ar_continuation(words[j + 1:])))
            break
    return out


def _ar_head(word: str) -> str | None:
    """"لمجلس" -> "مجلس", "للجنة" -> "لجنة", "للمجلس" -> "المجلس"; None when the word is no body word."""
    heads = vocab.SENT_UP["ar"]
    for form in (word, word[1:] if word.startswith("ل") else None,
                 "ال" + word[2:] if word.startswith("لل") else None):
        if form and (form in heads or (form.startswith("ال") and form[2:] in heads)):
            return form
    return None


def _ar_continuation(words: list[str]) -> list[str]:
    """The words that complete a body's name: definite nouns and adjectives ("الفنية العليا"), and "للخدمات" when a
    definite word follows it ("للخدمات العامة"); a purpose ("للنظر في", "لاتخاذ") ends it."""
    out = []
    for k, w in enumerate(words[:8]):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w.startswith("ال") and w not in _AR_STOP and len(w) > 3:
            out.append(w)
        elif w.startswith("لل") and (nxt.startswith("ال") and nxt not in _AR_STOP or nxt in _AR_WHEN):
            out.append(w)
        else:
            break
    return out


def sent_up(draft: dict, lines: list[Line], lang: str, ref) -> None:
    """Escalations read over whole paragraphs, beside those the line walk found (a sentence wraps over lines)."""
    seen = {normalise(e["body"]) for e in draft["escalations"]}
    for start, text in paragraphs(lines):
        for body in bodies_sent_up(text, lang):
            body = _whole_name(body, text, ref)
            name = _canonical(body, ref)
            if generic_body(name):
                continue          # "إلى المجلس": a kind of body, none the letter could go to
            if body.isupper() and " " not in body and body not in vocab.SENT_UP["acronyms"] and ref.organisation(body):
                continue          # "presented to UNICEF": a partner agency the reference knows, no higher body
            if normalise(name) not in seen and not any(normalise(name) in s or s in normalise(name) for s in seen):
                seen.add(normalise(name))
                draft["escalations"].append({"body": name, "line": _line_naming(lines, start, body)})
    _named_kinds(draft)


def _named_kinds(draft: dict) -> None:
    """"line ministries" once the report has named them ("Ministry of Justice"): the kind is those bodies, no other."""
    def singular(word):
        return re.sub(r"ies$", "y", word) if word.endswith("ies") else word.removesuffix("s")
    named = {normalise(e["body"]).split()[0] for e in draft["escalations"] if e["body"][:1].isupper() and " " in e["body"]}
    draft["escalations"][:] = [e for e in draft["escalations"] if not (
        e["body"][:1].islower() and " " not in e["body"] and singular(normalise(e["body"])) in named)]


def _whole_name(body: str, text: str, ref) -> str:
    """"وزارة الهجرة" read up to its "و": "وزارة الهجرة والمهجرين" when the list knows that name; "محافظ" with the
    place after it ("محافظ نينوى"), so the letter says which governor."""
    if ref.organisation(body) or not re.match(r"[\u0600-\u06ff]", body):
        return body
    after = re.search(re.escape(body) + r"((?:\s+[\u0600-\u06ff]+){1,2})", text)
    words = after[1].split() if after else []
    for k in (2, 1):
        longer = " ".join([body] + words[:k])
        if len(words) >= k and ref.organisation(longer):
            return longer
    if words and re.fullmatch(r"(?:ال)?(?:محافظ|قائممقام|قائمقام)", body) and ref.place(words[0]):
        return f"{body} {words[0]}"
    if len(words) == 2 and re.fullmatch(r"(?:ال)?حكومة", body) and words[0] == "في" and ref.place(words[1]):
        return f"{body} في {words[1]}"    # "الحكومة في بغداد": a government named by its seat says which
    return body

