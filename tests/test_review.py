"""The quarterly review written from the record: each section's content for a period (on whichever database
the suite runs), the author's rights, Arabic, editing in the browser's form, .docx, print and the command line."""
import io
import re
from datetime import date, datetime, timezone

import docx
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import ActionNote, ReviewDraft
from ds_tracker.services import SYSTEM, actions, library, recommendations, reviews
from ds_tracker.status import ActionStatus, EscalationLevel, RecommendationStatus


def quarter_record(world):
    """World's Q1 2025: the JCF meeting (12 March) and its letter (20 March); we add what each section reads."""
    recommendations.change_status(SYSTEM, world.rec, RecommendationStatus.AGREED, version=world.rec.version)
    done = actions.create_action(SYSTEM, text="Publish the list of returnees", owner=world.momd,
                                 recommendation=world.rec, due_on=date(2025, 3, 1))
    note = actions.change_status(SYSTEM, done, ActionStatus.DONE, version=done.version, note="Published")
    db.session.flush()
    db.session.execute(sa.update(ActionNote).where(ActionNote.id == note.id)
                       .values(created_dt=datetime(2025, 2, 20, 9, tzinfo=timezone.utc)))
    actions.create_action(SYSTEM, text="Map the damaged schools", owner=world.unicef, recommendation=world.rec,
                          due_on=date(2025, 2, 1))
    library.create_document(SYSTEM, title="JCF Ninewa return intentions survey", language="en",
                            published_on=date(2025, 2, 10), forums=[world.jcf], url="https://example.org/survey")
    library.create_document(SYSTEM, title="DSTF donor brief", language="en", published_on=date(2025, 2, 11),
                            forums=[world.dstf], url="https://example.org/brief")
    world.jcf.recurrence = "FREQ=MONTHLY;BYDAY=-1TU"
    db.session.commit()


def sections_of(actor, world, language="en", forums=None, end=date(2025, 3, 31)):
    return {s["key"]: s for s in reviews.compose(actor, start=date(2025, 1, 1), end=end, language=language,
                                                 forums=forums or [], base_url="https://tracker.example.org")}


def test_each_section_says_what_the_record_holds_for_the_period(world):
    quarter_record(world)
    s = sections_of(world.users["secretariat"], world, end=date(2025, 5, 31))
    assert "Monthly meeting" in s["meetings_held"]["text"]
    assert f"[minutes](https://tracker.example.org/meetings/{world.meeting.id})" in s["meetings_held"]["text"]
    assert "Resume return approvals for Sinjar" in s["meetings_held"]["text"]     # its key outcome
    assert world.rec.reference in s["recommendations_agreed"]["text"]
    assert "JCF/2025/17" in s["escalations_sent"]["text"] and "1 recommendation" in s["escalations_sent"]["text"]
    assert "24/112" in s["decisions_received"]["text"]
    assert "Publish the list of returnees" in s["actions_completed"]["text"]
    assert "Map the damaged schools" in s["actions_overdue"]["text"]
    assert "Publish the list" not in s["actions_overdue"]["text"]
    assert "JCF Ninewa return intentions survey" in s["documents_published"]["text"]
    assert "JCF Ninewa: every last Tuesday of the month, next on 2025-06-24 (open)" in s["upcoming_meetings"]["text"]


def test_the_period_bounds_what_is_said(world):
    quarter_record(world)
    s = sections_of(world.users["secretariat"], world)                # Q1: the decision of 2 May is later
    assert s["decisions_received"]["text"] == ""
    assert "2025-04-01" in s["upcoming_meetings"]["text"] or "2025-04-29" in s["upcoming_meetings"]["text"]


def test_a_review_shows_only_what_its_author_reads(world):
    quarter_record(world)
    s = sections_of(world.users["secretariat"], world)
    assert "DSTF closed session" not in s["meetings_held"]["text"]
    assert "DSTF donor brief" not in s["documents_published"]["text"]
    member = sections_of(world.users["dstf_member"], world, forums=[world.dstf])
    assert "DSTF closed session" in member["meetings_held"]["text"]
    assert "DSTF donor brief" in member["documents_published"]["text"]
    assert "JCF Ninewa return intentions survey" not in member["documents_published"]["text"]


