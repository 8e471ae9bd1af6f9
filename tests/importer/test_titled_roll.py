"""A council's or a board's roll named by post then name (titled_roll.py): the post is no part of the name, a
plural post covers the bare surnames after it, and a roll ends with its sentence or at "Absent:"."""
from ds_tracker.importer import parse
from ds_tracker.importer.titled_roll import roll_people


def _people(text):
    return [(p["name"], p["position"], p.get("group")) for p in parse(text)["participants"]]


def test_a_roll_run_into_the_paragraph():
    """One paragraph as a web page gives it: labels in capitals, surnames alone, absent members not present."""
    text = ("Minutes Regular Meeting of the Town Board March 3, 2021 The meeting was called to order at 6:30 p.m. "
            "BOARD PRESENT: Mayor Quill, Trustees Varga, Oduya, Pell, and Moreau. ABSENT: Trustee Lind. "
            "STAFF PRESENT: Town Administrator Dorsey, Public Works Director Kato, and Town Clerk Ibarra. "
            "Open forum No one spoke.")
    assert _people(text) == [
        ("Quill", "Mayor", "Board Present"), ("Varga", "Trustee", "Board Present"),
        ("Oduya", "Trustee", "Board Present"), ("Pell", "Trustee", "Board Present"),
        ("Moreau", "Trustee", "Board Present"), ("Dorsey", "Town Administrator", "Staff Present"),
        ("Kato", "Public Works Director", "Staff Present"), ("Ibarra", "Town Clerk", "Staff Present")]


def test_a_roll_under_a_roll_call_heading():
    """No label: the paragraph under "Roll call" is the roll, wrapped over lines, a post in two parts joined."""
    text = ("MINUTES OF THE CITY COUNCIL\nREGULAR SESSION\nAPRIL 2, 2024\n3. ROLL CALL\n"
            "Mayor Hana Brandt and Councilmembers Ole Sorensen, Priya Natarajan, Gus Abernathy-\n"
            "Cole, and Wen Li. Also present were City Manager Rosa Vidal, Planning and Zoning Manager\n"
            "Eli Stone, and Finance Director Joan Park.\n4. APPROVAL OF AGENDA\nThe agenda was approved.\n")
    assert [(n, p) for n, p, _g in _people(text)] == [
        ("Hana Brandt", "Mayor"), ("Ole Sorensen", "Councilmember"), ("Priya Natarajan", "Councilmember"),
        ("Gus Abernathy-Cole", "Councilmember"), ("Wen Li", "Councilmember"), ("Rosa Vidal", "City Manager"),
        ("Eli Stone", "Planning and Zoning Manager"), ("Joan Park", "Finance Director")]


def test_present_were_and_a_parish_roll():
    text = ("PARISH COUNCIL MEETING\nPresent: Councillors Ashby, Fenwick and Orme (Councillor Orme left at item 4)"
            "\n1. Apologies\nNone\n")
    assert [(n, p) for n, p, _g in _people(text)] == [
        ("Ashby", "Councillor"), ("Fenwick", "Councillor"), ("Orme", "Councillor")]
    text = ("Commission minutes, 9 May 2022. Present were Chairwoman Reyes, Commissioners Bakr and Tull, "
            "and County Engineer Moss. Public comment: none.")
    assert [(n, p) for n, p, _g in _people(text)] == [
        ("Reyes", "Chairwoman"), ("Bakr", "Commissioner"), ("Tull", "Commissioner"), ("Moss", "County Engineer")]


def test_others_present_on_the_next_line_and_a_shared_surname():
    text = ("SCHOOL BOARD MEETING JUNE 1, 2020 MEMBERS PRESENT: Chair Ortiz, Trustee Hale, Trustee Brook "
            "OTHERS PRESENT:\n\nAnn Toller, Bruno Weiss, Carla & Dan Frey, Eve Marsh\n\nI. MINUTES\n")
    people = parse(text)["participants"]
    assert [p["name"] for p in people] == ["Ortiz", "Hale", "Brook", "Ann Toller", "Bruno Weiss", "Carla Frey",
                                           "Dan Frey", "Eve Marsh"]
    # the board's own members are unsure for their body (members_body.py); of the others, the name guessed
    assert [p["name"] for p in people if p.get("unsure") and not p.get("organisation")] == ["Carla Frey"]


def test_what_is_no_roll():
    """A sentence that says someone was present, or names alone at a line's head, is no titled roll."""
    assert roll_people("to address the Council") == []
    assert roll_people("Mayor Quill") == []                       # one person is no roll
    assert parse("Notes\nNo one was present to address the board. The Mayor thanked staff.\n")["participants"] == []
    # a firm after a guest's name is her body, not a person
    assert roll_people("Mayor Ng, Clerk Ode, Ana Lee, Acme Minute Takers, Inc.")[-1] == (
        "Ana Lee", None, "Acme Minute Takers, Inc", True)


def test_a_post_after_the_name_is_another_shape():
    """"Ana Lee, Town Manager": the name first, its post after; not read as a titled roll (people.py reads it)."""
    assert roll_people("Mayor Ng, Ana Lee, Town Manager, Bo Kim, Clerk, Cy Dunn") == []
    assert roll_people("Chair Ode; Clerk Ibe; Treasurer Ali") == []
