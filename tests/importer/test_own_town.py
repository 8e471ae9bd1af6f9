"""The town a report names for itself when the usual fields are silent: a town's own body ("City of X",
"بلدية X"), a venue then its town, a town declared a city ("في مدينة X"); none when it names two. Invented text."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def city(text):
    return (parse(text, REF)["sittings"] or [{}])[0].get("city")


def test_a_towns_own_body_names_the_town():
    assert city("OFFICIAL PROCEEDINGS CITY OF SPRINGFIELD CITY COUNCIL MEETING APRIL 2, 2019\n"
                "The regular meeting of the council was held at 6:30 pm in the Council Chambers.\n"
                "Present: Mayor Quill; Councilmember Dane\n") == "Springfield"
    assert city("انعقدت يوم الثلاثاء 3 مارس 2020 جلسة عادية للمجلس البلدي بمقر بلدية صفاقس "
                "برئاسة رئيس البلدية.\n") in ("صفاقس", "Sfax")


def test_a_venue_then_its_town_and_a_declared_city():
    assert city("Summary of the consultation\n"
                "The partners held a consultation on 4 March 2019 at the Hotel Blue Lagoon in Mombasa.\n") == "Mombasa"
    assert city("لقاء الأعضاء 2018\nعُقد المؤتمر السنوي في مدينة زهرة، وفي يوم السبت 7 يوليو 2018 اجتمع الأعضاء.\n") \
        == "زهرة"


def test_two_towns_say_nothing_of_where_it_met():
    assert city("Notes of the regional call, 5 May 2021\n"
                "The City of Springfield and the City of Mombasa shared their plans.\n") is None


def test_the_hall_the_heading_names_when_it_met_at_the_hall():
    assert city("Brampton Marsh Village Hall (Charity No 12345)\nMinutes of the Annual General Meeting held at the "
                "Village Hall on Tuesday 6th March 2018 at 7pm\nPresent: A Lee (Chair), B Shaw\n") == "Brampton Marsh"
    assert city("Minutes of the committee\nThe committee met in the Community Centre on 3 May 2022. The Old "
                "Community Centre roof was discussed.\n") is None
