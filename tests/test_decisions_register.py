"""Issue 13 #4: the decisions register: decisions answering no submission, amendments, links, public reading."""
from datetime import date

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Decision, DecisionAmendment
from ds_tracker.plans import data
from ds_tracker.permissions import Principal
from ds_tracker.services import SYSTEM, register
from ds_tracker.status import EscalationLevel
from conftest import make_org, plan_world


def _record_the_three_decisions(client, world):
    com = make_org("Council of Ministers", "CoM")
    moe = make_org("Federal Ministry of Education", "MoE")
    db.session.commit()
    posts = [
        {"level": "council_of_ministers", "body": com.id, "number": "2/2024", "decided_on": "2 January 2024",
         "title": "Closure of all camps in KRI", "text": "Close all camps in KRI by 30 June 2024.",
         "text_ar": "إغلاق جميع المخيمات في إقليم كردستان بحلول 30 حزيران 2024.", "deadline_on": "2024-06-30"},
        {"level": "council_of_ministers", "body": com.id, "number": "24/2024", "decided_on": "2024-01-23",
         "title": "MoMD camp-closure plan endorsed",
         "text": "IQD 4 million return grant per family; 2% of job allocations for returnees; intention surveys."},
        {"level": "ministry", "body": moe.id, "number": "1/2/c/4920", "decided_on": "2024-02-13",
         "text": "Close the Ministry's representations in Erbil, Sulaymaniyah and Duhok by 30 July.",
         "deadline_on": "2024-07-30"},
    ]
    for post in posts:
        response = client.post("/decisions/new", data={"forum": world.dstf.id, **post})
        assert response.status_code == 302, response.get_data(as_text=True)
    return db.session.scalars(sa.select(Decision).where(Decision.forum_id == world.dstf.id)
                              .order_by(Decision.decided_on)).all()


def test_dstf_secretariat_records_three_decisions_and_the_postponement(client, world, login_as):
    login_as("dstf_member")
    closure, plan, education = _record_the_three_decisions(client, world)
    assert (closure.number, closure.level, closure.deadline_on) == ("2/2024", EscalationLevel.COUNCIL_OF_MINISTERS,
                                                                     date(2024, 6, 30))
    bad = client.post(f"/decisions/{closure.id}/amendments", data={"amended_on": "2024-03-01",
                                                                   "text": "Postponed", "deadline_on": "2024-07-31"})
    assert bad.status_code == 422 and "Say where the change was announced." in bad.get_data(as_text=True)
    ok = client.post(f"/decisions/{closure.id}/amendments", data={
        "amended_on": "2024-03-10", "text": "Deadline postponed to 31 July 2024", "deadline_on": "31/7/2024",
        "source": "Council of Ministers session, 10 March 2024"})
    assert ok.status_code == 302
    db.session.expire_all()
    assert closure.deadline_on == date(2024, 6, 30)              # never overwritten
    assert closure.current_deadline == date(2024, 7, 31)
    page = client.get(f"/decisions/{closure.id}").get_data(as_text=True)
    assert "Deadline postponed to 31 July 2024" in page and "Council of Ministers session, 10 March 2024" in page
    listed = client.get("/decisions?level=ministry").get_data(as_text=True)
    assert "1/2/c/4920" in listed and "2/2024" not in listed
    exported = client.get("/decisions/export.csv").get_data(as_text=True)
    assert "2024-07-31" in exported and "2024-06-30" in exported and "Council of Ministers session" in exported
    assert [a.decision_id for a in data.amendments_in_period(Principal(is_admin=True), date(2024, 3, 1),
                                                             date(2024, 3, 31))] == [closure.id]


def test_every_logged_in_user_reads_a_decision_answering_no_submission(client, world, login_as):
    """Recorded by the confidential Task Force, and still public: government decisions are."""
    closure = register.record_decision(SYSTEM, world.dstf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                       decided_on=date(2024, 1, 2), text="Close all camps in KRI")
    db.session.commit()
    for role in ("norole", "focal_mof", "secretariat"):
        login_as(role)
        assert client.get(f"/decisions/{closure.id}").status_code == 200
        assert "Close all camps in KRI" in client.get("/decisions").get_data(as_text=True)
        client.post("/logout")
    assert client.get(f"/decisions/{closure.id}").status_code == 302       # anonymous: to the login page
    login_as("secretariat")    # JCF Ninewa's secretariat reads it, but only the Task Force's amends it
    assert client.post(f"/decisions/{closure.id}/amendments", data={"amended_on": "2024-03-10", "text": "x",
                                                                    "source": "y"}).status_code == 403
    assert db.session.scalar(sa.select(sa.func.count(DecisionAmendment.id))) == 0
    # a decision answering a letter stays with the letter's readers
    client.post("/logout")
    login_as("norole")
    assert client.get(f"/decisions/{world.decision.id}").status_code == 404


