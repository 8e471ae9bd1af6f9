"""One builder per section of the quarterly review. Each takes a Period and returns plain data: a list of
Items (a sentence, an optional link) that draft.py writes as editable text. Every read goes through access/
with the author's principal, so a review shows only what its author may read.

Plans' measures (actions under a commitment) are told only in their own section, and register decisions
that answer a letter only under "Decisions received": nothing is counted twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from flask_babel import gettext as _

from .. import access
from ..extensions import db
from ..models import (Action, ActionNote, Decision, Document, DocumentLink, Meeting, Recommendation,
                      Submission)
from ..models.library import document_forums
from ..status import ACTION_CLOSED, ActionStatus, RecommendationStatus

MAX_ITEMS = 25   # a section longer than this ends with "and N more": the review is a summary, the lists are in the app


@dataclass
class Period:
    who: object                    # the author's Principal
    start: date
    end: date
    forum_ids: list[int] | None    # None: every forum the author reads
    language: str = "en"
    base_url: str = ""

    def forum_filter(self, column):
        return sa.true() if self.forum_ids is None else column.in_(self.forum_ids)

    def link(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def local(self, record, attr: str) -> str:
        """A record's text in the review's language when it has it."""
        if self.language == "ar":
            return getattr(record, f"{attr}_ar", None) or getattr(record, attr) or ""
        return getattr(record, attr) or getattr(record, f"{attr}_ar", None) or ""


@dataclass
class Item:
    text: str
    link: str | None = None
    link_label: str | None = None


@dataclass
class Section:
    key: str
    heading: str
    items: list[Item] = field(default_factory=list)


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _capped(items: list[Item], total: int) -> list[Item]:
    if total > len(items):
        items.append(Item(_("… and %(n)d more (see the lists in the tracker).", n=total - len(items))))
    return items


def _clip(text: str | None, n: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def _utc_bounds(p: Period):
    return (datetime.combine(p.start, time(), tzinfo=timezone.utc),
            datetime.combine(p.end + timedelta(days=1), time(), tzinfo=timezone.utc))


# --- sections built from today's record ------------------------------------------------------------------

def meetings_held(p: Period) -> list[Item]:
    """Each meeting of the period: date, forum, title, its key outcomes, and a link to the minutes."""
    q = (sa.select(Meeting).where(access.meeting(p.who), p.forum_filter(Meeting.forum_id),
                                  Meeting.starts_on >= p.start, Meeting.starts_on <= p.end)
         .order_by(Meeting.starts_on, Meeting.id))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))
    items = []
    for m in db.session.scalars(q.limit(MAX_ITEMS)):
        outcome = _clip(m.summary, 280) if _in_language(m.summary, p.language) else _outcomes_of(p, m)
        text = f"{_day(m.starts_on)} · {p.local(m.forum, 'name')}: {p.local(m, 'title')}"
        items.append(Item(f"{text}. {outcome}".rstrip(". ") if outcome else text,
                          p.link(f"/meetings/{m.id}"), _("minutes")))
    return _capped(items, total)


def _in_language(text: str | None, language: str) -> bool:
    """A summary serves as the key outcomes in its own language (an Arabic review does not quote English)."""
    if not text:
        return False
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    return (arabic > len(text) / 4) == (language == "ar")


def _outcomes_of(p: Period, meeting) -> str:
    recs = db.session.scalars(sa.select(Recommendation).where(Recommendation.meeting_id == meeting.id,
                                                              access.recommendation(p.who))
                              .order_by(Recommendation.reference).limit(3)).all()
    if not recs:
        return ""
    return _("Key outcomes: %(list)s", list="; ".join(_clip(p.local(r, "text"), 140) for r in recs))


def recommendations_agreed(p: Period) -> list[Item]:
    """Recommendations of the period's meetings that were agreed (and those already under way)."""
    agreed = [RecommendationStatus.AGREED, RecommendationStatus.IN_IMPLEMENTATION, RecommendationStatus.IMPLEMENTED]
    q = (sa.select(Recommendation).join(Meeting, Meeting.id == Recommendation.meeting_id)
         .where(access.recommendation(p.who), p.forum_filter(Recommendation.forum_id),
                Recommendation.status.in_(agreed), Meeting.starts_on >= p.start, Meeting.starts_on <= p.end)
         .order_by(Meeting.starts_on, Recommendation.reference))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))
    return _capped([Item(f"{r.reference} ({p.local(r.forum, 'name')}): {_clip(p.local(r, 'text'), 240)}",
                         p.link(f"/recommendations/{r.id}"), r.reference)
                    for r in db.session.scalars(q.limit(MAX_ITEMS))], total)


