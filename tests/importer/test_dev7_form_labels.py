"""A meeting form's field labels ("Meeting Duration", "Meeting Time") under a role's label are no person, even in
capitals where a name would stand. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.person import _looks_like_a_name

REF = Reference.from_seed()


def test_a_form_label_is_no_name():
    assert not _looks_like_a_name("Meeting Duration") and not _looks_like_a_name("Agenda Items")
    assert _looks_like_a_name("Rita Meeks")


def test_under_a_chair_label_a_field_label_is_no_person():
    text = ("Minutes of the Cash Working Group, 4 April 2019\nChair person\nomar hadid (WFP)\nMeeting Duration\n2h\n"
            "Minutes Prepared by\nSara Nolan – Associate\n")
    got = [p["name"] for p in parse(text, REF)["participants"]]
    assert "Meeting Duration" not in got and "Sara Nolan" in got
    text = "Minutes of the Shelter meeting\nFacilitator\nMeeting Venue\nLena Holt (NRC)\n"
    assert "Meeting Venue" not in [p["name"] for p in parse(text, REF)["participants"]]
