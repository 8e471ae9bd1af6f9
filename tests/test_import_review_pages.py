"""Issue 10 #12: a draft of thousands of rows is reviewed a page at a time, every row reachable, corrections
landing back on the page that holds the row; #C2: a name close to someone known is settled from the row."""
import re

from ds_tracker.extensions import db
from ds_tracker.models import Attendance, Person


def _big_draft(world, n=5000):
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text="PARTICIPANTS\n1. Omar Said – Officer, UNICEF\n")
    data = dict(draft.data)
    data["participants"] = [{"id": f"p{i}", "name": f"Participant {i:04d}", "position": "Officer",
                             "organisation": "UNICEF", "line": 2, "candidates": [], "person_id": None}
                            for i in range(1, n + 1)]
    data["last_ids"] = {**data["last_ids"], "participants": n}
    draft.data = data
    db.session.commit()
    return draft


def _rows(html):
    return re.findall(r'<li id="(p\d+)" class="part draft-item', html)


def test_a_draft_of_5000_participants_is_paged_and_every_row_is_reachable(client, world, login_as):
    draft = _big_draft(world)
    login_as("secretariat")
    response = client.get(f"/imports/{draft.id}")
    html = response.get_data(as_text=True)
    assert len(response.get_data()) < 300_000, f"{len(response.get_data()) // 1000} KB"
    assert "Participants (5000)" in html and "Rows 1–100 of 5000" in html and "of 50" in html
    # every row is on exactly one page: page k holds rows 100k-99..100k, the pager leads from each to the next
    url, pages = f"/imports/{draft.id}", 0
    for k in (1, 2, 3):
        html = client.get(url).get_data(as_text=True)
        assert _rows(html) == [f"p{i}" for i in range(100 * k - 99, 100 * k + 1)]
        url = re.search(r'<a href="([^"]+)" rel="next">', html)[1].replace("&amp;", "&")
    last = client.get(f"/imports/{draft.id}?participants=50").get_data(as_text=True)
    assert _rows(last) == [f"p{i}" for i in range(4901, 5001)] and 'rel="next"' not in last
    # a page asked for by number (the form works without JavaScript), out of range lands on the last
    assert _rows(client.get(f"/imports/{draft.id}?participants=37").get_data(as_text=True))[0] == "p3601"
    assert _rows(client.get(f"/imports/{draft.id}?participants=900").get_data(as_text=True))[-1] == "p5000"


def test_corrections_on_a_later_page_return_to_that_page(client, world, login_as):
    draft = _big_draft(world, 450)
    login_as("secretariat")
    edit = client.get(f"/imports/{draft.id}/participants/p321").get_data(as_text=True)   # no htmx: whole page
    assert 'name="position"' in edit and "Rows 301–400 of 450" in edit
    saved = client.post(f"/imports/{draft.id}/participants/p321", data={"position": "Head of Office"})
    assert saved.status_code == 302 and saved.headers["Location"].endswith("?participants=4#p321")
    page = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "Head of Office" in page
    deleted = client.post(f"/imports/{draft.id}/participants/p322/delete")
    assert deleted.headers["Location"].endswith("&participants=4#participants")     # with its "Undo" there
    assert "deleted=participants:p322" in deleted.headers["Location"]
    moved = client.post(f"/imports/{draft.id}/participants/p440/kind", data={"to": "sessions"})
    assert "#s" in moved.headers["Location"]
    db.session.expire_all()
    corrections = [(c["op"], c["item"]) for c in db.session.get(type(draft), draft.id).data["corrections"]]
    assert ("edit", "p321") in corrections and ("delete", "p322") in corrections


def test_a_name_close_to_someone_known_is_settled_from_the_row(client, world, login_as):
    from ds_tracker.services import imports
    known = Person(name="Layla Rasheed")
    db.session.add(known)
    db.session.commit()
    draft = imports.create_draft(world.users["secretariat"],
                                 text="JCF Ninewa meeting\nDate: 12 March 2025\n\nPARTICIPANTS\n1. Layla Rashid – Protection Officer, UNICEF\n"
                                      "2. Omar Said – Officer, IOM\n")
    db.session.commit()
    row = draft.data["participants"][0]
    assert row["candidates"] and row["person_id"] is None          # proposed new, but close to Layla Rasheed
    login_as("secretariat")
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert f'name="person_id" value="{known.id}"' in page and 'name="person_id" value="new"' in page
    picked = client.post(f"/imports/{draft.id}/participants/{row['id']}", data={"person_id": str(known.id)})
    assert picked.status_code == 302
    forged = client.post(f"/imports/{draft.id}/participants/{row['id']}", data={"person_id": str(world.participant.id)})
    assert forged.status_code == 422          # only a person proposed for the row
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    names = [a.person.name for a in db.session.query(Attendance).join(Person).where(Person.name.like("Layla%"))]
    assert names == ["Layla Rasheed"]