def escalations_sent(p: Period) -> list[Item]:
    """Letters sent in the period: to whom, under which reference, carrying how many recommendations."""
    q = (sa.select(Submission).where(access.submission(p.who), p.forum_filter(Submission.forum_id),
                                     Submission.sent_on >= p.start, Submission.sent_on <= p.end)
         .order_by(Submission.sent_on, Submission.id))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))
    items = []
    for s in db.session.scalars(q.limit(MAX_ITEMS)):
        to = p.local(s.addressee, "name") if s.addressee else str(_level(s.level))
        ref = f" ({s.reference})" if s.reference else ""
        items.append(Item(_("%(day)s · %(forum)s to %(to)s%(ref)s: %(title)s — %(n)d recommendation(s)",
                            day=_day(s.sent_on), forum=p.local(s.forum, "name"), to=to, ref=ref, title=s.title,
                            n=len(s.recommendations)), p.link(f"/submissions/{s.id}"), _("letter")))
    return _capped(items, total)


def _level(level):
    from ..message import label
    return label(level)


def decisions_received(p: Period) -> list[Item]:
    """Decisions recorded in answer to the forums' letters, dated in the period, with their outcomes (the
    register's decisions of their own are under "Government decisions")."""
    q = (sa.select(Decision).where(access.decision(p.who), Decision.submissions.any(),
                                   Decision.decided_on >= p.start, Decision.decided_on <= p.end)
         .order_by(Decision.decided_on, Decision.id))
    if p.forum_ids is not None:
        from ..models.recommendations import decision_submissions
        q = q.where(Decision.id.in_(sa.select(decision_submissions.c.decision_id)
                                    .join(Submission, Submission.id == decision_submissions.c.submission_id)
                                    .where(Submission.forum_id.in_(p.forum_ids))))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))
    items = []
    for d in db.session.scalars(q.limit(MAX_ITEMS)):
        body = p.local(d.body, "name") if d.body else str(_level(d.level))
        number = f" {d.number}" if d.number else ""
        counts: dict = {}
        for o in d.outcomes:
            counts[str(_level(o.outcome))] = counts.get(str(_level(o.outcome)), 0) + 1
        outcome = ", ".join(f"{k}: {v}" for k, v in counts.items())
        text = _("%(day)s · %(body)s, decision%(number)s", day=_day(d.decided_on), body=body, number=number)
        detail = "; ".join(x for x in (_clip(d.text, 200), outcome) if x)
        items.append(Item(f"{text}: {detail}" if detail else text, p.link(f"/decisions/{d.id}"), _("decision")))
    return _capped(items, total)


def actions_completed(p: Period) -> list[Item]:
    """Actions marked done during the period (from their status notes); plans' measures have their own section."""
    since, until = _utc_bounds(p)
    done = (sa.select(ActionNote.action_id).where(ActionNote.status_to == ActionStatus.DONE,
                                                  ActionNote.created_dt >= since, ActionNote.created_dt < until))
    q = (sa.select(Action).where(access.action(p.who), p.forum_filter(Action.forum_id), Action.id.in_(done),
                                 Action.commitment_id.is_(None),
                                 Action.status == ActionStatus.DONE).order_by(Action.due_on, Action.id))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))
    return _capped([Item(f"{p.local(a.owner, 'name')}: {_clip(a.text, 200)}", p.link(f"/actions/{a.id}"),
                         _("action")) for a in db.session.scalars(q.limit(MAX_ITEMS))], total)


def actions_overdue(p: Period) -> list[Item]:
    """Actions still open whose due date passed by the end of the period, oldest first."""
    q = (sa.select(Action).where(access.action(p.who), p.forum_filter(Action.forum_id),
                                 Action.commitment_id.is_(None), Action.status.not_in(list(ACTION_CLOSED)),
                                 Action.due_on < p.end)
         .order_by(Action.due_on, Action.id))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))
    return _capped([Item(_("%(owner)s, due %(day)s: %(text)s", owner=p.local(a.owner, "name"), day=_day(a.due_on),
                           text=_clip(a.text, 200)), p.link(f"/actions/{a.id}"), _("action"))
                    for a in db.session.scalars(q.limit(MAX_ITEMS))], total)


