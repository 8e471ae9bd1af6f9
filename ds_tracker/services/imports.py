"""From a report to a saved meeting: the draft (stored, editable, resumable) and the one-transaction save."""
from __future__ import annotations

import re

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..importer import Reference, parse
from ..models import DraftStatus, Forum, Meeting, Operation, Organisation, Person, Place, ReportDraft
from ..textnorm import normalise
from .core import ValidationFailed, already_created, clean, log, principal_for, remember_creation, require
from .import_people import propose_people
from .templates import reading_template, structure_corrections, template_for
from .draft_header import (HEADER_FIELDS, MEETING_KINDS, _due, _header_again, edit_header,  # noqa: F401
                           header_fingerprints, mark as _mark, sitting_days)
from ..uploads import store as uploads_store

KINDS = {   # the draft's lists and the fields a reviewer may edit in each
    "participants": ["name", "position", "organisation", "group"],
    "organisations": ["name"],          # present, from a report that lists organisations, not people
    "sessions": ["title", "presenter"],
    "groups": ["name", "theme"],
    "recommendations": ["text", "group"],
    "actions": ["text", "owner", "due"],
    "commitments": ["text", "owner"],
}
PREFIX = {"participants": "p", "organisations": "o", "sessions": "s", "groups": "g", "recommendations": "r", "actions": "a",
          "commitments": "c"}


def reference_from_db() -> Reference:
    """The organisations, places and forums the database knows; the seed lists while it knows none."""
    if not db.session.scalar(sa.select(Organisation.id).limit(1)):
        return Reference.from_seed()
    return Reference.from_records(db.session.scalars(sa.select(Organisation)).all(),
                                  db.session.scalars(sa.select(Place)).all(),
                                  db.session.scalars(sa.select(Forum)).all())


def _may_import(actor) -> bool:
    who = principal_for(actor)
    return who.is_admin or who.is_staff


def create_draft(actor, *, text: str, filename: str | None = None, source: bytes | None = None,
                 warnings=(), forum=None, idempotency_key=None) -> ReportDraft:
    """A draft from a report's text; `source` is the uploaded file itself, kept (in the database) with it."""
    require(_may_import(actor), _l("Only secretariats, co-chairs and admins import reports."))
    if existing := already_created(actor, idempotency_key, ReportDraft):
        return existing
    if not clean(text):
        raise ValidationFailed({"text": _l("Paste the report's text or upload its file.")})
    if forum is not None and not principal_for(actor).can_create_meeting(forum):
        raise ValidationFailed({"forum": _l("You cannot record meetings of %(forum)s: choose one of your forums.",
                                            forum=forum.name)})
    ref = reference_from_db()
    data = parse(text, ref, template_for(forum))
    if forum is None and data.get("forum"):
        named = db.session.scalar(sa.select(Forum).where(Forum.name == data["forum"]))
        # the report names a forum the importer cannot write to: they choose on review
        forum = named if named is not None and principal_for(actor).can_create_meeting(named) else None
        if forum is not None and (own := template_for(forum)).size() > own.shared:
            data = parse(text, ref, own)     # read with the named forum's template
    _prepare(data, warnings, principal_for(actor))
    draft = ReportDraft(user_id=actor.id, forum=forum, title=(data.get("title") or "")[:300] or None,
                        source_text=text, source_filename=filename, data=data)
    db.session.add(draft)
    db.session.flush()
    log(actor, draft, Operation.CREATE, {"title": [None, draft.title], "file": [None, filename]})
    if source is not None:
        from ..uploads import report_type, safe_name
        name = safe_name(filename or "", f"report-{draft.id}")
        draft.source_file = uploads_store(actor, source, name, report_type(source, name), draft)
    remember_creation(actor, idempotency_key, draft)
    return draft


