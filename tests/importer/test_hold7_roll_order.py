"""An inline roll keeps one order: "Body (Person, Person and Person)" entries are a body's people (the "and"
inside the brackets joins them), and where most entries are so, an unknown body before one name is a body too."""
from ds_tracker.importer import parse


def _people(text):
    return [(p["name"], p["organisation"]) for p in parse(text)["participants"]]


def test_bodies_first_with_and_inside_the_brackets():
    text = ("Shelter Working Group\n2 February 2018\nMeeting Summary\n\n"
            "In attendance: NRC (Tove Lind), Cluster Support Team (Ravi Menon, Asha Gill and Tom Kerr),\n"
            "UNHCR (Marta Silva and Jonas Weber), Harbourside (Lena Berg), WFP (Sam Ortiz)\n\n"
            "1. Winterisation\n\nThe kits were discussed.\n")
    got = _people(text)
    assert ("Asha Gill", "Cluster Support Team") in got and ("Tom Kerr", "Cluster Support Team") in got
    assert ("Marta Silva", "UNHCR") in got and ("Jonas Weber", "UNHCR") in got
    assert ("Lena Berg", "Harbourside") in got
    assert not any(n == "Harbourside" or ")" in n or "(" in n for n, _o in got)


def test_people_first_roll_is_left_as_written():
    text = ("Education partners call\nDate: 5 March 2020\n\n"
            "Participants: Lina Haddad (Tarbiya Trust), Karim Aziz (UNICEF), Sofia Noor (Save the Children)\n\n"
            "Agenda\n\n1. Back to school\n")
    got = _people(text)
    assert ("Lina Haddad", "Tarbiya Trust") in got and ("Karim Aziz", "UNICEF") in got
