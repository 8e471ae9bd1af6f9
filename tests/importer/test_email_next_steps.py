"""A summary e-mail pasted from its subject down, with next steps that bodies owe, written as people write them."""
from ds_tracker.importer import parse

_MAIL = ("Subject: Shelter WG meeting - summary and next steps\n\nDear colleagues,\n\n"
         "Please find below a short summary of the Shelter Working Group meeting held on Tuesday 3 March 2026 in Duhok.\n\n"
         "Next steps\n"
         "- UNHCR (Maria) to share the site list with partners by 10 March 2026.\n"
         "- Directorate of Water and Harikar to repair the network by the end of the month.\n"
         "- WFP to update the dashboard next Thursday.\n"
         "- Secretariat to circulate the revised ToR.\n"
         "- The chair will brief the task force.\n\n"
         "Next meeting: 7 April 2026.\n\nBest regards,\nLina\n")


def test_the_subject_is_the_title_and_each_body_owes_its_step():
    draft = parse(_MAIL)
    assert draft["title"] == "Shelter WG meeting - summary and next steps"
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [
        ("UNHCR", "2026-03-10"), ("Directorate of Water and Harikar", "2026-03-31"), ("WFP", "2026-03-05"),
        ("Secretariat", None)]
    assert [c["text"] for c in draft["commitments"]] == ["The chair will brief the task force."]


def test_the_same_steps_numbered_under_an_action_heading():
    text = ("Minutes of the education cluster\nDate: 3 March 2026\n\nAction points\n"
            "1. Directorate of Education to list the damaged schools by the end of the month\n"
            "2. Save the Children (Omar) to share the enrolment data on next Monday\n")
    assert [(a["owner"], a["due"]) for a in parse(text)["actions"]] == [
        ("Directorate of Education", "2026-03-31"), ("Save the Children", "2026-03-09")]


def test_a_forum_asking_a_ministry_or_the_governor_to_act_raises_the_point_to_it():
    from ds_tracker.importer.sent_up import bodies_sent_up
    assert bodies_sent_up("The group requests the Ministry of Electricity (Baghdad) to restore the lines.", "en") == [
        "Ministry of Electricity"]
    assert bodies_sent_up("The forum calls on the Governor of Anbar to open the road.", "en") == ["Governor of Anbar"]
    assert bodies_sent_up("UNHCR asked partners to share their lists.", "en") == []
