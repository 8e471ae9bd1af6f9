"""Shapes of minutes the importer first met in a stranger's set of reports: boards', steering groups' and councils'
own ways of saying who came, where they met and where the outcome goes (invented text)."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def names(text):
    return [p["name"] for p in parse(text, REF)["participants"]]


def test_a_group_named_then_present_is_an_attendance_label():
    text = ("Orchard Cooperative Board\n\nDate: 3 March 2021\n"
            "Directors present: Tomas Varga, Ilse Brandt, Kofi Mensah , Ruth Okafor\n"
            "Apologies: Pablo Ruiz\n\n1. Budget\nThe board agreed to raise the yearly fee.\n")
    assert names(text) == ["Tomas Varga", "Ilse Brandt", "Kofi Mensah", "Ruth Okafor"]
    text = text.replace("Directors present", "Board members attending")
    assert names(text) == ["Tomas Varga", "Ilse Brandt", "Kofi Mensah", "Ruth Okafor"]


def test_a_roll_call_item_holds_the_names_alone_and_the_next_item_is_a_topic():
    text = ("Council of Elders, Harbour Ward\n\n  1. Admin\n    1. Roll Call\n"
            "      • Marta Kowal, Dev Anand, Lu Wen, Sami K, Greta Holm\n    2. Approve minutes\n"
            "  2. Reports\n      • ACTION: Dev to circulate the draft.\n")
    assert names(text) == ["Marta Kowal", "Dev Anand", "Lu Wen", "Sami K", "Greta Holm"]


def test_a_comma_list_of_bodies_or_posts_is_no_roll_call():
    from ds_tracker.importer.inline_people import bare_names
    assert bare_names("Marta Kowal, Dev Anand, Lu Wen") == ["Marta Kowal", "Dev Anand", "Lu Wen"]
    assert bare_names("Harbour Trust, Valley Foundation, Ridge Council") == []
    assert bare_names("Head of Finance, Marta Kowal, Lu Wen") == []
    assert bare_names("Marta Kowal, Dev Anand") == []


def city(text):
    return (parse(text, REF)["sittings"] or [{}])[0].get("city")


def test_a_town_of_two_words_after_the_word_city_or_governorate():
    assert city("عقدت لجنة المياه اجتماعها الدوري بمدينة المحلة الكبرى بحضور ممثلي المصانع.\n"
                "وناقش الاجتماع تلوث الترع.") == "المحلة الكبرى"


def test_a_town_written_without_its_hamza_is_still_the_town():
    assert city("عقد مجلس الغرفة التجارية اجتماعه الثالث بمدينة اسماعيلي برئاسة رئيس الغرفة.\n"
                "وناقش الاجتماع أسعار النقل.") == "اسماعيلي"


def bodies(text):
    return [e["body"] for e in parse(text, REF)["escalations"]]


def test_outcome_to_be_put_before_a_body_known_by_its_acronym():
    text = ("River Basin Technical Group\n\nThe group agreed on the draft allocation rules. "
            "The agreed rules should be submitted to IBWB members before the end of the season.\n")
    assert bodies(text) == ["IBWB"]
    text = "Regional Meeting\n\nThe draft charter is to be presented to JSCR at its spring session.\n"
    assert bodies(text) == ["JSCR"]


def test_a_partner_agency_the_reference_knows_is_no_higher_body():
    text = "Regional Meeting\n\nThe needs list will be presented to UNICEF next week.\n"
    assert bodies(text) == []


def test_a_council_named_with_its_adjective_keeps_its_article():
    text = ("عقد المجلس البلدي بمحافظة الزلفي اجتماعه الخامس مساء امس برئاسة رئيس المجلس البلدي الاستاذ سالم العنزي "
            "وحضور جميع الأعضاء.")
    people = parse(text, REF)["participants"]
    assert people[0]["name"] == "سالم العنزي"
    assert people[0]["organisation"].startswith("المجلس البلدي")


def test_a_governor_named_after_his_post_and_town_then_the_day():
    from ds_tracker.importer.arabic_news import news_people
    got = news_people("ترأس محافظ الزلفي سالم بن علي العنزي اليوم الاثنين، اجتماع لجنة السلامة المرورية.")
    assert got[0][:2] == ("سالم بن علي العنزي", "محافظ الزلفي")


def test_two_posts_one_after_the_other_the_body_is_the_last_posts():
    from ds_tracker.importer.arabic_news import body_of_post
    assert body_of_post("مقرر اللجنة مدير إدارة المرور بالمحافظة") == "إدارة المرور"
    assert body_of_post("المدير العام لهيئة المياه") == "هيئة المياه"


def test_the_day_of_minutes_being_confirmed_is_an_earlier_meetings():
    text = ("Harbour Licensing Panel\n\nItem 2 - To approve the minutes of the meeting held on 9 February 2022\n\n"
            "11/04/2022 - Item 2\n\nMembers approved the minutes as a correct record.\n")
    assert parse(text, REF)["sittings"][0]["date"] == "2022-04-11"


def test_numbered_clauses_opening_with_that_are_a_resolution():
    text = ("Planning Sub-Committee\n\nThe report on the ferry terminal was considered.\n\n"
            "(1)   that the report on the ferry terminal is noted and returned to officers;\n\n"
            "(2)   that, following the survey, the car park scheme is deferred to the autumn meeting.\n")
    draft = parse(text, REF)
    texts = [d["text"] for d in draft["decisions"]]
    assert len(texts) == 2 and texts[0].startswith("that the report") and texts[1].startswith("that, following")


def test_a_chair_named_in_a_sentence_that_goes_on():
    draft = parse("Board of the Lake Forum\n\nThe meeting was chaired by Mr. Paolo Renzi (DG ENV) and drew on the "
                  "results of the working sessions held the day before.\n\nThe board agreed to publish the plan.\n", REF)
    assert [(p["name"], p["organisation"]) for p in draft["participants"]] == [("Paolo Renzi", "DG ENV")]


def test_a_wiki_attendance_table_run_together_with_its_present_flag():
    text = ("Joint Task Group call\n\nAttendance applies to this call.\n\n"
            "YMaria CostaWHO\nNPeter LindDIHR\nYOla NowakECDC\n\nDiscussion\n\nThe group agreed to one press note.\n")
    draft = parse(text, REF)
    assert [(p["name"], p["organisation"]) for p in draft["participants"]] == [("Maria Costa", "WHO"),
                                                                               ("Ola Nowak", "ECDC")]


def test_a_post_with_no_name_and_a_speakers_object_are_no_people():
    from ds_tracker.importer.arabic_news import news_people
    assert news_people("انعقدت الدورة بحضور السيد باشا المدينة إلى جانب أعضاء المجلس.") == []
    got = news_people("واستعرض مقرر اللجنة خلال الاجتماع كذلك خطط عملها، وأنواع التقارير.")
    assert got == []


def test_a_city_abroad_said_in_the_opening_prose():
    assert city("SECOND BOARD MEETING OF THE COFFEE FORUM Nairobi, 3 – 5 May 2001 Members : A. Ruto, Chair\n") \
        == "Nairobi"
    assert city("On 2-3 June 2015 Peru hosted the second working meeting of the Andean Seed Committee (ASC) in Lima. "
                "The meeting reviewed the seed plan.\n") == "Lima"


def test_a_region_named_by_its_side_is_no_town():
    assert city("عقدت لجنة الطوارئ في محافظة لبنان الشمالي اجتماعا موسعا برئاسة المحافظ.\n"
                "وناقش الاجتماع خطط الإيواء.") is None


def test_initials_and_surnames_with_posts_run_together_after_the_label():
    text = ("Rice Forum\n\n14\nDraft 2 RICE FORUM MINUTES OF THE SECOND BOARD MEETING Dakar, 4 – 6 May 2003 Participants : R.K. Lal, "
            "Chairman, Rice Board and Seed Council M. van Dijk, Vice-Chair, Rice Board A. Mbeki, RB Executive "
            "Secretary O. Diaz, Senior Adviser, Seed Unit 1. OPENING SESSION Dr. Lal welcomed the members.\n")
    got = [(p["name"], p["position"], p["organisation"]) for p in parse(text, REF)["participants"]]
    assert got[:4] == [("R.K. Lal", "Chairman", "Rice Board and Seed Council"), ("M. van Dijk", "Vice-Chair", "Rice Board"),
                       ("A. Mbeki", "Executive Secretary", "RB"), ("O. Diaz", "Senior Adviser", "Seed Unit")]


def test_a_princes_title_opens_a_name():
    from ds_tracker.importer.arabic_news import news_people
    got = news_people("ترأس الأمير خالد بن سعد بن ناصر، محافظ الزلفي بحضور الإدارات الحكومية الاجتماع الثالث للجنة.")
    assert got[0][:2] == ("خالد بن سعد بن ناصر", "محافظ الزلفي")


def test_a_municipality_named_by_a_post_is_the_body_not_the_governorate():
    from ds_tracker.importer.body_of_job import body_of
    report = "عقدت لجنة السلامة بمحافظة الزلفي اجتماعها. حضر الاجتماع رئيس بلدية المحافظة المهندس سالم العتيبي."
    assert body_of("رئيس بلدية المحافظة", report) == "بلدية المحافظة"


def test_a_titled_speaker_with_initials_and_a_post_that_ends_with_the_body():
    text = ("Lake Forum\n\nThe meeting took place in Nairobi. Dr. T. Okello, Assistant Director General FAOX "
            "addressed the forum. 2. Minutes were adopted.\n")
    got = [(p["name"], p["position"], p["organisation"]) for p in parse(text, REF)["participants"]]
    assert got == [("T. Okello", "Assistant Director General FAOX", "FAOX")]
