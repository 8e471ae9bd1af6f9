"""What the importer learnt about a forum's report template: listed in words for its staff, each one forgettable."""
import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from .. import access
from ..extensions import db
from ..forms import EmptyForm
from ..models import Forum, TemplateRule
from ..services import templates as service
from ..web import load, principal, run
from . import bp


@bp.route("/forums/<int:forum_id>/template")
def template_rules(forum_id):
    forum = load(Forum, forum_id)
    who = principal()
    if not who.is_staff_of(forum.id):
        abort(403)
    rules = db.session.scalars(sa.select(TemplateRule).where(
        TemplateRule.forum_id == forum.id, access.condition(TemplateRule, who)).order_by(TemplateRule.id)).all()
    from .review_context import _column_labels, _kind_labels, _section_labels   # the review screen's words for them
    return render_template("imports/template_rules.html", forum=forum, rules=rules, form=EmptyForm(),
                           sections=dict(_section_labels()), columns=dict(_column_labels()), kinds=dict(_kind_labels()))


@bp.route("/template-rules/<int:rule_id>/forget", methods=["POST"])
def forget_rule(rule_id):
    rule = load(TemplateRule, rule_id)   # access.template_rule: the forum's staff; anyone else: 404
    forum_id = rule.forum_id
    ok, _status = run(EmptyForm(), service.forget, current_user, rule)
    if ok:
        flash(_("Forgotten: the forum's next reports are read without it."), "info")
    return redirect(url_for("imports.template_rules", forum_id=forum_id))
