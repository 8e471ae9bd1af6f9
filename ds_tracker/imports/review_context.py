"""The review screen's context: what every rendering of a draft shows (its rows a page at a time, the forms, the
labels in the reader's language, the meetings it may repeat), apart from the routes that change the draft."""
from flask import current_app, request
from flask_babel import gettext as _, lazy_gettext as _l
from flask_login import current_user

from ..extensions import db
from ..forms import EmptyForm, options
from ..models import Forum
from ..listing import forum_choices, organisation_choices
from ..services import imports as service
from ..services.next_meeting import announced, to_come
from ..text import MAX_MARKDOWN_CHARS
from ..web import principal
from .forms import SaveForm, SplitForm

KIND_NAMES = tuple(service.KINDS)
SOURCE_SHOWN_UP_TO = 20_000   # characters of the report shown under the draft; past that, the download link only

def _forums(who):
    """The forums this user may record meetings of (a secretariat of a JCF may not write to Workshops)."""
    return options([(fid, name) for fid, name in forum_choices(who) if who.is_staff_of(fid)])


def _page_size() -> int:
    return current_app.config.get("REVIEW_PAGE_SIZE", 100)


def _pages(draft, focus: tuple[str, str] | None = None) -> dict[str, int]:
    """Which page of each section is shown: ?participants=3 is the third hundred participants. A row being
    edited (focus) brings its section to the page that holds it."""
    pages = {}
    for kind in KIND_NAMES:
        count = len(draft.data.get(kind, []))
        last = max(1, -(-count // _page_size()))
        wanted = request.args.get(kind, "1")
        pages[kind] = min(max(int(wanted), 1), last) if wanted.isdigit() else 1
    if focus:
        pages[focus[0]] = _page_of(draft, *focus)
    return pages


def _page_of(draft, kind: str, item_id: str) -> int:
    ids = [i.get("id") for i in draft.data.get(kind, [])]
    return ids.index(item_id) // _page_size() + 1 if item_id in ids else 1




ROW_HEADINGS = {"participants": _l("Participants"), "organisations": _l("Organisations present"), "sessions": _l("Sessions and speakers"),
                "groups": _l("Breakout groups"), "recommendations": _l("Recommendations"),
                "actions": _l("Action points"), "commitments": _l("Commitments and next steps")}


def _context(draft, save_form=None, focus=None, header=None, header_errors=None, **extra):
    from ..services.import_save import escalation_points, unknown_names
    who = principal()
    if save_form is None:
        default = draft.forum or service.default_forum(current_user)
        save_form = SaveForm(forum=default.id if default else None)
    save_form.forum.choices = _forums(who)
    save_errors = getattr(save_form, "extra_errors", None) or {}
    header_errors = dict(header_errors or {})
    if save_errors.get("sittings"):      # "The report gives no date": said beside the day the header form asks for
        header_errors.setdefault("sitting-0-date", save_errors["sittings"])
    pages = _pages(draft, focus)
    forum = draft.forum or (db.session.get(Forum, save_form.forum.data) if save_form.forum.data else None)
    unknown = unknown_names(draft.data, forum) if draft.status.value == "open" else None
    groups = [g["name"] for g in draft.data.get("groups", [])]
    kind_labels = _kind_labels()
    return dict(draft=draft, data=draft.data, save_form=save_form, groups=groups, organisations=organisation_choices(),
                kind_labels=kind_labels, field_labels=_field_labels(), section_labels=_section_labels(),
                column_labels=_column_labels(),
                split_form=SplitForm(), kinds=service.KINDS, source_lines=draft.source_text.splitlines(),
                row_form=EmptyForm(), pages=pages, page_size=_page_size(),
                person_details=_candidate_details(draft, pages["participants"], who),
                show_source=len(draft.source_text) <= SOURCE_SHOWN_UP_TO,
                escalation_points=escalation_points(draft.data), row_headings=ROW_HEADINGS,
                body_names=_body_names(draft.data), known_bodies=_known_bodies(draft.data),
                **_same_day(draft, save_form.forum.data, who), save_errors=save_errors,
                unknown_owners=unknown.owner_rows if unknown else set(),
                secretariat_owners=unknown.secretariat if unknown else set(), forum_name=forum.name if forum else None, unknown_present=unknown.present if unknown else set(),
                unknown_participants=unknown.participants if unknown else set(),
                unknown_bodies=unknown.bodies if unknown else set(), new_organisations=unknown.all if unknown else [],
                header=header or _header_shown(draft.data), header_errors=header_errors,
                header_was=service.header_fingerprints(draft.data),
                next_meeting=announced(draft), to_come=to_come, meeting_kinds=_meeting_kinds(), warnings=_warnings(draft.data), max_minutes=MAX_MARKDOWN_CHARS,
                **extra)


# The importer's warnings (written in English by the pure reader), in the reader's language: (pattern, message).
_WARNINGS = [
    (r"No title found\.", _l("No title found.")),
    (r"This report's structure could not be read\..*",
     _l("This report's structure could not be read. Its text is kept: enter the meeting's details by hand, and tell "
        "the administrator which report it was.")),
    (r"No meeting date, participants or recommendations found: this may not be a meeting report\.",
     _l("No meeting date, participants or recommendations found: this may not be a meeting report.")),
    (r"This does not look like a meeting report\.", _l("This does not look like a meeting report.")),
    (r"(?P<name>.+) is listed twice \(line (?P<line>\d+)\); kept once\.",
     _l("%(name)s is listed twice (line %(line)s); kept once.")),
    (r"The attendance lists organisations, not people: (?P<names>.+) \(line (?P<line>\d+)\)\.",
     _l("The attendance lists organisations, not people: %(names)s (line %(line)s).")),
    (r"The web page is very long; only its beginning was read\.",
     _l("The web page is very long; only its beginning was read.")),
    (r"Reading the PDF took too long; the draft holds its first (?P<n>\d+) pages\.",
     _l("Reading the PDF took too long; the draft holds its first %(n)s pages.")),
    (r"The PDF has (?P<count>\d+) pages; the draft holds the first (?P<n>\d+)\.",
     _l("The PDF has %(count)s pages; the draft holds the first %(n)s.")),
    (r"The PDF is damaged after page (?P<n>\d+); the draft holds what came before\.",
     _l("The PDF is damaged after page %(n)s; the draft holds what came before.")),
    (r"The Word document is larger than (?P<n>\d+) MB once unpacked; only its beginning was read "
     r"\(up to: (?P<last>.*)\)\.",
     _l("The Word document is larger than %(n)s MB once unpacked; only its beginning was read (up to: %(last)s).")),
    (r"The text is longer than (?P<n>[\d,]+) characters \(about 700 pages\); the draft holds its beginning\. "
     r"Import the rest separately\.",
     _l("The text is longer than %(n)s characters (about 700 pages); the draft holds its beginning. Import the "
        "rest separately.")),
]
_RECORD_PARTS = {"name", "names", "last"}     # the report's own words, kept in their direction


def _warnings(data) -> list:
    """The draft's warnings in the reader's language; "No title found" goes once the reviewer gave a title."""
    import re

    from markupsafe import Markup, escape
    shown = []
    for w in data.get("warnings") or []:
        for pattern, message in _WARNINGS:
            if m := re.fullmatch(pattern, w, re.S):
                if message is _WARNINGS[0][1] and data.get("title"):
                    break
                args = {k: Markup('<bdi data-record dir="auto">%s</bdi>') % v if k in _RECORD_PARTS else escape(v)
                        for k, v in m.groupdict().items()}
                shown.append(Markup(escape(str(message))) % args if args else str(message))
                break
        else:
            shown.append(w)
    return shown


def _header_shown(data) -> dict:
    """The header form's values: the draft's, and one empty sitting to add a day."""
    sittings = [{k: s.get(k) or "" for k in ("date", "city", "venue")} for s in data.get("sittings") or []]
    return {"title": data.get("title") or "", "kind": data.get("kind") or "other",
            "sittings": sittings + [{"date": "", "city": "", "venue": ""}]}


def _header_typed() -> dict:
    """The header form as sent: title, kind and its sittings (sitting-<i>-date/city/venue, `sittings` of them)."""
    count = request.form.get("sittings", "")
    count = min(int(count), 60) if count.isdigit() else 0
    return {"title": request.form.get("title", ""), "kind": request.form.get("kind", ""),
            "sittings": [{f: request.form.get(f"sitting-{i}-{f}", "") for f in ("date", "city", "venue")}
                         for i in range(count)],
            "was": {f: request.form.get(f"was-{f}", "") for f in service.HEADER_FIELDS}}


def _meeting_kinds():
    return [("JCF", _("Joint Coordination Forum (JCF)")), ("RWG", _("Returns Working Group (RWG)")),
            ("DSTWG", _("Durable Solutions Technical Working Group (DSTWG)")),
            ("DSTF", _("Durable Solutions Task Force (DSTF)")), ("ABC", _("Area-Based Coordination (ABC)")),
            ("workshop", _("workshop")), ("other", _("other meeting"))]


def _body_names(data: dict) -> dict[str, str]:
    """The bodies letters would go to, in the reader's language when the list knows them ("وزارة الهجرة والمهجرين"
    on an Arabic page, not "Ministry of Migration and Displacement")."""
    import sqlalchemy as sa

    from ..models import Organisation
    from ..templating import local_name
    names = {e["body"] for e in data.get("escalations", []) if e.get("body")}
    if not names:
        return {}
    return {o.name: local_name(o) for o in db.session.scalars(sa.select(Organisation).where(Organisation.name.in_(names)))}


def _known_bodies(data: dict) -> list[str]:
    """What a planned letter's addressee may be corrected to: the levels, then the confirmed organisations."""
    if not data.get("escalations"):
        return []
    import sqlalchemy as sa

    from ..models import Organisation
    from ..services.import_save import LEVELS
    names = db.session.scalars(sa.select(Organisation.name).where(Organisation.is_confirmed.is_(True),
                                                                  Organisation.is_active.is_(True)).order_by(Organisation.name))
    return [*LEVELS, *(n for n in names if n not in LEVELS)]


def _same_day(draft, forum_id, who) -> dict:
    """Before saving: the forum's meetings already recorded on the report's days (most often the same meeting,
    entered by hand or imported before), to open and check; apart, the coming meeting scheduled on that day with
    nothing in it yet, which the save fills (`fills`)."""
    from .. import access
    from ..meetings.page import same_day_meetings
    from ..services.import_save import saved_before
    from ..services.meetings import scheduled_on
    if draft.status.value != "open":
        return dict(same_day=[], fills=None)
    days = service.sitting_days(draft.data)
    found = list(same_day_meetings(who, forum_id, days))
    # this very report, saved before (whatever day it was corrected to), among the meetings the reader may read
    found += [m for m in saved_before(draft, access.meeting(who)) if m.id not in {f.id for f in found}]
    scheduled = scheduled_on(int(forum_id), days) if forum_id and str(forum_id).isdigit() else None
    fills = next((m for m in found if scheduled is not None and m.id == scheduled.id), None)
    return dict(same_day=[m for m in found if m is not fills], fills=fills)


def _candidate_details(draft, page: int, who) -> dict[int, str]:
    """What tells the people proposed for the shown participants apart (position, organisation, last meeting)."""
    from ..services.people import people_details
    first = (page - 1) * _page_size()
    shown = draft.data.get("participants", [])[first:first + _page_size()]
    return people_details({c["id"] for p in shown for c in p.get("candidates", [])}, who)


def _kind_labels():
    return [("participants", _("participant")), ("organisations", _("organisation present")), ("sessions", _("session or speaker")),
            ("groups", _("breakout group")), ("recommendations", _("recommendation")),
            ("actions", _("action point")), ("commitments", _("commitment or next step"))]


def _field_labels():
    return {"name": _("Name"), "position": _("Position"), "organisation": _("Organisation"), "group": _("Group"),
            "title": _("Title"), "presenter": _("Speaker"), "theme": _("Theme"), "text": _("Text"),
            "owner": _("Owner"), "due": _("Due date")}


def _section_labels():
    return [("participants", _("participants")), ("recommendations", _("recommendations")),
            ("decisions", _("decisions")), ("actions", _("action points")),
            ("mixed", _("decisions and action points")), ("next_steps", _("next steps")),
            ("agenda", _("agenda")), ("background", _("background or discussion")),
            ("earlier", _("action points of an earlier meeting, reviewed")), ("other", _("no list of rows"))]


def _column_labels():
    return [("name", _("name")), ("position", _("position")), ("organisation", _("organisation")),
            ("action", _("action point")), ("responsible", _("owner")), ("deadline", _("due date")),
            ("recommendations", _("recommendation")), ("number", _("number")), ("ignore", _("ignore this column"))]


