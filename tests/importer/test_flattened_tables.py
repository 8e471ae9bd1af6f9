"""Tables a PDF flattened into running text, written here with invented text: an attendance table whose rows run
together numbered 1, 2, 3 (or whose numbers stand apart from the rows)."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.numbered_people import numbered_attendance

REF = Reference.from_seed()


def people(draft):
    return {p["name"]: p.get("organisation_text") or p.get("organisation") for p in draft["participants"]}


def test_numbered_rows_of_an_attendance_table_run_into_one_line():
    text = ("WATER SECTOR MEETING Thursday 9 May 2019, Port Louis MINUTES Chaired by MEPU: Ravi Doorga "
            "List of Attendees: Name Organisation Position 1. Ravi Doorga MEPU Senior Engineer 2. Anouk Bakker "
            "OXFAM Programme Manager 3. Tomas Ferreira OXFAM 4. Lila Mendes Blue Horizon Trust Field Officer "
            "5. Jean Petit CRM Coordinator AGENDA 1. 2. 3. Opening: the chair welcomed members.")
    got = people(parse(text, REF))
    assert got.get("Anouk Bakker") == "OXFAM" and got.get("Tomas Ferreira") == "OXFAM"
    assert got.get("Lila Mendes") == "Blue Horizon Trust" and got.get("Jean Petit") == "CRM"
    assert not any(n.startswith(("Opening", "AGENDA")) for n in got)


def test_numbers_apart_from_titled_rows():
    text = ("Meeting Started: 10:00 Attendees: 1. 2. 3. 4. Ms. Ana Lopes, Deputy Director of Planning "
            "Mr. Karim Osei, WFP Mr. Pedro Alves, Green Valley Aid, RRP Dr. Sofia Reis, Data Officer "
            "Apologies: Rui Costa, UNDP Agenda: 1. Welcome")
    got = {n: (p, o) for n, p, o in numbered_attendance(text, REF)}
    assert set(got) == {"Ana Lopes", "Karim Osei", "Pedro Alves", "Sofia Reis"}
    assert got["Karim Osei"] == (None, "WFP")
    assert got["Pedro Alves"][1].startswith("Green Valley Aid")
    assert got["Sofia Reis"][0] == "Data Officer"


def test_numbered_agenda_items_are_no_attendance_table():
    text = ("Participants: see annex. 1. Welcome and introductions 2. Review of the work plan "
            "3. Updates from partners 4. Any other business")
    assert numbered_attendance(text, REF) == []
    text = "Participants: 1. Water Trucking Update 2. Hygiene Kits Pipeline 3. Latrine Desludging Plan"
    assert numbered_attendance(text, REF) == []


def test_a_task_in_reported_speech_after_a_purpose_clause():
    from ds_tracker.importer.outcome_words import tasks_in_cells
    text = ("The coordinator asked partners to report their stock levels weekly. Moreover, he explained that to "
            "avoid double counting, the sector will draft a common form and will circulate it to all partners.")
    got = tasks_in_cells(text)
    assert any(t.startswith("the sector will draft a common form") for t in got)
    d = parse("Logistics Sector Meeting 3 June 2020\n\n  • " + text + "\n", REF)
    assert any(a["text"].startswith("the sector will draft") and a["owner"] == "the sector" for a in d["actions"])


def test_a_single_cluster_or_working_group_sets_itself_a_task():
    from ds_tracker.importer.outcome_words import _is_task
    assert _is_task("The Nutrition Working Group will compile the screening figures by district")
    assert _is_task("the cluster will prepare a short guidance note for new members")
    assert not _is_task("The cluster will be reactivated if the floods return")


def test_a_review_table_given_out_one_cell_a_line_by_its_columns():
    text = ("Shelter Working Group - Minutes\n\nDate / 4 March 2021\n\n"
            "Topic / Action points from the previous meeting / Status\n"
            "Stock report /\n  • Warehouse figures posted on the sector page.\n/\n  • Done\n\n"
            "Mapping /\n  • UNOPS to update the partner map\n/\n  • Ongoing\n\n"
            "Winter kits /\n  • Cold season needs were discussed at length with donors and partners. More later.\n"
            "  • Quantities per district: see annex\n  • Kit contents reviewed\n\n"
            "Next meeting\nThe next meeting will be on 1 April.\n")
    d = parse(text, REF)
    got = {a["text"]: a for a in d["actions"]}
    assert got["Warehouse figures posted on the sector page"]["status"] == "done"
    assert got["UNOPS to update the partner map"]["owner"] == "UNOPS"
    assert got["UNOPS to update the partner map"]["status"] == "ongoing"
    assert not any(t.startswith(("Stock report", "Mapping", "Done", "Cold season", "Quantities", "Kit contents"))
                   for t in got)


def test_a_review_tables_rows_run_together_with_the_status_cell_inside_them():
    from ds_tracker.importer.outcome_words import tasks_in_cells
    text = ("Follow up of last actions No Action Status 1 Vaccines: stock figures were checked. 2 FAO or IFAD to "
            "send the seed distribution plan for the districts that were Pending left out. 3 IRC to confirm the "
            "salaries of the mobile teams which have not Done been paid since May. 4 Partners to keep reporting.")
    got = tasks_in_cells(text)
    assert any(t.startswith("FAO or IFAD to send the seed distribution plan for the districts that were left out")
               for t in got)
    assert any(t.startswith("IRC to confirm the salaries of the mobile teams which have not been paid") for t in got)


def test_a_task_a_pronoun_owns_goes_to_the_person_named_last_before_it():
    text = ("Protection Working Group - 12 June 2018\n\nParticipants: Carla Mendes (UNFPA), Joseph Mwangi (NRC)\n\n"
            "Referral pathway:\nCarla Mendes shared the draft pathway. Comments on it should reach Joseph Mwangi "
            "by 20 June. He will then merge them into a final version for the next meeting.\n")
    d = parse(text, REF)
    got = [a for a in d["actions"] if a["text"].startswith("He will then merge")]
    assert got and got[0]["owner"] == "Norwegian Refugee Council" and got[0]["unsure"]   # his body owes it
    text = "Sector meeting 3 May 2019\n\nThe cluster reviewed the plan. She will be travelling next week.\n"
    assert not any(a["text"].startswith("She will") for a in parse(text, REF)["actions"])


def test_a_body_answering_with_its_person_in_brackets():
    from ds_tracker.importer.numbered_people import body_person
    assert body_person("Answer by UNFPA (Marisol) on the dignity kits", REF) == [("Marisol", "UNFPA")]
    assert body_person("Briefing from WFP (Tomas Lind): the pipeline breaks in July", REF) == [("Tomas Lind", "WFP")]
    for text in ("Update by UNHCR (Geneva)", "Funded by ECHO (March)", "Support by UNICEF (Somalia Programme)",
                 "Report by IOM (Field Office)", "Given by OCHA (Sudan)"):
        assert body_person(text, REF) == [], text


def test_a_name_the_body_gives_itself_is_a_decision_the_question_is_not():
    from ds_tracker.importer.outcome_words import outcome_kind
    assert outcome_kind("Since the members will meet only on urgent matters, it shall be named 'task force' "
                        "rather than 'working group'.") == "decision"
    assert outcome_kind("The team discussed how the group shall be named, either a network or a forum.") is None


def test_a_plain_numbered_attendance_list_is_left_to_the_list_readers():
    assert numbered_attendance("Participants: 1. Ana Ruiz, UNDP 2. Li Wei, CARE 3. Omar Said, IOM", REF) == []
    text = "Attendance: Name Agency Job Title 1. Ana Ruiz UNDP Field Officer 2. Li Wei CARE 3. Omar Said IOM Intern"
    assert [n for n, _, _ in numbered_attendance(text, REF)] == ["Ana Ruiz", "Li Wei", "Omar Said"]


def test_a_request_in_the_subjunctive_is_a_task_nobody_named_owns():
    from ds_tracker.importer.outcome_words import requested_task
    got = requested_task("Karim Haddad requested that at the March meeting, there be a session on cash transfers.")
    assert got == "at the March meeting, there be a session on cash transfers"
    assert requested_task("The meeting requested that there be more time for questions") is None
    d = parse("Nutrition Sector 5 Feb 2022\n\nKarim Haddad requested that there be a standing item on supply "
              "breaks at every meeting.\n", REF)
    assert any(a["text"].startswith("there be a standing item") and not a["owner"] for a in d["actions"])
