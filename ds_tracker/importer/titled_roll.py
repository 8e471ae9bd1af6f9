"""A council's or a board's roll of those present, each named by post then name: "COUNCIL PRESENT: Mayor Ames,
Councilmembers Berg, Cole and Diaz. STAFF PRESENT: City Manager Ford, Finance Director Gray." or, under a
"Roll call" heading, "Mayor Ann Lee and Trustees Bo Kim, Cy Park. Also present were Clerk Di Roe."

The post is the title words up to the last title word ("Finance Director"), the name the capitalised words after
it; a plural title ("Councilmembers") covers each bare name after it until the next post. Municipal minutes often
give surnames alone, so a lone surname is a name here, but only where a plural title or a roll of full names says
so. A roll ends with its sentence, at the next presence label, or at "Absent:" (those are not present). Pure
helpers and a mixin (TitledRolls) the line reader calls."""
from __future__ import annotations

import re

from .lines import Line

# post words councils, boards and their staff are named by; a post may open with any capitalised words
# ("Community Development Director") and close with one of these
_TITLE = (r"Mayor|Councilm[ae]mbers?|Council\s?(?:Wo)?[Mm]a?[ae]n|Council\s[Mm]embers?|Councill?ors?|Cllrs?|Aldermen|"
          r"Alderman|Alderpersons?|Commissioners?|Trustees?|Chairman|Chairwoman|Chairperson|Chair|President|"
          r"Directors?|Supervisors?|Selectm[ae]n|Board\s[Mm]embers?|Members?|Secretary|Treasurer|Clerk|Manager|"
          r"Attorney|Engineer|Chief|Captain|Lieutenant|Sergeant|Officer|Superintendent|Forester|Planner|"
          r"Administrator|Assistant|Coordinator|Inspector|Auditor|Comptroller|Controller|Principal|Dean|"
          r"Recorder|Solicitor")
_TITLE_END = re.compile(rf"^(?:{_TITLE})\.?$")
_PLURAL = re.compile(r"(?:s|men|Aldermen)$")
_NAME_WORD = re.compile(r"^(?:Mc|Mac|O'|O’|D'|De|Van|Le)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$|^[A-Z]\.?$")

# a label that opens a roll: "Present:", "Council present:", "Present were", "Also present were", "In attendance:"
_OPENS = re.compile(r"(?i)\b((?:(?:council|trustees|board|staff|members|commissioners|directors|others|officers|"
                    r"committee|councillors|councilors|also)\s+)?present(?:\s+were|\s*:)|in attendance\s*:)(?=\s|$)")
_CLOSES = re.compile(r"(?i)\b(?:absent|apologies|excused|regrets)\b(?:\s+were)?\s*:?")
_ROLL_CALL = re.compile(r"(?i)^(?:\d+\.?\s*)?roll\s+call\.?$")


def roll_people(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    """The people of one roll's text: (name, post, body, unsure). [] unless it reads as a roll: three people
    or more, two thirds of the entries people, and a post to one at least or full names to all."""
    if ";" in text:
        return []         # "Ana Lee, Town Manager; Bo Kim, Clerk": the post after the name (semicolon_rolls)
    text = re.sub(r"\s*\([^()]*\)", "", text)           # "(left after item 6)": a remark, not a person
    entries = [e.strip(" .;:") for e in re.split(r"[,;]\s*(?:and\s+)?|\s+and\s+|\s+&\s+", text)]
    entries = [e for e in entries if e]
    out, plural, titled, pending = [], None, 0, ""
    for i, entry in enumerate(entries):
        firm = i + 1 < len(entries) and re.fullmatch(r"(?i)inc|ltd|llc|plc|corp|co|gmbh|llp", entries[i + 1])
        post, name = _post_and_name(f"{pending} and {entry}") if pending else (None, None)
        if post:
            entry = f"{pending} and {entry}"     # "Planner and Zoning Administrator Ana Lee": one post
        elif pending and " " in entry and plural is None and not _post_and_name(pending)[0]:
            out.append((f"{pending} {entry.split()[-1]}", None, None, True))   # "Al & Jo Ruiz": Al Ruiz
        pending = ""
        post, name = (post, name) if post else _post_and_name(entry)
        if post:
            titled += 1
            last = post.split()[-1]
            plural = _singular(post) if _TITLE_END.match(last) and _PLURAL.search(last) and \
                last not in ("Ms", "Mrs", "Miss") else None
            if name:
                out.append((name, plural or post, None, bool(re.search(r"\s(?:of|for)\s", post))))
            elif out and not out[-1][1]:
                return []      # "Ana Lee, Manager": a post after the name, another shape
            elif not plural:
                pending = entry
            continue
        words = entry.split()
        if 1 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) and (len(words) >= 2 or plural) \
                and not firm:
            out.append((entry, plural, None, False))    # a surname after "Councilmembers", or a full name
        elif len(words) == 1 and _NAME_WORD.match(entry):
            pending = entry            # "Community and Economic Development Director", "Al & Jo Ruiz"
        elif out and not out[-1][1] and (len(words) >= 2 or firm) and not re.search(r"\d", entry):
            firm = text[text.rindex(entry):].strip(" .")      # "Ana Lee, Acme Secretarial, Inc.": her firm
            out[-1] = (out[-1][0], None, firm, True)
            break
        else:
            plural = None
    if len(out) < 3 or len(out) * 3 < len(entries) * 2 - 2 or not (titled or all(" " in n for n, *_r in out)):
        return []
    return out


