"""Arabic written in presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF), as some PDFs give it: each letter folded to
its plain form, and a line a PDF wrote in visual order (its words' letters right to left, "ﺲﻠﺠﻣ" for "مجلس": a word
opens on a final form and ends on an initial one) put back in reading order. Pure."""
from __future__ import annotations

import re
import unicodedata

_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")
_WORD = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]{2,}")
_KEEP = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9A-Za-z]+(?:[/.:\-][0-9\u0660-\u0669\u06f0-\u06f9A-Za-z]+)*")
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")


def _form(ch: str) -> str:
    d = unicodedata.decomposition(ch)
    return d[1:d.index(">")] if d.startswith("<") else ""


def _visual(line: str) -> bool:
    """More of the line's words open on a final form or end on an initial one than the other way round."""
    backwards = forwards = 0
    for word in _WORD.findall(line):
        first, last = _form(word[0]), _form(word[-1])
        backwards += (first == "final") + (last == "initial")
        forwards += (first == "initial") + (last == "final")
    return backwards > forwards


def _reading_order(line: str) -> str:
    """The line reversed, its numbers and Latin words kept as written, brackets turned back."""
    flipped = line[::-1].translate(_MIRROR)
    return _KEEP.sub(lambda m: m[0][::-1], flipped)


def logical_arabic(text: str) -> str:
    if not _FORMS.search(text or ""):
        return text
    lines = []
    for line in text.split("\n"):
        if _FORMS.search(line):
            if _visual(line):
                mark = re.match(r"^\s*(?:#+\s+|[-•]\s+)?", line)[0]     # "## " a reader put before a heading
                line = mark + _reading_order(line[len(mark):])
            line = _FORMS.sub(lambda m: unicodedata.normalize("NFKC", m[0]), line)
        lines.append(line)
    return "\n".join(lines)