def test_the_sections_are_in_their_order(world):
    s = sections_of(world.users["secretariat"], world)
    for key in ("decisions_register", "measures", "indicators_moved"):
        assert s[key]["heading"] and s[key]["text"] == ""
    assert list(s) == ["meetings_held", "recommendations_agreed", "escalations_sent", "decisions_received",
                       "decisions_register", "actions_completed", "actions_overdue", "measures", "indicators_moved",
                       "documents_published", "upcoming_meetings"]


def plans_quarter_record(world):
    """World's plan (conftest.plan_world) in Q1 2025: a register decision amended in the period, one of 2024, a
    measure done in the period, one overdue at its end, an indicator with a value before and two within."""
    from conftest import plan_world
    from ds_tracker.services import plans, register
    plan_world(world)
    closure = register.record_decision(
        SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS, decided_on=date(2025, 1, 15),
        number="25/7", title="Closure of the Jeddah camps", deadline_on=date(2025, 6, 30),
        text_ar="إغلاق مخيمات جدعة")
    register.amend_decision(SYSTEM, closure, amended_on=date(2025, 3, 20), deadline_on=date(2025, 7, 31),
                            text="The closure deadline is postponed to 31 July 2025.", source="DS newsletter")
    done = actions.create_action(SYSTEM, text="Open the grant office in Mosul", owner=world.branch,
                                 commitment=world.commitment, due_on=date(2025, 3, 1))
    note = actions.change_status(SYSTEM, done, ActionStatus.DONE, version=done.version, note="Opened")
    db.session.flush()
    db.session.execute(sa.update(ActionNote).where(ActionNote.id == note.id)
                       .values(created_dt=datetime(2025, 2, 20, 9, tzinfo=timezone.utc)))
    actions.create_action(SYSTEM, text="Train the grant officers", owner=world.branch, commitment=world.commitment,
                          due_on=date(2025, 3, 10))
    for day, value, source in ((date(2024, 12, 1), "40", "MoMD Ninewa branch"),
                               (date(2025, 2, 1), "70", "MoMD Ninewa branch"),
                               (date(2025, 3, 19), "121", "MoMD closure report")):
        plans.record_value(SYSTEM, world.indicator, measured_on=day, value=value, source=source)
    db.session.commit()


def test_register_decisions_measures_and_indicators_of_the_period(world):
    plans_quarter_record(world)
    s = sections_of(world.users["secretariat"], world)
    register_text = s["decisions_register"]["text"]
    assert "2025-01-15" in register_text and "Closure of the Jeddah camps" in register_text
    assert "postponed to 31 July 2025" in register_text and "New deadline: 2025-07-31." in register_text
    assert "DS newsletter" in register_text
    assert "Close all camps in KRI" not in register_text                      # decided in January 2024
    assert "Closure of the Jeddah camps" not in s["decisions_received"]["text"]
    measures = s["measures"]["text"]
    assert "Completed: " in measures and "Open the grant office in Mosul" in measures
    assert "Overdue, due 2025-03-10" in measures and "Train the grant officers" in measures
    assert "Ninewa Plan of Action" in measures
    assert "Pay IQD 4 million per family" not in measures                      # due in June
    for key in ("actions_completed", "actions_overdue"):                        # measures are not counted twice
        assert "grant office" not in s[key]["text"] and "grant officers" not in s[key]["text"]
    assert ("Families returned: 40 → 121 on 2025-03-19 (source: MoMD closure report) Target: 121."
            in s["indicators_moved"]["text"])
    assert f"/actions/{world.measure.id}" in s["indicators_moved"]["text"]
    arabic = sections_of(world.users["secretariat"], world, language="ar")
    assert "إغلاق مخيمات جدعة" in arabic["decisions_register"]["text"]
    later = sections_of(world.users["secretariat"], world, end=date(2025, 1, 31))
    assert "postponed" not in later["decisions_register"]["text"] and "Families returned" not in \
        later["indicators_moved"]["text"]


