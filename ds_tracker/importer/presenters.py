"""English prose that names who gave an item or spoke for a body: "Protection update (Karim)", "Ms. Ana Ruiz (IOM)
opened ...", "Li Wei from WFP presented ...", "Co-Chair of the WASH TF". Patterns and pure helpers for
prose_people.ProsePeople."""
from __future__ import annotations

import re

from . import vocab
from .grouped_people import _POST_WORDS, _a_name
from .person import _JOB_WORDS, _a_body, _acronym

_ITEM_PRESENTER = re.compile(r"^(?P<topic>[A-Za-z][\w /&,-]{2,60}\b(?:update|updates|presentation|briefing|overview|"
                             r"report|remarks))\s*\((?P<name>[A-Z][a-z'’-]{2,}(?:\s[A-Z][a-z'’-]+){0,2})\)\s*$", re.I)
_NOT_PRESENTERS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "draft", "final", "tbc", "tbd", "all", "pending", "annex", "optional", "cancelled",
                   "verbal", "oral", "written", "confidential", "restricted", "postponed", "deferred", "revised",
                   "continued", "closed", "open", "tentative", "preliminary", "summary", "brief", "joint", "online",
                   "virtual", "ongoing", "done", "completed", "new", "partners", "members", "chair", "co-chair",
                   "secretariat", "coordinator", "coordinators", "slides", "attached", "cont", "contd", "item"}

# a sentence opening with a person and the body she came from, then what she did
_NAME_BODY_VERB = re.compile(r"(?:^|(?<=[.;]\s))(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\s+"
                             r"(?:\((?P<org1>[^()]{2,60})\)|from\s+(?:the\s+)?(?P<org2>[A-Z][\w&/'’-]*(?:\s+[A-Z][\w&/'’-]*){0,4}))"
                             r"\s+(?:also\s+)?(?:opened|welcomed|presented|briefed|explained|gave|shared|updated|informed|thanked|"
                             r"introduced|highlighted|reported)\b")

# "Opening remarks were made by Ana Ruiz, Head of Office, OCHA": the person after "by", her post and body after commas
_BY_COMMA = re.compile(r"\b(?:made|given|delivered|presented|opened|welcomed|introduced|facilitated)\s+by\s+"
                       r"(?P<text>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2},\s+[^.;]{3,100})")


def _body_after_of(position: str, ref) -> str | None:
    """"Co-Chair of the WASH TF", "Head of Sunrise Foundation": the body the post is of, in capitals to the end,
    when it holds an acronym or a body word (not "Head of Programmes"). Pure."""
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,5})$", position)
    if m and (_a_body(m[1], ref) or any(_acronym(w) for w in m[1].split())):
        return m[1]
    return None


# the name's words: a hyphen may join two ("Anne-Marie") or glue the name to the post ("Odeh-Registration"): both
# readings are tried, the shorter first
_BY_HYPHEN = [re.compile(r"\bby\s+(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)" + q + r"(?:\s[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)"
                         + q + r"){1,2}" + r + r")\s*[-–—]\s*(?P<rest>[A-Z][^.;:()]{2,80})") for q, r in (("??", "?"), ("?", ""))]


def by_hyphen(text: str) -> list[tuple[str, str, str | None]]:
    """"1. Registration update by Rana Odeh-Registration Officer-UNHCR", "Border update by Sam Lee- Senior
    Officer", "by Ana Ruiz - Focal point- MoH": an item's presenter after "by", a dash with or without spaces, a
    post (to the next dash or comma when it is short, else to its last job word within six words), then the
    body's acronym after the dash or comma, or glued to the post ("coordinatorUNHCR"). (name, post, body) of each
    "by" of the line; none where no job word follows the dash. Pure."""
    out = []
    for part in re.split(r"(?=\bby\s)", text)[1:]:       # each "by ..." of the line, a presenter each
        for pattern in _BY_HYPHEN:
            found = _by_hyphen(pattern.match(part))
            if found:
                out.append(found)
                break
    return out


def _by_hyphen(m) -> tuple[str, str, str | None] | None:
    if not m or not _a_name(m["name"].replace("-", " ").split()[:3]):
        return None
    parts = re.split(r"\s*,\s*|\s*[-–—]\s+|\s+[-–—]\s*|(?<=[a-z])-(?=[A-Z])", m["rest"])
    words = parts[0].split()[:7]
    glued = [k for k, w in enumerate(words) if (g := re.fullmatch(r"([a-z]+)([A-Z]{2,8})", w)) and g[1] in _POST_WORDS]
    job = [k for k, w in enumerate(words[:6]) if w.lower() in _POST_WORDS] + glued
    if not job:
        return None
    body = None
    if glued:                          # "coordinatorUNHCR": the body glued to the post's last word
        g = re.fullmatch(r"([a-z]+)([A-Z]{2,8})", words[glued[0]])
        words, body = words[:glued[0]] + [g[1]], g[2]
    elif len(words) <= 4 and len(parts) > 1:
        follow = parts[1].split()
        body = follow[0] if follow and _acronym(follow[0]) else None      # "Registration Officer-UNHCR"
    else:
        words = words[:max(job) + 1]
    return m["name"], " ".join(words), body


# words of a body's name, never of a person's ("Minister of Planning Lana Aziz")
_BODY_WORDS = {"ministry", "ministers", "council", "government", "office", "committee", "directorate", "cabinet"}


def _described(what: str) -> tuple[str | None, str | None]:
    """"Unicef Rep" -> the body it represents; "Protection Officer" -> a post; else what it is: (position, org)."""
    words = what.split()
    if len(words) >= 2 and words[-1].lower() in ("rep", "representative"):
        return None, " ".join(words[:-1])
    if any(w.lower() in _JOB_WORDS for w in words):
        return what, None
    return None, what


def _post_then_name(text: str) -> tuple[str, str, str] | None:
    """"Minister of Planning Lana Aziz" -> (post, name, body): the capitalised words ending the phrase (up to
    three, none a body word, none right after "of") are the name; the post opens with a job word. Pure."""
    words = text.split()
    if words[0].lower().split("-")[0] not in vocab.POSITION_STARTS + ["secretary", "minister", "governor"]:
        return None
    k = len(words)
    while k > 1 and len(words) - k < 3 and words[k - 1][:1].isupper() and \
            words[k - 1].lower() not in _BODY_WORDS and words[k - 2].lower() not in ("of", "the", "for", "and"):
        k -= 1
    if len(words) - k < 2 or k < 1 or any(w.lower() in _JOB_WORDS or w.lower() in vocab.POSITION_STARTS
                                          for w in words[k:]):
        return None       # "Protection Cluster Coordinator": a post, no one named
    post, name = " ".join(words[:k]), " ".join(words[k:])
    body = re.sub(r"^Minister\b", "Ministry", post) if post.startswith("Minister ") else \
        post.split(" of ", 1)[1].removeprefix("the ") if " of " in post else None
    return post, name, body
