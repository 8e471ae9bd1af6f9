"""A forum's template, learnt from a reviewer's corrections (pure).

A secretariat writes the same template every month. What a reviewer corrected on one report of a forum is kept as
rules the next report of that forum is read with:

- heading: the heading's words (normalised) -> the section it opens ("Way forward agreed" -> actions; "other" for
  a heading that opens no list);
- columns: a table's header signature (its cells, normalised, joined by " | ") -> {column index: column kind}
  ("Point | Taken up by | Expected by" -> action, responsible, deadline);
- row: a row's cue (its own label, "Decision: ...", else the heading it lies under) and the kind the parser gave
  it -> the kind the reviewer moved it to.

Rules are keyed by structure, never by a row's own words, so report B of the same template (other people, dates
and points) is read right. services/templates.py stores them per forum.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import normalise
from .lines import Line, to_lines

SECTION_KINDS = ("participants", "recommendations", "decisions", "actions", "mixed", "next_steps", "agenda",
                 "background", "earlier", "other")
COLUMN_KINDS = ("name", "position", "organisation", "action", "responsible", "deadline", "recommendations",
                "number", "ignore")
ROW_KINDS = ("participants", "sessions", "groups", "recommendations", "actions", "commitments")


def heading_key(text: str) -> str:
    return re.sub(r"[\s:;.\-–—|*#]+$", "", normalise(text or "")).strip()


def signature(cells) -> str:
    return " | ".join(heading_key(c) for c in cells)


@dataclass
class Template:
    headings: dict = field(default_factory=dict)   # heading key -> section kind
    columns: dict = field(default_factory=dict)    # header signature -> {index (int): column kind}
    rows: dict = field(default_factory=dict)       # (cue, from kind) -> to kind
    shared: int = 0        # how many of the rules are other forums' (agreed by several), not this forum's own

    def __bool__(self):
        return bool(self.headings or self.columns or self.rows)

    @classmethod
    def from_rules(cls, rules) -> "Template":
        """rules: (kind, key, value) as stored: heading -> str, columns -> {"0": kind}, row -> {"from", "to"}."""
        t = cls()
        for kind, key, value in rules:
            if kind == "heading" and value in SECTION_KINDS:
                t.headings[key] = value
            elif kind == "columns" and isinstance(value, dict):
                t.columns[key] = {int(i): k for i, k in value.items() if k in COLUMN_KINDS and str(i).isdigit()}
            elif kind == "row" and isinstance(value, dict) and value.get("to") in ROW_KINDS:
                t.rows[(key, value.get("from"))] = value["to"]
        return t

    def merged(self, other: "Template") -> "Template":
        """This template with other's rules on top (a draft's own corrections over the forum's memory)."""
        return Template({**self.headings, **other.headings}, {**self.columns, **other.columns},
                        {**self.rows, **other.rows}, self.shared + other.shared)

    def size(self) -> int:
        return len(self.headings) + len(self.columns) + len(self.rows)


def _label(text: str) -> str | None:
    m = re.match(r"^([^:：]{2,25})[:：]\s*\S", text or "")
    return "label:" + heading_key(m[1]) if m and len(m[1].split()) <= 3 else None


def cues(lines: list[Line], headings: set[int]) -> dict[int, str]:
    """Each line's cue: its own short label, else the heading line above it ("under:<heading>")."""
    found, under = {}, None
    for line in lines:
        if line.no in headings:
            under = "under:" + heading_key(line.cells[0] if line.is_row else line.text)
            continue
        found[line.no] = _label(line.text) or under or "top"
    return found


def apply_rows(draft: dict, template: Template, lines: list[Line]) -> None:
    """Move the rows whose cue the reviewer moved before to the kind they moved them to (after the parse)."""
    if not template.rows:
        return
    heading_lines = {h["line"] for h in draft.get("structure", {}).get("headings", [])}
    cue_of = cues(lines, heading_lines)
    for kind in ROW_KINDS:
        kept = []
        for item in draft.get(kind, []):
            to = template.rows.get((cue_of.get(item.get("line")), kind))
            if to and to != kind:
                draft.setdefault(to, []).append(moved(item, kind, to))
            else:
                kept.append(item)
        draft[kind] = kept


MAIN_FIELD = {"participants": "name", "sessions": "title", "groups": "name", "recommendations": "text",
              "actions": "text", "commitments": "text"}


def moved(item: dict, kind: str, to: str) -> dict:
    """A row in another list: its words land in the new kind's main field, its line and shared fields stay."""
    words = item.get(MAIN_FIELD[kind]) or item.get("text") or item.get("name") or item.get("title") or ""
    new = {MAIN_FIELD[to]: words, "line": item.get("line")}
    for key in ("owner", "due", "position", "organisation", "group", "presenter", "theme"):
        if item.get(key) and key != MAIN_FIELD[to]:
            new[key] = item[key]
    if to == "participants":
        new.update(candidates=[], person_id=None)
    if to == "groups":
        new["challenges"] = []
    if to in ("recommendations",):
        new.setdefault("group", None)
    if to == "actions":
        new.setdefault("owner", None)
        new.setdefault("due", None)
    return new


def learn(source_text: str, draft: dict) -> list[tuple[str, str, object]]:
    """The rules a reviewer's corrections on this draft teach: [(kind, key, value)], the last correction winning."""
    rules: dict = {}
    corrections = draft.get("corrections", [])
    lines, cue_of, moved_lines = None, {}, {}
    for c in corrections:
        if c.get("op") == "heading" and c.get("text") and c.get("to") in SECTION_KINDS:
            rules[("heading", heading_key(c["text"]))] = c["to"]
        elif c.get("op") == "column" and c.get("header") is not None and c.get("to") in COLUMN_KINDS:
            key = signature(c["header"])
            read_as = next((t["columns"] for t in draft.get("structure", {}).get("tables", [])
                            if signature(t["header"]) == key), {})
            current = dict(rules.get(("columns", key), read_as))   # the columns the reviewer left as read stay
            current[str(int(c["column"]))] = c["to"]
            rules[("columns", key)] = current
        elif c.get("op") == "kind" and c.get("line") and c.get("to") in ROW_KINDS:
            if lines is None:
                lines = to_lines(source_text)
                heading_lines = {h["line"] for h in draft.get("structure", {}).get("headings", [])}
                cue_of = cues(lines, heading_lines)
            cue = cue_of.get(c["line"])
            if cue and cue != "top":
                rules[("row", cue)] = {"from": c["kind"], "to": c["to"]}
                moved_lines.setdefault(cue, set()).add(c["line"])
    for (kind, key), value in list(rules.items()):
        # A row moved while its siblings (same heading or label, same kind) were left as read corrects that row,
        # not the section: the forum's next report must not have the whole section moved.
        if kind == "row" and any(cue_of.get(item.get("line")) == key and item.get("line") not in moved_lines[key]
                                 for item in draft.get(value["from"], [])):
            del rules[(kind, key)]
    return [(kind, key, value) for (kind, key), value in rules.items()]


def draft_template(source_text: str, draft: dict) -> Template:
    return Template.from_rules(learn(source_text, draft))