def test_the_new_sections_print_and_download(client, world, login_as):
    plans_quarter_record(world)
    login_as("secretariat")
    review = reviews.create_review(world.users["secretariat"], start=date(2025, 1, 1), end=date(2025, 3, 31),
                                   forums=[world.jcf], base_url="https://tracker.example.org")
    db.session.commit()
    page = client.get(f"/reviews/{review.id}/print").get_data(as_text=True)
    edit = client.get(f"/reviews/{review.id}").get_data(as_text=True)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(client.get(f"/reviews/{review.id}.docx").data))
                     .paragraphs)
    for shown in (page, edit, text):
        assert "Government decisions" in shown and "Closure of the Jeddah camps" in shown
        assert "Open the grant office in Mosul" in shown and "Families returned: 40 → 121" in shown
    assert f'href="https://tracker.example.org/actions/{world.measure.id}"' in page


def test_a_forums_review_leaves_out_other_forums_plans(world):
    plans_quarter_record(world)
    s = sections_of(world.users["dstf_member"], world, forums=[world.dstf])
    for key in ("decisions_register", "measures", "indicators_moved"):
        assert s[key]["text"] == ""


def test_the_arabic_review_speaks_arabic(world):
    quarter_record(world)
    world.jcf.name_ar = "منتدى التنسيق المشترك - نينوى"
    db.session.commit()
    s = sections_of(world.users["secretariat"], world, language="ar")
    assert re.search(r"[\u0600-\u06ff]", s["meetings_held"]["heading"])
    assert "منتدى التنسيق المشترك - نينوى" in s["meetings_held"]["text"]
    assert "Meetings held" not in s["meetings_held"]["heading"]


def test_the_coordinator_edits_saves_and_downloads_the_review(client, world, login_as):
    quarter_record(world)
    login_as("secretariat")
    response = client.post("/reviews/new", data={"start": "2025-01-01", "end": "31/03/2025", "forums": [world.jcf.id],
                                                 "language": "en", "idempotency_key": "r1"})
    assert response.status_code == 302
    review = db.session.scalar(sa.select(ReviewDraft).order_by(ReviewDraft.id.desc()))
    page = client.get(f"/reviews/{review.id}").get_data(as_text=True)
    assert "Meetings held" in page and "Monthly meeting" in page
    form = {"title": "Q1 2025 review (JCF Ninewa)", "version": review.version}
    for i, s in enumerate(review.sections):
        form.update({f"sections-{i}-key": s["key"], f"sections-{i}-heading": s["heading"],
                     f"sections-{i}-text": s["text"], f"sections-{i}-order": i + 1})
    form["sections-0-order"] = 20                                            # meetings held moves to the end
    form["sections-6-text"] = "- Two actions are late; the owners were reminded."   # overdue, shortened
    form["sections-7-remove"] = "y"                                          # measures: left out
    n = len(review.sections)
    form.update({f"sections-{n}-key": "added", f"sections-{n}-heading": "Recap of the architecture",
                 f"sections-{n}-text": "The JCFs met monthly.", f"sections-{n}-order": 0})
    assert client.post(f"/reviews/{review.id}", data=form).status_code == 302
    db.session.expire_all()
    saved = db.session.get(ReviewDraft, review.id)
    keys = [s["key"] for s in saved.sections]
    assert keys[0] == "added" and keys[-1] == "meetings_held" and "measures" not in keys
    stale = client.post(f"/reviews/{review.id}", data=form)                 # the same version again
    assert stale.status_code == 409 and "Recap of the architecture" in stale.get_data(as_text=True)
    download = client.get(f"/reviews/{review.id}.docx")
    assert download.status_code == 200
    text = [p.text for p in docx.Document(io.BytesIO(download.data)).paragraphs]
    assert text[0] == "Q1 2025 review (JCF Ninewa)" and "Recap of the architecture" in text
    assert "Two actions are late; the owners were reminded." in text
    assert text.index("Recap of the architecture") < text.index("Meetings held")
    assert "Plans' measures completed and overdue" not in text


