"""English prose that names who gave an item or spoke for a body: "Protection update (Karim)", "Ms. Ana Ruiz (IOM)
opened ...", "Li Wei from WFP presented ...", "Co-Chair of the WASH TF". Patterns and pure helpers for
prose_people.ProsePeople."""
from __future__ import annotations

import re

from .person import _a_body, _acronym

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
