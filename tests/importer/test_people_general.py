"""Attendance in the general shapes minutes print it, with invented people: groups labelled inside a flattened
line, a role's label then a person and what they are, names written with initials."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p for p in parse(read_bytes(text.encode(), "minutes.txt")[0], REF)["participants"]}


def test_groups_labelled_inside_a_flattened_attendance_line_give_each_person_a_group_and_body():
    text = ("Minutes of the Water Group 4 May 2015 Kabul Participants: Donors: Ken Ito (UNICEF) Partners: Lia Berg "
            "(WHO), Dr. Farid (NAC), J.P. Roux and Ana Vale (CARE), Tom Hale (ACF). Ministries: Dr. Nabi, Eng. Sami "
            "Rahim and Dr. Wali (MoH) WatPro-AB: Eng. Kadir, Omar Daud and K.R. Amiri 1 Agenda Points Welcome")
    got = people(text)
    assert got["Ken Ito"]["group"] == "Donors" and got["Ken Ito"]["organisation"] == "UNICEF"
    assert got["Dr. Farid"]["organisation"] == "NAC"        # a title and one name keep the title
    assert got["J.P. Roux"]["organisation"] == "CARE" and got["Ana Vale"]["organisation"] == "CARE"
    assert {got[n]["organisation"] for n in ("Dr. Nabi", "Sami Rahim", "Dr. Wali")} == {"MoH"}
    assert got["K.R. Amiri"]["group"] == "WatPro-AB" and got["K.R. Amiri"]["organisation"] == "WatPro-AB"
    assert not any("Agenda" in n for n in got)


def test_a_roles_label_then_a_person_and_their_post_or_body():
    text = ("Minutes of the Inter-agency meeting, Beirut, 1 May 2014\n"
            "Chair person: Marta Kowalska Acting Deputy Representative\n"
            "Minutes Prepared by: Tom Becker – Coordination Associate\n"
            "Prepared by: OCHA\nChair: Health Cluster Coordinator\n\n1. Funding\nThe funds were discussed.\n")
    got = people(text)
    assert got["Marta Kowalska"]["position"] == "Acting Deputy Representative"
    assert got["Tom Becker"]["position"] == "Coordination Associate"
    assert len(got) == 2


def test_arabic_news_prose_lists_who_attended_with_posts_ranks_and_bodies_in_brackets():
    text = ("ترأّس وزير الدّاخلية كمال نادر، في مكتبه، اجتماع اللجنة.\n\n"
            "حضر الاجتماع وزير المالية سامر فارس، وزير الصحة العامة هادي الأحمر، قائد الشرطة العماد نبيل سعد، "
            "ومستشارة وزير العمل ريم خوري.\n\n"
            "عُقد لقاء ضمّ وزير الزّراعة في حكومة البلد منير الحاج حسن، الممثل الدائم للأمم المتحدة في البلد جان بول، "
            "وبرنامج الأغذية العالمي (WFP) مارك لوران.\n")
    got = people(text)
    assert {"كمال نادر", "سامر فارس", "هادي الأحمر", "نبيل سعد", "ريم خوري", "منير الحاج حسن", "جان بول",
            "مارك لوران"} <= set(got)
    assert got["سامر فارس"]["organisation"] == "Ministry of Finance" and got["مارك لوران"]["organisation"] == "WFP"


def test_names_written_as_initial_and_surname_run_together_with_their_bodies_are_people():
    text = ("Minutes Sector Committee meeting 3 March 2009\nParticipants:\n"
            "K Mwangi (Chairing) T Oduya L Van Berg P Sato CARE IRC The Secretariat Hope Aid J Kamau B Otieno "
            "S Njoroge UNICEF WFP Relief Trust\n\nAgenda 1. Opening remarks\n")
    got = people(text)
    assert set(got) == {"K Mwangi", "T Oduya", "L Van Berg", "P Sato", "J Kamau", "B Otieno", "S Njoroge"}
    assert got["K Mwangi"]["position"] == "Chairing"


def test_a_long_lead_that_says_who_attended_opens_the_list_and_a_titled_person_among_bodies_is_one():
    text = ("Coordination Meeting\n\nMinister Karim Azad, the Minister of Water, met the partners.\n\n"
            "The meeting was attended by senior representatives from several relief organizations including:\n"
            "1. Mr. Leo Brand, Country Director of the Food Agency (FA) for the region.\n"
            "2. Mr. Tim Olsen, the Islamic Relief Union (IRU), head of Office for Field Coordination (OFC).\n\n"
            "The parties discussed the situation.\n")
    got = people(text)
    assert {"Karim Azad", "Leo Brand", "Tim Olsen"} <= set(got)


def test_an_arabic_list_numbered_with_the_number_glued_to_the_name():
    text = ("محضر اجتماع لجنة الخدمات\nيوم الخميس الموافق 5/3/2012\nفي لجنة الخدمات العامة الساعة العاشرة صباحاً\n"
            "الحضور\n1.د. سامي حسن عبد الله     رئيس اللجنة\n2.كريم علي ناصر     عضو\n\n"
            "الضيوف\n1. مارك ديل منسق الشؤون\n2.جون سمث قسم الشؤون\n")
    got = people(text)
    assert {"سامي حسن عبد الله", "كريم علي ناصر", "مارك ديل", "جون سمث"} <= set(got)
    assert "الساعة" not in (got["سامي حسن عبد الله"]["organisation"] or "")   # the hour is no part of a body


def test_an_items_presenters_after_by_each_with_a_dash_and_what_they_are():
    text = ("Minutes of the Inter-agency meeting, Beirut, 1 May 2014\n\n1. Funding by Ana Ruiz – UNHCR-Funds Officer\n"
            "The funds were discussed.\n2. Health by Li Wei –WHO-Senior Health Officer Omar Said –UNHCR-Health "
            "Coordinator\nReferrals were discussed.\n3. Report by the Cluster – pending\n")
    got = people(text)
    assert got["Ana Ruiz"]["organisation"] == "UNHCR" and got["Li Wei"]["position"] == "Senior Health Officer"
    assert got["Omar Said"]["organisation"] == "UNHCR" and len(got) == 3


def test_an_arabic_name_after_a_post_and_honorific_keeps_a_third_family_name():
    text = ("التقت وزيرة الصحة الدكتورة هدى سالم عمر أمس في مدينة عمان مع وزير الصحة بدولة الكويت الدكتور "
            "خالد ناصر العتيبي أوجه التعاون بين البلدين. وقدمت كلمة السيدة ماريا لوبيز / مدير المكتب الإقليمي.\n")
    got = people(text)
    assert {"هدى سالم عمر", "خالد ناصر العتيبي", "ماريا لوبيز"} <= set(got)


def test_a_sentence_that_opens_with_a_name_and_post_between_commas_and_a_three_part_arabic_name():
    text = ("Lena Berg, Co-Chair of the Task Force, welcomed everyone to the meeting.\n\n"
            "عقد المجلس اجتماعه بحضور نائب رئيس المجلس الدكتور سعيد علي الحربي، والأمين العام للمجلس خالد ماجد العنزي، "
            "إلى جانب رؤساء اللجان.\n")
    got = people(text)
    assert got["Lena Berg"]["position"] == "Co-Chair of the Task Force"
    assert "خالد ماجد العنزي" in got


def test_bodies_in_the_same_shapes_are_no_one():
    text = ("Minutes of the Shelter Cluster meeting, Erbil, 4 May 2016\nChair: Ministry of Planning\n"
            "Prepared by: Protection Cluster\nFacilitator: REACH Initiative\nParticipants: UNICEF, IOM, WFP and NRC\n\n"
            "1. Update by Mercy Corps – Health Officer\nMercy Corps, the lead agency, presented the plan.\n"
            "Agenda: Welcome (Chair) Item: Funding gaps were discussed at length.\n"
            "A Review of the Plan was done by the Group and A Note on it was shared.\n"
            "2. Funding by the Cluster – pending\nSave the Children, Country Director Office, noted the gaps.\n")
    assert people(text) == {}


def test_a_table_given_out_one_cell_a_line_is_read_in_its_headers_cycle():
    text = ("Minutes of the WASH meeting, Erbil, 4 May 2016\n\nList of participants\nNo.\nName\nOrganisation\n"
            "Position\n1\nAna Ruiz\nIOM\nProtection Officer\n2\nLi Wei\nCARE\nWASH Coordinator\n3\nOmar Said\nUNHCR\n"
            "Field Assistant\n\nAgenda\n1. Welcome\n")
    got = people(text)
    assert set(got) == {"Ana Ruiz", "Li Wei", "Omar Said"}
    assert got["Li Wei"]["organisation"] == "CARE" and got["Li Wei"]["position"] == "WASH Coordinator"
    assert got["Omar Said"]["group"] is None
    arabic = people("محضر اجتماع\n\nالحضور\nالاسم\nالجهة\nالمنصب\nسامي حسن\nوزارة الصحة\nمدير\n"
                    "كريم علي\nمنظمة الأمل\nمنسق\n\nجدول الأعمال\n")
    assert set(arabic) == {"سامي حسن", "كريم علي"} and arabic["كريم علي"]["position"] == "منسق"


def test_a_label_then_people_on_each_line_and_attendance_named_in_a_sentence():
    head = "Minutes of the WASH meeting, Erbil, 4 May 2016\n\n"
    got = people(head + "Participants:\nUN agencies: Ana Ruiz (IOM), Li Wei (UNHCR)\nNGOs: Omar Said (CARE)\n"
                 "IOM: Sara Nouri, Protection Officer\n\nAgenda\n1. Welcome\n")
    assert got["Li Wei"]["group"] == "UN agencies" and got["Omar Said"]["group"] == "NGOs"
    assert got["Omar Said"]["organisation"] == "CARE" and got["Sara Nouri"]["position"] == "Protection Officer"
    assert got["Sara Nouri"]["organisation_text"] == "IOM" and "IOM" not in got
    got = people(head + "The meeting was attended by Ana Ruiz (IOM), Li Wei (CARE) and Omar Said (UNHCR).\n")
    assert set(got) == {"Ana Ruiz", "Li Wei", "Omar Said"} and got["Li Wei"]["organisation"] == "CARE"
    assert people(head + "The meeting was attended by UNICEF, IOM and WFP.\n") == {}


def test_a_post_and_a_body_in_one_bracket_and_an_arabic_post_after_a_dash():
    head = "Minutes of the WASH meeting, Erbil, 4 May 2016\n\n"
    got = people(head + "Participants:\n- Ana Ruiz (IOM, Protection Officer)\n- Li Wei (Field Officer, CARE)\n\n"
                 "Agenda\n1. Welcome\n")
    assert got["Ana Ruiz"]["position"] == "Protection Officer" and got["Li Wei"]["organisation_text"] == "CARE"
    got = people("الحضور:\n1- السيد سامي حسن - مدير دائرة الصحة\n2- السيدة ليلى كريم - منسقة منظمة الأمل\n")
    assert got["سامي حسن"]["position"] == "مدير دائرة الصحة" and got["سامي حسن"]["organisation"] == "دائرة الصحة"


def test_semicolons_between_people_a_body_with_its_person_in_brackets_and_body_dash_post():
    head = "Minutes of the WASH meeting, Erbil, 4 May 2016\n\n"
    tail = "\n\nAgenda\n1. Welcome\n"
    got = people(head + "Participants: Ms. Ana Ruiz, IOM; Mr. Li Wei, CARE; Dr. Omar Said, UNHCR" + tail)
    assert got["Li Wei"]["organisation_text"] == "CARE" and len(got) == 3
    got = people(head + "Participants: IOM (Ana Ruiz), CARE (Li Wei), UNHCR (Omar Said)" + tail)
    assert got["Li Wei"]["organisation_text"] == "CARE" and len(got) == 3
    got = people(head + "Participants\n1. Ana Ruiz - IOM - Protection Officer\n2. Li Wei - CARE - WASH Coordinator"
                 + tail)
    assert got["Li Wei"]["organisation_text"] == "CARE" and got["Li Wei"]["position"] == "WASH Coordinator"


def test_names_and_bodies_one_a_line_alternating_pair_up_but_group_headings_stay_headings():
    head = "Minutes of the WASH meeting, Erbil, 4 May 2016\n\nParticipants\n"
    tail = "\n\nAgenda\n1. Welcome\n"
    got = people(head + "Ana Ruiz\nIOM\nLi Wei\nCARE\nOmar Said\nUNHCR" + tail)
    assert [got[n]["organisation_text"] for n in ("Ana Ruiz", "Li Wei", "Omar Said")] == ["IOM", "CARE", "UNHCR"]
    assert all(p["group"] is None for p in got.values())
    got = people(head + "UNICEF\nAna Ruiz\nLi Wei\nIOM\nOmar Said\nSara Ali" + tail)
    assert got["Li Wei"]["group"] == "UNICEF" and got["Sara Ali"]["group"] == "IOM"


def test_text_after_an_attendance_tables_rows_is_no_one():
    text = ("Minutes of the NGO Forum, Nairobi, 1 June 2017\n\nOrganization\tName\nACF\tJohn Clint\n"
            "Hope Aid\tMary Otieno\n\nRegional Updates: North, West, South\nSteering Committee Elections\n"
            "Key Meeting Updates: HCT meetings, Advisory Board\n")
    assert set(people(text)) == {"John Clint", "Mary Otieno"}


def test_labelled_fields_a_person_in_each_cell_and_a_bracketed_body_before_the_dash():
    head = "Minutes of the WASH meeting, Erbil, 4 May 2016\n\nParticipants\n"
    tail = "\n\nAgenda\n1. Welcome\n"
    got = people(head + "Name: Ana Ruiz Organisation: IOM\nName: Li Wei Position: WASH Officer Agency: CARE" + tail)
    assert got["Li Wei"]["position"] == "WASH Officer" and got["Li Wei"]["organisation_text"] == "CARE"
    assert "Name" not in got
    got = people(head + "Ana Ruiz (IOM)\tLi Wei (CARE)\nOmar Said (UNHCR)\tSara Ali (NRC)" + tail)
    assert set(got) == {"Ana Ruiz", "Li Wei", "Omar Said", "Sara Ali"} and got["Sara Ali"]["organisation_text"] == "NRC"
    got = people(head + "1. Ana Ruiz (IOM) – Protection Officer\n2. Li Wei (CARE) – WASH Coordinator" + tail)
    assert got["Li Wei"]["organisation_text"] == "CARE" and got["Li Wei"]["position"] == "WASH Coordinator"


def test_arabic_lists_bodies_end_with_their_line_and_honorifics_alone_name_people():
    head = "محضر اجتماع اللجنة الفرعية\nالتاريخ: 4/5/2016\n\n"
    tail = "\n\nجدول الأعمال\n1. الترحيب\n"
    got = people(head + "الحاضرون:\n- سامي حسن، مدير دائرة الصحة\n- ليلى كريم، منسقة منظمة الأمل" + tail)
    assert got["سامي حسن"]["organisation"] == "دائرة الصحة" and got["ليلى كريم"]["organisation"] == "منظمة الأمل"
    got = people(head + "وحضر الاجتماع كل من: السيد سامي حسن، والسيدة ليلى كريم، والدكتور علي ناصر." + tail)
    assert set(got) == {"سامي حسن", "ليلى كريم", "علي ناصر"}
    got = people(head + "ترأس الاجتماع السيد سامي حسن مدير دائرة الصحة وبحضور ممثلي المنظمات." + tail)
    assert got["سامي حسن"]["organisation"] == "دائرة الصحة"
    got = people(head + "الحضور:\n1- م. سامي حسن / رئيس اللجنة\n2- د. ليلى كريم / عضو" + tail)
    assert set(got) == {"سامي حسن", "ليلى كريم"}


def test_a_body_then_its_people_in_brackets():
    """"UNHCR (John Smith, Mary Jones), IOM (Ali Hassan)": each person of the body the bracket follows."""
    draft = parse("Shelter cluster meeting\nDate: 14 September 2023\n\n"
                  "Attendees: UNHCR (John Smith, Mary Jones), IOM (Ali Hassan), Hope Relief (Sara Lee, Omar Farouk)\n")
    assert [(p["name"], p["organisation"]) for p in draft["participants"]] == [
        ("John Smith", "UNHCR"), ("Mary Jones", "UNHCR"), ("Ali Hassan", "International Organization for Migration"),
        ("Sara Lee", "Hope Relief"), ("Omar Farouk", "Hope Relief")]


def test_a_body_then_where_it_is_or_then_a_post():
    """"Directorate of Education, Ninewa" is a directorate in Ninewa (no post "Directorate of Education" at a body
    "Ninewa"); "UNICEF, Education Officer" is UNICEF's officer (the post without the body's name in it)."""
    text = ("Forum minutes\nDate: 12 November 2026\n\nAttendance\n"
            "• Ms. Huda Kareem – Directorate of Health, Dohuk\n"
            "• Mr. Saad Jasim – Ministry of Migration and Displacement (MoMD), Ninewa Branch\n"
            "• Mr. Ahmed Younis – UNICEF, Education Officer\n"
            "• Ms. Lina Saber – Protection Officer, UNHCR\n"
            "• Ms. Jane Whitaker – UN Resident Coordinator Office (Co-chair)\n")
    got = [(p["name"], p["organisation"], p.get("position")) for p in parse(text)["participants"]]
    assert got == [("Huda Kareem", "Directorate of Health, Dohuk", None),
                   ("Saad Jasim", "Ministry of Migration and Displacement (MoMD), Ninewa Branch", None),
                   ("Ahmed Younis", "UNICEF", "Education Officer"),
                   ("Lina Saber", "UNHCR", "Protection Officer"),
                   ("Jane Whitaker", "Resident Coordinator's Office", "Co-chair")]
    arabic = parse("محضر\nالحضور\n1. سارة مارتن – منظمة اليونيسف\n")["participants"]
    assert [p["organisation"] for p in arabic] == ["UNICEF"]


def test_a_rank_is_a_title_not_a_name():
    """"Brig. Ali Mahmoud" is Ali Mahmoud (saved once, matched again when the next report writes "Ali Mahmoud")."""
    draft = parse("Minutes\nDate: 3 March 2026\n\nParticipants\n- Brig. Ali Mahmoud, Anbar Operations Command\n"
                  "- Col. Sami Hadi, Police Directorate\n- العميد خالد حسن – قيادة شرطة الأنبار\n")
    assert [p["name"] for p in draft["participants"]] == ["Ali Mahmoud", "Sami Hadi", "خالد حسن"]


def test_two_roles_on_one_line():
    draft = parse("Minutes of the forum\nDate: 3 March 2026\n\n"
                  "Chair: Ms. Rana Aziz (UNFPA), co-chair: Mr. Omar Said (Directorate of Health)\n"
                  "Facilitator: Dr. Lena Berg (IOM); note taker: Sami Hadi (IOM)\n")
    assert [(p["name"], p["organisation"], p.get("position")) for p in draft["participants"]] == [
        ("Rana Aziz", "UNFPA", None), ("Omar Said", "Directorate of Health", None),
        ("Lena Berg", "International Organization for Migration", None),
        ("Sami Hadi", "International Organization for Migration", None)]
