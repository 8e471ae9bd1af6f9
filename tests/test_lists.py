"""Point 7: the actions and recommendations lists: filters in the URL, sorting, keyset pages, scoping."""
import re
from datetime import date, timedelta

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, Theme
from ds_tracker.queries import PAGE_SIZE
from ds_tracker.services import SYSTEM, actions, escalation, meetings, recommendations, reference
from ds_tracker.status import ActionStatus, EscalationLevel, baghdad_today
from ds_tracker.models.base import utcnow


def many_actions(world, n, **kwargs):
    made = []
    for i in range(n):
        made.append(actions.create_action(SYSTEM, text=f"Task {i:03d}", owner=world.branch, meeting=world.meeting,
                                          due_on=date(2025, 1, 1) + timedelta(days=i % 40) if i % 7 else None,
                                          **kwargs))
    db.session.commit()
    return made


def titles(html):
    import re
    return re.findall(r'class="row-title" href="/actions/\d+">([^<]+)</a>', re.sub(r"</?bdi[^>]*>", "", html))


def walk(client, first_url):
    """Follow the Next links; returns the titles of every page in order."""
    import re
    pages, url = [], first_url
    while url:
        html = client.get(url).get_data(as_text=True)
        pages.append(titles(html))
        m = re.search(r'<a class="button" href="([^"]+)"', html)
        url = m[1].replace("&amp;", "&") if m else None
    return pages


def test_keyset_pages_cover_every_action_once_in_due_order(client, world, login_as):
    many_actions(world, 130)
    login_as("secretariat")
    pages = walk(client, "/actions")
    flat = [t for page in pages for t in page]
    assert [len(p) for p in pages] == [PAGE_SIZE, PAGE_SIZE, 31]   # 130 + the world's own action
    assert len(flat) == len(set(flat)) == 131
    dated = {a.text: a.due_on for a in db.session.scalars(sa.select(Action))}
    dues = [dated[t] for t in flat]
    first_undated = dues.index(None)
    assert all(d is None for d in dues[first_undated:])             # undated last
    assert dues[:first_undated] == sorted(dues[:first_undated])     # dated in due order


def test_the_count_is_given_on_the_first_page_and_not_recounted_on_the_next(client, world, login_as):
    many_actions(world, 60)
    login_as("secretariat")
    first = client.get("/actions").get_data(as_text=True)
    assert "61 actions" in first
    nxt = re.search(r'<a class="button" href="([^"]+)"', first)[1].replace("&amp;", "&")
    second = client.get(nxt).get_data(as_text=True)
    assert len(titles(second)) == 11 and not re.search(r"\d+ actions?<", second)


def test_sort_by_owner_and_by_status_page_through_everything(client, world, login_as):
    many_actions(world, 60)
    actions.create_action(SYSTEM, text="AAA by finance", owner=world.mof, meeting=world.meeting)
    blocked = actions.create_action(SYSTEM, text="Blocked one", owner=world.branch, meeting=world.meeting)
    actions.change_status(SYSTEM, blocked, ActionStatus.BLOCKED, version=blocked.version, note="No access")
    db.session.commit()
    login_as("secretariat")
    by_owner = [t for p in walk(client, "/actions?sort=owner") for t in p]
    assert len(by_owner) == 63 and by_owner[0] == "AAA by finance"   # "Ministry of Finance" < "MoMD Ninewa Branch"
    by_status = [t for p in walk(client, "/actions?sort=status") for t in p]
    assert by_status[0] == "Blocked one" and len(set(by_status)) == 63


def test_action_filters(client, world, login_as):
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    rec = recommendations.create_recommendation(SYSTEM, world.meeting, text="Compensation", themes=[theme])
    actions.create_action(SYSTEM, text="Themed task", owner=world.mof, recommendation=rec,
                                   due_on=baghdad_today() - timedelta(days=3))
    done = actions.create_action(SYSTEM, text="Finished task", owner=world.mof, meeting=world.meeting)
    actions.change_status(SYSTEM, done, ActionStatus.DONE, version=done.version, note="Finished")
    db.session.commit()
    login_as("co_chair")
    assert titles(client.get(f"/actions?theme={theme.id}").get_data(as_text=True)) == ["Themed task"]
    assert "Finished task" not in client.get("/actions").get_data(as_text=True)            # open by default
    assert "Finished task" in client.get("/actions?status=done").get_data(as_text=True)
    overdue = titles(client.get("/actions?overdue=1").get_data(as_text=True))
    assert "Themed task" in overdue and "Finished task" not in overdue
    by_owner = titles(client.get(f"/actions?owner={world.momd.id}").get_data(as_text=True))  # MoMD includes its branch
    assert "Share the list of suspended files" in by_owner and "Themed task" not in by_owner
    by_place = titles(client.get(f"/actions?governorate={world.place.id}").get_data(as_text=True))
    assert by_place == ["Share the list of suspended files"]   # its recommendation names Ninewa


