"""Issue 10 #1-5: the focal point's "What we owe" page, without a browser (tests/test_browser.py drives it in one)."""
import re
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, ActionNote
from ds_tracker.services import SYSTEM, actions
from ds_tracker.status import ActionStatus, baghdad_today


def _branch_actions(world, n, first_due=-10):
    today = baghdad_today()
    made = [actions.create_action(SYSTEM, text=f"Branch task {i}", owner=world.branch, recommendation=world.rec,
                                  due_on=today + timedelta(days=first_due + i)) for i in range(n)]
    db.session.commit()
    return made


def _row(html, action_id):
    return re.search(rf"<li id=a{action_id}\b.*?</li>", html, re.S)[0]


def test_each_row_is_its_own_form_and_its_first_button_adds_the_note(client, world, login_as):
    made = _branch_actions(world, 4)
    login_as("focal_momd")
    html = client.get("/owe").get_data(as_text=True)
    for action in made:
        row = _row(html, action.id)
        assert row.count("<form") == 1 and f"action=/owe/{action.id}?v={action.version}" in row
        first_button = re.search(r"<button[^>]*>", row)[0]
        assert "name=s" not in first_button      # Enter (the phone's "Go") submits this: the note, no status move
    third = made[2]
    response = client.post(f"/owe/{third.id}?v={third.version}", data={"n": "Letter drafted"})
    assert response.status_code == 302
    db.session.expire_all()
    assert [a.status for a in made] == [ActionStatus.OPEN] * 4          # no row moved, not even the first
    notes = db.session.scalars(sa.select(ActionNote)).all()
    assert [(n.action_id, n.body, n.status_to) for n in notes] == [(third.id, "Letter drafted", None)]


def test_note_alone_from_the_list_with_htmx_answers_the_row_with_its_history(client, world, login_as):
    login_as("focal_unicef")     # a supporter: may add a note, not move the status
    html = client.get("/owe").get_data(as_text=True)
    row = _row(html, world.action.id)
    assert "<input name=n" in row and "name=s" not in row
    response = client.post(f"/owe/{world.action.id}", headers={"HX-Request": "true"}, data={"n": "Files received"})
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "<html" not in body
    assert "Saved." in body and "<bdi>Umar UNICEF</bdi> added a note" in body and "Files received" in body
    empty = client.post(f"/owe/{world.action.id}", headers={"HX-Request": "true"}, data={"n": "  "})
    assert empty.status_code == 422 and "Write the progress note." in empty.get_data(as_text=True)


def test_exact_count_and_pages_through_every_action_overdue_first(client, world, login_as):
    _branch_actions(world, 118, first_due=-40)
    undated = actions.create_action(SYSTEM, text="Undated branch task", owner=world.branch, meeting=world.meeting)
    db.session.commit()
    login_as("focal_momd")
    expected = set(db.session.scalars(sa.select(Action.id).where(Action.owner_id == world.branch.id)))
    assert len(expected) == 120
    seen, dues, url = [], [], "/owe"
    while url:
        html = client.get(url).get_data(as_text=True)
        assert "Open actions: 120" in html
        seen += [int(i) for i in re.findall(r"<li id=a(\d+)", html)]
        dues += [datetime.strptime(d, "%b %d, %Y").date().isoformat()        # as people write dates
                 for d in re.findall(r"due (\w{3} \d\d?, \d{4})", html)]
        nxt = re.search(r'href="(/owe\?after=[^"#]+)', html)
        url = nxt[1].replace("&amp;", "&") if nxt else None
    assert len(seen) == len(set(seen)) == 120 and set(seen) == expected     # none dropped, none twice
    assert dues == sorted(dues)                                              # so overdue ones come first
    assert seen[-1] == undated.id                                            # undated at the very end
    today = baghdad_today().isoformat()
    assert dues[0] < today < dues[-1]


