"""A form's role label alone on its line, its value on the next ("Minutes Prepared by" / "Ana Ruiz – Associate"),
and an item's presenter after "by" with a hyphen before the post ("by Ana Ruiz-Registration Officer-UNHCR").
Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.grouped_people import role_alone
from ds_tracker.importer.presenters import by_hyphen

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p for p in parse(text, REF)["participants"]}


def test_a_role_label_alone_takes_the_person_on_the_next_line():
    assert role_alone("Minutes Prepared by") and role_alone("Chair person") and not role_alone("Meeting Duration")
    got = people("Minutes of the Food Security Meeting, Amman, 3 May 2017\nMinutes Prepared by\n"
                 "Nadia Haddad – Information Management Officer\nPurpose of Meeting\nUpdates\n")
    assert "Nadia Haddad" in got
    got = people("Minutes of the WASH Meeting 2 June 2018\nChair person\nTomas Berg (UNICEF)\nMeeting Time\n10:00\n")
    assert got["Tomas Berg"]["organisation"] == "UNICEF"


def test_a_presenter_after_by_with_a_hyphen_before_the_post():
    assert by_hyphen("1. Cash update by Omar Saleh-Cash Officer-WFP") == [("Omar Saleh", "Cash Officer", "WFP")]
    assert by_hyphen("Health by Mia Ross- Senior Health Coordinator and shelter by Jean-Luc Petit - Head of Office, "
                     "IOM") == [("Mia Ross", "Senior Health Coordinator", None), ("Jean-Luc Petit", "Head of Office", "IOM")]
    assert by_hyphen("prices were driven by Market Forces - the rise") == []
    got = people("Minutes of the Protection Meeting, 5 May 2015\n2. Border update by Lina Fares- Senior Protection "
                 "Officer-UNHCR\nThe border remained closed.\n")
    assert got["Lina Fares"]["organisation"] == "UNHCR"