def test_links_show_on_the_recommendation_commitment_and_measure_pages(client, world, login_as):
    plan_world(world)
    login_as("secretariat")
    decision = world.register_decision
    assert client.post(f"/decisions/{decision.id}/links", data={"reference": world.rec.reference}).status_code == 302
    assert client.post(f"/decisions/{decision.id}/links", data={"measure": f"#{world.measure.id}"}).status_code == 302
    missing = client.post(f"/decisions/{decision.id}/links", data={"reference": "NOPE-1"})
    assert missing.status_code == 422
    page = client.get(f"/decisions/{decision.id}").get_data(as_text=True)
    assert world.rec.reference in page and "Pay IQD 4 million per family" in page
    assert "Return grants for returning families" in page                   # the commitment it announced
    assert "Government decisions about it" in client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    measure_page = client.get(f"/actions/{world.measure.id}").get_data(as_text=True)
    assert f"/decisions/{decision.id}" in measure_page
    plan_page = client.get(f"/plans/{world.plan.id}").get_data(as_text=True)
    assert f"/decisions/{decision.id}" in plan_page
    client.post(f"/decisions/{decision.id}/links", data={"reference": world.rec.reference, "remove": "1"})
    db.session.expire_all()
    assert decision.recommendations == []


def test_search_finds_decisions_in_english_and_arabic(client, world, login_as):
    register.record_decision(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, decided_on=date(2024, 2, 13),
                             number="1/2/c/4920", text="Closing the representations in Erbil",
                             text_ar="إغلاق ممثليات وزارة التربية في أربيل")
    db.session.commit()
    login_as("focal_mof")
    assert "1/2/c/4920" in client.get("/search?q=representations erbil").get_data(as_text=True)
    assert "1/2/c/4920" in client.get("/search?q=ممثلية التربية").get_data(as_text=True)


def test_a_register_decision_needs_a_date_and_words(client, world, login_as):
    login_as("dstf_member")
    response = client.post("/decisions/new", data={"forum": world.dstf.id, "level": "council_of_ministers",
                                                   "number": "7", "deadline_on": "2024-06-30"})
    text = response.get_data(as_text=True)
    assert response.status_code == 422 and "Give the date of the decision." in text and 'value="7"' in text
    assert db.session.scalar(sa.select(sa.func.count(Decision.id))) == 1   # the world's own
    client.post("/logout")
    login_as("focal_momd")
    assert client.get("/decisions/new").status_code == 403


def test_the_body_that_decided_or_is_awaited_reads_in_arabic_on_arabic_pages(client, world, login_as):
    from ds_tracker.services import escalation, recommendations
    com = make_org("Council of Ministers", "CoM")
    com.name_ar, world.mof.name_ar = "مجلس الوزراء", "وزارة المالية"
    register.record_decision(SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS, body=com, number="9/2024",
                             decided_on=date(2024, 2, 1), text="Close the camps")
    rec = recommendations.create_recommendation(SYSTEM, world.meeting, text="Pay the grants")
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, addressee=world.mof,
                                       title="Letter on grants", recommendations=[rec])
    escalation.approve_submission(SYSTEM, sub, version=sub.version)
    escalation.mark_sent(SYSTEM, sub, sent_on=date(2025, 4, 1), reference="MOF/1", version=sub.version)
    user = world.users["secretariat"]
    user.language = "ar"
    db.session.commit()
    login_as("secretariat")
    listed = client.get("/decisions").get_data(as_text=True)
    assert "مجلس الوزراء · 9/2024" in listed and "Council of Ministers (CoM)" not in listed
    waiting = client.get("/waiting").get_data(as_text=True)
    assert "<h2>وزارة المالية (1)</h2>" in waiting and "Ministry of Finance" not in waiting
    assert "وزارة المالية" in client.get(f"/recommendations/{rec.id}").get_data(as_text=True)
    assert "وزارة المالية" in client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    user.language = "en"
    db.session.commit()
    assert "Council of Ministers (CoM) · 9/2024" in client.get("/decisions").get_data(as_text=True)
    assert "<h2>Ministry of Finance (1)</h2>" in client.get("/waiting").get_data(as_text=True)