def test_what_it_leads_and_what_it_only_supports_page_together_in_due_order(client, world, login_as):
    """The page reads the two halves apart and merges them: across pages, every action once, in due order."""
    today = baghdad_today()
    for i in range(70):   # interleaved due dates: led by UNICEF on even days, supported on odd ones
        owner, supporters = (world.unicef, ()) if i % 2 == 0 else (world.branch, [world.unicef])
        actions.create_action(SYSTEM, text=f"Shared task {i}", owner=owner, supporters=supporters,
                              recommendation=world.rec, due_on=today + timedelta(days=i - 35))
    actions.create_action(SYSTEM, text="Undated supported task", owner=world.branch, supporters=[world.unicef],
                          meeting=world.meeting)
    db.session.commit()
    login_as("focal_unicef")
    live_open = sa.and_(Action.deleted_dt.is_(None), Action.status.in_(["open", "in_progress", "blocked"]))
    led = set(db.session.scalars(sa.select(Action.id).where(live_open, Action.owner_id == world.unicef.id)))
    supported = set(db.session.scalars(sa.select(Action.id).where(live_open, Action.supporters.any(
        id=world.unicef.id))))
    expected = led | supported
    seen, url = [], "/owe"
    while url:
        html = client.get(url).get_data(as_text=True)
        assert f"Open actions: {len(expected)}" in html
        seen += [int(i) for i in re.findall(r"<li id=a(\d+)", html)]
        nxt = re.search(r'href="(/owe\?after=[^"#]+)', html)
        url = nxt[1].replace("&amp;", "&") if nxt else None
    assert len(seen) == len(set(seen)) == len(expected) and set(seen) == expected
    due = {a.id: a.due_on for a in db.session.scalars(sa.select(Action).where(Action.id.in_(seen)))}
    dated = [due[i] for i in seen if due[i] is not None]
    assert dated == sorted(dated) and due[seen[-1]] is None          # by due date, the undated one last


def test_conflict_keeps_the_note_and_names_the_time_in_baghdad(client, world, login_as):
    login_as("focal_momd")
    shown = world.action.version
    actions.change_status(world.users["co_chair"], world.action, ActionStatus.IN_PROGRESS, version=shown)
    db.session.flush()
    world.action.updated_dt = datetime(2026, 11, 20, 9, 15, tzinfo=timezone.utc)
    db.session.commit()
    for headers in ({"HX-Request": "true"}, {}):
        response = client.post(f"/owe/{world.action.id}?v={shown}", headers=headers,
                               data={"s": "done", "n": "Shared with the JCMC on Sunday"})
        html = response.get_data(as_text=True)
        assert response.status_code == 409
        said = re.sub(r"</?bdi>", "", html).replace("\u202f", " ")   # Babel may put a narrow space before PM
        assert "Chris Chair changed this record at Nov 20, 2026, 12:15:00 PM Baghdad time" in said
        assert "<bdi>Chris Chair</bdi>" in html                       # the name keeps its direction
        assert 'value="Shared with the JCMC on Sunday"' in html                  # the typed note is kept
        assert f"/owe/{world.action.id}?v={world.action.version}" in html       # pressing again applies it
    db.session.refresh(world.action)
    assert world.action.status is ActionStatus.IN_PROGRESS


