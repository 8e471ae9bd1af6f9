"""Numbered minutes of a small committee: a task after a sentence ending in a number, two people's tasks joined by
"and", an item's topic before a dash, and elections or ratifications reported in the passive."""
from ds_tracker.importer import parse
from ds_tracker.importer.sent_up import sentences


def _actions(text):
    return [(a["text"], a["owner"]) for a in parse(text)["actions"]]


def test_a_sentence_may_end_in_a_one_digit_number():
    assert sentences("The board asked for the cost of keeping Python 2. Maria will ask the vendor.") == [
        "The board asked for the cost of keeping Python 2.", "Maria will ask the vendor."]
    assert len(sentences("The plan (phase 3). Next steps: 1. Map the sites.")) == 2    # a list's number: kept
    assert sentences("Signed by J. Smith for the board.") == ["Signed by J. Smith for the board."]


def test_two_owners_joined_by_and_in_a_numbered_item():
    text = ("Board meeting - 4 April 2019\n\nPresent: Ana Costa, Li Wei\n\nMinutes\n-------\n\n"
            "1. The sponsors asked how much support the old server needs (OS 7). "
            "Ana will call the hosting firm and Li will ask the university.\n\n"
            "2. Website - Piotr will draft the new front page\n")
    got = _actions(text)
    assert ("Ana will call the hosting firm", "Ana") in got
    assert ("Li will ask the university", "Li") in got
    assert ("Piotr will draft the new front page", "Piotr") in got


def test_elected_and_ratified_in_the_passive_are_decisions():
    text = ("Committee meeting\nDate: 9 May 2022\n\nNotes\n"
            "1. Hana Novak was proposed and elected treasurer.\n"
            "2. The revised terms of reference were ratified and sent to members.\n")
    texts = [d["text"] for d in parse(text)["decisions"]]
    assert any(t.startswith("Hana Novak was proposed and elected") for t in texts)
    assert any(t.startswith("The revised terms of reference were ratified") for t in texts)