def _prepare(data: dict, warnings, who, after: dict | None = None) -> None:
    """Row ids (after those a draft already issued), the file reader's warnings first, proposed people."""
    data["reader_warnings"] = list(warnings)
    data["warnings"] = list(warnings) + data["warnings"]
    issued = dict(after or {})
    for kind, prefix in PREFIX.items():
        for i, item in enumerate(data.get(kind, []), start=issued.get(kind, 0) + 1):
            item["id"] = f"{prefix}{i}"
        issued[kind] = issued.get(kind, 0) + len(data.get(kind, []))
    data["last_ids"] = issued
    propose_people(data, who)


def read_structure(actor, draft: ReportDraft, headings: dict[int, str], columns: dict[tuple[int, int], str]) -> int:
    """The reviewer says what a heading opens and what a table's column holds: the choices are kept as corrections
    (the forum's template learns them on save) and the report is read again with them; rows whose kind the
    reviewer changed before move again. Returns how many choices were new."""
    _own(actor, draft)
    data = _copy(draft.data)
    new = structure_corrections(data, headings, columns)
    if not new:
        return 0
    corrections = data.get("corrections", []) + new
    fresh = parse(draft.source_text, reference_from_db(),
                  reading_template(draft.forum, {**data, "corrections": corrections}, draft.source_text))
    _prepare(fresh, data.get("reader_warnings", []), principal_for(actor), after=data.get("last_ids"))
    fresh["corrections"] = corrections
    _header_again(fresh, corrections)
    _touch(draft, fresh)
    log(actor, draft, Operation.UPDATE, {"structure": [None, "; ".join(
        f"{c.get('text') or ' | '.join(c.get('header', []))} -> {c['to']}" for c in new)[:500]]})
    db.session.flush()
    return len(new)


def _own(actor, draft: ReportDraft) -> None:
    who = principal_for(actor)
    require(who.is_admin or draft.user_id == actor.id, _l("This draft belongs to someone else."))
    if draft.status is not DraftStatus.OPEN:
        raise ValidationFailed({"": _l("This draft was already saved or discarded.")})


def _touch(draft: ReportDraft, data: dict) -> None:
    draft.data = data   # a new dict, so SQLAlchemy sees the JSON change


def _corrected(data: dict, op: str, kind: str, item_id: str, **details) -> None:
    """Each correction the reviewer makes, kept on the draft: the importer learns a forum's template from them."""
    data.setdefault("corrections", []).append({"op": op, "kind": kind, "item": item_id, **details})


def _new_id(data: dict, kind: str) -> str:
    """A row id never given before in this draft, even after deletes (a stale "Delete p17" must not hit a new p17)."""
    issued = data.setdefault("last_ids", {})
    numbers = [int(re.sub(r"\D", "", x["id"]) or 0) for x in data.get(kind, []) if x.get("id")]
    issued[kind] = max([issued.get(kind, 0), *numbers]) + 1
    return f"{PREFIX[kind]}{issued[kind]}"


def edit_item(actor, draft: ReportDraft, kind: str, item_id: str, values: dict) -> dict:
    _own(actor, draft)
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    typed = {}
    for field in KINDS[kind]:
        if field in values:
            value = clean(values[field])
            typed[field] = _due(value, data) if field == "due" and value else value
    _merge_row(typed, items[i], values.get("was") or {})
    items[i].update(typed)
    items[i].pop("unsure", None)
    if "organisation" in typed:    # the reviewer's organisation replaces the one read: its text as read goes too
        items[i].pop("organisation_text", None)
        items[i].pop("organisation_new", None)
    if kind == "participants" and "person_id" in values:
        _choose_person(items[i], values["person_id"])
    _corrected(data, "edit", kind, item_id, fields=sorted(typed))
    _touch(draft, data)
    db.session.flush()
    return items[i]


def row_marks(row: dict, kind: str) -> dict:
    """A short mark of each field of a row as its edit form shows it, sent back with the form (as the header's)."""
    return {f: _mark(row.get(f) or "") for f in KINDS[kind]}


