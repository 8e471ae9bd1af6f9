"""A council's or a board's decisions are its motions: "Councilmember Ames moved and Councilmember Berg seconded
to approve the agenda", "MOTION BY AMES, SECOND BY BERG TO APPROVE THE MINUTES", "Trustee Cole moved to adopt
the budget, with a second from Trustee Diaz", "Resolved, that the accounts be approved". The motion is the
decision; the line after it ("Motion passed unanimously.", "VOTE ... Aye ☒☒☒ The motion carried.") only says it
carried, and is no decision of its own once the motion is read. A motion that failed decided nothing. Pure
helpers and a mixin the line reader calls."""
from __future__ import annotations

import re

from .lines import Line, tidy
from .sent_up import sentences

_WHO = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# where a motion may open: a sentence's start, after a clause ("There being no comment, X moved ..."), or after
# an item's heading in capitals run into the sentence ("APPROVAL OF AGENDA MOTION BY ...")
_OPEN = r"(?:^|(?<=[,;:]\s)|(?<=[A-Z]{2}\s))"
_MOTION = re.compile(
    _OPEN + r"(?:(?i:(?:a\s+)?motion\s+(?:was\s+made\s+)?by\s+)" + _WHO + r",?\s+(?i:second(?:ed)?\s+by)\s+" + _WHO +
    r",?\s+(?i:to|that)\s+\S|"                                              # MOTION BY AMES, SECOND BY BERG TO ...
    + _WHO + r"\s+moved,?\s+(?:and\s+" + _WHO + r"\s+seconded\s+)?(?:to|that)\s+\S|"  # X moved (and Y seconded) to
    r"(?i:(?:it\s+was\s+)?moved\s+by\s+)" + _WHO + r",?\s+(?i:(?:and\s+)?seconded\s+by\s+)" + _WHO +
    r",?\s+(?i:to|that)\s+\S|"                                              # Moved by X, seconded by Y, that ...
    r"(?i:on\s+a\s+motion\s+(?:by|from)\s+)" + _WHO + r"|"                 # On a motion by X, seconded by Y, the ...
    r"(?i:resolved\s*[,:]))")                                               # Resolved, (proposed X, seconded Y,) that
_HINT = re.compile(r"(?i)\bmo(?:ved|tion)\b|\bresolved\b")
# what became of a motion, said after it
_CARRIED = re.compile(r"(?i)\b(?:motion|it|resolution)\s+(?:was\s+)?(?:duly\s+|unanimously\s+)?(?:carried|passed|"
                      r"approved|adopted)\b|\b(?:unanimously\s+agreed|carried\s+unanimously|all\s+(?:in\s+favou?r|ayes?))\b")
_FAILED = re.compile(r"(?i)\bmotion\s+(?:was\s+)?(?:failed|defeated|lost|rejected|withdrawn)\b|\bmotion\s+fail(?:ed|s)\b")
# a line that says no more than how the vote went: no decision of its own once its motion is read
_BARE = re.compile(r"(?i)^(?:vote\b.{0,200}?)?(?:the\s+)?(?:motion|resolution)\s+(?:was\s+)?(?:duly\s+|unanimously\s+)?"
                   r"(?:carried|passed|approved|adopted|failed|defeated|lost)(?:\s+unanimously|\s+\d+\s*[-–]\s*\d+)?\.?$")

_SAID = re.compile(r"(?i)\b(?:motion|resolution)\s+(?:was\s+)?(?:duly\s+|unanimously\s+)?(?:carried|passed|approved|"
                   r"adopted|failed|defeated|lost)\b(?:\s+unanimously|\s+\d+\s*[-–]\s*\d+)?\.?")


def motion(sentence: str) -> str | None:
    """The motion a sentence puts ("X moved and Y seconded to ...", "Resolved, that ..."), from where it opens;
    None when it puts none. Pure."""
    m = _MOTION.search(sentence.strip())
    return sentence.strip()[m.start():] if m else None


def fate(after: list[str]) -> str | None:
    """"carried", "failed", or None: what the sentences after a motion (up to the next motion) say of it."""
    for sentence in after[:3]:
        if motion(sentence):
            break
        if _FAILED.search(sentence):
            return "failed"
        if _CARRIED.search(sentence):
            return "carried"
    return None


def bare_outcome(text: str) -> bool:
    """"Motion passed unanimously.", "VOTE Ames Berg Aye ☒☒ Nay ☐☐ The motion carried.": how a vote went."""
    text = tidy(text)
    said = _SAID.search(text)      # the tally and the outcome; what a flattened page runs on with is no more
    return bool(said and _BARE.match(text[:said.end()]))


class Motions:
    """Mixed into the line reader: each motion a line (or its wrapped paragraph) puts, as a decision."""

    def motions_in(self, line: Line) -> None:
        if line.is_row:
            return      # (in any section: council minutes often run on under their "Roll call" heading)
        own = self._own.get(line.no)
        if not _HINT.search(line.text) and not any(_HINT.search(p) for p in own or ()):
            return      # most lines: no motion word at all
        parts = own if own is not None else sentences(line.text) if len(line.text) > 80 else [line.text]
        if not any(motion(p) for p in parts) and motion(line.text) == line.text.strip():
            parts = [self._run_on(line)] + parts   # "Resolved, that ..." opening a line an item's title ran into
        after_lines = None
        for i, sentence in enumerate(parts):
            put = motion(sentence)
            if not put:
                continue
            after_lines = self._texts_after(line) if after_lines is None else after_lines
            ending = fate(parts[i + 1:] + after_lines)
            if ending == "failed":
                continue          # a motion that failed decided nothing
            text = tidy(put)
            if any(tidy(r["text"]) == text for r in self.draft["decisions"]):
                continue
            item = {"text": text, "group": None, "line": line.no, "unsure": ending is None}
            self.draft["decisions"].append(dict(item))
            self.draft["recommendations"].append(item)
            self.__dict__.setdefault("_motions", []).append(item)

    def _run_on(self, line: Line) -> str:
        """The sentence that opens on this line, read on over the lines of its paragraph above it was joined to."""
        at = self.place_of(line)
        for above in reversed(self.lines[max(0, (at or 0) - 5):at or 0]):
            for sentence in self._own.get(above.no) or []:
                start = sentence.find(line.text[:40])
                if start > 0:
                    return sentence[start:]
        return line.text

    def _texts_after(self, line: Line) -> list[str]:
        """The next lines' sentences, where a motion's outcome is said ("Motion passed unanimously.")."""
        at = self.place_of(line)
        if at is None:
            return []
        out = []
        for nxt in self.lines[at + 1:at + 6]:
            if nxt.blank or nxt.is_row:
                continue
            out += self._own.get(nxt.no) or [nxt.text]
            if len(out) >= 3:
                break
        return out

    def drop_bare_outcomes(self) -> None:
        """Once motions are read, a vote's bare outcome is no decision of its own (the motion is)."""
        if not self.__dict__.get("_motions"):
            return
        for key in ("decisions", "recommendations"):
            self.draft[key] = [r for r in self.draft[key] if not bare_outcome(r["text"])]
