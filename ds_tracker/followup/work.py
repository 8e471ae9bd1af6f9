"""The secretariat's page: what is on their desk across the forums they run."""
import sqlalchemy as sa
from flask import abort, render_template
from flask_login import current_user
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Action, DraftStatus, Forum, Meeting, ReportDraft, Role, Submission
from ..queries import OPEN_STATUSES
from ..services import sent_back
from ..recommendations.submission_listing import STATES, submissions_query_for_forums
from ..status import MinutesStatus, baghdad_today
from ..web import principal
from . import bp


def secretariat_forum_ids(who) -> list[int]:
    return sorted(f for f, roles in who.forum_roles.items() if Role.SECRETARIAT in roles)


@bp.route("/work")
def work():
    """Drafts in progress, minutes to get approved, submissions to send, answers awaited, overdue actions."""
    who = principal()
    forum_ids = secretariat_forum_ids(who) or sorted(f for f in who.forum_roles if who.is_staff_of(f))
    if not forum_ids and who.is_admin:
        forum_ids = list(db.session.scalars(sa.select(Forum.id).where(Forum.is_active)))
    if not forum_ids:
        abort(403)      # a focal point has no secretariat desk
    today = baghdad_today()
    forums = db.session.scalars(sa.select(Forum).where(Forum.id.in_(forum_ids)).order_by(Forum.name)).all()
    drafts = db.session.scalars(sa.select(ReportDraft).where(
        ReportDraft.status == DraftStatus.OPEN,
        sa.or_(ReportDraft.user_id == current_user.id, ReportDraft.forum_id.in_(forum_ids)))
        .order_by(ReportDraft.updated_dt.desc()).limit(50)).all()
    minutes = db.session.scalars(sa.select(Meeting).where(
        Meeting.forum_id.in_(forum_ids), Meeting.deleted_dt.is_(None), Meeting.minutes_status == MinutesStatus.DRAFT,
        Meeting.starts_on <= today).order_by(Meeting.starts_on.desc()).options(joinedload(Meeting.forum))
        .limit(50)).all()
    to_approve = db.session.scalars(submissions_query_for_forums(forum_ids).where(STATES["awaiting_approval"])
                                    .order_by(Submission.id)).all()    # a co-chair's to approve, a secretariat's to chase
    to_send = db.session.scalars(submissions_query_for_forums(forum_ids).where(STATES["approved"])
                                 .order_by(Submission.id)).all()
    awaiting = db.session.scalars(submissions_query_for_forums(forum_ids).where(STATES["sent"])
                                  .order_by(Submission.sent_on)).all()
    overdue = dict(db.session.execute(sa.select(Action.forum_id, sa.func.count(Action.id)).where(
        Action.forum_id.in_(forum_ids), Action.deleted_dt.is_(None), Action.status.in_(OPEN_STATUSES),
        Action.due_on < today).group_by(Action.forum_id)).all())
    # a co-chair's "send back" comment not yet answered, beside the minutes or letter it returned
    returned = {("m", k): v for k, v in sent_back.pending(Meeting, [m.id for m in minutes]).items()}
    returned.update({("s", k): v for k, v in sent_back.pending(Submission, [s.id for s in to_approve]).items()})
    # a letter sent back waits for the secretariat, not for a co-chair: its own list
    back = [s for s in to_approve if ("s", s.id) in returned]
    to_approve = [s for s in to_approve if ("s", s.id) not in returned]
    return render_template("followup/work.html", forums=forums, drafts=drafts, minutes=minutes, to_send=to_send,
                           awaiting=awaiting, overdue=overdue, today=today, to_approve=to_approve, returned=returned,
                           back=back)
