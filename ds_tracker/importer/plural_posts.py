"""Names after a post in the plural or the dual, set off by a comma and joined by "و" ("قدمت منسقات المشروع،
فلانة وفلانة وفلانة عرضاً", "وحضر ممثلو البلدية، فلان وفلان"): each a person holding that post. Pure."""
from __future__ import annotations

from .arabic_news import _bare, _is_job, _name_from

_ENDINGS = ("ات", "ون", "ين", "ان", "و", "ي", "ا")   # plurals, the dual, construct forms ("منسقو", "منسقي", "وكيلا")



def _units(name: str) -> int:
    """A name's parts, "عبد الله" one ("عبد", "أبو", "بن" join the next word)."""
    return len([w for w in name.split() if w not in ("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل")])


def plural_post(word: str) -> bool:
    """"منسقات", "ممثلو", "وكيلا", "مديري": a job's word in the plural or the dual (not the job itself)."""
    w = _bare(word).removeprefix("و")
    if _is_job(w) and not w.endswith(_ENDINGS):
        return False
    for end in _ENDINGS:
        base = w[:-len(end)] if w.endswith(end) and len(w) - len(end) >= 3 else None
        if base and (_is_job(base) or _is_job(base + "ة")):
            return True
    return False


def named_after_plural(chunks: list[str]) -> list[str]:
    """The names the chunk after a plural post lists, "A وB وC" (two at least: one name is no list)."""
    for k, chunk in enumerate(chunks[:-1]):
        tokens = chunk.split()
        if not tokens or not plural_post(tokens[0]) or len(tokens) > 6:
            continue
        words, out = chunks[k + 1].split(), []
        while words:
            got = _name_from(words, 0, True)
            if not got or len(got[0].split()) > 3:
                break
            out.append(got[0])
            words = words[got[1]:]
            if not words or not words[0].startswith("و") or len(words[0]) < 3:
                break
            words = [words[0][1:]] + words[1:]
        if len(out) >= 2 and _units(out[-1]) > max(map(_units, out[:-1])) and out[-1].endswith("ا"):
            out[-1] = out[-1].rsplit(" ", 1)[0]   # "ولميس رجب عرضاً": the sentence's object ("-اً"), no family name
        return out if len(out) >= 2 else []
    return []