def _merge_row(typed: dict, row: dict, was: dict) -> None:
    """A field this window left as it showed it keeps what is there now (another tab's change to it stays); one
    both windows changed, differently, is refused with the typed values kept (a second save is deliberate)."""
    for field in [f for f in typed if was.get(f)]:
        if _mark(typed[field] or "") == was[field]:
            del typed[field]
        elif _mark(row.get(field) or "") != was[field] and _mark(typed[field] or "") != _mark(row.get(field) or ""):
            raise ValidationFailed({"row": _l(
                "Someone changed this row in another window while you were editing it. What it says now is listed "
                "below; your values are kept in the fields. Save again to replace it with yours.")})


def _choose_person(row: dict, chosen) -> None:
    """The reviewer's answer to "who is this?": one of the people proposed for the row, or a new person (said
    so: the row no longer asks). Any other id is refused, so a forged form cannot attach a hidden person."""
    chosen = str(chosen or "").strip()
    if not chosen or chosen == "new":
        row["person_id"], row["new_person"] = None, True
        return
    if not chosen.isdigit() or int(chosen) not in {c["id"] for c in row.get("candidates", [])}:
        raise ValidationFailed({"person_id": _l("Choose one of the people proposed, or a new person.")})
    row["person_id"], row["new_person"] = int(chosen), False


def delete_item(actor, draft: ReportDraft, kind: str, item_id: str, *, discussion: bool = False) -> None:
    """discussion: the row is no outcome, only what was said ("not an outcome (keep in the minutes)"): out of the
    lists, its words still in the report's text that the minutes keep."""
    _own(actor, draft)
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    gone = items.pop(i)
    _corrected(data, "delete", kind, item_id, line=gone.get("line"), **({"discussion": True} if discussion else {}))
    # kept a while, so that "Undo" puts a row deleted by a slip of the finger back where it was
    data["deleted"] = [*(data.get("deleted") or [])[-(KEEP_DELETED - 1):],
                       {"kind": kind, "index": i, "row": gone, **({"discussion": True} if discussion else {})}]
    _touch(draft, data)
    db.session.flush()


KEEP_DELETED = 30


def deleted_row(data: dict, kind: str, item_id: str, entry: bool = False) -> dict | None:
    """The row as it was deleted (entry: with how, {"row", "discussion"})."""
    return next((d if entry else d["row"] for d in reversed(data.get("deleted") or [])
                 if d["kind"] == kind and d["row"].get("id") == item_id), None)


OUTCOME_KINDS = ("recommendations", "actions", "commitments")   # the rows "not an outcome" takes out


def restore_item(actor, draft: ReportDraft, kind: str, item_id: str) -> dict:
    """A deleted row put back where it was (the reviewer's "Undo")."""
    _own(actor, draft)
    data = _copy(draft.data)
    kept = data.get("deleted") or []
    at = next((n for n in range(len(kept) - 1, -1, -1)
               if kept[n]["kind"] == kind and kept[n]["row"].get("id") == item_id), None)
    if at is None or any(x.get("id") == item_id for x in data.get(kind) or []):
        raise ValidationFailed({"": _l("That row can no longer be put back.")})
    entry = kept.pop(at)
    rows = data.setdefault(kind, [])
    rows.insert(min(entry["index"], len(rows)), entry["row"])
    _corrected(data, "restore", kind, item_id)
    _touch(draft, data)
    db.session.flush()
    return entry["row"]


def split_participant(actor, draft: ReportDraft, item_id: str, second: str) -> dict:
    """One row that merged two people becomes two; `second` is the second person's text as written."""
    _own(actor, draft)
    from ..importer.parse import split_person
    data = _copy(draft.data)
    items, i = _find_in(data, "participants", item_id)
    second = clean(second)
    if not second:
        raise ValidationFailed({"second": _l("Type the second person's name (and position).")})
    first = items[i]
    for field in ("name", "position"):
        if first.get(field) and second in first[field]:
            first[field] = clean(first[field].replace(second, "")).rstrip(" -–—,") or None
    name, position, org = split_person(second, reference_from_db())
    new = {"id": _new_id(data, "participants"), "name": name, "position": position,
           "organisation": org or first.get("organisation"), "group": first.get("group"), "line": first.get("line"),
           "candidates": [], "person_id": None}
    items.insert(i + 1, new)
    first.pop("unsure", None)
    _corrected(data, "split", "participants", item_id, new=new["id"])
    _touch(draft, data)
    db.session.flush()
    return new


