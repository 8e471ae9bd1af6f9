"""Follow-up writes: a co-chair's flag on a recommendation to chase at the next meeting."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Operation, Recommendation
from ..models.base import utcnow
from .core import log, principal_for, require, set_outside_lock


def set_chase_flag(actor, rec: Recommendation, flagged: bool) -> None:
    require(principal_for(actor).is_co_chair_of(rec.forum_id), _l("Only a co-chair of this forum flags what to chase."))
    if flagged == (rec.chase_flagged_dt is not None):
        return
    old = rec.chase_flagged_dt is not None
    # A flag about the record, not an edit of it: outside its optimistic-lock version.
    set_outside_lock(rec, chase_flagged_dt=utcnow() if flagged else None,
                     chase_flagged_by_id=actor.id if flagged else None)
    log(actor, rec, Operation.UPDATE, {"chase at next meeting": [old, flagged]})
    db.session.flush()
