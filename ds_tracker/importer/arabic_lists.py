"""Names listed in an Arabic news sentence after a plural post (split from arabic_news.py, which reads one
person after a cue): a body's staff ("من محللي ... في منظمة الفاو، فلان، وفلان") and a roll of ministers or
members ("ومشاركة الوزراء فلان، فلان وفلان"). Pure."""
from __future__ import annotations

from .arabic_news import _CLOSERS, _STOPS, _W, _WORD, _bare, _is_body, _name_from


_PLURAL_ROLL = {"الوزراء", "النواب", "الأعضاء", "الاعضاء", "السادة", "المدراء", "المحافظين", "السفراء"}


def plural_roll(chunks: list[str], k: int) -> list[tuple[str, None]]:
    """"بمشاركة الوزراء فلان، فلان، فلان وفلان": a plural post, then three names or more a comma or "و" joins
    (a name after "و" of two words at least: "وتغيب الوزير" ends the list). [(name, None)]."""
    tokens = chunks[k].split() if k < len(chunks) else []
    if len(tokens) < 2 or _bare(tokens[0]).removeprefix("و") not in _PLURAL_ROLL:
        return []
    out, parts = [], [tokens[1:]] + [c.split() for c in chunks[k + 1:]]
    for n, words in enumerate(parts):
        got = _name_from(words, 0, True)
        if n and n < len(parts) - 1 and 2 <= len(words) <= 3 and all(_WORD.fullmatch(_bare(w)) for w in words) \
                and not set(map(_bare, words)) & (_STOPS | _CLOSERS):
            got = (" ".join(map(_bare, words)), len(words))     # a part between two commas is the name whole
        if not got:
            break
        out.append(got[0])
        rest = words[got[1]:]
        if rest and rest[0].startswith("و") and len(rest[0]) >= 4:
            more = _name_from([rest[0][1:]] + rest[1:], 0, True)
            if more and len(more[0].split()) >= 2:
                out.append(more[0])
            break
        if rest:
            break
    return [(name, None) for name in out] if len(out) >= 3 else []


def group_named(chunks: list[str], k: int) -> list[tuple[str, str]]:
    """"... من محللي الأمن الغذائي في منظمة الفاو، فلان الفلاني، وفلان الفلاني": a body's staff named in a post
    of the plural, then one name a part: (name, the post) for each."""
    if k >= len(chunks):
        return []              # a cue with nothing after it ("وبحضور" ending the line)
    tokens = chunks[k].split()
    g = next((i for i, t in enumerate(tokens) if _bare(t).removeprefix("و") in _W["groups"]), None)
    if g is None or not any(_is_body(t) for t in tokens[g + 1:]):
        return []
    post, out = " ".join(map(_bare, tokens[g:])), []
    first = _first_of(tokens, g)
    if first:                  # "وأعضاء الخلية فلان، فلان": the first name closes the part the plural opens
        post, out = " ".join(map(_bare, tokens[g:first[1]])), [(first[0], None)]
    for chunk in chunks[k + 1:]:
        words = chunk.split()
        if words and words[0].startswith("و") and len(words[0]) >= 6:
            words[0] = words[0][1:]           # "وياسين": "و" joins the list, "وليد" is a name
        got = _name_from(words, 0, True)
        if not got or not (got[1] == len(words) or _bare(words[got[1]])[:1] in "لب"):
            break
        out.append((got[0], post))
    return [(name, post) for name, _ in out]


def group_parts(chunks: list[str], k: int, group: list) -> int:
    """How many parts group_named's names took from chunks[k] on: the group's own part, unless its first name
    closes it, and one part a name after."""
    tokens = chunks[k].split()
    g = next(i for i, t in enumerate(tokens) if _bare(t).removeprefix("و") in _W["groups"])
    return len(group) + (0 if _first_of(tokens, g) else 1)


def _first_of(tokens: list[str], g: int) -> tuple[str, int] | None:
    """The name that closes the group's part after its body ("أعضاء اللجنة فلان الفلاني"): (name, where it
    opens), or None when the part ends with the body's name."""
    for i in range(g + 2, len(tokens) - 1):
        w = _bare(tokens[i])
        if w.startswith("ال") or _is_body(w) or w in _STOPS or not _WORD.fullmatch(w):
            continue
        got = _name_from(tokens, i, True)
        if got and got[1] == len(tokens) and len(got[0].split()) >= 2:
            return got[0], i
        return None
    return None
