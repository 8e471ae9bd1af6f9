"""Attendance lists in the shapes real minutes print them, written here with invented people and text: a form
flattened onto one line, a table's name and organisation run together, a combined Position/Organisation column,
one acronym after the name, a role's label inside the list, and Arabic leads that name the body of the people below."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

REF = Reference.from_seed()


def read(text):
    """A report uploaded as a .txt file (its tables recovered from the text)."""
    return parse(read_bytes(text.encode(), "minutes.txt")[0], REF)


def people(text):
    return {p["name"]: p for p in read(text)["participants"]}


def test_an_attendance_label_inside_a_flattened_line_lists_its_people_up_to_the_next_label():
    text = ("Minutes of the Board meeting 3 March 2018 Participants: Lara Quint (CARE), Omar Fadel (IRC), "
            "Tess Wilde (Save the Children), Chair: Lara Quint Apologies: Hugo Brant (Oxfam) Minutes: Tess Wilde "
            "Project update The update was shared with all members before the meeting.")
    got = people(text)
    assert got["Omar Fadel"]["organisation"] and got["Tess Wilde"]["organisation"] == "Save the Children"
    assert got["Lara Quint"]["organisation"] == "CARE" and "Hugo Brant" not in got


def test_an_attendance_label_before_organisations_or_prose_lists_no_one():
    text = ("Minutes of the Board meeting 3 March 2018 Present: UNICEF, IOM, WFP and the government Agenda: "
            "The chair opened the meeting. Note: All partners were reminded of the deadline.")
    assert people(text) == {}


def test_names_and_acronyms_run_together_on_one_line_are_a_table_of_name_and_organisation():
    text = ("Protection meeting\nDate: 2 May 2011\n\nParticipants:\n\n"
            "Dr. Lina Haddad UNFPA Omar Saleh UNHCR Rana Aziz Noor-HDF Karim Jaber CDAC Salma Idris Hope Trust Jordan\n\n"
            "Agenda\n1. Review of the minutes\n")
    got = people(text)
    assert got["Lina Haddad"]["organisation"] and got["Rana Aziz"]["organisation"] == "Noor-HDF"
    assert got["Karim Jaber"]["organisation"] == "CDAC" and got["Salma Idris"]["organisation"] == "Hope Trust Jordan"


def test_a_role_label_inside_the_list_and_a_label_before_a_title_are_no_part_of_the_name():
    text = ("Protection meeting\nDate: 2 May 2011\n\nParticipants:\n\nOmar Saleh, UNHCR\nRana Aziz, IOM\n\n"
            "Co-Chairs: Ms. Vera de la Cruz, UNICEF\n\nMinutes Ms. Dana Kour – Programme Secretary, UNFPA\n\n"
            "Agenda\n1. Review of the minutes\n")
    d = read(text)
    got = {p["name"]: p for p in d["participants"]}
    assert got["Vera de la Cruz"]["organisation"] == "UNICEF"
    assert "Dana Kour" in got and not any("Minutes" in n for n in got)
    assert any(c["name"] == "Vera de la Cruz" for c in d["chairs"])


def test_one_column_for_position_and_organisation_is_split_at_its_slash():
    text = ("WASH meeting\nDate: 7 June 2016\n\nParticipants\n\nNo / Name / Position/Organization / Phone\n"
            "1 / Aye Min Soe / Engineer/KMSS / 09 1234567\n2 / Tun Lin / WASH Officer/UNICEF / 09 7654321\n"
            "3 / Hla Hla Win / Field Coordinator/KBC-DRD / 09 2223334\n\nAgenda\n1. Updates\n")
    got = people(text)
    assert got["Aye Min Soe"]["organisation"] == "KMSS" and got["Aye Min Soe"]["position"] == "Engineer"
    assert got["Hla Hla Win"]["organisation"] == "KBC-DRD" and got["Tun Lin"]["position"] == "WASH Officer"


def test_one_acronym_after_the_name_is_the_body_but_a_job_acronym_stays_the_post():
    text = ("Shelter meeting\nDate: 5 April 2013\n\nList of Attendees:\n1. Mr. Sami Tala, NDMO\n"
            "2. Ms. Ana Pele, PCN\n3. Mr. Joe Vani, IMO\n4. Ms. Eva Rua, Acting Director of Housing\n\nAgenda:\n")
    got = people(text)
    assert got["Sami Tala"]["organisation"] == "NDMO" and got["Ana Pele"]["organisation"] == "PCN"
    assert got["Joe Vani"]["position"] == "IMO"


def test_arabic_leads_name_the_body_of_the_people_listed_below_them():
    text = ("محضر اجتماع اللجنة\nيوم الاحد 3 / 4 / 2019\n"
            "عقد الاجتماع في مقر المديرية وحضر الاجتماع من المؤسسة العامة\n"
            "للمياه والصرف الصحي كلً من السادة :\n"
            "- الأستاذ سامر عيسى / المدير العام .\n- السيد نادر كامل / رئيس دائرة الصيانة .\n"
            "ومن منظمة الإغاثة الدولية في الجمهورية\nاللبنانية :\n"
            "- السيد جان مارك / معاون المدير لشؤون البرامج .\n")
    got = people(text)
    assert got["سامر عيسى"]["organisation"] == "المؤسسة العامة للمياه والصرف الصحي"
    assert got["سامر عيسى"]["position"] == "المدير العام"
    assert got["نادر كامل"]["organisation"] == "المؤسسة العامة للمياه والصرف الصحي"
    assert got["جان مارك"]["organisation"].startswith("منظمة الإغاثة الدولية")


def test_a_body_then_its_people_is_one_item_of_the_list():
    text = ("WASH Cluster meeting\nDate: 22 April 2015\n\nAttended by\n1. NDMO - Tom Kalo, Rita Pua, Sam Vete\n"
            "2. UNICEF - Ann Lee, Ben Moss\n3. Red Cross - Ari Gomez (FRC), Ana Zeller (IFRC)\n"
            "4. ADRA - Mia Wen, Max le Roux (ADRA Pacific)\n\nAgenda\n1. Welcome\n")
    got = people(text)
    assert got["Rita Pua"]["organisation"] == "NDMO" and got["Ben Moss"]["organisation"] == "UNICEF"
    assert got["Ari Gomez"]["organisation"] == "FRC" and got["Max le Roux"]["organisation"] == "ADRA Pacific"
    assert not any(n in got for n in ("NDMO", "UNICEF", "Red Cross", "ADRA"))


def test_a_body_then_its_people_flattened_onto_one_line_is_read_where_the_line_names_attendance():
    text = ("Meeting notes Name of meeting Shelter Cluster Meeting Attended by Ministry of Lands Minutes by Sam Vete "
            "1. 2. 3. 4. NDMO - Tom Kalo, Rita Pua UNICEF - Ann Lee, Ben Moss, Kai Moana Hope Builders - Jo Bell, "
            "Li Fong Red Cross - Ari Gomez (FRC), Ana Zeller (IFRC) Care Pacific - Mia Wen 5. Cluster IMO - Sam Vete. "
            "1. Welcome and introductions - Mr. Tom Kalo chaired the meeting.")
    got = people(text)
    assert got["Tom Kalo"]["organisation"] == "NDMO" and got["Kai Moana"]["organisation"] == "UNICEF"
    assert got["Li Fong"]["organisation"] == "Hope Builders" and got["Ana Zeller"]["organisation"] == "IFRC"
    assert got["Mia Wen"]["organisation"] == "Care Pacific"
    assert not any(n in got for n in ("Hope Builders", "Red Cross", "Welcome"))


def test_dashes_in_prose_without_attendance_are_no_list():
    text = ("Notes of the review 4 May 2015 Floods - the water rose fast, Roads Closed Bridge Works - all crews "
            "sent, Power Cut Town Hall - generator found, Night Shift Camp Two - tents raised, Extra Help "
            "The review ended at noon.")
    assert people(text) == {}


def test_an_arabic_family_name_after_a_chain_of_bin_ends_at_the_preposition():
    text = ("وأوصى الاجتماع الدوري الذي عقد أمس برئاسة محافظ الوادي الدكتور سالم بن راشد حمدان إلى الإسراع "
            "في إنجاز المشروعات.")
    assert "سالم بن راشد حمدان" in people(text)


def test_arabic_cue_then_post_then_name_without_an_honorific():
    text = ("اجتماع لجنة الطوارئ\n"
            "جاء ذلك خلال اجتماع ترأسه مدير عام الشؤون المدنية في البلدية سامي داود وبحضور ممثلي الدوائر المعنية.\n"
            "وعقد المجلس جلسته وبحضور رئيس المجلس كريم الهادي، وجميع الأعضاء.\n"
            "ترأس محافظ الوادي المحامي نزار أبو شامة الاجتماع الدوري للجنة.\n")
    got = people(text)
    assert got["سامي داود"]["position"] == "مدير عام الشؤون المدنية في البلدية"
    assert got["كريم الهادي"]["position"] == "رئيس المجلس"
    assert "نزار أبو شامة" in got
    assert len(got) == 3


def test_arabic_members_of_bodies_listed_without_names_are_no_one():
    text = ("اجتماع اللجنة الفرعية\nترأس المحافظ الاجتماع بحضور عضو المكتب التنفيذي المختص وجميع أعضاء اللجنة "
            "وأمين عام المحافظة.\n")
    assert people(text) == {}


def test_an_arabic_post_in_a_department_gives_the_department_and_a_body_stops_before_the_date():
    text = ("اللجنة تعقد اجتماعها\nعقدت اللجنة اجتماعها الدوري برئاسة ماهر العبيدي مدير إدارة الخدمات البلدية.\n"
            "ترأس السيد هادي كامل الزيدي رئيس مجلس محافظة الوادي اليوم الاربعاء ٣٠/١٠/٢٠١٩ الجلسة الاستثنائية.\n"
            "وطالب مجلس محافظة الوادي ومجالس الاقضية بالاستمرار.\n")
    got = people(text)
    assert got["ماهر العبيدي"]["organisation"] == "إدارة الخدمات البلدية"
    assert got["هادي كامل الزيدي"]["organisation"] == "مجلس محافظة الوادي"


def test_a_form_given_out_label_after_label_then_value_after_value_names_only_the_people_under_roles():
    text = ("MEETING AGENDA MEETING Action points NEXT MEETING\n\nTYPE OF MEETING:\nDATE & LOCATION\nCHAIR PERSON:\n"
            "NOTE TAKER:\nNutrition Cluster North, Monthly Coordination Meeting\nMonday, May 6, 2013, UNICEF Office, Herat\n"
            "Nutrition Cluster Coordinator\nSara Nouri [Cluster Information], [email protected]\nATTENDEES:\n"
            "WHO, UNICEF, WFP, ACF,\nHope Relief, MSF, IMC, AAH\n\nAGENDA:\nReview of the 3W\nFACILITATOR:\nNCC Coordinator\n"
            "DISCUSSION POINTS:\nThe coordinator opened the meeting.\n")
    got = people(text)
    assert list(got) == ["Sara Nouri"] and got["Sara Nouri"]["organisation"] == "Cluster Information"


def test_a_note_taker_in_a_header_table_is_a_participant_with_the_body_in_square_brackets():
    from docx import Document
    import io
    doc = Document()
    doc.add_heading("Nutrition Cluster North Monthly Meeting", 1)
    table = doc.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("DATE & LOCATION", "Monday, May 6, 2013, Herat"),
                                                ("CHAIR PERSON:", "Nutrition Cluster Coordinator"),
                                                ("NOTE TAKER:", "Sara Nouri [NCC Communications]")]):
        row.cells[0].text, row.cells[1].text = label, value
    out = io.BytesIO()
    doc.save(out)
    got = {p["name"]: p for p in parse(read_bytes(out.getvalue(), "minutes.docx")[0], REF)["participants"]}
    assert list(got) == ["Sara Nouri"] and got["Sara Nouri"]["organisation"] == "NCC Communications"


def test_a_person_who_opens_an_item_presenting_or_named_with_the_body_they_came_from_was_there():
    text = ("Shelter Cluster Meeting\n\n12th May 2017, UNICEF Office, Sittwe\n\n"
            "Agenda items & Discussion Points / Action points\n"
            "1 / Lena Berg (from Global Shelter Cluster, IFRC Geneva) is supporting the cluster on its strategy.\n"
            "· Lena to present her findings to the cluster\n"
            "2 / Tarek Amin Rahman presented the cluster's 2017 work plan. He asked members for comments.\n"
            "3 / Camp Coordination presented the site plan to all members.\n"
            "3 / Health Cluster presented the cholera plan.\n4 / Mercy Corps presented the market study.\n"
            "5 / Camp Management Team briefed the members.\n")
    got = people(text)
    assert got["Lena Berg"]["organisation"] == "Global Shelter Cluster, IFRC Geneva"
    assert "Tarek Amin Rahman" in got and len(got) == 2


def test_an_agenda_item_then_a_person_then_a_post_names_its_presenter():
    text = ("National Cluster Meeting\nDate: 11 September 2014\nChair – Dag Olsen – National Cluster Coordinator\n\n"
            "Agenda\n- Opening Remarks – Dag Olsen\n"
            "- Update from the North – Jan Berg – Sub-National Cluster Coordinator North\n"
            "- Funding – OCHA – Pooled Fund Manager\n- Welcome – Review of Minutes – Last Meeting\n\n"
            "Opening Remarks – Dag Olsen\nThe meeting opened at ten.\n")
    got = people(text)
    assert got["Jan Berg"]["position"] == "Sub-National Cluster Coordinator North"
    assert not any(n in got for n in ("OCHA", "Review of Minutes", "Review Of Minutes"))


def test_people_each_followed_by_a_dash_and_what_they_are_run_together_after_an_attendance_label():
    text = ("MINISTRY OF HEALTH HEALTH CLUSTER MEETING NO. 4 Date: 2nd April 2016 Venue: Room 3 Time: 9:00 AM "
            "Chairperson: Mele Tau Minute taker: Rosa Kalo Attendance: Mele Tau- Health in Emergency Officer "
            "Dina Lowe- Unicef Rep Pita – WHO Rep Sione- World Vision Rep Tom- Help and Hope Ana Vea- Oxfam "
            "Agenda: 1. Review of the plan")
    got = people(text)
    assert got["Mele Tau"]["position"] == "Health in Emergency Officer" and "Rosa Kalo" in got
    assert got["Dina Lowe"]["organisation"] == "UNICEF" and got["Pita"]["organisation"] and "Sione" in got
    assert got["Tom"]["organisation"] == "Help and Hope" and got["Ana Vea"]["organisation"]
    assert not any(n in got for n in ("Rep Pita", "Hope Ana Vea", "Rep Sione"))


def test_dashes_in_a_sentence_after_an_attendance_label_are_no_list():
    text = ("Meeting notes 4 May 2016 Attendance: Low- the hall was half empty as Roads- closed by the rain kept "
            "Many- partners away and Night- shifts ran late. The chair opened the meeting.")
    assert people(text) == {}


def test_capitalised_bodies_and_topics_that_present_are_no_one():
    subjects = ["Key Points", "Camp Coordination", "Food Security", "Action Against Hunger", "Camp Management",
                "All Partners", "Terre Des Hommes", "Education Partners", "Local Authorities", "Mine Action"]
    text = "WASH meeting\nDate: 3 May 2016\n\nDiscussion\n" + "\n".join(
        f"{i + 1}. {s} presented the update on the response." for i, s in enumerate(subjects)) + "\n"
    assert people(text) == {}


def test_an_arabic_post_of_an_undefined_body_names_no_one_without_an_honorific():
    text = ("اجتماع اللجنة\nعقد الاجتماع بحضور رئيس قسم التخطيط، وعدد من الموظفين.\n"
            "وحضر الاجتماع مدير عام دائرة صحة الوادي، وممثلو المنظمات.\n"
            "وعقد اجتماع ثان برئاسة مدير الناحية سعد علي وبحضور الأعضاء.\n")
    got = people(text)
    assert list(got) == ["سعد علي"] and got["سعد علي"]["position"] == "مدير الناحية"


def test_headings_in_capitals_before_names_are_no_form_of_labels_and_values():
    text = ("Coordination meeting\nDate: 3 May 2016\n\nParticipants\nUNICEF\nIOM\nWFP\nAli Omar\nSara Ali\nHuda Saleh\n\n"
            "Agenda\n1. Welcome\n")
    assert {"Ali Omar", "Sara Ali", "Huda Saleh"} <= set(people(text))


def test_agenda_items_whose_middle_part_is_a_topic_name_no_presenter():
    text = ("Cluster meeting\nDate: 3 May 2016\n\nAgenda\n- Funding – Food Security – Cluster Coordinator\n"
            "- Health – Mental Health – Technical Working Group Lead\n- WASH – Water Trucking – Field Officer\n")
    assert people(text) == {}


def test_bodies_and_their_acronyms_run_together_are_no_table_of_people():
    text = ("Coordination meeting\nDate: 3 May 2016\n\nParticipants:\n\n"
            "Ministry Of Planning MoP Ministry Of Health MoH Directorate Of Water DoW Field Office Team FOT\n\n"
            "Agenda\n1. Welcome\n")
    assert people(text) == {}
