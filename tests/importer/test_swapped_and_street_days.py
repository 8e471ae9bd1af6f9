"""The meeting's day: a numeric date that could be read two ways is settled by the words (swapped_day.py), and
a street number before a street's name is no day and month (reading.day_month)."""
from ds_tracker.importer import parse
from ds_tracker.importer.reading import day_month


def _dates(text):
    return [s["date"] for s in parse(text)["sittings"]]


def test_a_numeric_stamp_settled_by_the_spelled_day():
    text = ("Council Minutes 03-04-2019 Approved Minutes Regular Council Meeting March 4, 2019 Mayor Quill called the "
            "meeting to order at 7:00 p.m.")
    assert _dates(text) == ["2019-03-04"]
    text = "Board minutes 05/06/2021\n\nThe board met on 5 June 2021 at the school.\n"
    assert _dates(text) == ["2021-06-05"]


def test_a_street_number_is_no_day():
    assert day_month("Ana Ruiz, 17291 Marshfield Lane, spoke about the festival that can be held") is None
    assert day_month("Omar Said of 4412 Decatur Road asked about parking") is None
    assert day_month("The team met on Tuesday 5 July") == (7, 5)
    assert day_month("met on April 6") == (4, 6)
