"""Light stemming of Arabic words for search, the same on both sides (index and query). Pure Python.

Tashaphyne's ArabicLightStemmer finds where a word may be cut; it is given only the affixes that carry no
meaning for search: the article and the clitics (ال، و، ف، ب، ك، ل، لل and their combinations) and the
common suffixes (ات، ون، ين، ان، ية، ي، ة/ه، ها، هم...). Broken plurals (قرى) are out of scope.

The documented pre-pass, before the stemmer:
1. textnorm.normalise(): أ/إ/آ -> ا, ة -> ه, ى -> ي, ؤ -> و, ئ -> ي, no diacritics or tatweel;
2. only words of Arabic letters with 4 letters or more are stemmed (shorter ones are roots already);
3. of the cuts the stemmer offers, the longest prefix then the longest suffix that leave 3 letters or more;
4. a single-letter clitic (و ف ب ك ل) may also be a word's own first letter (وثائق، وزارة), and a short
   word's ال may be its own alef and lam once normalised (ألغام -> الغام): the stem without that cut is
   kept as a second stem, so both readings match.
"""
from __future__ import annotations

import functools
import re

from .textnorm import normalise

PREFIXES = ["", "ال", "و", "ف", "ب", "ك", "ل", "لل", "وال", "فال", "بال", "كال", "ولل", "فلل", "وب", "ول", "وك",
            "فب", "فل", "فك", "وبال", "فبال", "وكال", "فكال"]
SUFFIXES = ["", "ه", "ي", "ات", "ون", "ين", "ان", "ها", "هم", "هما", "هن", "كم", "نا", "يه", "يات", "يين", "يون",
            "يان", "ته", "تها", "اته", "اتها", "تهم", "اتهم"]
SINGLE_CLITICS = set("وفبكل")
MIN_STEM = 3
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]{4,}$")


@functools.cache
def _stemmer():
    from tashaphyne.stemming import ArabicLightStemmer
    stemmer = ArabicLightStemmer()
    stemmer.set_prefix_list(PREFIXES)
    stemmer.set_suffix_list(SUFFIXES)
    return stemmer


def _cut(word: str) -> str:
    cuts = [(start, end) for start, end in _stemmer().segment(word) if end - start >= MIN_STEM]
    if not cuts:
        return word
    start, end = max(cuts, key=lambda c: (c[0], -c[1]))
    return word[start:end]


@functools.lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """The stems of one word (normalised or not): empty for Latin words and short Arabic words."""
    word = normalise(word)
    if not _ARABIC_WORD.match(word):
        return ()
    found = [_cut(word)]
    if word[0] in SINGLE_CLITICS and not word.startswith(("ال", "لل")) and not word[1:].startswith("ال"):
        found.append(_cut_suffix_only(word))
    elif word.startswith("ال") and len(word) <= 5:  # الغام (ألغام) or ال + a short word
        found.append(_cut_suffix_only(word))
    return tuple(dict.fromkeys(s for s in found if s))


def _cut_suffix_only(word: str) -> str:
    cuts = [(start, end) for start, end in _stemmer().segment(word) if start == 0 and end >= MIN_STEM]
    return word[:min(end for _, end in cuts)] if cuts else word


def stem_words(text: str) -> str:
    """The stems of every Arabic word of a text, space-separated (what the search document stores)."""
    out = []
    for word in re.findall(r"\w+", normalise(text)):
        out.extend(stems(word))
    return " ".join(dict.fromkeys(out))
