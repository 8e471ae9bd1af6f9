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


def test_a_promise_reported_is_the_speakers_task():
    text = ("Working group call\nDate: 12 October 2020\n\nNotes\n\n"
            "Maria presented the draft budget, which members welcomed. Maria said she would send it to the board.\n\n"
            "The chair confirmed that he will book the hall for the training.\n")
    got = _actions(text)
    assert ("Maria said she would send it to the board", "Maria") in got
    assert ("The chair confirmed that he will book the hall for the training", "chair") in got or \
        ("The chair confirmed that he will book the hall for the training", "The chair") in got


def test_a_person_who_proposed_takes_the_task_by_name():
    text = ("Steering call\nDate: 3 June 2021\n\nNotes\n\n"
            "Tomas suggested moving the archive to the new server, which the group supported. "
            "Tomas will write to the host next week.\n\n"
            "UNDP has finished the survey in two districts. UNDP will start the third district in May.\n")
    got = _actions(text)
    assert ("Tomas will write to the host next week", "Tomas") in got
    assert not any(owner == "UNDP" for _text, owner in got)     # a body's own progress, no task set


def test_a_group_with_its_adjective_after_a_time_clause():
    text = ("Sector meeting\nDate: 3 March 2016\n\nCash and protection:\n\n"
            "The food sector proposed a joint review of the voucher values with the cash actors. Following the "
            "review, the interested partners will draft a common position for the donors.\n\n"
            "UNHCR presented the new portal. After the launch, the concerned agencies will update their entries.\n")
    got = _actions(text)
    assert any(t.startswith("the interested partners will draft") and o == "the interested partners" for t, o in got)
    assert any(t.startswith("the concerned agencies will update") for t, _o in got)


def test_someone_asking_to_do_a_thing_takes_it():
    text = ("Steering call\nDate: 3 June 2021\n\nNotes\n\n"
            "The roadmap was reviewed. Priya asked to lead the review of the test suite with Omar.\n\n"
            "The chair thanked everyone. UNFPA requested to present the survey results at the next call.\n\n"
            "The meeting requested to keep the calls short.\n")
    got = _actions(text)
    assert ("Priya asked to lead the review of the test suite with Omar", "Priya") in got
    assert ("UNFPA requested to present the survey results at the next call", "UNFPA") in got
    assert not any(o == "meeting" or o == "The meeting" for _t, o in got)