# What a row keeps when it changes kind: its words land in the new kind's main field.
MAIN_FIELD = {"participants": "name", "organisations": "name", "sessions": "title", "groups": "name", "recommendations": "text",
              "actions": "text", "commitments": "text"}


def add_item(actor, draft: ReportDraft, kind: str, values: dict) -> dict:
    """A row the parser missed, typed by the reviewer."""
    _own(actor, draft)
    if kind not in KINDS:
        raise ValidationFailed({"kind": _l("Unknown kind of row.")})
    values = {f: clean(values.get(f)) for f in KINDS[kind] if clean(values.get(f))}
    if not values.get(MAIN_FIELD[kind]):
        raise ValidationFailed({MAIN_FIELD[kind]: _l("Type what the row says.")})
    if values.get("due"):
        values["due"] = _due(values["due"], draft.data)    # as the row's edit checks it: a date, or a message beside the field
    data = _copy(draft.data)
    item = {"id": _new_id(data, kind), **values}
    if kind == "participants":
        item.update(candidates=[], person_id=None)
    if kind == "groups":
        item.setdefault("challenges", [])
    data.setdefault(kind, []).append(item)
    _corrected(data, "add", kind, item["id"])
    _touch(draft, data)
    db.session.flush()
    return item


def change_kind(actor, draft: ReportDraft, kind: str, item_id: str, new_kind: str) -> dict:
    """A "next step" that is a recommendation, a participant row that is a group heading: the row moves to the
    other list with its words and its source line, under a fresh id."""
    _own(actor, draft)
    if new_kind not in KINDS or new_kind == kind:
        raise ValidationFailed({"kind": _l("Choose another kind of row.")})
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    old = items.pop(i)
    words = old.get(MAIN_FIELD[kind]) or old.get("text") or old.get("name") or old.get("title") or ""
    moved = {"id": _new_id(data, new_kind), MAIN_FIELD[new_kind]: words, "line": old.get("line")}
    for field in KINDS[new_kind]:
        if field != MAIN_FIELD[new_kind] and old.get(field):
            moved[field] = old[field]
    if new_kind == "participants":
        moved.update(candidates=[], person_id=None)
    if new_kind == "groups":
        moved["challenges"] = []
    data.setdefault(new_kind, []).append(moved)
    _corrected(data, "kind", kind, item_id, to=new_kind, new=moved["id"], line=old.get("line"))
    _touch(draft, data)
    db.session.flush()
    return moved


def discard(actor, draft: ReportDraft) -> None:
    _own(actor, draft)
    draft.status = DraftStatus.DISCARDED
    log(actor, draft, Operation.STATUS, {"status": ["open", "discarded"]})
    db.session.flush()


def _copy(data):
    import copy
    return copy.deepcopy(data)


def _find_in(data, kind, item_id):
    items = data.get(kind, [])
    for i, item in enumerate(items):
        if item.get("id") == item_id:
            return items, i
    raise ValidationFailed({"": _l("That row is no longer in the draft.")})


def default_forum(actor) -> Forum | None:
    """Where this user's next report most likely belongs: the forum of the last meeting they recorded, else the
    first forum of their secretariat (or co-chair) roles."""
    who = principal_for(actor)
    last = db.session.scalar(sa.select(Meeting.forum_id).where(Meeting.created_by_id == actor.id,
                                                               Meeting.deleted_dt.is_(None))
                             .order_by(Meeting.created_dt.desc(), Meeting.id.desc()).limit(1))
    if last and who.is_staff_of(last):
        return db.session.get(Forum, last)
    for forum_id in sorted(who.forum_roles):
        if who.is_staff_of(forum_id):
            return db.session.get(Forum, forum_id)
    return None


from .import_save import save  # noqa: E402,F401  (the save half: services/import_save.py)