def test_a_confidential_meetings_people_are_never_proposed(client, world, login_as):
    from ds_tracker.services import SYSTEM, imports, meetings
    secret = Person(name="Hidden Karimova")
    db.session.add(secret)
    meetings.add_attendance(SYSTEM, world.dstf_meeting, person=secret, organisation=world.unicef)
    db.session.commit()
    draft = imports.create_draft(world.users["secretariat"], text="PARTICIPANTS\n1. Hidden Karimova – UNICEF\n")
    assert draft.data["participants"][0]["candidates"] == []


def test_before_saving_the_review_names_the_forums_meeting_already_on_that_day(client, world, login_as):
    """The report's day (12 March 2025) already has the JCF's meeting: the reviewer sees it, linked, before saving a
    second record of it; a report of another day shows no such note."""
    from ds_tracker.services import imports
    login_as("secretariat")
    html = client.get(f"/imports/{world.draft.id}").get_data(as_text=True)
    note = re.search(r'<div class="notice" role="note">.*?</div>', html, re.S)
    assert note and f'href="/meetings/{world.meeting.id}"' in note[0] and "Monthly meeting" in note[0]
    other = imports.create_draft(world.users["secretariat"], text="JCF Ninewa monthly meeting\nDate: 9 April 2025\n")
    db.session.commit()
    assert "is already recorded" not in client.get(f"/imports/{other.id}").get_data(as_text=True)


