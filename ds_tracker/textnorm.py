"""Text normalisation for search and matching. Pure Python.

Arabic is written with many interchangeable forms; both the stored text and the query go through
normalise() so that أ/إ/آ/ا, ة/ه, ى/ي, tatweel and diacritics never stop a match.
"""
import functools
import re
import unicodedata

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TRANSLATE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "ـ": None,  # tatweel
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "’": "'", "‘": "'", "“": '"', "”": '"',
})
_WORD = re.compile(r"[\w']+", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def normalise(text: str | None) -> str:
    """Cached: the parser and the matchers normalise the same words again and again."""
    if not text:
        return ""
    text = _ARABIC_DIACRITICS.sub("", text).translate(_TRANSLATE)
    # Latin accents: é -> e (NFKD, drop combining marks); Arabic letters are unaffected.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.casefold()


def words(text: str | None) -> list[str]:
    """Normalised words; apostrophes inside words are dropped (Ba'aj -> baaj)."""
    return [w.replace("'", "") for w in _WORD.findall(normalise(text)) if w.replace("'", "")]
