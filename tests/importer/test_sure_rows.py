"""Rows shown as sure must be what they claim: a participant row names a person (invented text)."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.sure_people import arabic_person, english_person

REF = Reference.from_seed()


def test_person_shapes():
    assert english_person("Dr. Tomas Varga", REF) and english_person("Elin van der Berg", REF)
    assert not english_person("Harbour Relief Forum", REF)           # a body's word at its end
    assert not english_person("MSF", REF)                              # an acronym
    assert not english_person("Oxfam will send someone from Lagos", REF)   # a sentence
    assert arabic_person("سليم حداد") and arabic_person("منى بنت راشد")
    assert not arabic_person("الجمهورية اللبنانية التي مثلها")
    assert not arabic_person("وزارة الزراعة")


def test_body_with_its_person_in_brackets_is_swapped_and_unsure():
    text = ("Coordination call\n\n3 March 2024\n\nParticipants:\n\n- Tomas Varga: WFP\n\n- Lotte Kramer: UNHCR\n\n"
            "Agenda:\n\n1. Workshop\n\nAttending the workshop:\n\n- UNICEF (Ines Albrecht)\n\n- IOM (Nora Blum)\n\n"
            "- Harbour Relief Forum\n")
    people = {p["name"]: p for p in parse(text, REF)["participants"]}
    assert not people["Tomas Varga"].get("unsure")
    assert people["Ines Albrecht"]["organisation"] == "UNICEF" and people["Ines Albrecht"]["unsure"]
    for p in people.values():     # whatever reading, no sure row is a body's name
        assert p.get("unsure") or english_person(p["name"], REF), p


def test_name_colon_body_lines_in_an_attendance_list():
    text = ("Shelter call\n\n9 May 2023\n\nParticipants:\n\nKasia Nowak: Harbour Relief International\n\n"
            "Priya Raman: UNFPA (Chair)\n\nJonas Feld: Tideway Aid, Lagos\n\nAgenda:\n\n1. Stocks\n")
    people = {p["name"]: p for p in parse(text, REF)["participants"]}
    assert people["Kasia Nowak"]["organisation"] == "Harbour Relief International"
    assert people["Priya Raman"]["organisation"] == "UNFPA" and people["Priya Raman"]["position"] == "Chair"
    assert "Jonas Feld" in people
    assert not any(p["name"] == "Harbour Relief International" for p in people.values())


def test_a_list_of_who_will_or_cannot_come_is_no_participant():
    text = ("Nutrition call\n\n2 April 2022\n\nParticipants:\n\nMarta Solis: Tideway Aid\n\nOwen Price: UNICEF\n\n"
            "Agenda:\n\n1. The autumn workshop\n\nThe following agencies will attend the autumn workshop:\n\n"
            "- Irene Dahl (WHO)\n\n- Pavel Nowicki (Harbour Relief)\n\n"
            "The following participants were unable to attend:\n\n- Lise Moreau (IOM)\n")
    names = {p["name"] for p in parse(text, REF)["participants"]}
    assert {"Marta Solis", "Owen Price"} <= names
    assert not names & {"Irene Dahl", "Pavel Nowicki", "Lise Moreau"}


def test_arabic_roll_with_stretched_names_titles_and_colon_dash_lead():
    text = ("مجلس إدارة جمعية النهضة\n\nبجلسته المنعقدة في 3/5/2019\n\n"
            "اجتمع مجلس إدارة الجمعية في تمام الساعة الحادية عشرة صباح يوم الأحد بمقر الجمعية برئاسة\n"
            "السيد الدكتور/ماهر سليم عواد - رئيس المجلس وحضور كل من السادة :-\n\n\n"
            "1- الأستاذ الدكتور رامي فؤاد الحلبــــــــــي       وكيل كلية الهندسة للشؤون الإدارية\n"
            "2- الأستاذ الدكتور سلوى يوسف منصــــور     وكيل كلية الزراعة للشؤون الإدارية\n")
    people = {p["name"]: p for p in parse(text, REF)["participants"]}
    assert "رامي فؤاد الحلبي" in people and "سلوى يوسف منصور" in people
    assert people["رامي فؤاد الحلبي"]["position"].startswith("وكيل كلية الهندسة")


def test_arabic_news_roll_of_a_plural_post():
    text = ("اللجنة الوزارية للمياه تعقد اجتماعها الأول\n\n"
            "عقدت اللجنة الوزارية للمياه اجتماعها الأول برئاسة وزير الطاقة ومشاركة الوزراء سامر دباغ، ليلى "
            "الخوري، رنا السيد، كمال عيسى ووليد حداد وغاب الوزير نبيل عون بداعي المرض.\n")
    names = {p["name"] for p in parse(text, REF)["participants"]}
    assert {"سامر دباغ", "ليلى الخوري", "رنا السيد", "كمال عيسى", "وليد حداد"} <= names
    assert "نبيل عون" not in names


def test_two_bodies_units_set_a_task():
    text = ("Health sector meeting\n\n4 June 2021\n\nA mobile team assisted the health office.\n\n"
            "MHPSS and RH sub-clusters to further map the services and report to the meeting on referrals\n")
    actions = parse(text, REF)["actions"]
    assert any(a["text"].startswith("MHPSS and RH sub-clusters to further map") and
               a["owner"] == "MHPSS and RH sub-clusters" for a in actions), actions
