"""A header form a PDF ran into one line without colons ("Meeting Date 3 May 2019 Meeting Location Kassala
Meeting Time 10:00 ..."): a field's value stands between its label and the next label."""
from ds_tracker.importer import parse


def test_meeting_location_between_labels_is_the_city():
    text = ("Minutes\n\n    Meeting   Name  Shelter Working Group  Meeting Date  3 May 2019  Meeting Location   "
            "Kassala  Meeting Time  10:00  Chair person  Ana Ruiz  Purpose of Meeting  Monthly meeting\n\n"
            "The kits were discussed.\n")
    sitting = parse(text)["sittings"][0]
    assert sitting["date"] == "2019-05-03" and sitting["city"] == "Kassala"


def test_venue_in_another_form_and_a_header_row_without_values():
    text = ("WASH sector\n\nDate 12 June 2021 Time 10:00-12:00 Venue Tarbiya Hall, Gedaref Facilitator Omar Said\n\n"
            "The wells were discussed.\n")
    sitting = parse(text)["sittings"][0]
    assert sitting["date"] == "2021-06-12" and sitting["city"] == "Gedaref"
    from ds_tracker.importer.form_line import unmarked_field
    assert unmarked_field("Date Time Venue Agenda", ["venue"]) is None
    assert unmarked_field("Date: 3 May Time 10:00 Venue: Hall 2", ["venue"]) is None