def test_a_report_of_a_day_the_forum_already_met_is_saved_only_when_said_to_be_another_meeting(client, world, login_as):
    """A stranger imported one report twice and got two meetings; now the second save asks, and saves nothing
    until the box says it is another meeting."""
    from ds_tracker.models import Meeting, ReportDraft
    import sqlalchemy as sa
    login_as("secretariat")
    before = db.session.scalar(sa.select(sa.func.count(Meeting.id)))
    refused = client.post(f"/imports/{world.draft.id}/save", data={"forum": world.jcf.id})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422 and 'name="same_day_ok"' in page and "open it instead of saving it twice" in page
    assert db.session.scalar(sa.select(sa.func.count(Meeting.id))) == before
    saved = client.post(f"/imports/{world.draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert saved.status_code == 302 and db.session.scalar(sa.select(sa.func.count(Meeting.id))) == before + 1
    assert db.session.get(ReportDraft, world.draft.id).meeting_id is not None
def test_a_row_another_window_deleted_or_moved_says_so_and_shows_the_list_as_it_is(client, world, login_as):
    """The new user's second tab: Edit on a row deleted elsewhere did nothing; saving an edit of a row whose kind
    was changed elsewhere left the form open and lost the edit, without a word. With and without htmx."""
    draft = world.draft
    people = [p["id"] for p in draft.data["participants"]]
    action = draft.data["actions"][0]["id"]
    login_as("secretariat")
    assert client.post(f"/imports/{draft.id}/participants/{people[0]}/delete").status_code == 302     # the other tab
    assert client.post(f"/imports/{draft.id}/actions/{action}/kind", data={"to": "recommendations"}).status_code == 302
    db.session.expire_all()
    moved_to = db.session.get(type(draft), draft.id).data["recommendations"][-1]["id"]
    htmx = {"HX-Request": "true"}
    # Edit on the deleted row, in place: its section as it is now, saying what happened
    edit = client.get(f"/imports/{draft.id}/participants/{people[0]}", headers=htmx)
    html = edit.get_data(as_text=True)
    assert edit.status_code == 409 and edit.headers["HX-Retarget"] == "#participants"
    assert edit.headers["HX-Reswap"] == "outerHTML" and html.lstrip().startswith('<section id="participants"')
    assert "This row was deleted in another window; the list is shown as it is now." in html
    assert f'id="{people[0]}"' not in html and f'id="{people[1]}"' in html and "Participants (1)" in html
    # without JavaScript: the whole page, the message on top
    page = client.get(f"/imports/{draft.id}/participants/{people[0]}").get_data(as_text=True)
    assert "<!doctype html>" in page and 'id="gone"' in page and "deleted in another window" in page
    # saving an edit of the row that became a recommendation: said, what was typed shown, the row where it is now
    typed = {"text": "Share the corrected list of families", "owner": "MoMD"}
    for headers in (htmx, {}):
        saved = client.post(f"/imports/{draft.id}/actions/{action}", data=typed, headers=headers)
        html = saved.get_data(as_text=True)
        assert saved.status_code == 409
        assert "This row was changed into a recommendation in another window; the list is shown as it is now." in html
        assert "Your changes were not saved" in html and "Share the corrected list of families" in html
        assert f'href="#{moved_to}"' in html and f'<li id="{moved_to}"' in html
    assert '<section id="recommendations" hx-swap-oob="true">' in client.post(
        f"/imports/{draft.id}/actions/{action}", data=typed, headers=htmx).get_data(as_text=True)
    # a stale delete or change of kind says the same, and changes nothing
    stale = client.post(f"/imports/{draft.id}/participants/{people[0]}/delete", headers=htmx)
    assert stale.status_code == 409 and "deleted in another window" in stale.get_data(as_text=True)
    assert client.post(f"/imports/{draft.id}/actions/{action}/kind", data={"to": "commitments"}).status_code == 409
    split = client.post(f"/imports/{draft.id}/participants/{people[0]}/split", data={"second": "Omar Said"})
    assert split.status_code == 409 and "deleted in another window" in split.get_data(as_text=True)
    db.session.expire_all()
    data = db.session.get(type(draft), draft.id).data
    assert [p["id"] for p in data["participants"]] == people[1:] and data["commitments"] == []


class _InterfaceWords:
    """The words a page's interface says (text, placeholders, aria-labels, titles), leaving out the records' own
    words (<bdi>), the report's text (<pre>), the organisations offered (<datalist>) and scripts."""
    SKIP = {"script", "style", "pre", "datalist", "bdi", "title", "textarea", "option"}
    VOID = {"input", "br", "meta", "link", "img", "hr", "source"}

    def __init__(self, html):
        from html.parser import HTMLParser
        self.words, stack = [], []

        class Parser(HTMLParser):
            def handle_starttag(parser, tag, attrs):
                if not any(t in self.SKIP for t in stack + [tag]):
                    self.words += [v for k, v in attrs if k in ("placeholder", "aria-label", "title") and v]
                if tag not in self.VOID:
                    stack.append(tag)

            def handle_endtag(parser, tag):
                while stack and stack.pop() != tag:
                    pass

            def handle_data(parser, data):
                if data.strip() and not any(t in self.SKIP for t in stack):
                    self.words.append(data.strip())
        Parser().feed(html)

    def english(self):
        import re
        return [w for w in self.words if re.search(r"[A-Za-z]{2,}", w) and w != "English"]   # the language switch


def test_the_review_screen_and_its_row_forms_speak_arabic(app, client, world, login_as, monkeypatch):
    """The new user's find: the row form's labels (Name, Position, Organisation...) were English on Arabic pages.
    Every label, button, hint and message of the review screen, its row forms, its header form and its
    second-window notice, for every kind of row."""
    from ds_tracker.services import imports
    world.users["secretariat"].language = "ar"
    draft = imports.create_draft(world.users["secretariat"], text=(
        "Discussion of many things\n\nPARTICIPANTS\n1. Omar Said – Officer, IOM\n2. Omar Said – Officer, IOM\n\n"
        "RECOMMENDATIONS\n- Resume return approvals for families from Sinjar.\n\n"
        "The forum agreed to submit these recommendations to the Council of Ministers for endorsement.\n"))
    data = dict(draft.data)
    data["participants"][0]["candidates"] = [{"id": world.participant.id, "name": "Ali", "score": 90}]
    for kind, row in (("sessions", {"title": "Opening", "presenter": "Governor"}),
                      ("groups", {"name": "Group One", "theme": "HLP", "challenges": []}),
                      ("actions", {"text": "Share the list", "owner": "MoMD", "due": "2025-04-30"}),
                      ("commitments", {"text": "Follow up", "owner": "MoMD"}),
                      ("organisations", {"name": "Tigris Relief"})):
        data[kind] = [{"id": f"{kind[0]}9", "line": 1, **row}]
    data["title"] = None
    data["recommendations"].append({"id": "r9", "text": "Open a civil affairs office", "line": 1})
    data["warnings"] = ["No title found.", "Omar Said is listed twice (line 4); kept once.",
                        "The attendance lists organisations, not people: UNICEF, IOM (line 5)."]
    assert data["escalations"]
    draft.data = data
    db.session.commit()
    login_as("secretariat")
    monkeypatch.setitem(app.config, "REVIEW_PAGE_SIZE", 1)       # the pager too
    pages = {"review": client.get(f"/imports/{draft.id}"),
             "no date": client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id}),
             "bad header": client.post(f"/imports/{draft.id}/header", data={
                 "title": "", "kind": "nonsense", "sittings": "2", "sitting-0-date": "31/02/2025"})}
    for kind in ("participants", "organisations", "sessions", "groups", "recommendations", "actions", "commitments"):
        row = draft.data[kind][0]["id"]
        pages[kind] = client.get(f"/imports/{draft.id}/{kind}/{row}", headers={"HX-Request": "true"})
        pages[f"{kind}, full page"] = client.get(f"/imports/{draft.id}/{kind}/{row}")
    pages["bad due date"] = client.post(f"/imports/{draft.id}/actions/a9", data={"text": "x", "due": "31/02/2025"})
    client.post(f"/imports/{draft.id}/sessions/s9/kind", data={"to": "recommendations"})
    pages["moved"] = client.post(f"/imports/{draft.id}/sessions/s9", data={"title": "x"}, headers={"HX-Request": "true"})
    monkeypatch.setitem(app.config, "REVIEW_PAGE_SIZE", 100)
    assert pages["no date"].status_code == 422 and pages["bad header"].status_code == 422
    review = pages["review"].get_data(as_text=True)
    assert ['id="structure"' in review, 'class="pager"' in review, 'class="warnings"' in review] == [True] * 3
    assert "مذكور مرتين" in review and "لم يُعثر على عنوان." in review
    for name, response in pages.items():
        assert _InterfaceWords(response.get_data(as_text=True)).english() == [], name
    html = pages["participants"].get_data(as_text=True)
    assert "المنصب" in html and "الجهة" in html and "Position" not in html
    assert pages["moved"].status_code == 409 and "في نافذة أخرى" in pages["moved"].get_data(as_text=True)
    world.users["secretariat"].language = "en"         # the check itself sees English where there is some
    db.session.commit()
    english = _InterfaceWords(client.get(f"/imports/{draft.id}/actions/a9").get_data(as_text=True)).english()
    assert {"Save the header", "Owner", "Due date", "Kind of meeting"} <= set(english)


