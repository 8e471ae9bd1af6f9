"""What a stranger found as a forum's secretariat, its co-chair and a ministry's focal point (Arabic, 360 px)."""
import re

from ds_tracker.extensions import db
from ds_tracker.services import SYSTEM, escalation
from ds_tracker.status import EscalationLevel

AR = {"Accept-Language": "ar"}


def test_the_discard_page_counts_each_kind_in_its_own_arabic_form(client, world, login_as):
    user = login_as("secretariat")
    user.language = "ar"
    db.session.commit()
    html = client.get(f"/imports/{world.draft.id}/discard").get_data(as_text=True)
    items = re.findall(r"<li>([^<]+)</li>", html.split('<ul class="counts">')[1].split("</ul>")[0])
    assert items[0].strip() == "مشاركان"                     # two participants: the dual, standing alone
    assert "تضم المسودة:" in html and "تضم مشارك" not in html   # no count bent into the object of a sentence


def test_a_planned_letter_is_changed_by_where_it_goes_not_by_a_body(client, world, login_as):
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter",
                                       recommendations=[world.rec])
    db.session.commit()
    login_as("secretariat")
    html = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "Change where it goes or its title" in html and "Change the body or the title" not in html


def test_each_row_of_what_we_owe_names_its_forum(client, world, login_as):
    login_as("focal_momd")
    html = client.get("/owe").get_data(as_text=True)
    row = html.split(f"id=a{world.action.id}")[1].split("</li>")[0]
    assert "<small><bdi>JCF-NIN</bdi> · " in row   # first on the line: which forum asked