def documents_published(p: Period) -> list[Item]:
    """Library documents published in the period: those of the chosen forums (tagged, or tied to their records)
    and those of no forum (the architecture's general publications)."""
    q = (sa.select(Document).where(access.document(p.who), Document.published_on >= p.start,
                                   Document.published_on <= p.end)
         .order_by(Document.published_on, Document.id))
    if p.forum_ids is not None:
        of_forums = (sa.select(document_forums.c.document_id).where(document_forums.c.forum_id.in_(p.forum_ids))
                     .union(sa.select(DocumentLink.document_id).where(DocumentLink.forum_id.in_(p.forum_ids))))
        any_forum = (sa.select(document_forums.c.document_id)
                     .union(sa.select(DocumentLink.document_id).where(DocumentLink.forum_id.is_not(None))))
        q = q.where(sa.or_(Document.id.in_(of_forums), Document.id.not_in(any_forum)))
    docs = db.session.scalars(q).all()
    shown, items = set(), []
    for d in docs:   # one line for a document and its other-language version
        if d.id in shown:
            continue
        shown.add(d.id)
        both = d.counterpart if d.counterpart and d.counterpart.deleted_dt is None else None
        if both is not None:
            shown.add(both.id)
        title = p.local(d, "title")
        if both is not None and p.language == "ar" and both.language == "ar":
            title = both.title_ar or both.title
        langs = _("English and Arabic") if both is not None else _language(d.language)
        who = f"{d.publisher}: " if d.publisher else ""
        items.append(Item(f"{_day(d.published_on)} · {who}{title} ({langs})", p.link(f"/library/{d.id}"),
                          _("document")))
    return _capped(items[:MAX_ITEMS], len(items))


def _language(code: str) -> str:
    return {"en": _("English"), "ar": _("Arabic"), "ku": _("Kurdish")}.get(code, _("other language"))


def upcoming_meetings(p: Period) -> list[Item]:
    """The forums' coming meetings after the period: each forum's usual date, its next date, who may come."""
    from ..upcoming import membership_of, membership_words, rule_in_words, upcoming, without_usual_date
    start = p.end + timedelta(days=1)
    items, seen = [], set()
    for u in upcoming(p.who, start, forum_ids=p.forum_ids):
        if u.forum.id in seen:
            continue
        seen.add(u.forum.id)
        words = rule_in_words(u.forum.recurrence) or _("date varies")
        items.append(Item(_("%(forum)s: %(words)s, next on %(day)s (%(who)s)", forum=p.local(u.forum, "name"),
                            words=words, day=_day(u.day), who=membership_words(u.membership))))
    for forum in without_usual_date(p.who, p.forum_ids):
        if forum.id not in seen:
            items.append(Item(_("%(forum)s: monthly, date varies (%(who)s)", forum=p.local(forum, "name"),
                                who=membership_words(membership_of(forum)))))
    return items


# --- plans, measures, indicators and the decisions register (issue 13) ------------------------------------

def decisions_register(p: Period) -> list[Item]:
    """The register's decisions taken in the period and the amendments (postponements) dated in it, by date.
    Decisions answering a forum's letter are told under "Decisions received", not again here."""
    from ..plans.data import amendments_in_period, decisions_in_period
    rows = [(d.decided_on, 0, _register_item(p, d)) for d in decisions_in_period(p.who, p.start, p.end, True)
            if not d.submissions and _of_forums(p, d.forum_id)]
    rows += [(a.amended_on, 1, _amendment_item(p, a)) for a in amendments_in_period(p.who, p.start, p.end)
             if _of_forums(p, a.decision.forum_id)]
    items = [item for _day_, _order, item in sorted(rows, key=lambda r: (r[0], r[1]))]
    return _capped(items[:MAX_ITEMS], len(items))


def _of_forums(p: Period, forum_id) -> bool:
    return p.forum_ids is None or forum_id in p.forum_ids


def _decision_words(p: Period, d) -> tuple[str, str]:
    body = p.local(d.body, "name") if d.body else str(_level(d.level))
    what = _clip(d.text_ar, 240) if p.language == "ar" and d.text_ar else (d.title or _clip(d.text, 240))
    return body, what


def _register_item(p: Period, d) -> Item:
    body, what = _decision_words(p, d)
    number = f" {d.number}" if d.number else ""
    text = _("%(day)s · %(body)s, decision%(number)s: %(what)s", day=_day(d.decided_on), body=body,
             number=number, what=what)
    if d.deadline_on:
        text += " " + _("(deadline %(day)s)", day=_day(d.deadline_on))
    return Item(text, p.link(f"/decisions/{d.id}"), _("decision"))


