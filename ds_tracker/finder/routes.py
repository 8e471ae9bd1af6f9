"""One search box for recommendations and actions, in English and Arabic."""
import sqlalchemy as sa
from flask import request, url_for
from sqlalchemy.orm import joinedload

from .. import search
from ..extensions import db
from ..models import Action, Meeting, Recommendation, SearchEntry
from ..queries import focal_share_is_dense, visible_actions, visible_recommendations
from ..web import principal, render
from . import bp

LIMIT = 50


def find(text: str):
    """Recommendations and actions matching what was typed. A year read as the meeting's year that finds
    nothing is searched again as a word of the records ("Law 20 of 2009", "the 2026 budget")."""
    q = search.parse_query(text)
    if q.is_empty:
        return q, [], []
    q, recs, actions = _find(q)
    if q.year and q.terms and not recs and not actions:
        return _find(search.Query(terms=[*q.terms, str(q.year)], kind=q.kind, month=q.month, year_as_word=q.year))
    return q, recs, actions


def _find(q):
    who = principal()
    recs, actions = [], []
    if q.kind in (None, "recommendation"):
        query = (sa.select(Recommendation).join(Meeting, Meeting.id == Recommendation.meeting_id)
                 .where(Recommendation.deleted_dt.is_(None),
                        visible_recommendations(who, dense=focal_share_is_dense(who, "recommendations")),
                        search.month_filter(Meeting.starts_on, q)))
        if q.terms:
            query = query.join(SearchEntry, sa.and_(SearchEntry.record_type == "recommendation",
                                                    SearchEntry.record_id == Recommendation.id)) \
                         .where(search.match_clause(q.terms))
        recs = db.session.scalars(query.order_by(Meeting.starts_on.desc(), Recommendation.id.desc()).limit(LIMIT)
                                  .execution_options(plan_each_time=True)   # the words' own plan (transactions.py)
                                  .options(joinedload(Recommendation.meeting), joinedload(Recommendation.forum))
                                  ).unique().all()   # the stage shown is the stored one, as in the list
    if q.kind in (None, "action"):
        query = sa.select(Action).where(Action.deleted_dt.is_(None),
                                        visible_actions(who, dense=focal_share_is_dense(who, "actions")))
        if q.month or q.year:   # the meeting's date: its own meeting's, or its recommendation's (no index serves
            rec_meeting = sa.select(Recommendation.meeting_id) \
                .where(Recommendation.id == Action.recommendation_id).scalar_subquery()   # this join: only when asked)
            query = query.join(Meeting, Meeting.id == sa.func.coalesce(Action.meeting_id, rec_meeting), isouter=True) \
                .where(search.month_filter(Meeting.starts_on, q))
        query = search.newest_matches(query, "action", Action.id, q.terms) if q.terms \
            else query.order_by(Action.id.desc())
        actions = db.session.scalars(query.limit(LIMIT).execution_options(plan_each_time=True)
                                     .options(joinedload(Action.owner), joinedload(Action.recommendation))).unique().all()
    return q, recs, actions


def find_register(q):
    """Plans, commitments and decisions of the register whose words match (not dated by a meeting)."""
    from .. import access
    from ..models import Commitment, Decision, Plan
    if not q or not q.terms or q.kind is not None:
        return {}
    who = principal()
    found = {}
    for kind, model, order in (("plan", Plan, Plan.title), ("commitment", Commitment, Commitment.id),
                               ("decision", Decision, Decision.decided_on.desc())):
        found[kind] = db.session.scalars(
            sa.select(model).join(SearchEntry, sa.and_(SearchEntry.record_type == kind, SearchEntry.record_id == model.id))
            .where(access.condition(model, who), search.match_clause(q.terms)).order_by(order).limit(LIMIT)).all()
    return found


@bp.route("/search")
def search_page():
    text = (request.args.get("q") or "").strip()
    q, recs, actions = find(text) if text else (None, [], [])
    documents = _documents(text, q)
    page, status = render("finder/search.html", "finder/_results.html", text=text, q=q, recs=recs,
                          actions=actions, register=find_register(q), documents=documents)
    # The live results say which address they are the results of, so the address bar always names them.
    return page, status, {"HX-Push-Url": url_for("finder.search_page", q=text or None)} if request.htmx else {}


def _documents(text: str, q) -> list:
    """The library's documents matching the words (details and file text), when no kind was asked for."""
    if q is None or q.is_empty or q.kind is not None:
        return []
    from ..library.listing import documents_query
    from ..models import Document
    from ..queries import Filters
    query = documents_query(principal(), Filters(q=text))
    return db.session.scalars(query.order_by(Document.published_on.desc(), Document.id.desc()).limit(20)).all()
