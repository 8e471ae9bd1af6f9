"""Step 1: text to tidy lines. Each keeps its 1-based source line, its cells (tab or pipe columns),
whether it was a bullet, and the number it was given ("1.", "2.3", "١.")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..dates import normalise_digits
from ..textnorm import normalise

_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# bullets, and any private-use glyph (a Symbol or Wingdings bullet from a PDF or Word: U+F0B7, U+F0D8 ...), or the
# Latin letter such a glyph turns into when its font is lost ("Ø ", "§ ", "ü "), or the code a PDF reader writes for a
# glyph it could not map ("(cid:127)\tAna Ruiz")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□►▶➢➤❖◆◇‣⁃∙✓✔\ue000-\uf8ff*]|-(?!-)|o(?=\s)|–(?=\s)|[Ø§üŸ](?=\s)|"
                     r"\(cid:\d{1,5}\)(?=\s))\s*")
_NUMBER = re.compile(r"^\s*\(?(\d{1,3}(?:\.\d{1,3})*|[a-h](?=\))|[ivx]{1,4}(?=\)))(?:[.)\-:]|_(?!_))?(?=\s|$)\s*|"
                     r"^\s*(\d{1,2})(?:\)(?=[A-Z][a-z])|[.)](?=[\u0621-\u064a]))")
# "1)Decisions and Actions", "2.خالد امين": the number glued to its title (no decimal is followed by a letter)
_CODE = re.compile(r"^\s*((?:R|REC|AP|A|D)\s?\d{1,3})[.):]\s+(?=\S)")   # an item's code: recommendation, action...
# "IV. Decisions", "II) Participants": sections numbered in Roman numerals
_ORDINAL = re.compile(r"^\s*(?P<roman>(?-i:[IVX]{1,4}))[.)]\s+(?=[A-Z\u0600-\u06ff])")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9", "X": "10",
          "XI": "11", "XII": "12"}
# "أولاً:", "ثانيا -", "خامسا َ.": an Arabic list numbered in ordinal words, read as 1, 2, 5
_AR_ORDINALS = ["ول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"]
_AR_ORDINAL = re.compile(r"^\s*(?:أ|ا)?(?P<word>" + "|".join(_AR_ORDINALS) + r")(?:اً|ًا|ا)(?:\s?[\u064b-\u0652])*"
                         r"\s*(?:[:.\-–—)/]|(?=\s|$))\s*")
_CHECKBOX = re.compile(r"^\s*\[[ xX✓✔]?\]\s*|^\s*[☐☑☒]\s*")
_TICKED = re.compile(r"^\s*(?:[-*+•]\s*)?(?:\d{1,3}[.)]\s*)?(?:\[[xX✓✔]\]|[☑☒])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u200e": None, "\u200f": None,
                         "\u202a": None, "\u202b": None, "\u202c": None, "\ufeff": None})
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


@dataclass
class Line:
    no: int                      # 1-based line in the source
    text: str                    # tidied, without bullet or number
    cells: list[str] = field(default_factory=list)   # columns when the line is a table row
    bullet: bool = False
    number: str | None = None
    markdown_heading: int = 0    # "## Heading" level
    row_width: int = 0           # a table row with one filled cell: how many cells it had ("Ali Omar\t\t")
    ticked: bool = False         # "- [x] IOM to circulate ...": the report gives the task as done

    @property
    def is_row(self) -> bool:
        return len(self.cells) > 1

    @property
    def blank(self) -> bool:
        return not self.text and not any(self.cells)


def tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def split_item(text: str) -> tuple[str, bool, str | None]:
    """Remove a leading bullet and/or number: returns (text, was_bullet, number)."""
    bullet = False
    m = _BULLET.match(text)
    if m and len(text) > m.end():
        text, bullet = text[m.end():], True
    box = _CHECKBOX.match(text)
    if box:                      # "- [ ] IOM to circulate ...": a task, its box ticked or not
        text, bullet = text[box.end():], True
    number = None
    digits = normalise_digits(text)
    m = _NUMBER.match(digits)
    quantity = re.match(r"^\d[\d,]*\s+(?:%|percent|families|people|persons|individuals|households|idps|returnees|"
                        r"cases|staff|participants)\b", digits[:40], re.I)
    if m and len(digits) > m.end() and not re.match(r"^\d{1,2}\s+\w+,?\s+\d{4}", digits) and not quantity:
        number, text = m[1] or m[2], text[m.end():]
    elif (ordinal := _ordinal(text)) is not None:
        number, text = ordinal
    elif (code := _CODE.match(text)) and len(text) > code.end() + 8:
        number, text = code[1], text[code.end():]     # "R1. The forum recommends ...", "AP 3) IOM to ..."
    elif (word := _AR_ORDINAL.match(text)) and (word[0].startswith(("أ", "ا")) or word["word"] != "ول"):
        number, text = str(_AR_ORDINALS.index(word["word"]) + 1), text[word.end():]
    if number and (box := _CHECKBOX.match(text)):   # "- 1. [x] ...": a numbered list of boxes (Word, HTML)
        text = text[box.end():]
    return text.strip(), bullet, number


def _ordinal(text: str) -> tuple[str, str] | None:
    """"III. Recommendations" -> ("3", "Recommendations")."""
    m = _ORDINAL.match(text)
    if not m or len(text) <= m.end() or m["roman"] not in _ROMAN:
        return None
    return _ROMAN[m["roman"]], text[m.end():]


def _merge_number_cells(cells: list[str]) -> list[str]:
    """"1." in one column and the name in the next (Word's numbered tables): one cell "1. Name"."""
    out, i = [], 0
    while i < len(cells):
        if re.fullmatch(r"\(?\d{1,3}[.)]?", normalise_digits(cells[i])) and i + 1 < len(cells) and cells[i + 1]:
            out.append(f"{cells[i].rstrip('.)')}. {cells[i + 1]}")
            i += 2
        else:
            out.append(cells[i])
            i += 1
    return out


_ESCAPED = re.compile(r"\\([.\-)(*_#+!\[\]`>|])")
_GLYPHS = set("•·▪◦●○■□►▶➢➤❖◆◇‣⁃∙")
_LONE_MARKER = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-hivx]{1,3}[.)]|[•·▪◦●○■□►▶➢➤❖◆◇‣⁃∙✓✔\ue000-\uf8ff*–-]|"
                          r"\(cid:\d{1,5}\))\s*$")     # "(cid:127)": a PDF's bullet glyph it could not map


