"""Shapes of English cluster and working-group minutes, written here with invented text: principles listed under a
point (no section heading), exhortations and requests, proposals made "to", a weekday as a deadline."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.outcome_words import outcome_kind, requested_task

REF = Reference.from_seed()


def texts(rows):
    return " | ".join(r["text"] for r in rows)


def test_a_list_of_principles_opening_with_a_section_word_is_no_section():
    text = ("Education Sector Meeting - 4 May 2021\n\n"
            "  1. Advocacy note; the sector drafted key messages on school reopening: -\n"
            "    1. Learners must be at the centre:\n"
            "    2. Solutions must be agreed with parents:\n"
            "    3. Teachers should be paid on time:\n"
            "  2. Exams. Members reminded to share the list of closed schools before the exam period.\n")
    d = parse(text, REF)
    assert not any(h["section"] == "recommendations" for h in d["structure"]["headings"])
    got = texts(d["recommendations"])
    assert "centre" not in got and "paid on time" not in got
    assert "Members reminded to share the list of closed schools" in got


def test_exhortations_and_the_meeting_asking_are_recommendations():
    assert outcome_kind("Agencies are encouraged to align their kits with the sector standard") == "recommendation"
    assert outcome_kind("The forum requested NGOs to set up a referral desk in Gedo") == "recommendation"
    assert outcome_kind("Call on all donors supporting water trucking to join the review") == "recommendation"
    assert outcome_kind("It was proposed to hold the next review in the field office") == "recommendation"
    assert outcome_kind("Participants asked about the timeline of the survey") is None


def test_someone_asked_to_do_something_is_set_a_task():
    assert requested_task("The coordinator again requested the partners to upload their 4W data by 10 June") == \
        "the partners to upload their 4W data by 10 June"
    assert requested_task("NGOs were urged to submit their stock reports") == "NGOs were urged to submit their stock reports"
    assert requested_task("She asked questions to clarify the figures") is None
    text = ("Nutrition Working Group\nDate: 7 June 2022\n\nDiscussion\n"
            "The lead asked the district officers to send the screening figures by 20 June 2022. "
            "Mobile teams were requested to report stock-outs to the group.\n")
    acts = {a["owner"]: a for a in parse(text, REF)["actions"]}
    assert acts["the district officers"]["due"] == "2022-06-20"
    assert "Mobile teams" in acts


def test_a_weekday_as_the_deadline_is_the_first_such_day_after_the_meeting():
    text = ("Protection Sector meeting\nDate: 3 March 2021\n\nAction points\n"
            "- Secretariat to circulate the revised referral pathway by Friday\n")
    act = parse(text, REF)["actions"][0]
    assert act["due"] == "2021-03-05" and act["unsure"]


def test_an_outside_body_agreeing_or_an_agreement_reached_with_someone_is_no_decision_of_the_meeting():
    assert outcome_kind("The provincial board in Herat has agreed to prioritise four districts") is None
    assert outcome_kind("no letter was sent as an agreement was reached with the Governor to hold workshops") is None
    assert outcome_kind("UNICEF agreed to lead the assessment") == "decision"


def test_a_step_said_in_the_future_passive_is_an_action_its_owner_after_by():
    text = ("Logistics Working Group\nDate: 12 October 2020\n\nFuel supply\n"
            "The fuel stock was reviewed and a summary of the convoy plan will be shared by the secretariat.\n"
            "The warehouse map will be circulated before 20 October 2020.\n"
            "A draft was shown, which will be discussed at the next meeting.\n")
    acts = parse(text, REF)["actions"]
    assert [a["owner"] for a in acts] == ["the secretariat", None]
    assert acts[1]["due"] == "2020-10-20" and all(a["unsure"] for a in acts)


def test_a_numbered_list_of_titles_is_an_agenda_even_when_an_item_names_a_section():
    text = ("Food Security Sector meeting, 9 August 2018\n\n"
            "  1. Action points from the previous meeting:\n  2. Approved seed distribution plan\n"
            "  3. Market monitoring\n  4. AOB\n\nThe meeting was chaired by FAO.\n")
    d = parse(text, REF)
    assert d["actions"] == [] and not any(h["section"] == "actions" for h in d["structure"]["headings"])


def test_the_following_changes_lead_a_list_of_what_was_agreed_and_a_preposition_is_no_task():
    text = ("Shelter Steering Group, 2 May 2016\n\nTerms of reference\n"
            "After the review, the following changes have to be made: (the revised terms are attached)\n"
            "- Article 2: Membership is open to national NGOs. This relates to the members listed in annex 1.\n"
            "- Article 4: The chair rotates every six months.\n")
    d = parse(text, REF)
    got = texts(d["recommendations"])
    assert "Membership is open to national NGOs" in got and "chair rotates" in got
    assert d["actions"] == []


def test_a_proposal_among_action_points_is_a_recommendation_and_its_pending_step_an_action():
    text = ("Health Sector meeting\nDate: 5 April 2017\n\nFollow-up action and Responsibility:\n"
            "- WHO to update the outbreak line list.\n"
            "- It was also proposed to invite the Red Crescent as an observer (as nobody from it came, the\n"
            "invitation will be sent by e-mail)\n")
    d = parse(text, REF)
    assert "invite the Red Crescent" in texts(d["recommendations"])
    acts = texts(d["actions"])
    assert "WHO to update" in acts or "update the outbreak" in acts
    assert "invitation will be sent" in acts


def test_outcomes_to_be_submitted_to_a_higher_body_are_sent_up_not_a_task():
    text = ("Returns meeting\nDate: 8 May 2024\n\nClosing\n"
            "The agreed points will be submitted to the Provincial Relief Council for approval.\n")
    d = parse(text, REF)
    assert d["actions"] == [] and d["escalations"]


def test_tasks_numbered_inside_one_paragraph_are_each_an_action():
    text = ("Protection Working Group meeting 6 June 2018 Agenda 1. Welcome 2. Follow up on actions from previous "
            "meeting. 1. PWG to share the referral directory with the district focal points to guide them while "
            "they map services. The directory has been shared and partners are encouraged to use it. 2. PWG to "
            "follow up with the legal aid partner to know which lawyers will cover Mopti and Gao under the new "
            "project which is due to begin on 1 July 2018 so that the gaps in the two districts can be addressed.\n")
    owners = [a["owner"] for a in parse(text, REF)["actions"]]
    assert owners.count("PWG") == 2


def test_a_numbered_list_of_names_and_bodies_with_no_heading_is_the_attendance():
    text = ("Education Sector Steering Group, 14 March 2019\nRoom 4, Sector Office\n\n"
            "  1. MarieClaire Dubois, NRC\n  2. Tomas Lindqvist, UNICEF\n  3. Aylin Demir\n"
            "  4. KofiMensah, Oxfam\n  5. Priya Nair, WFP\n\nThe meeting was chaired by UNICEF.\n")
    people = {p["name"]: p["organisation"] for p in parse(text, REF)["participants"]}
    assert people.get("MarieClaire Dubois") == REF.organisation("NRC") and people.get("KofiMensah")
    assert "Aylin Demir" in people and len(people) == 5


def test_a_numbered_agenda_near_the_top_is_no_attendance():
    text = ("Health Sector meeting, 2 May 2019\n\n  1. Welcome and introductions\n  2. Review of action points\n"
            "  3. Cholera update, WHO\n  4. Any other business\n")
    assert parse(text, REF)["participants"] == []


def test_an_inline_attendance_flattened_from_a_table_splits_before_each_title_and_stops_at_apologies():
    text = ("Shelter Sector meeting\nDate: 5 May 2014\n\n"
            "Attendees: Mr. Joel Tavita, NDMA Ms. Lusia Fono, Acting Director of Works Mr. Peni Rika, IFRC "
            "Apologies: Ms. Ana Kite, CSN\n")
    people = {p["name"]: p for p in parse(text, REF)["participants"]}
    assert set(people) == {"Joel Tavita", "Lusia Fono", "Peni Rika"}
    assert people["Joel Tavita"]["organisation"] and "NDMA" in people["Joel Tavita"]["organisation"]


def test_a_suggestion_in_the_discussion_of_a_report_with_its_own_recommendations_list_is_not_one():
    body = ("Summary of discussion:\n"
            "- To speed up enrolment, it was suggested to waive the school fees for displaced children.\n")
    lead = ("\nThe workshop concluded with the following key recommendations:\n"
            "- Extend the catch-up classes to all camps.\n")
    head = "Education workshop\nDate: 3 May 2022\n\n"
    alone = [r["text"] for r in parse(head + body, REF)["recommendations"]]
    listed = [r["text"] for r in parse(head + body + lead, REF)["recommendations"]]
    assert any("waive the school fees" in t for t in alone)
    assert not any("waive the school fees" in t for t in listed) and any("catch-up" in t for t in listed)


def test_a_planned_step_is_its_own_clause_and_a_bare_this_is_no_step():
    from ds_tracker.importer.outcome_words import planned_step
    assert planned_step("As the figures were not final, they will be reviewed at the next meeting.") == \
        ("they will be reviewed at the next meeting", None)
    assert planned_step("The survey was presented and a summary will be shared by the secretariat")[0] == \
        "a summary will be shared by the secretariat"
    assert planned_step("WFP has finished the round in Gedo and this will be updated in the 4W") is None


def test_an_agenda_item_saying_what_will_be_presented_sets_no_task_and_invitations_are_no_advice():
    text = ("Nutrition Sector meeting\nDate: 9 March 2023\n\nAgenda\n  1. Welcome\n"
            "  2. Screening results to be presented by UNICEF\n  3. AOB\n\nDiscussion\n"
            "Participants were invited to the training in Kassala. He was asked to leave the list open.\n")
    d = parse(text, REF)
    assert d["actions"] == [] and d["recommendations"] == []


def test_provisions_right_after_an_approval_go_on_with_the_decision():
    text = ("Cash Working Group\nDate: 4 May 2016\n\nDiscussion\n"
            "1.1 The terms of reference were approved by the group on 20 April with two additions proposed by the "
            "members of the steering committee during the review. The quorum is set at half the members plus one "
            "(in person or by video call). Voting rights are limited to full members, excluding observers and "
            "guests. Copies are on the shared drive.\n")
    got = texts(parse(text, REF)["recommendations"])
    assert "quorum is set at half" in got and "limited to full members" in got and "shared drive" not in got


def test_rows_of_a_table_run_together_with_bare_numbers_and_a_request_beside_a_task():
    text = ("NUTRITION SECTOR MINUTES Kassala 4 June 2021 Previous action points No Action Status "
            "1 Sector to circulate the stock report. 2 WFP or UNICEF to confirm the pipeline for the two camps. "
            "3 Partners to continue the screening in the east. Field teams are requested to report any stock-out "
            "to the sector.\n")
    owners = [a["owner"] for a in parse(text, REF)["actions"]]
    assert "WFP or UNICEF" in owners and "Partners" in owners and "Field teams" in owners
