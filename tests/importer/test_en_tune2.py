"""English shapes met in real published minutes (tune2 set), written here with invented text: a chair named in prose
with a long body after a comma or "from", a co-chair "of" a body, a post glued to its cluster's name, an agenda
item's presenter in brackets."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p.get("organisation") for p in parse(text, REF)["participants"]}


def test_a_chair_with_a_long_body_after_a_comma_is_one_person_of_that_body():
    text = ("Minutes of the partners meeting\n\nThe meeting was held on 3 May 2021 in Lyon. The meeting was chaired "
            "by Tomas Verlaine, International Federation of the Lantern and Lamp Societies.\n")
    got = people(text)
    assert got == {"Tomas Verlaine": "International Federation of the Lantern and Lamp Societies"}


def test_a_chair_from_a_body_then_an_aside_after_a_comma():
    text = ("Minutes of the partners meeting\n\nThe meeting was held on 3 May 2021 in Lyon. The meeting was chaired "
            "by Tomas Verlaine from Northern Aid Trust, one of the several partner organizations that took part.\n")
    assert people(text) == {"Tomas Verlaine": "Northern Aid Trust"}


def test_a_co_chair_of_a_body_is_of_the_whole_body_not_its_last_acronym():
    text = ("Minutes of the partners meeting\n\nOpening\n\n"
            "Lina Moreau, Co-Chair of the WASH TF, welcomed everyone to the meeting.\n")
    assert people(text) == {"Lina Moreau": "WASH TF"}


def test_a_post_glued_to_its_cluster_name_gives_the_cluster():
    text = ("Shelter meeting minutes\nDate: 4 June 2020\n\nUpdates\n"
            "Piet Vos, Sub-National WASH/NFICluster Coordinator East, presented the new site map.\n")
    assert people(text).get("Piet Vos") == "Sub-National WASH/NFICluster"


def test_an_agenda_item_presenter_in_brackets_is_a_participant_but_not_a_place_or_a_word():
    text = ("Camp meeting minutes\nDate: 4 June 2020\n\nAgenda\n1- Protection update (Karim)\n"
            "2- Water report (Draft)\n3- Health update (Nairobi)\n4- Mapping presentation (Sofia Lind)\n"
            "5- Partner updates (UNHCR)\n")
    got = parse(text, REF)["participants"]
    assert {p["name"] for p in got} == {"Karim", "Sofia Lind"} and all(p["unsure"] for p in got)


PUMP_NOTES = ("Summary of conclusions of the meeting of the Task Force on Water\n3 July, 2019\n\n"
              "Agenda item 1: Discussions on the manual\n\n1.1    Pump chapter:\n\n"
              "UNICEF reported that they had made some suggestions for changes to the pump\n"
              "chapter, and that some checking was necessary. It was also recommended to include a reference to\n"
              "the older pump manuals.\n\n"
              "ACTION PIONT: Pump sub-group (WHO, IOM) to finalize the pump chapter\naccordingly.\n\n"
              "UNICEF raised the issue of replacing the word tap with the word outlet. This is to follow the\n"
              "advice from the working group.\n\n"
              "ACTION POINT: Editor to make the necessary changes, based on comments from the\n"
              "working group which UNICEF agreed to forward to IOM\n\n"
              "1.2    Alignment with other manuals\n\n"
              "It was noted that there are some contradictions in the draft manual\ncompared with other manuals.\n")


def test_an_action_point_label_on_a_wrapped_line_is_one_action_not_a_heading():
    got = [(a["text"], a["owner"]) for a in parse(PUMP_NOTES, REF)["actions"]]
    assert got == [("Pump sub-group (WHO, IOM) to finalize the pump chapter accordingly", "Pump sub-group (WHO, IOM)"),
                   ("Editor to make the necessary changes, based on comments from the working group which UNICEF "
                    "agreed to forward to IOM", "Editor")]


def test_it_was_recommended_to_and_a_person_who_recommended_are_recommendations():
    recs = [r["text"] for r in parse(PUMP_NOTES, REF)["recommendations"]]
    assert any("include a reference to the older pump manuals" in r for r in recs)
    text = ("Minutes of the board meeting 4 May 2012 Participants: Lena Ruiz (CARE), Omar Said (IRC), Chair: Lena Ruiz "
            "Strategic role Discussions on the role of the board were held. Omar recommended use of a simple "
            "planning grid for the project. Action points: Omar to share the grid with the board.")
    recs = [r["text"] for r in parse(text, REF)["recommendations"]]
    assert any(r.startswith("Omar recommended use of a simple planning grid") for r in recs)


def test_the_design_recommended_by_someone_is_no_recommendation():
    text = "Notes\nDate: 3 May 2020\n\nShelter\nThe design recommended by the engineers was used in the camp.\n"
    assert parse(text, REF)["recommendations"] == []


REVIEWED = ("Water meeting minutes\nDate: 3 March 2021\n\nReview of action points\n\n"
            "  • More members are asked to fill in the tank mapping sheet.\n"
            "  • Lack of funding could be raised at the donor forum if needed.\n"
            "  • ACF is running pump trainings, the on-going training is mostly on repairs.\n"
            "  • A short guide is included in the annual report that is on the website.\n"
            "  • The map library has been opened, members are asked to send maps and flag gaps, mainly in the north.\n"
            "  • Pump spare parts list to be shared – done\n\n"
            "Site Update\n\n"
            "  • The number of tanks should be checked in every district.\n"
            "  • Rains damaged two tanks last week.\n")


def test_notes_under_a_review_of_action_points_are_no_action_points():
    got = {a["text"]: a["owner"] for a in parse(REVIEWED, REF)["actions"]}
    assert got == {"More members are asked to fill in the tank mapping sheet": "More members",
                   "members are asked to send maps and flag gaps": "members",
                   "Pump spare parts list to be shared": None}


def test_a_listed_thing_that_should_be_so_is_a_recommendation():
    recs = [r["text"] for r in parse(REVIEWED, REF)["recommendations"]]
    assert recs == ["The number of tanks should be checked in every district."]


def test_a_proposal_among_action_points_that_will_be_sent_on_is_one_step_read_whole():
    text = ("Water cluster minutes\nDate: 3 March 2021\n\nFollow-up action and Responsibility:\n"
            "- ACF to keep the tank register for all partners.\n"
            "- It was also suggested to invite the Red Cross as an observer (as the people of this\n"
            "body were not at the meeting, this proposal will be sent separately)\n")
    d = parse(text, REF)
    whole = ("It was also suggested to invite the Red Cross as an observer (as the people of this body were not at "
             "the meeting, this proposal will be sent separately)")
    assert [a["text"] for a in d["actions"]] == ["ACF to keep the tank register for all partners", whole]
    assert [r["text"] for r in d["recommendations"]] == [whole]


def test_a_month_alone_as_due_is_its_last_day_after_the_meeting():
    def due(meeting, task):
        text = f"Water minutes\nDate: {meeting}\n\nAction points\n- {task}\n"
        action = parse(text, REF)["actions"][0]
        return action["due"], action.get("unsure")
    assert due("15 January 2012", "Members to share their pump designs before the meeting in February") == \
        ("2012-02-29", True)
    assert due("15 March 2012", "Members to share the plan by February") == ("2013-02-28", True)
    assert due("15 March 2012", "Members to share the plan by end of December") == ("2012-12-31", True)


def test_a_follow_up_action_label_inside_the_notes_gives_the_task_wrapped_whole():
    text = ("Core group on water: minutes of the meeting, 3 May 2010\n\nLake roundtable: members asked whether there "
            "were any notes of these talks. The status of the\nexpert's report was also raised.\n"
            "Follow up action: UNDP to revert on the status of the expert's report and the existence of\n"
            "notes from the smaller roundtables/\nRiver roundtable: IOM reported that it was no longer planned.\n")
    got = [(a["text"], a["owner"]) for a in parse(text, REF)["actions"]]
    assert got == [("UNDP to revert on the status of the expert's report and the existence of notes from the "
                    "smaller roundtables/", "UNDP")]


def test_those_who_have_not_reported_asked_a_body_planning_and_an_approval_reported_from_elsewhere():
    text = ("Water Task Force - monthly meeting minutes (12th March 2023)\n\nGeneral updates\n\n"
            "• Tank model: the tank model has been finished, and the design was endorsed by the ICCG in January 2023. "
            "The form has been sent to all members. Those who have not yet sent their tank data using the shared form "
            "are requested to do so by 20 Mar. The Water TF plans to present the summary at the cluster meeting.\n\n"
            "• Contact list: Omar has sent a reminder to finish the list, those who have not yet replied are "
            "requested to reply at once.\n")
    d = parse(text, REF)
    got = [(a["owner"], a["due"]) for a in d["actions"]]
    assert got == [("Those who have not yet sent their tank data using the shared form", "2023-03-20"),
                   ("The Water TF", None), ("those who have not yet replied", None)]
    assert d["recommendations"] == [] and d["decisions"] == []


def test_a_date_line_with_a_comma_before_the_year_is_no_numbered_item():
    text = "Summary of conclusions of meeting of\nTask Force on Water\n3 July, 2009\n\nThe meeting was chaired by IOM.\n"
    assert parse(text, REF)["sittings"][0]["date"] == "2009-07-03"


def test_a_label_that_points_below_or_says_none_still_heads_its_list():
    for lead in ("Decisions: none were taken at this meeting", "Action points: see the table below for all"):
        d = parse(f"Water minutes\nDate: 3 May 2020\n\n{lead}\n- UNHCR to share the map.\n", REF)
        assert all("none" not in r["text"] and "below" not in r["text"] for r in d["recommendations"] + d["actions"])


def test_may_the_month_is_a_due_but_may_the_verb_is_not():
    def due(task):
        return parse(f"Water minutes\nDate: 3 March 2020\n\nAction points\n- {task}\n", REF)["actions"][0]["due"]
    assert due("Members to share the plan by May.") == "2020-05-31"
    assert due("Members to check what may be needed by the time it may rain") is None


def test_a_bracket_after_an_update_that_says_how_it_is_given_names_no_one():
    text = ("Camp meeting minutes\nDate: 4 June 2020\n\nAgenda\n1- Security update (Confidential)\n"
            "2- Finance report (Verbal)\n3- Health update (Partners)\n4- Protection update (Khaled)\n")
    assert [p["name"] for p in parse(text, REF)["participants"]] == ["Khaled"]


def test_two_chairs_the_second_with_a_body_in_brackets_stay_two_people():
    text = ("Minutes of the partners meeting\n\nThe meeting was held on 3 May 2021 in Lyon. The meeting was chaired "
            "by Ana Ruiz, UNICEF and Omar Said (Relief International).\n")
    assert people(text) == {"Ana Ruiz": "UNICEF", "Omar Said": "Relief International"}


def test_a_label_with_words_after_it_still_heads_the_list_right_below():
    text = ("Water minutes\nDate: 3 May 2020\n\nDecisions: The meeting agreed on three things\n"
            "- The group will meet monthly.\n- The chair rotates every quarter.\n")
    recs = [r["text"] for r in parse(text, REF)["decisions"]]
    assert recs == ["The group will meet monthly.", "The chair rotates every quarter."]


def test_fields_under_a_labelled_action_row_give_its_owner_and_due():
    text = ("Water minutes\nDate: 3 May 2020\n\nDiscussion\nThe map was discussed at length by all members.\n"
            "Action point: Partners to share their data with the cluster and the\nsub-national hubs\n"
            "Responsible: WHO\nDeadline: 30 May 2020\n\nNext item\nThe budget was discussed.\n")
    got = [(a["text"], a["owner"], a["due"]) for a in parse(text, REF)["actions"]]
    assert got == [("Partners to share their data with the cluster and the sub-national hubs", "WHO", "2020-05-30")]


def test_an_owner_before_a_colon_or_dash_and_an_owner_and_day_in_brackets():
    text = ("Water minutes\nDate: 3 May 2020\n\nAction points\n"
            "1. All partners: update the tank matrix before the next meeting\n"
            "2. Cluster coordinator – circulate the draft strategy by 20 May\n"
            "3. Ensure the pump map is updated (ACF, 10 May)\n"
            "4. Shelter update: share the new designs\n")
    got = [(a["owner"], a["due"]) for a in parse(text, REF)["actions"]]
    assert got == [("All partners", None), ("Cluster coordinator", "2020-05-20"), ("ACF", "2020-05-10"), (None, None)]


def test_a_person_her_post_with_a_body_word_and_her_body_is_no_list_of_organisations():
    text = ("Water minutes\nDate: 3 May 2020\n\nParticipants\nJon Smit, Protection Officer, UNHCR\n"
            "Mara Jonas, Shelter Cluster Coordinator, ACF\n\nDiscussion\nThe map was discussed.\n")
    assert people(text) == {"Jon Smit": "UNHCR", "Mara Jonas": "ACF"}


def test_bodies_each_with_their_person_in_brackets_run_on_after_from():
    text = ("Water minutes\nDate: 3 May 2020\n\nOpening\nRepresentatives from UNHCR (Jon Smit), ACF (Mara Jonas) and "
            "WHO (Piet Hals) attended the meeting. A report by WFP (March) was shared.\n")
    assert people(text) == {"Jon Smit": "UNHCR", "Mara Jonas": "ACF", "Piet Hals": "WHO"}


def test_a_body_that_commits_or_agrees_to_act_takes_the_task_the_forum_agreeing_does_not():
    text = ("Water minutes\nDate: 3 May 2020\n\nDiscussion\n- ACF committed to share the pump survey by 15 May.\n"
            "- IOM agreed to circulate the updated site list.\n- Members agreed to meet monthly.\n"
            "- WHO agreed to the proposal.\n")
    got = [(a["owner"], a["due"]) for a in parse(text, REF)["actions"]]
    assert got == [("ACF", "2020-05-15"), ("IOM", None)]


def test_a_body_reporting_its_point_done_under_the_review_is_that_earlier_point_done():
    text = ("Water minutes\nDate: 3 May 2020\n\nReview of previous action points\n"
            "- ACF has shared the pump map with partners.\n- DRC is running trainings, the current one is on repairs.\n"
            "\nUpdates\nNone.\n")
    got = [(a["text"], a["status"], a["earlier"]) for a in parse(text, REF)["actions"]]
    assert got == [("ACF has shared the pump map with partners", "done", True)]


def test_a_person_with_her_body_in_brackets_or_after_from_who_opened_or_presented():
    text = ("Water minutes\nDate: 3 May 2020\n\nOpening\nMs. Jana Dorn (UNHCR) opened the meeting and welcomed all.\n"
            "The update was given. Piet Lind from ACF presented the market update.\n"
            "Water Trucking (Phase 2) presented delays. New Site (left) shared photos.\n")
    assert people(text) == {"Jana Dorn": "UNHCR", "Piet Lind": "ACF"}


def test_remarks_made_by_a_person_then_her_post_and_body_after_commas():
    text = ("Water minutes\nDate: 3 May 2020\n\nOpening\nOpening remarks were made by Jon Smit, Head of Office, OCHA.\n"
            "The plan was presented by Lena Roos, Protection Officer, Relief Trust and discussed.\n"
            "The map was given by Water Trucking, Phase 2, in June.\n")
    assert people(text) == {"Jon Smit": "OCHA", "Lena Roos": "Relief Trust"}
