"""A local council's minutes sat in its town: the town from the council's name or its office's address
(council_town.py), not "X City" from "X City Council"."""
from ds_tracker.importer import parse
from ds_tracker.importer.council_town import council_town


def _city(text):
    return [s["city"] for s in parse(text)["sittings"]]


def test_the_town_of_a_city_council():
    text = ("Adopted Minutes Regular Council Meeting April 4, 2019 Mayor Quill called a Regular Meeting of the "
            "Richmond City Council to order at 7:00 p.m. in the Council Chambers.")
    assert _city(text) == ["Richmond"]
    text = ("MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL\nOF THE CITY OF SAN MATEO IN THE COUNTY\n"
            "REGULAR SESSION\nMAY 6, 2019\n1. INFORMAL OPEN FORUM WITH CITY COUNCIL\n")
    assert _city(text) == ["San Mateo"]


def test_a_parish_council_and_an_address():
    """A parish's village is in no list of cities: the council's name is enough."""
    assert council_town(["WESTLEIGH PARISH COUNCIL MEETING", "Minutes of the meeting held 3 May 2022"]) == \
        "Westleigh"
    assert council_town(["City Council Minutes 200 Main Street Oak Hollow, WI 53001 REGULAR MEETING"]) == "Oak Hollow"


def test_no_town_when_none_or_two():
    assert council_town(["Minutes of the Regular City Council Meeting", "the members of each Town Council"]) is None
    assert council_town(["Leeds City Council and York City Council met jointly"]) is None