def test_an_arabic_review_prints_right_to_left_on_a4(client, world, login_as):
    login_as("secretariat")
    review = reviews.create_review(world.users["secretariat"], start=date(2025, 1, 1), end=date(2025, 3, 31),
                                   language="ar", forums=[world.jcf])
    db.session.commit()
    page = client.get(f"/reviews/{review.id}/print").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page and "review" in page and ".css" in page
    document = docx.Document(io.BytesIO(client.get(f"/reviews/{review.id}.docx").data))
    assert document.paragraphs[2]._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None   # right to left in Word
    assert round(document.sections[0].page_width.mm) == 210


def test_the_command_line_writes_the_review(app, world, tmp_path):
    quarter_record(world)
    out = tmp_path / "q1.docx"
    runner = app.test_cli_runner()
    result = runner.invoke(args=["review-draft", "--from", "2025-01-01", "--to", "2025-03-31", "--forum", "JCF-NIN",
                                 "--lang", "en", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert text[0] == "Quarterly review, Q1 2025" and "Meetings held" in text
    assert any("JCF Ninewa return intentions survey" in t for t in text)
    bad = runner.invoke(args=["review-draft", "--from", "2025-01-01", "--to", "2025-03-31", "--forum", "NOPE",
                              "--out", str(out)])
    assert bad.exit_code != 0 and "NOPE" in bad.output


def test_the_q1_2024_review_of_the_demo_data_fills_every_section(app, runner):
    assert runner.invoke(args=["demo-data", "--meetings", "24", "--recommendations", "120", "--actions", "300",
                               "--seed", "7"]).exit_code == 0
    for language in ("en", "ar"):
        s = {x["key"]: x["text"] for x in reviews.compose(SYSTEM, start=date(2024, 1, 1), end=date(2024, 3, 31),
                                                          language=language, base_url="https://t.example.org")}
        for key in ("meetings_held", "recommendations_agreed", "escalations_sent", "decisions_received",
                    "decisions_register", "actions_completed", "actions_overdue", "measures", "indicators_moved",
                    "documents_published", "upcoming_meetings"):
            assert s[key], f"{key} is empty in {language}"
        assert s["meetings_held"].count("\n- ") >= 5                   # the retreat and the JCFs' soft launches
        assert s["documents_published"].count("- ") >= 15
    en = {x["key"]: x["text"] for x in reviews.compose(SYSTEM, start=date(2024, 1, 1), end=date(2024, 3, 31))}
    assert "Hasansham" in en["documents_published"] and "(English and Arabic)" in en["documents_published"]
    assert "Closure of all camps in the Kurdistan Region" in en["decisions_register"]
    assert "postponed to 31 July 2024" in en["decisions_register"] and "2024-07-31" in en["decisions_register"]
    assert "Completed: " in en["measures"] and "Tazade camp" in en["measures"]
    assert "Overdue, due 2024-03-31" in en["measures"] and "Ashti camp" in en["measures"]
    assert "Families departed from Tazade camp: 48 → 121 families on 2024-03-19" in en["indicators_moved"]
    assert "Bzibiz" in en["documents_published"] and "NRC" in en["documents_published"]
    assert "Returns Working Group: every last Tuesday of the month, next on 2024-04-30 (open)" in \
        en["upcoming_meetings"]
    assert "DS Technical Working Group: every second Wednesday of the month" in en["upcoming_meetings"]


def test_deleting_a_review_asks_first_and_one_slip_deletes_nothing(client, world, login_as):
    login_as("secretariat")
    review = reviews.create_review(world.users["secretariat"], start=date(2025, 1, 1), end=date(2025, 3, 31),
                                   forums=[world.jcf], base_url="https://tracker.example.org")
    db.session.commit()
    edit = client.get(f"/reviews/{review.id}").get_data(as_text=True)
    assert 'name="confirm" value="1" required' in edit
    slip = client.post(f"/reviews/{review.id}/delete", data={"version": review.version}, follow_redirects=True)
    assert "nothing was deleted" in slip.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(ReviewDraft, review.id).deleted_dt is None
    meant = client.post(f"/reviews/{review.id}/delete", data={"version": review.version, "confirm": "1"})
    assert meant.status_code == 302
    db.session.expire_all()
    assert db.session.get(ReviewDraft, review.id).deleted_dt is not None