def test_without_javascript_an_update_returns_to_its_row_saying_saved(client, world, login_as):
    made = _branch_actions(world, 3)
    login_as("focal_momd")
    target = made[1]
    response = client.post(f"/owe/{target.id}?v={target.version}", data={"s": "in_progress"},
                           headers={"Referer": "http://localhost/owe"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/owe?saved={target.id}#a{target.id}")
    html = client.get(response.headers["Location"].split("#")[0]).get_data(as_text=True)
    assert "Saved." in _row(html, target.id) and html.count("Saved.") == 1
    done = made[2]    # done leaves the open list: the saved row is still shown, on top
    response = client.post(f"/owe/{done.id}?v={done.version}", data={"s": "done", "n": "Delivered"})
    html = client.get(response.headers["Location"].split("#")[0]).get_data(as_text=True)
    assert "Saved." in _row(html, done.id) and "done" in _row(html, done.id)
    assert "Open actions: 3" in html       # the world's action and the two still open


def test_pages_are_compressed_for_a_slow_line(client, world, login_as):
    _branch_actions(world, 50)
    login_as("focal_momd")
    plain = client.get("/owe")
    for encoding in ("br", "gzip"):
        packed = client.get("/owe", headers={"Accept-Encoding": encoding})
        assert packed.headers["Content-Encoding"] == encoding and "Accept-Encoding" in packed.headers["Vary"]
        assert len(packed.data) * 4 < len(plain.data)
    assert len(plain.data) < 30 * 1024
    reflected = client.get("/owe?after=x", headers={"Accept-Encoding": "br", "Sec-Fetch-Site": "cross-site"})
    assert "Content-Encoding" not in reflected.headers        # BREACH: another site's query is not compressed
    link = client.get("/owe", headers={"Accept-Encoding": "br", "Sec-Fetch-Site": "cross-site"})
    assert link.headers["Content-Encoding"] == "br"            # the link in a reminder e-mail still is
    script = re.search(r'src="(/assets/js/htmx\.min\.[0-9a-f]{10}\.js)"', plain.get_data(as_text=True))[1]
    asset = client.get(script, headers={"Accept-Encoding": "gzip"})
    assert asset.headers["Content-Encoding"] == "gzip" and len(asset.data) < 20 * 1024   # 50 KB raw
    assert asset.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_the_note_hint_says_which_moves_need_a_note(client, world, login_as):
    from ds_tracker.status import ACTION_TRANSITIONS, NOTE_REQUIRED_TO, action_needs_note
    assert {new for old in ACTION_TRANSITIONS for new in ACTION_TRANSITIONS[old] if action_needs_note(old, new)
            and old not in (ActionStatus.DONE, ActionStatus.CANCELLED)} == set(NOTE_REQUIRED_TO)
    login_as("focal_momd")
    hint = re.search(r"<p id=nh[^>]*>([^<]+)", client.get("/owe").get_data(as_text=True))[1]
    assert "done" in hint and "blocked" in hint and "reopen" in hint
    label = client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    assert "Note (required to mark done, blocked or cancelled, and to reopen)" in label


def test_many_undated_actions_page_through_after_the_dated_ones(client, world, login_as):
    """Undated actions (led and supported) fill more than a page after the dated ones: each once, none lost
    where a page ends inside the undated ones."""
    _branch_actions(world, 30, first_due=-5)
    for i in range(75):
        supporters = [world.branch] if i % 3 == 0 else ()
        owner = world.unicef if supporters else world.branch
        actions.create_action(SYSTEM, text=f"Undated task {i}", owner=owner, supporters=supporters,
                              meeting=world.meeting)
    db.session.commit()
    login_as("focal_momd")
    owed = sa.or_(Action.owner_id == world.branch.id, Action.supporters.any(id=world.branch.id))
    expected = set(db.session.scalars(sa.select(Action.id).where(owed)))
    assert len(expected) == 106                  # with the world's own action, dated
    seen, url = [], "/owe"
    while url:
        html = client.get(url).get_data(as_text=True)
        assert "Open actions: 106" in html
        seen += [int(i) for i in re.findall(r"<li id=a(\d+)", html)]
        nxt = re.search(r'href="(/owe\?after=[^"#]+)', html)
        url = nxt[1].replace("&amp;", "&") if nxt else None
    assert len(seen) == len(set(seen)) == 106 and set(seen) == expected
    due = {a.id: a.due_on for a in db.session.scalars(sa.select(Action).where(Action.id.in_(seen)))}
    assert all(due[i] is not None for i in seen[:31]) and all(due[i] is None for i in seen[31:])
    assert seen[31:] == sorted(seen[31:])


def test_an_action_closed_in_place_takes_the_heading_count_with_it(client, world, login_as):
    made = _branch_actions(world, 3)
    login_as("focal_momd")
    html = client.get("/owe").get_data(as_text=True)
    before = int(re.search(r"<span id=owe-total[^>]*>Open actions: (\d+)</span>", html)[1])
    due = made[0].due_on
    assert due.strftime("%b") in _row(html, made[0].id) and due.isoformat() not in _row(html, made[0].id)
    response = client.post(f"/owe/{made[0].id}?v={made[0].version}", data={"s": "done", "n": "Sent to the governor"},
                           headers={"HX-Request": "true", "HX-Current-URL": "http://localhost/owe"})
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r"<span id=owe-total[^>]*hx-swap-oob=true>Open actions: (\d+)</span>", body)[1] == str(before - 1)
    # a note alone changes no count: nothing else is swapped
    note = client.post(f"/owe/{made[1].id}", data={"n": "Letter drafted"},
                       headers={"HX-Request": "true", "HX-Current-URL": "http://localhost/owe"})
    assert "owe-total" not in note.get_data(as_text=True)


def test_an_overdue_row_says_so_in_words_not_by_its_colour_alone(client, world, login_as):
    """A phone user (or a screen reader) met only a red edge on late rows."""
    made = _branch_actions(world, 2, first_due=-1)      # due yesterday, due today
    login_as("focal_momd")
    html = client.get("/owe").get_data(as_text=True)
    assert "<strong class=overdue>overdue</strong>" in _row(html, made[0].id)
    assert "overdue" not in _row(html, made[1].id)
    client.post("/language", data={"language": "ar"})
    arabic = client.get("/owe").get_data(as_text=True)
    assert "<strong class=overdue>متأخر</strong>" in _row(arabic, made[0].id)
