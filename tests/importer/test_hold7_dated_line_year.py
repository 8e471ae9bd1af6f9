"""A meeting's day said without its year ("On the 10 March the review took place ...") takes its year from the
page's own date alone on a line of the opening ("Wednesday, 11 Mar 2015"), as from a post's front matter: the
latest such day not after it."""
from ds_tracker.importer import parse


def test_year_from_the_dated_line_above():
    text = ("Partners meeting in Mwanza Tanzania\n\nWednesday, 11 Mar 2015\n\n"
            "On the 10 March the regional malaria review meeting took place in Mwanza with 40 participants.\n\n"
            "Participants agreed that the nets would be shared.\n")
    assert [s["date"] for s in parse(text)["sittings"]] == ["2015-03-10"]


def test_a_day_late_in_the_year_before_a_january_page_date():
    text = ("Farmers' forum notes\n\n3 January 2019\n\n"
            "The district farmers' forum met on 28 December at the market hall to plan the planting season.\n")
    assert [s["date"] for s in parse(text)["sittings"]] == ["2018-12-28"]
