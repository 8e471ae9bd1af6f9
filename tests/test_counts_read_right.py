"""Counts shown to people read right in either language ("1 recommendation", not "1 recommendations"), and the
review screen of a report: a deleted row leaves the section's count, a row's "Change kind" starts at nothing, the
organisation typed in a row follows its own direction; a measure's hidden links are not "none linked"."""
import re

from ds_tracker.extensions import db
from ds_tracker.models import User
from conftest import login, plan_world


def _arabic(user):
    db.session.get(User, user.id).language = "ar"
    db.session.commit()


def test_the_discard_page_counts_with_singulars_in_english_and_arabic(client, world, login_as):
    user = login_as("secretariat")       # the world's draft: 2 participants, 1 recommendation, 1 action point
    def counts():
        page = client.get(f"/imports/{world.draft.id}/discard").get_data(as_text=True)
        return [i.strip() for i in re.findall(r"<li>([^<]+)</li>", page.split('<ul class="counts">')[1].split("</ul>")[0])]
    assert counts() == ["2 participants", "1 recommendation", "1 action point"]
    _arabic(user)
    assert counts() == ["مشاركان", "توصية واحدة", "نقطة إجرائية واحدة"]


def test_a_review_row_counts_its_challenges_and_its_change_of_kind_starts_at_nothing(client, world, login_as):
    data = dict(world.draft.data)
    data["groups"] = [{"id": "g1", "name": "Group One", "theme": "Compensation", "challenges": ["Slow payments"],
                       "line": 1}]
    data["last_ids"] = {**data["last_ids"], "groups": 1}
    world.draft.data = data
    db.session.commit()
    login_as("secretariat")
    page = client.get(f"/imports/{world.draft.id}").get_data(as_text=True)
    assert "(1 challenge)" in page
    selects = re.findall(r'<select name="to"[^>]*>(.*?)</select>', page, re.S)
    assert selects and all(re.match(r'<option value="" selected>choose…</option>', s) for s in selects)
    assert all('required' in tag for tag in re.findall(r'<select name="to"[^>]*>', page))
    # a stray submit of "choose…" changes nothing
    rec_id = data["recommendations"][0]["id"]
    stray = client.post(f"/imports/{world.draft.id}/recommendations/{rec_id}/kind", data={"to": ""})
    db.session.expire_all()
    assert stray.status_code == 422 and [r["id"] for r in world.draft.data["recommendations"]] == [rec_id]
    edit = client.get(f"/imports/{world.draft.id}/participants/{data['participants'][0]['id']}",
                      headers={"HX-Request": "true"}).get_data(as_text=True)
    assert re.search(r'<input type="text" name="organisation"[^>]*dir="auto"', edit)


def test_deleting_a_review_row_leaves_the_section_counting_the_rest(client, world, login_as):
    """Taken out in place (htmx), the answer carries the section's new count out of band; without JavaScript the
    page comes back counting the rest."""
    login_as("secretariat")
    page = client.get(f"/imports/{world.draft.id}").get_data(as_text=True)
    assert '<h2 id="h-participants">Participants (2)</h2>' in page
    first, second = (p["id"] for p in world.draft.data["participants"][:2])
    url = f"/imports/{world.draft.id}/participants/%s/delete"
    inplace = client.post(url % first, headers={"HX-Request": "true"}).get_data(as_text=True)
    assert inplace.rstrip().endswith('<h2 id="h-participants" hx-swap-oob="true">Participants (1)</h2>')
    after = client.post(url % second, follow_redirects=True).get_data(as_text=True)
    assert '<h2 id="h-participants">Participants (0)</h2>' in after


def test_a_deleted_review_row_is_put_back_where_it_was_by_undo(client, world, login_as):
    """A stranger's find: "Delete" on a draft row had no confirmation, and a slip lost a row typed over. The row
    gives way to "Row deleted: ... Undo" (in place, or at the top of its section without JavaScript); Undo puts
    it back at its place, and the count follows."""
    login_as("secretariat")
    draft = world.draft
    first, second = (p["id"] for p in draft.data["participants"][:2])
    name = draft.data["participants"][0]["name"]
    inplace = client.post(f"/imports/{draft.id}/participants/{first}/delete",
                          headers={"HX-Request": "true"}).get_data(as_text=True)
    assert f'<li id="{first}" class="deleted-row"' in inplace and name in inplace
    undo = re.search(r'hx-post="([^"]+/restore)"', inplace)[1]
    back = client.post(undo, headers={"HX-Request": "true"}).get_data(as_text=True)
    assert f'id="{first}"' in back and "deleted-row" not in back and "Participants (2)</h2>" in back
    db.session.expire_all()
    assert [p["id"] for p in db.session.get(type(draft), draft.id).data["participants"][:2]] == [first, second]
    # without JavaScript: the page comes back with the undo at the top of the section
    page = client.post(f"/imports/{draft.id}/participants/{first}/delete", follow_redirects=True)
    html = page.get_data(as_text=True)
    assert "Participants (1)</h2>" in html and re.search(r'class="deleted-row".*?Row deleted:', html, re.S)
    assert client.post(undo).status_code == 302
    assert client.post(undo).status_code == 302            # twice: nothing to put back, said calmly
    db.session.expire_all()
    rows = db.session.get(type(draft), draft.id).data["participants"]
    assert [p["id"] for p in rows][:2] == [first, second] and len(rows) == 2


def test_a_login_wait_of_one_minute_says_minute(app, client, world):
    app.config["LOGIN_WINDOW_MINUTES"] = 1
    try:
        for _ in range(app.config["LOGIN_MAX_FAILURES"]):
            login(client, "sec@test.org", "guess")
        page = login(client, "sec@test.org", "guess").get_data(as_text=True)
    finally:
        app.config["LOGIN_WINDOW_MINUTES"] = 15
    assert "Wait 1 minute and try again." in page


def test_a_measure_whose_recommendations_are_hidden_says_none_that_you_can_open(client, world, login_as):
    from ds_tracker.services import SYSTEM, plans
    plan_world(world)
    login_as("focal_momd")
    assert "None linked yet." in client.get(f"/actions/{world.measure.id}").get_data(as_text=True)
    plans.link_recommendation(SYSTEM, world.measure, world.dstf_rec)      # the Task Force's: confidential
    db.session.commit()
    page = client.get(f"/actions/{world.measure.id}").get_data(as_text=True)
    assert "None that you can open." in page and "None linked yet." not in page
