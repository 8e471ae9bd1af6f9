"""Each forum's report template, learnt from reviewers' corrections (importer/template.py is the pure half).

The review screen lets a reviewer say what a heading opens and what a table's column holds (read_structure);
those choices, and the rows whose kind they changed, are kept in draft.data["corrections"]. When the draft is
saved as a meeting of a forum, remember() keeps them as that forum's TemplateRule rows, so the forum's next
report of the same shape is read with them (template_for, used by services/imports.create_draft).

A correction that reviewers of several forums made alike (the same heading read as the same section, the same
table header read as the same columns) is how reports are written in this country, not one secretariat's habit:
it reads every forum's reports (shared_template), under each forum's own rules.
"""
from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..importer.template import COLUMN_KINDS, SECTION_KINDS, Template, draft_template, learn
from ..models import Forum, Operation, ReportDraft, TemplateRule
from .core import ValidationFailed, log, principal_for, require


SHARED_BY = 2   # forums whose reviewers must agree before a correction reads every forum's reports


def template_for(forum: Forum | None) -> Template:
    """What the forum's reviewers taught the importer, over what the reviewers of several forums agreed on."""
    shared = shared_template()
    if forum is None or forum.id is None:
        return shared
    rows = db.session.execute(sa.select(TemplateRule.kind, TemplateRule.key, TemplateRule.value)
                              .where(TemplateRule.forum_id == forum.id).order_by(TemplateRule.id)).all()
    own = Template.from_rules(rows)
    shared.shared = sum(1 for k in shared.headings if k not in own.headings) + \
        sum(1 for k in shared.columns if k not in own.columns) + sum(1 for k in shared.rows if k not in own.rows)
    return shared.merged(own)


def shared_template() -> Template:
    """The rules SHARED_BY forums or more taught alike, where no other reading of the same key has as many forums."""
    votes: dict = defaultdict(lambda: defaultdict(set))    # (kind, key) -> the value, as JSON -> forum ids
    for forum_id, kind, key, value in db.session.execute(
            sa.select(TemplateRule.forum_id, TemplateRule.kind, TemplateRule.key, TemplateRule.value)):
        votes[(kind, key)][json.dumps(value, sort_keys=True)].add(forum_id)
    agreed = []
    for (kind, key), by_value in votes.items():
        ranked = sorted((len(forums), value) for value, forums in by_value.items())
        count, value = ranked[-1]
        if count >= SHARED_BY and (len(ranked) == 1 or ranked[-2][0] < count):
            agreed.append((kind, key, json.loads(value)))
    shared = Template.from_rules(agreed)
    shared.shared = shared.size()
    return shared


def reading_template(forum: Forum | None, draft_data: dict | None = None, source_text: str = "") -> Template:
    """The forum's template with this draft's own corrections on top."""
    base = template_for(forum)
    if not draft_data:
        return base
    return base.merged(draft_template(source_text, draft_data))


def remember(actor, forum: Forum, draft: ReportDraft) -> list[TemplateRule]:
    """Keep what the reviewer corrected on this draft as the forum's template (called inside the save, so the
    rules and the meeting are written together); each new or changed rule is in the trail."""
    kept = []
    existing = {(r.kind, r.key): r for r in db.session.scalars(
        sa.select(TemplateRule).where(TemplateRule.forum_id == forum.id))}
    for kind, key, value in learn(draft.source_text, draft.data):
        key = key[:400]
        rule = existing.get((kind, key))
        if rule is None:
            rule = TemplateRule(forum_id=forum.id, kind=kind, key=key, value=value, draft_id=draft.id)
            db.session.add(rule)
            db.session.flush()
            log(actor, rule, Operation.CREATE, {"forum": [None, forum.name], kind: [None, key], "read as": [None, value]},
                parent=draft)
        elif rule.value != value:
            old, rule.value, rule.draft_id = rule.value, value, draft.id
            log(actor, rule, Operation.UPDATE, {kind: [key, key], "read as": [old, value]}, parent=draft)
        kept.append(rule)
    return kept


def structure_corrections(data: dict, headings: dict[int, str], columns: dict[tuple[int, int], str]) -> list[dict]:
    """The reviewer's choices on the structure panel, as corrections: only those that differ from what was read.

    headings: {line: section kind ("" for "read as found")}; columns: {(table line, column index): column kind}."""
    structure = data.get("structure", {})
    found = []
    by_line = {h["line"]: h for h in structure.get("headings", [])}
    for line, to in headings.items():
        h = by_line.get(line)
        if h is None or not to or to == (h.get("section") or ""):
            continue
        if to not in SECTION_KINDS:
            raise ValidationFailed({f"heading-{line}": _l("Choose one of the sections offered.")})
        found.append({"op": "heading", "kind": "structure", "item": f"line {line}", "line": line,
                      "text": h["text"], "to": to})
    tables = {t["line"]: t for t in structure.get("tables", [])}
    for (line, index), to in columns.items():
        t = tables.get(line)
        if t is None or not to or index >= len(t["header"]) or to == t["columns"].get(str(index), ""):
            continue
        if to not in COLUMN_KINDS:
            raise ValidationFailed({f"column-{line}-{index}": _l("Choose one of the fields offered.")})
        found.append({"op": "column", "kind": "structure", "item": f"line {line}", "line": line,
                      "header": t["header"], "column": index, "to": to})
    return found


def forget(actor, rule: TemplateRule) -> None:
    """The forum's staff take back something the importer learnt (a correction that was right for one report
    only): the forum's next reports are read without it. In the trail, with what it said."""
    require(principal_for(actor).is_staff_of(rule.forum_id), _l("Only this forum's staff can change what its reports taught."))
    log(actor, rule, Operation.DELETE, {rule.kind: [rule.key, None], "read as": [rule.value, None]})
    db.session.delete(rule)
    db.session.flush()