def test_the_same_report_imported_again_is_named_even_when_its_day_was_corrected(client, world, login_as):
    """A stranger corrected the day of a report, saved it, imported the same file again and got a second meeting."""
    from ds_tracker.models import Meeting
    from ds_tracker.services import imports
    import sqlalchemy as sa
    text = "Shelter cluster meeting\nDate: 5 April 2012\n\nAction points\n- NRC to share the list by 20 April 2012\n"
    login_as("secretariat")
    first = imports.create_draft(world.users["secretariat"], text=text)
    data = dict(first.data)
    data["sittings"] = [{"date": "2012-03-15", "city": None, "venue": None}]     # the day, corrected on review
    first.data = data
    db.session.commit()
    assert client.post(f"/imports/{first.id}/save", data={"forum": world.jcf.id}).status_code == 302
    saved = db.session.scalars(sa.select(Meeting).order_by(Meeting.id.desc())).first()
    again = imports.create_draft(world.users["secretariat"], text=text)          # read as 5 April again
    db.session.commit()
    page = client.get(f"/imports/{again.id}").get_data(as_text=True)
    assert f'href="/meetings/{saved.id}"' in page and 'name="same_day_ok"' in page
    refused = client.post(f"/imports/{again.id}/save", data={"forum": world.jcf.id})
    assert refused.status_code == 422


def test_a_report_saved_in_a_confidential_forum_is_never_named_to_another_forums_importer(client, world, login_as):
    from ds_tracker.models import Meeting
    from ds_tracker.services import import_save, imports
    import sqlalchemy as sa
    text = "Task force closed session\nDate: 5 April 2012\n\nAction points\n- UNICEF to brief the donors by 20 April 2012\n"
    secret = imports.create_draft(world.users["dstf_member"], text=text)
    import_save.save(world.users["dstf_member"], secret, forum=world.dstf)
    db.session.commit()
    hidden = db.session.scalars(sa.select(Meeting).order_by(Meeting.id.desc())).first()
    mine = imports.create_draft(world.users["secretariat"], text=text)
    db.session.commit()
    login_as("secretariat")
    page = client.get(f"/imports/{mine.id}").get_data(as_text=True)
    assert f'href="/meetings/{hidden.id}"' not in page and 'name="same_day_ok"' not in page
    assert client.post(f"/imports/{mine.id}/save", data={"forum": world.jcf.id}).status_code == 302   # not refused


def test_a_second_tab_on_a_saved_draft_offers_no_row_to_edit(client, world, login_as):
    """A stranger's second tab, on a draft saved in the first: "Edit" opened an empty form (the save was refused
    only later). It now says the draft was saved and shows the page as it is, with the meeting's link."""
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text=(
        "Minutes\nDate: 2 March 2025\n\nPARTICIPANTS\n1. Zainab Hussein – Officer, UNICEF\n"))
    db.session.commit()
    login_as("secretariat")
    row = draft.data["participants"][0]
    client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    answer = client.get(f"/imports/{draft.id}/participants/{row['id']}", follow_redirects=True)
    page = answer.get_data(as_text=True)
    assert "This draft was already saved or discarded: change the meeting itself." in page
    assert 'name="was-name"' not in page and "open the meeting" in page
    htmx = client.get(f"/imports/{draft.id}/participants/{row['id']}", headers={"HX-Request": "true"})
    assert htmx.headers["HX-Redirect"] == f"/imports/{draft.id}"