def to_lines(raw: str) -> list[Line]:
    out = []
    for no, source in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        source = source.translate(_QUOTES)
        if _PIPE_RULE.match(source) and "-" in source:
            continue   # markdown table rule |---|---|
        heading = 0
        m = re.match(r"^ {0,3}(#{1,6}) +", source)
        if m:
            heading, source = len(m[1]), source[m.end():]
        source = re.sub(r"\*\*|__", "", source)
        # Markdown's escapes ("2\. Welcome", "\- item") and its hard break (a "\" ending the line): the text as read
        source = _ESCAPED.sub(r"\1", re.sub(r"(?<!\\)\\\s*$", "", source))
        if source.strip().startswith("|") and source.count("|") >= 2:
            cells = [tidy(c) for c in source.strip().strip("|").split("|")]
        elif "\t" in source:
            cells = [tidy(c) for c in source.split("\t")]
            while cells and not cells[-1]:
                cells.pop()
        else:
            cells = []
        width = 0
        if len(cells) == 2 and _LONE_MARKER.match(cells[0]) and cells[1]:
            source, cells = f"{cells[0]} {cells[1]}", []   # "2.<tab>Flood response": a list item, no table row
        if len([c for c in cells if c]) <= 1 and cells and not (cells[0] == "" and len(cells) > 1):
            source, cells, width = " ".join(c for c in cells if c), [], len(source.split("\t"))
        text, bullet, number = split_item(tidy(source)) if not cells else ("", False, None)
        ticked = bool(_TICKED.match(source))
        for k, cell in enumerate(cells):   # "1 | [x] IOM to share ... | IOM": a row's box, ticked or not
            box = _CHECKBOX.match(cell)
            if box:
                ticked, cells[k] = ticked or bool(_TICKED.match(cell)), cell[box.end():]
        if cells:
            first, bullet, number = split_item(cells[0])
            cells[0] = first
            text = " ".join(c for c in cells if c)
        out.append(Line(no=no, text=text, cells=cells, bullet=bullet, number=number, markdown_heading=heading,
                        row_width=width, ticked=ticked))
    return _lone_bullets(out)


def _lone_bullets(out: list[Line]) -> list[Line]:
    """"•" alone on a line, its item's text on the next (a PDF's list): that line is the bullet item; so is
    an ordinal word alone ("ثالثاً" then the item's text)."""
    for i, line in enumerate(out[:-1]):
        after = out[i + 1]
        if line.number and not line.text and not line.cells and after.text and not (after.cells or after.bullet
                                                                                      or after.number):
            after.number, line.number = line.number, None
            continue
        if not line.cells and line.text in _GLYPHS and after.text and not (after.cells or after.bullet or after.number):
            line.text, after.bullet = "", True
    return out


def title_key(line: Line) -> str | None:
    """A short title's key ("Needs analysis"), None for rows, sentences and long lines."""
    text = line.text.strip().rstrip(":")
    if line.is_row or not text or len(text) > 60 or text.endswith(".") or len(text.split()) > 8:
        return None
    return normalise(text)
