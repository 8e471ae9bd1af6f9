"""A create form posted twice with the same form token (a double click, a script, a resend over a flaky line)
creates one record and lands both posts on the same page. Each form's token is the one its page hands out."""
import re

import pytest
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import (Action, Commitment, Decision, DecisionAmendment, Document, Indicator, IndicatorValue,
                               ForumCoChair, Meeting, Organisation, Plan, PlanRevision, ReportDraft,
                               RoleAssignment, Submission, User)
from conftest import plan_world


def _token(page: str, prefix: str = "") -> str:
    found = re.search(rf'name="{prefix}idempotency_key"[^>]*value="([^"]*)"', page) or \
        re.search(rf'value="([^"]*)"[^>]*name="{prefix}idempotency_key"', page)
    assert found and found[1], f"the form hands out no {prefix}idempotency_key"
    return found[1]


def _forms(w):
    """(role, page with the form, form's action, fields, model): one create form of each kind."""
    return [
        ("dstf_member", "/decisions/new", "/decisions/new",
         {"forum": w.dstf.id, "level": "ministry", "decided_on": "2024-02-13", "text": "Close the offices"}, Decision),
        ("secretariat", f"/decisions/{w.register_decision.id}", f"/decisions/{w.register_decision.id}/amendments",
         {"amended_on": "2024-03-10", "text": "Postponed", "deadline_on": "2024-07-31", "source": "Session"},
         DecisionAmendment),
        ("secretariat", f"/forums/{w.jcf.id}/submissions/new", f"/forums/{w.jcf.id}/submissions/new",
         {"level": "ministry", "title": "Letter to MoF", "recommendations": w.rec.id}, Submission),
        ("secretariat", f"/plans/{w.plan.id}/commitments/new", f"/plans/{w.plan.id}/commitments/new",
         {"text": "Open two schools", "timeframe": "2025"}, Commitment),
        ("secretariat", f"/commitments/{w.commitment.id}/measures/new", f"/commitments/{w.commitment.id}/measures/new",
         {"text": "Build the schools", "owner": w.branch.id}, Action),
        ("secretariat", f"/actions/{w.measure.id}", f"/measures/{w.measure.id}/indicators",
         {"name": "Schools open", "target": "2"}, Indicator),
        ("secretariat", f"/actions/{w.measure.id}", f"/indicators/{w.indicator.id}/values",
         {"value": "40", "measured_on": "2024-06-01", "source": "MoMD"}, IndicatorValue),
        ("secretariat", "/library/new", "/library/new",
         {"url": "https://example.org/plan", "title": "Camp closure plan", "language": "en"}, Document),
        ("secretariat", "/meetings/new", "/meetings/new",
         {"forum": w.jcf.id, "title": "April meeting", "sittings": "2025-04-09; Mosul"}, Meeting),
        ("secretariat", "/plans/new", "/plans/new", {"forum": w.jcf.id, "kind": "workplan", "title": "2025 plan"},
         Plan),
        ("secretariat", f"/plans/{w.plan.id}", f"/plans/{w.plan.id}/revisions",
         {"revised_on": "2024-05-01", "label": "Second edition"}, PlanRevision),
        ("secretariat", "/imports/new", "/imports/new",
         {"forum": w.jcf.id, "text": "JCF Ninewa monthly meeting\n12 March 2025\nRecommendations\n1. Pay the grants"},
         ReportDraft),
        # the admin's create forms
        ("admin", "/admin/users/new", "/admin/users/new",
         {"name": "Hala Health", "email": "hala@test.org", "password": "Correct horse battery staple 42",
          "language": "en"}, User),
        ("admin", "/admin/organisations/new", "/admin/organisations/new",
         {"name": "Ministry of Health", "acronym": "MoH", "type": "government", "is_active": "y",
          "is_confirmed": "y"}, Organisation),
        ("admin", f"/admin/users/{w.users['norole'].id}", f"/admin/users/{w.users['norole'].id}/roles",
         {"role-role": "focal_point", "role-organisation": w.unicef.id, "role-starts_on": "2025-01-01"},
         RoleAssignment),
        ("admin", f"/admin/forums/{w.jcf.id}/edit", f"/admin/forums/{w.jcf.id}/co-chairs",
         {"chair-side": "aid", "chair-organisation": w.unicef.id, "chair-starts_on": "2025-01-01"}, ForumCoChair),
    ]


@pytest.mark.parametrize("index", range(16))
def test_a_create_form_posted_twice_creates_once(client, world, login_as, index):
    plan_world(world)
    role, page_url, action, fields, model = _forms(world)[index]
    login_as(role)
    page = client.get(page_url)
    assert page.status_code == 200
    form = page.get_data(as_text=True)
    form = form[form.index(f'action="{action}"'):] if f'action="{action}"' in form else form
    prefix = next(iter(fields)).split("-")[0] + "-" if "-" in next(iter(fields)) else ""
    data = {**fields, f"{prefix}idempotency_key": _token(form, prefix)}
    before = db.session.scalar(sa.select(sa.func.count()).select_from(model))
    first, second = client.post(action, data=data), client.post(action, data=data)
    assert first.status_code == 302, first.get_data(as_text=True)[-3000:]
    assert second.status_code == 302 and second.headers["Location"] == first.headers["Location"]
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(model)) == before + 1