def test_a_decision_page_lists_the_letters_it_answers_that_the_reader_may_read(client, world, login_as):
    """The page said "Nothing linked yet" under what it answers, although it answers a sent letter."""
    from ds_tracker.services import escalation
    other = escalation.create_submission(SYSTEM, world.dstf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                         title="Task Force note on camp closure", recommendations=[world.dstf_rec])
    escalation.approve_submission(SYSTEM, other, version=other.version)
    escalation.mark_sent(SYSTEM, other, sent_on=date(2025, 3, 25), reference="DSTF/2025/4", version=other.version)
    world.decision.submissions.append(other)      # one answer to two forums' letters
    db.session.commit()
    login_as("secretariat")
    page = client.get(f"/decisions/{world.decision.id}").get_data(as_text=True)
    links = page.split('id="links"')[1].split("</section>")[0]
    assert "Nothing linked yet" not in links
    assert f'href="/submissions/{world.submission.id}"' in links and "Outcomes of the March JCF" in links
    assert "JCF/2025/17" in links and "JCF Ninewa" in links
    assert "DSTF/2025/4" not in page and f"/submissions/{other.id}" not in page   # the confidential forum's letter
    client.post("/logout")
    login_as("dstf_member")
    links = client.get(f"/decisions/{world.decision.id}").get_data(as_text=True).split('id="links"')[1]
    assert f'href="/submissions/{other.id}"' in links and "DSTF/2025/4" in links   # its members read it


def test_the_register_lists_decisions_answering_a_letter_with_their_body_and_dates(client, world, login_as):
    """A ministry's answer to a JCF letter opens at /decisions/<id>: the register lists it too, offers its body,
    and the date range (the form's From/To, the URL's from/to) narrows the list."""
    plan_world(world)
    answer = world.decision
    answer.body_id = world.momd.id
    db.session.commit()
    login_as("co_chair")
    assert client.get(f"/decisions/{answer.id}").status_code == 200
    page = client.get("/decisions").get_data(as_text=True)
    assert f"/decisions/{answer.id}\"" in page and f"/decisions/{world.register_decision.id}\"" in page
    assert f'<option value="{world.momd.id}"' in page           # the body of the answer is offered
    assert 'name="from"' in page and 'name="to"' in page
    by_body = client.get(f"/decisions?body={world.momd.id}").get_data(as_text=True)
    assert f"/decisions/{answer.id}\"" in by_body and f"/decisions/{world.register_decision.id}\"" not in by_body
    in_2025 = client.get("/decisions?from=2025-01-01&to=2025-12-31").get_data(as_text=True)   # answer: 2 May 2025
    assert f"/decisions/{answer.id}\"" in in_2025 and f"/decisions/{world.register_decision.id}\"" not in in_2025
    in_2024 = client.get("/decisions?from=1/1/2024&to=31/12/2024").get_data(as_text=True)
    assert f"/decisions/{answer.id}\"" not in in_2024 and f"/decisions/{world.register_decision.id}\"" in in_2024
    unreadable = client.get("/decisions?from=sometime").get_data(as_text=True)
    assert "is not a date we can read" in unreadable
    exported = client.get("/decisions/export.csv?from=2025-01-01").get_data(as_text=True)
    assert "24/112" in exported and "Close all camps" not in exported
    # a reader of neither the letter nor the JCF does not find the answer in the list
    client.post("/logout")
    login_as("norole")
    assert f"/decisions/{answer.id}\"" not in client.get("/decisions").get_data(as_text=True)
    assert f'<option value="{world.momd.id}"' not in client.get("/decisions").get_data(as_text=True)


def test_the_register_pages_by_fifty(client, world, login_as):
    for day in range(1, 56):
        register.record_decision(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY,
                                 decided_on=date(2023, 1, 1 + day % 28) if day < 29 else date(2023, 2, day - 27),
                                 number=f"N{day}/2023", text="x")
    db.session.commit()
    login_as("co_chair")
    first = client.get("/decisions").get_data(as_text=True)
    assert "56 decisions" in first and first.count('class="row"') == 50
    import re
    after = re.search(r'href="(/decisions\?after=[^"]+)"', first).group(1).replace("&amp;", "&")
    second = client.get(after).get_data(as_text=True)
    assert second.count('class="row"') == 6
