"""The chair named before the verb ("Dr. X, Director, Body, chaired the meeting", "Y (WFP) chaired the session") is
a participant of that body and the chair; "Meeting Chair" as a form's label heads its person like "Chair"."""
from ds_tracker.importer import parse


def test_name_post_and_body_before_chaired_the_meeting():
    text = ("Health sector monthly meeting minutes # 12, 05 March 2020 Welcome and introduction: Dr. Rafiq Hasan "
            "Chowdhury, Deputy Director, DGHS, chaired the meeting and welcomed everyone. The meeting started with a "
            "round of introductions.\n\nStocks were reviewed.\n")
    d = parse(text)
    assert [(p["name"], p["organisation"]) for p in d["participants"]] == [("Rafiq Hasan Chowdhury", "DGHS")]
    assert [c["name"] for c in d["chairs"]] == ["Rafiq Hasan Chowdhury"]


def test_name_and_bracketed_body_before_chaired_in_another_shape():
    text = ("Food security call\nDate: 2 June 2021\n\nOpening\n\nMs. Grace Njeri (FAO) chaired the session and "
            "presented the agenda.\nThe head of the Bureau, Regional Office, chaired the meeting last month.\n")
    d = parse(text)
    got = [(p["name"], p["organisation"]) for p in d["participants"]]
    assert ("Grace Njeri", "FAO") in got and len(got) == 1


def test_meeting_chair_label_heads_its_person():
    text = ("PROTECTION MEETING NOTES\nMeeting Chair\nKarin Olsen, UNHCR Senior Protection Officer\n"
            "Minutes prepared by\nTomas Berg, UNHCR Intern\n07/06/2016, 09:00-10:30, UNHCR Office\n\n"
            "The plan was discussed.\n")
    names = [p["name"] for p in parse(text)["participants"]]
    assert "Karin Olsen" in names and "Tomas Berg" in names
