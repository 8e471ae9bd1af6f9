"""A heading that joins the talk with the tasks ("Main discussions and action points", "Issues discussed and
follow-up actions") heads both: a numbered paragraph of news is talk, only "X will / X to ..." items are actions."""
from ds_tracker.importer import parse


def test_main_discussions_and_action_points_keeps_news_out_of_the_actions():
    text = ("Shelter Working Group meeting\nHeld in Kassala - 3 March 2021\n\n"
            "Key Discussions and Action Points:\n"
            "  1. The road to the eastern camps was reopened on 1 March after the rains and convoys\n"
            "     resumed the same week.\n\n"
            "  2. Several partners reported delays in the delivery of tarpaulins from the port.\n\n"
            "  3. NRC to share the updated distribution plan by 10 March 2021.\n")
    actions = parse(text)["actions"]
    texts = [a["text"] for a in actions]
    assert not any("road to the eastern camps" in t or "delays in the delivery" in t for t in texts)
    assert any(a["owner"] == "NRC" and a["due"] == "2021-03-10" for a in actions)


def test_issues_discussed_and_follow_up_actions_in_another_shape():
    text = ("Education sector coordination\nDate: 12 May 2022, Mopti\n\n"
            "ISSUES DISCUSSED AND FOLLOW-UP ACTIONS\n\n"
            "- Enrolment in the northern schools fell by a fifth compared with last year.\n"
            "- The ministry announced that exams will take place in June as planned.\n"
            "- Plan International will send the list of damaged classrooms by 20 May 2022.\n")
    actions = parse(text)["actions"]
    assert not any("Enrolment" in a["text"] for a in actions)
    assert any(a["owner"] == "Plan International" and a["due"] == "2022-05-20" for a in actions)
