"""A list's item at a report's head ("• Laurie Paris — Treasurer") is a person, never the line that says where the
meeting was, whatever the name ends with. Invented text."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def city(text):
    s = parse(text, REF)["sittings"]
    return s[0].get("city") if s else None


def test_a_bulleted_person_whose_name_ends_in_a_city_gives_no_city():
    assert city("Residents' association meeting, 4 May 2009\nIn attendance:\n• Dana Paris — Chair\n"
                "• Omar Lima — Treasurer\n\n1. Call to order.\n") is None
    assert city("Club minutes 3 June 2010\nPresent:\n- Ken Berlin, Secretary\n- Ann Cole, Member\n\n"
                "The meeting opened at 7pm.\n") is None


def test_a_plain_place_line_still_gives_the_city():
    assert city("WASH coordination meeting\n10 May 2016 10am UNICEF, Amman\n\nParticipants: Ana Ruiz (WHO)\n") \
        == "Amman"
