"""Minutes whose "Summary of discussions and action points" mixes talk and tasks, one paragraph a line with no full
stops: each line its own item; "A request was made to ...", "... is done - to be shared by end May" are tasks; a
month's end written short ("end-June", "by end September") is a due date."""
from ds_tracker.importer import parse

_LONG = ("The review covered all eleven districts and the teams visited more than two hundred sites over six weeks, "
         "with support from the district offices and the local councils")


def _actions(text):
    return [(a["text"], a["owner"], a["due"]) for a in parse(text)["actions"]]


def test_one_paragraph_a_line_and_the_tasks_in_it():
    text = ("Minutes of the sector meeting, Amman, 3 May 2018\n\nSummary of discussions and action points\n"
            f"{_LONG}\n"
            "The mapping is finished - to be published by end June\n"
            f"{_LONG} again\n"
            "A request was made by the education partners to share the school list with the sector\n"
            f"{_LONG} once more\n")
    got = _actions(text)
    assert ("The mapping is finished - to be published by end June", None, "2018-06-30") in got
    assert any(t.startswith("A request was made by the education partners") and o is None for t, o, _d in got)


def test_month_end_written_short():
    text = ("Coordination meeting\nDate: 10 June 2014\n\nUpdates\n"
            "UNICEF shared the new form. Training on the form will be provided end-June.\n\n"
            "Action points\n- WFP to share the voucher list by end September\n")
    got = {t: d for t, _o, d in _actions(text)}
    assert got.get("WFP to share the voucher list by end September") == "2014-09-30"
    assert any(t.startswith("Training on the form will be provided") and d == "2014-06-30" for t, d in got.items())


def test_a_wrapped_paragraph_stays_one_sentence():
    from ds_tracker.importer.lines import to_lines
    from ds_tracker.importer.sent_up import own_sentences
    wrapped = ["The coordinator explained that the new reporting form will be used from July by all",
               "Partners of the sector, and that the information officer would send the template to",
               "Each organisation before the end of the month, with a short note on how to fill it in."] * 4
    own = own_sentences(to_lines("\n".join(wrapped)))
    assert len([k for k, v in own.items() if v]) == 4      # each three-line sentence read whole, on its first line
    items = ["The review covered the districts and the teams visited many sites over six weeks with the support of "
             "the district offices, the local councils and the volunteers of the two camps (2017)",
             "Data entry is complete", "Two more districts will follow in the autumn with the same teams"] * 4
    own = own_sentences(to_lines("\n".join(items)))
    assert all(len(v) == 1 for v in own.values())           # one item a line: each line its own sentence


def test_done_and_next_step_clipped():
    from ds_tracker.importer.outcome_words import planned_step
    assert planned_step("The guidance note is finalized and to be shared soon")
    assert planned_step("The mapping was completed, and to be published by end May")
    assert planned_step("The guidance note is finalized and shared with partners") is None