def test_filters_live_in_the_url_and_htmx_gets_only_the_results(client, world, login_as):
    login_as("co_chair")
    full = client.get(f"/actions?forum={world.jcf.id}&sort=owner").get_data(as_text=True)
    assert "<html" in full and f'<option value="{world.jcf.id}" selected>' in full
    assert '<option value="owner" selected>' in full and 'hx-push-url="true"' in full
    partial = client.get(f"/actions?forum={world.jcf.id}", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "<html" not in partial and partial.lstrip().startswith('<section id="results"')


def test_lists_are_scoped_to_what_the_user_may_see(client, world, login_as):
    dstf_action = actions.create_action(SYSTEM, text="Confidential follow-up", owner=world.mof,
                                        recommendation=world.dstf_rec)
    db.session.commit()
    login_as("focal_mof")
    page = client.get("/actions").get_data(as_text=True)
    # A confidential forum is for its members: not even its own organisation's action there (docs/decisions.md)
    assert titles(page) == []
    recs = client.get("/recommendations").get_data(as_text=True)
    assert world.dstf_rec.reference not in recs and world.rec.reference not in recs
    assert client.get(f"/actions/{dstf_action.id}").status_code == 404
    client.post("/logout")
    login_as("secretariat")
    assert "Confidential follow-up" not in client.get("/actions").get_data(as_text=True)
    assert world.dstf_rec.reference not in client.get("/recommendations").get_data(as_text=True)
    client.post("/logout")
    login_as("norole")
    assert titles(client.get("/actions").get_data(as_text=True)) == []
    assert dstf_action.id


def test_recommendations_list_filters_status_and_escalation(client, world, login_as):
    planned = recommendations.create_recommendation(SYSTEM, world.meeting, text="Planned one")
    escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, title="To MoF",
                                 recommendations=[planned])
    recommendations.create_recommendation(SYSTEM, world.meeting, text="Quiet one")
    db.session.commit()
    login_as("co_chair")

    def refs(url):
        import re
        return re.findall(r'href="/recommendations/\d+"><bdi data-record>([A-Z0-9-]+)</bdi></a>', client.get(url).get_data(as_text=True))
    assert refs("/recommendations?escalation=planned") == [planned.reference]
    assert refs("/recommendations?escalation=decided") == [world.rec.reference]
    assert set(refs("/recommendations?escalation=not_escalated")) == {"JCF-NIN-2025-03-R03"}
    assert refs(f"/recommendations?owner={world.momd.id}") == [world.rec.reference]   # addressed to its branch
    assert refs("/recommendations?status=agreed") == []
    assert world.rec.reference in refs("/recommendations?status=proposed")


def test_a_focal_points_count_is_exactly_the_rows_it_can_page_through(client, world, login_as):
    """The count is taken in two halves (what MoMD leads, what it only supports): an action MoMD both leads and
    supports counts once, others' and deleted actions not at all, and every filter narrows both halves."""
    many_actions(world, 7)                                            # led by MoMD's branch
    actions.create_action(SYSTEM, text="Support only", owner=world.unicef, supporters=[world.momd],
                          meeting=world.meeting, due_on=date(2025, 2, 1))
    actions.create_action(SYSTEM, text="Lead and support", owner=world.momd, supporters=[world.branch],
                          meeting=world.meeting)
    actions.create_action(SYSTEM, text="Not ours", owner=world.unicef, meeting=world.meeting)
    gone = actions.create_action(SYSTEM, text="Deleted", owner=world.momd, meeting=world.meeting)
    done = actions.create_action(SYSTEM, text="Done support", owner=world.mof, supporters=[world.branch],
                                 meeting=world.meeting)
    db.session.commit()
    gone.deleted_dt = utcnow()
    actions.change_status(SYSTEM, done, ActionStatus.DONE, version=done.version, note="sent")
    db.session.commit()
    login_as("focal_momd")
    for url, expected in (("/actions", 10), ("/actions?status=all", 11), ("/actions?status=done", 1),
                          (f"/actions?owner={world.unicef.id}", 1)):
        html = client.get(url).get_data(as_text=True)
        listed = [t for page in walk(client, url) for t in page]
        assert len(listed) == expected, url
        assert (f"{expected} actions" if expected != 1 else "1 action") in html, url


