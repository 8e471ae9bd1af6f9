"""An Arabic news report's decisions, said in its prose: "واتخذت قرارات عدة منها X" (it took decisions, among
them X), "وأضاف أن الخلية قررت X، كما قررت Y وZ، فضلاً عن W" (it decided X, and also Y and Z, besides W). Each
decision is its own row: a list is cut at "كما قرر", "فضلاً عن", "إضافة إلى", and at "و" before a verbal noun of
the derived forms ("وتشديد", "وإغلاق": another measure; "وفرض" of the first form is left joined, it may go on
the same measure). Rows cut at such a "و" are unsure. Pure helpers and a mixin the line reader calls."""
from __future__ import annotations

import re

from .lines import Line, tidy

_AR = r"[\u0621-\u064a]"
# the body decided: "قررت X", "وقرر المجلس X" (the body, with "ال", before its object, skipped)
_DECIDED = re.compile(rf"(?<!{_AR})(?:و|كما\s+)?(?:قرر|قررت)\s+(?:ال{_AR}+\s+)?")
# the body took or issued decisions, among them X: "اتخذت قرارات عدة منها X"
_AMONG = re.compile(rf"(?<!{_AR})و?(?:اتخذ|اتخذت|أصدر|أصدرت|اصدر|اصدرت)\s+(?:\S+\s+){{0,6}}?(?:ال)?قرارات\s+"
                    rf"(?:(?:عدة|عديدة|مهمة|هامة|جديدة|أخرى)\s+)?(?:منها|أبرزها|ابرزها|من\s+بينها|من\s+أبرزها)\s+")
# where one decision ends and another begins in the list
_NEXT = re.compile(r"[،,]?\s*(?:كما\s+(?:قرر|قررت)\s+(?:(?:ال[\u0621-\u064a]+)\s+)?|فضلا\s+عن\s+|فضلاً\s+عن\s+|"
                   r"(?:إضافة|اضافة|بالإضافة|بالاضافة)\s+(?:إلى|الى)\s+)")
# "و" before a verbal noun of the derived forms: تفعيل ("وتشديد"), إفعال ("وإغلاق"), افتعال ("واعتماد")
_AND_MEASURE = re.compile(rf"\s+و(?=ت{_AR}{_AR}ي{_AR}(?!{_AR}{{2}})|[إا]{_AR}{_AR}ا{_AR}(?!{_AR}{{2}})|ا{_AR}ت{_AR}ا{_AR})")


def decided(sentence: str) -> list[tuple[str, bool]]:
    """The decisions a sentence of prose says were taken: (text, unsure). [] when it says none."""
    m = _AMONG.search(sentence) or _DECIDED.search(sentence)
    if not m:
        return []
    rest = re.split(r"[.؟!]\s|[.؟!]$|\s[-–]\s", sentence[m.end():])[0]
    out = []
    for part in _NEXT.split(rest):
        pieces = _AND_MEASURE.split(part)
        for piece in pieces:
            piece = tidy(piece).strip(" ،,؛:")
            if len(piece.split()) >= 3 and not re.match(r"^(?:أن|ان|بأن|على|عن|من|في)\s", piece):
                out.append((piece, len(pieces) > 1))
    return out


class DecidedItems:
    """Mixed into the line reader: an Arabic report's prose decisions, one row each."""

    def decided_in(self, line: Line) -> None:
        if self.lang != "ar" or line.is_row or not (_DECIDED.search(line.text) or _AMONG.search(line.text)):
            return
        have = {tidy(r["text"]) for r in self.draft["decisions"]}
        for sentence in re.split(r"(?<=[.؟!])\s+", line.text):
            for text, unsure in decided(sentence):
                if text in have:
                    continue        # "غلق المحافظة" said in the lead and again in the list
                have.add(text)
                item = {"text": text, "group": None, "line": line.no, "unsure": unsure}
                self.draft["decisions"].append(dict(item))
                self.draft["recommendations"].append(item)
                self.__dict__.setdefault("_decided", {}).setdefault(line.no, []).append(text)

    def drop_whole_sentences(self) -> None:
        """A sentence read whole as one decision, on a line whose decisions were read one by one: the sentence
        goes when it held two or more (they are the rows); when it held one, the sentence is that row."""
        mine = self.__dict__.get("_decided") or {}
        for key in ("decisions", "recommendations"):
            rows = self.draft[key]
            whole = {r["line"] for r in rows if r["text"] not in mine.get(r["line"], [r["text"]])
                     and any(t in r["text"] for t in mine[r["line"]])}
            self.draft[key] = [r for r in rows if not (r["line"] in whole and (
                r["text"] in mine[r["line"]] if len(mine[r["line"]]) == 1 else
                r["text"] not in mine[r["line"]] and any(t in r["text"] for t in mine[r["line"]])))]