def _post_and_name(entry: str) -> tuple[str | None, str | None]:
    """"City Manager Ann Ford" -> ("City Manager", "Ann Ford"); "Councilmembers" -> ("Councilmembers", None);
    "Ann Ford" -> (None, None). The post ends at its last title word that has a name after it, or at the end."""
    words = entry.split()
    if not words or not all(w[:1].isupper() or w in ("of", "for", "and", "the") or "/" in w for w in words):
        return None, None
    ends = [i for i, w in enumerate(words) if _TITLE_END.match(w.split("/")[-1]) or
            (i and _TITLE_END.match(f"{words[i - 1]} {w}"))]
    if not ends:
        return None, None
    last = ends[-1]
    rest = words[last + 1:]
    if rest and rest[0] in ("of", "for"):       # "Director of Public Works Ann Ford": the name closes the entry
        take = 2 if len(rest) >= 4 else 1
        return " ".join(words[:len(words) - take]), _name(rest[-take:])
    name = _name(rest)
    if rest and not name:
        return None, None
    return " ".join(words[:last + 1]), name


def _name(words: list[str]) -> str | None:
    if 1 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) and not _TITLE_END.match(words[-1]):
        return " ".join(words)
    return None


def _singular(post: str) -> str:
    return re.sub(r"men$", "man", re.sub(r"(?<=[a-z])s$", "", post))


def roll_spans(text: str) -> list[tuple[str, str, int]]:
    """Each roll a line's text holds: (label, its text, where the label starts). A roll runs to the end of its
    sentence, to the next label, or to "Absent:"."""
    marks = list(_OPENS.finditer(text))
    closes = [m.start() for m in _CLOSES.finditer(text)]
    out = []
    for i, m in enumerate(marks):
        end = min([marks[i + 1].start() if i + 1 < len(marks) else len(text)] + [c for c in closes if c > m.end()])
        out.append((m[1], _sentence(text[m.end():end]), m.start()))
    return out


def _sentence(text: str) -> str:
    """The text to its first sentence's end ("... and Ed Ross. Public forum"); "Mr." and "J." end none."""
    stop = re.search(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)\.\s+(?=[A-Z])", text)
    return text[:stop.start()] if stop else text


def group_of(label: str) -> str | None:
    """"TRUSTEES PRESENT" names a group of those present, as "Also present were" does; "Present were", "In attendance" name none."""
    words = label.strip(" :").split()
    if len(words) < 2 or words[0].lower() in ("present", "in"):
        return None
    label = " ".join(words[:2])
    return label.title() if label.isupper() else label


class TitledRolls:
    """Mixed into the line reader: a roll of posts and names, in a line or a paragraph (see above)."""

    def titled_roll(self, line: Line) -> bool:
        """Reads the rolls a line holds; True when the line is nothing but a roll (no other reader needs it).
        A roll of names alone at the head of a line ("Present: Ana Ruiz, Li Wei") is left to people.py."""
        if line.is_row or line.no in self._taken:
            return False
        if _ROLL_CALL.match(line.text):
            self._after_roll_call = True
            return False
        after, self._after_roll_call = getattr(self, "_after_roll_call", False), False
        text, taken = self._sentence_from(line) if after else (line.text, set())
        spans = roll_spans(text)
        if after:      # under "Roll call" the paragraph opens with the roll, no label
            first = _OPENS.search(text)
            spans.insert(0, (None, _sentence(text[:first.start()] if first else text), 0))
        whole = False
        for label, body, at in spans:
            if not body.strip() and at + len(label or "") >= len(text.rstrip()) - 1:
                body, more = self._next_line(line)       # "Others present:" closing the line
                taken |= more
            people = roll_people(body)
            if not people or not (at or any(post for _n, post, *_r in people)):
                continue
            whole = whole or at == 0
            self._taken |= taken
            for name, post, body, unsure in people:
                if any(p["name"] == name for p in self.draft["participants"]):
                    continue       # a roll given again (a second sitting, a page's summary)
                heading, self.state.heading = self.state.heading, group_of(label) if label else None
                self._add_participant(name, post, body, line)
                self.state.heading = heading
                if unsure:
                    self.draft["participants"][-1]["unsure"] = True
        return whole

    def _sentence_from(self, line: Line) -> tuple[str, set[int]]:
        """A paragraph's lines from this one to the end of its sentence, joined ("Lawrence-" + "Anderson")."""
        at, text, taken = self.place_of(line), line.text, set()
        for nxt in self.lines[at + 1:at + 10]:
            if re.search(r"\.$", text) or nxt.blank or nxt.is_row or nxt.bullet or nxt.number:
                break
            text = text + nxt.text if re.search(r"[a-z]-$", text) else f"{text} {nxt.text}"
            taken.add(nxt.no)
        return text, taken

    def _next_line(self, line: Line) -> tuple[str, set[int]]:
        """"Others present:" closing a line: the roll is the next line with text."""
        at = self.place_of(line)
        nxt = next((l for l in self.lines[at + 1:at + 4] if not l.blank), None)
        if nxt is None or nxt.is_row:
            return "", set()
        return nxt.text, {nxt.no}