def test_recommendations_sort_orders_page_through_everything_once(client, world, login_as):
    from ds_tracker.models import Recommendation
    from conftest import make_meeting
    alpha, beta = Theme(name="Alpha"), Theme(name="Beta")
    db.session.add_all([alpha, beta])
    meetings = [world.meeting, make_meeting(world.jcf, title="June 2024", day=date(2024, 6, 1)),
                make_meeting(world.jcf, title="June 2025", day=date(2025, 6, 1))]
    for i in range(60):
        themes = [[beta], [beta, alpha], [], [alpha]][i % 4]
        rec = recommendations.create_recommendation(SYSTEM, meetings[i % 3], text=f"Point {i}", themes=themes)
        if i % 5 == 0:
            escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, title=f"Letter {i}",
                                         recommendations=[rec])
    from ds_tracker.services import meetings as meeting_service
    undated = meeting_service.create_meeting(SYSTEM, world.jcf, title="Date to be set", sittings=[])
    for i in range(3):
        recommendations.create_recommendation(SYSTEM, undated, text=f"Undated point {i}")
    db.session.commit()
    by_ref = {r.reference: r for r in db.session.scalars(sa.select(Recommendation).where(
        Recommendation.forum_id == world.jcf.id))}
    login_as("co_chair")

    def walk_refs(url):
        refs, nexts = [], []
        while url:
            html = client.get(url).get_data(as_text=True)
            refs += re.findall(r'href="/recommendations/\d+"><bdi data-record>([A-Z0-9-]+)</bdi></a>', html)
            m = re.search(r'<a class="button" href="([^"]+)"', html)
            url = m[1].replace("&amp;", "&") if m else None
            nexts += [url] if url else []
        assert len(refs) == len(set(refs)) == len(by_ref), url     # every recommendation once, over two pages
        assert nexts and all("sort=" in n for n in nexts)          # the Next link keeps the order
        return [by_ref[r] for r in refs]

    base = f"/recommendations?forum={world.jcf.id}&sort="
    newest = walk_refs(base + "newest")
    assert [r.id for r in newest] == sorted((r.id for r in newest), reverse=True)
    assert walk_refs(base + "oldest") == newest[::-1]
    days = [r.meeting.starts_on for r in walk_refs(base + "meeting")]
    assert days[-3:] == [None] * 3                                 # meetings with no date yet last
    assert days[:-3] == sorted(days[:-3], reverse=True) and days[0] == date(2025, 6, 1)
    states = ["not_escalated", "planned", "waiting", "decided"]
    stages = [states.index(r.escalation_state) for r in walk_refs(base + "stage")]
    assert stages == sorted(stages) and stages[0] == 0 and stages[-1] == 3
    first_theme = [min((t.name for t in r.themes), default="~") for r in walk_refs(base + "theme")]
    assert first_theme == sorted(first_theme) and first_theme[0] == "Alpha" and first_theme[-1] == "~"

    page = client.get(base + "stage").get_data(as_text=True)      # a plain form: works without JavaScript
    assert re.search(r'<select name="sort">.*<option value="stage" selected>', page, re.S)
    export = client.get(f"/recommendations/export.csv?forum={world.jcf.id}&sort=oldest").get_data(as_text=True)
    exported = [line.split(",")[0].lstrip("\ufeff") for line in export.splitlines()[1:]]
    assert exported == [r.reference for r in newest[::-1]]
    assert f'export.csv?forum={world.jcf.id}&amp;sort=stage' in page                    # the links keep it


def test_meetings_are_found_by_title_participant_or_organisation(client, world, login_as):
    """"Which meetings did Ali attend? Which did MoMD come to?": the meetings list's words reach the
    participants, by name, alias-free spelling as written, and their organisation's name or acronym."""
    from conftest import make_meeting
    other = make_meeting(world.jcf, title="Shelter follow-up", day=date(2025, 4, 2))
    db.session.commit()
    login_as("secretariat")

    def found(words):
        page = client.get("/meetings", query_string={"q": words}).get_data(as_text=True)
        return {t for t in ("Monthly meeting", "Shelter follow-up") if t in page}
    assert found("Shelter") == {"Shelter follow-up"}
    assert found("jahankeer") == {"Monthly meeting"}
    assert found("jahankeer ali") == found("Ali-Jahankeer") == {"Monthly meeting"}   # any order, any separator
    assert found("Ali Shelter") == set()                 # every word typed must be found
    assert found(world.momd.acronym or world.momd.name) == {"Monthly meeting"}
    assert found("100%_") == set()            # typed wildcards are letters, not patterns
    assert other.id and 'name="q"' in client.get("/meetings").get_data(as_text=True)


def test_a_focal_point_finds_no_confidential_meeting_by_its_participants(client, world, login_as):
    from conftest import make_org
    meetings.add_attendance(SYSTEM, world.dstf_meeting, person=world.participant, organisation=make_org("Secret Org"))
    db.session.commit()
    login_as("focal_momd")
    page = client.get("/meetings", query_string={"q": "Secret Org"}).get_data(as_text=True)
    assert "DSTF closed session" not in page
    client.post("/logout")
    login_as("dstf_member")
    assert "DSTF closed session" in client.get("/meetings", query_string={"q": "Secret Org"}).get_data(as_text=True)
