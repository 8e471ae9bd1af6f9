"""An attendance table a PDF gave out column by column: runs of "initial surname" names, each followed by the
bodies' column of the same rows. The bodies go to the names in order (unsure) only when they part into as many as
the run has names. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.grouped_people import initial_names

REF = Reference.from_seed()


def test_each_run_of_names_takes_the_bodies_after_it_in_order():
    got = initial_names("K Obi (Chair) L Mensah T Van Rooy P Sow Red Cross Kenya WFP The Board Mercy Corps "
                        "J Tan B Ole N Diallo CARE Save the Children UK IRC")
    assert [(n, b) for n, _, b in got] == [
        ("K Obi", "Red Cross Kenya"), ("L Mensah", "WFP"), ("T Van Rooy", "The Board"), ("P Sow", "Mercy Corps"),
        ("J Tan", "CARE"), ("B Ole", "Save the Children UK"), ("N Diallo", "IRC")]


def test_bodies_that_do_not_part_into_the_run_s_count_are_given_to_no_one():
    got = initial_names("A Moss B Lind C Ruiz D Chen UNHCR NRC")
    assert [n for n, _, _ in got] == ["A Moss", "B Lind", "C Ruiz", "D Chen"]
    assert all(b is None for _, _, b in got)


def test_in_a_report_the_bodies_column_gives_unsure_organisations():
    text = ("Minutes of the Shelter Sector meeting, 4 March 2019\nParticipants:\n"
            "R Okafor S Lima M Haddad NRC IOM Caritas Lebanon J Berg F Nasser E Kim UNICEF IRC The Secretariat\n\n"
            "1. Welcome\nThe chair opened the meeting.\n")
    people = {p["name"]: p for p in parse(text, REF)["participants"]}
    assert (people["M Haddad"]["organisation_text"] or people["M Haddad"]["organisation"]) == "Caritas Lebanon"
    assert people["E Kim"]["unsure"] and "Secretariat" in (people["E Kim"]["organisation_text"] or "")
