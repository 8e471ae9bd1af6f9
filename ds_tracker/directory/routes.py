import sqlalchemy as sa
from flask import render_template
from sqlalchemy.orm import contains_eager, joinedload

from .. import access
from ..extensions import db
from ..models import Attendance, Meeting, Organisation, Person, Place
from ..web import load, principal
from . import bp


@bp.route("/people/<int:person_id>")
def person(person_id):
    who = principal()
    person_ = load(Person, person_id)
    # Only meetings the user may open; meetings come in the same query (no query per row).
    attended = db.session.scalars(
        sa.select(Attendance).join(Meeting).where(Attendance.person_id == person_.id, access.attendance(who))
        .order_by(Meeting.id.desc()).options(contains_eager(Attendance.meeting), joinedload(Attendance.organisation))).all()
    return render_template("directory/person.html", person=person_, attended=attended)


@bp.route("/organisations/<int:org_id>")
def organisation(org_id):
    org = load(Organisation, org_id)
    return render_template("directory/organisation.html", org=org)


@bp.route("/places/<int:place_id>")
def place(place_id):
    place_ = load(Place, place_id)
    return render_template("directory/place.html", place=place_)
