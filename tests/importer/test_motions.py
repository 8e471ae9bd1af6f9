"""A council's decisions are its motions (motions.py): moved and seconded, put by "MOTION BY ... SECOND BY", or
"Resolved, that ..."; the bare "Motion carried." after one is no decision of its own; a failed motion decided
nothing."""
from ds_tracker.importer import parse
from ds_tracker.importer.motions import bare_outcome, fate, motion


def _decided(text):
    return [(r["text"], bool(r.get("unsure"))) for r in parse(text)["decisions"]]


def test_moved_and_seconded_over_wrapped_lines():
    text = ("MINUTES OF THE TOWN COUNCIL\nMAY 5, 2021\n1. ROLL CALL\nMayor Ann Quill and Councilmembers Bo Dorn, "
            "Cy Ruiz and Di Park.\n2. APPROVAL OF AGENDA\nCouncilmember Dorn moved and Councilmember Park seconded to "
            "approve the\nagenda as printed.\nMotion passed unanimously.\n3. BUDGET\nCouncilmember Ruiz moved to "
            "defer the levy, with a second from Councilmember Dorn.\nMotion failed 1-3.\n")
    assert _decided(text) == [
        ("Councilmember Dorn moved and Councilmember Park seconded to approve the agenda as printed.", False)]


def test_motion_by_in_a_page_run_into_one_line():
    text = ("City Council Minutes June 2, 2020 APPROVAL OF AGENDA MOTION BY LUND, SECOND BY OKAFOR TO APPROVE THE "
            "AGENDA. VOTE Lund Okafor Vance Aye ☒☒☒ Nay ☐☐☐ The motion carried. 4 PUBLIC HEARING The hearing opened. "
            "MOTION BY VANCE, SECOND BY LUND TO ADOPT RESOLUTION 20-14. VOTE Lund Okafor Vance Aye ☒☒☒ Nay ☐☐☐ "
            "The motion carried.")
    assert _decided(text) == [("MOTION BY LUND, SECOND BY OKAFOR TO APPROVE THE AGENDA.", False),
                              ("MOTION BY VANCE, SECOND BY LUND TO ADOPT RESOLUTION 20-14.", False)]


def test_resolved_under_an_agenda_item():
    text = ("WESTLEIGH PARISH COUNCIL\nPresent: Councillors Ash, Bell and Cope\n1. To approve the minutes of the last "
            "meeting\nResolved, that the minutes be signed as a true record\n2. Grass cutting\nResolved, proposed "
            "Cllr Ash, seconded Cllr Bell, that the contract be renewed. Unanimously agreed\n")
    assert _decided(text) == [("Resolved, that the minutes be signed as a true record", True),
                              ("Resolved, proposed Cllr Ash, seconded Cllr Bell, that the contract be renewed.", False)]


def test_the_pure_parts():
    assert motion("There being no comment, Trustee Hale moved to approve the bills.") == \
        "Trustee Hale moved to approve the bills."
    assert motion("The trustee moved the chairs to the hall.") is None
    assert motion("Mr Lee moved house last year.") is None
    assert fate(["Motion defeated."]) == "failed" and fate(["The motion carried 4-1."]) == "carried"
    assert bare_outcome("Motion passed unanimously.") and not bare_outcome("The motion to close the pool passed.")
