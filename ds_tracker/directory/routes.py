import sqlalchemy as sa
from flask import render_template

from ..extensions import db
from ..models import Attendance, Meeting, Organisation, Person, Place
from ..web import load, principal
from . import bp


@bp.route("/people/<int:person_id>")
def person(person_id):
    person_ = load(Person, person_id, "can_view_person")
    who = principal()
    attended = db.session.scalars(
        sa.select(Attendance).join(Meeting).where(Attendance.person_id == person_.id, Attendance.deleted_dt.is_(None),
                                                  Meeting.deleted_dt.is_(None)).order_by(Meeting.id.desc())).all()
    return render_template("directory/person.html", person=person_,
                           attended=[a for a in attended if who.can_view_meeting(a.meeting)])


@bp.route("/organisations/<int:org_id>")
def organisation(org_id):
    org = load(Organisation, org_id, lambda _r: principal().can_view_reference())
    return render_template("directory/organisation.html", org=org)


@bp.route("/places/<int:place_id>")
def place(place_id):
    place_ = load(Place, place_id, lambda _r: principal().can_view_reference())
    return render_template("directory/place.html", place=place_)