def _amendment_item(p: Period, a) -> Item:
    body, what = _decision_words(p, a.decision)
    text = _("%(day)s · %(body)s amended its decision of %(decided)s (%(what)s): %(change)s",
             day=_day(a.amended_on), body=body, decided=_day(a.decision.decided_on), what=_clip(what, 120),
             change=_clip(p.local(a, "text"), 200))
    if a.deadline_on:
        text += " " + _("New deadline: %(day)s.", day=_day(a.deadline_on))
    return Item(f"{text} ({a.source})", p.link(f"/decisions/{a.decision_id}"), _("decision"))


def measures_completed_and_overdue(p: Period) -> list[Item]:
    """Plans' measures marked done in the period, then those still open that were due by its last day."""
    from ..plans.data import measures_completed_in_period, measures_overdue
    done = [a for a in measures_completed_in_period(p.who, p.start, p.end) if _of_forums(p, a.forum_id)]
    late = [a for a in measures_overdue(p.who, p.end + timedelta(days=1)) if _of_forums(p, a.forum_id)]
    late.sort(key=lambda a: (a.due_on, a.id))
    items = [Item(_("Completed: %(owner)s: %(text)s (%(plan)s)", owner=p.local(a.owner, "name"),
                    text=_clip(a.text, 200), plan=p.local(a.commitment.plan, "title")),
                  p.link(f"/actions/{a.id}"), _("measure")) for a in done]
    items += [Item(_("Overdue, due %(day)s: %(owner)s: %(text)s (%(plan)s)", day=_day(a.due_on),
                     owner=p.local(a.owner, "name"), text=_clip(a.text, 200),
                     plan=p.local(a.commitment.plan, "title")), p.link(f"/actions/{a.id}"), _("measure"))
              for a in late]
    return _capped(items[:MAX_ITEMS], len(items))


def indicators_moved(p: Period) -> list[Item]:
    """Indicators with a value dated in the period: from the last figure before it (or the period's first) to
    the period's last, with its date and source."""
    from ..plans.data import indicator_movements
    items = []
    for m in indicator_movements(p.who, p.start, p.end):
        if not _of_forums(p, m.indicator.action.forum_id):
            continue
        during = [v for v in m.indicator.values if p.start <= v.measured_on <= p.end]
        start = m.before or (during[0] if during[0] is not m.after else None)
        unit = f" {m.indicator.unit}" if m.indicator.unit else ""
        figure = f"{_figure(start.value)} → {_figure(m.after.value)}" if start else _figure(m.after.value)
        text = _("%(name)s: %(figure)s%(unit)s on %(day)s (source: %(source)s)", name=p.local(m.indicator, "name"),
                 figure=figure, unit=unit, day=_day(m.after.measured_on), source=m.after.source)
        if m.indicator.target is not None:
            text += " " + _("Target: %(target)s.", target=_figure(m.indicator.target))
        items.append(Item(text, p.link(f"/actions/{m.indicator.action_id}"), _("measure")))
    return _capped(items[:MAX_ITEMS], len(items))


def _figure(value) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# The review's sections, in their default order: (key, heading, builder).
SECTIONS = [
    ("meetings_held", _l("Meetings held"), meetings_held),
    ("recommendations_agreed", _l("Recommendations agreed"), recommendations_agreed),
    ("escalations_sent", _l("Escalations sent"), escalations_sent),
    ("decisions_received", _l("Decisions received"), decisions_received),
    ("decisions_register", _l("Government decisions"), decisions_register),
    ("actions_completed", _l("Actions completed"), actions_completed),
    ("actions_overdue", _l("Actions overdue"), actions_overdue),
    ("measures", _l("Plans' measures completed and overdue"), measures_completed_and_overdue),
    ("indicators_moved", _l("Indicators that moved"), indicators_moved),
    ("documents_published", _l("Documents published"), documents_published),
    ("upcoming_meetings", _l("Upcoming meetings"), upcoming_meetings),
]


def build(p: Period) -> list[Section]:
    """Every section, in order, in the period's language (a section with nothing to say is kept, empty, so the
    secretariat sees it was looked at)."""
    from flask_babel import force_locale
    with force_locale(p.language):
        return [Section(key, str(heading), builder(p)) for key, heading, builder in SECTIONS]
