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


# One person is written "Ali Jahankeer" in one report and "علي جهانكير" in the next. Both are brought to the
# consonants they share, in one Latin alphabet: vowels, and the Arabic letters that usually stand for them or go
# unwritten (ا و ي ع ء), are dropped; letters that one script tells apart and the other's spellings mix are one
# class (ح/ه h, س/ص/ش/ز s: "Teresa" is تيريزا, ت/ط/ث t, د/ض/ذ/ظ d, ق/ك/خ k, g/ج j). "al-"/"ال" at a name's
# head is the article.
_AR_CONSONANTS = str.maketrans({
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "t", "ة": "", "ج": "j", "چ": "j", "ح": "h", "ه": "h", "خ": "k",
    "د": "d", "ض": "d", "ذ": "d", "ظ": "d", "ر": "r", "ز": "s", "س": "s", "ص": "s", "ش": "s", "ف": "f", "ڤ": "f",
    "ق": "k", "ك": "k", "گ": "j", "غ": "g", "ل": "l", "م": "m", "ن": "n", "و": "", "ي": "", "ى": "", "ا": "",
    "أ": "", "إ": "", "آ": "", "ع": "", "ء": "", "ئ": "", "ؤ": ""})
# upper case: already mapped, not mapped again ("gh" is G, then "g" alone is J)
_LATIN_PAIRS = (("kh", "K"), ("sh", "S"), ("th", "T"), ("dh", "D"), ("gh", "G"), ("ch", "J"), ("ph", "F"),
                ("q", "K"), ("c", "K"), ("x", "KS"), ("p", "B"), ("v", "F"), ("g", "J"), ("z", "S"))


def _latin_skeleton(word: str) -> str:
    if word in ("al", "el", "ul", "bin", "ibn", "bint"):
        return ""    # "Hassan Al Tai": the article or a "son of" alone
    word = re.sub(r"^(?:a[ln]|e[ln]|u[ln])[-']", "", word)
    word = re.sub(r"^ab[dt]\W?[aeiou]?l\W?(?=\w{3})", "bdl", word)    # "Abdulrahman", "Abd-el-Karim": عبدال
    word = re.sub(r"^ab[dt][aeiou]?l?$", "bd", word)                 # "Abdul Rahman": عبد الرحمن
    for two, one in _LATIN_PAIRS:
        word = word.replace(two, one)
    return re.sub(r"[aeiouyw'\-]", "", word).lower()


def _arabic_skeleton(word: str) -> str:
    word = re.sub(r"^(?:ال|أل)(?=\w{3})", "", word)
    word = re.sub(r"^عبد\s*ال", "بدل", word)
    return word.translate(_AR_CONSONANTS)


# Arabic vowel marks and the stretching stroke (tatweel): "تمّ الاتّفاق" is "تم الاتفاق", "خالــد" "خالد"
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


_TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Eng|Prof|H\.?E|Hon|Sheikh|Judge|Brig|Gen|Col|Maj|Lt|Capt)\.?\s+|"
                    r"(?:السيد|السيدة|الدكتور|الدكتورة|المهندس|المهندسة|الأستاذ|الاستاذ|الأستاذة|الاستاذة|الشيخ|القاضي|"
                    r"معالي|سعادة|فضيلة|الأخ|الاخ|الأخت|الاخت|اللواء|العميد|العقيد|المقدم|الرائد|النقيب)\s+|(?:د|م|أ)\.\s*)+", re.I)


def bare_name(name: str | None) -> str:
    """A person's name without the titles before it: "السيد طه فرحات" is "طه فرحات", "Dr. Noor Saleh" "Noor Saleh"."""
    return _TITLE.sub("", (name or "").strip())


@functools.lru_cache(maxsize=65536)
def name_skeleton(name: str | None) -> str:
    """The consonant outline of a person's name, one word per name, in one alphabet whatever the script it was
    written in: "Mohammed Al-Jubouri" and "محمد الجبوري" are both "mhmd jbr". Doubled letters count once.
    Cached: a draft compares each participant with every known person's spellings."""
    out = []
    name = bare_name((name or "").replace("ـ", ""))
    for word in name.split():
        word = _ARABIC_DIACRITICS.sub("", word).strip(".,،;:()")
        if not word:
            continue
        if re.search("[\u0600-\u06ff]", word):
            bare = _arabic_skeleton(word)
        else:
            bare = _latin_skeleton(normalise(word))
        bare = re.sub(r"(.)\1+", r"\1", bare)
        if bare:
            out.append(bare)
    return " ".join(out)


def other_script(a: str, b: str) -> bool:
    """One name in Arabic letters and the other not."""
    return bool(re.search("[\u0600-\u06ff]", a or "")) != bool(re.search("[\u0600-\u06ff]", b or ""))


def across_scripts(a: str, b: str) -> int:
    """How surely two names in different scripts are one person's: 90 when their outlines are the same, 84 when
    the shorter's names stand in the longer in order with the first name the same ("Ali Jahankeer", "علي حسين
    جهانكير": the father's name is often written in Arabic only); 0 otherwise, and for one-word names."""
    if not other_script(a, b):
        return 0
    x, y = sorted((name_skeleton(a).split(), name_skeleton(b).split()), key=len)
    if len(x) < 2 or sum(map(len, x)) < 5:
        return 0
    if x == y:
        return 90
    if x[0] != y[0]:
        return 0
    rest = iter(y[1:])
    return 84 if all(w in rest for w in x[1:]) else 0
