"""An Arabic record's own shapes: a roll call of names a dash separates under its count, a transcript's speaker
turns, and the body that held its own meeting, whose members those listed with no body are. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_rolls import count_label, dash_roll, meeting_body, speaker_turn

REF = Reference.from_seed()


def people(draft):
    return {p["name"]: p for p in draft["participants"]}


def test_a_roll_call_under_its_count_is_the_council_that_sat_with_the_count_as_its_group():
    text = ("قرار رقم 4 بتاريخ 3 مارس 2023\n\n"
            "إن المجلس البلدي لبلدة الوردية المجتمع في دورته العادية لشهر مارس 2023؛\n\n"
            "وبعد التصويت العلني،\n\n"
            "عدد الأعضاء المصوتين بنعم : 4\n\n"
            "ـ سامر ناصيفـ هالة برجاوي ـ نبيل بن عيسى -كوثر الصافي.\n\n"
            "يقــرر ما يلي: الموافقة على تهيئة الحديقة العامة.\n")
    got = people(parse(text, REF))
    assert set(got) == {"سامر ناصيف", "هالة برجاوي", "نبيل بن عيسى", "كوثر الصافي"}
    assert all(p["organisation"] == "المجلس البلدي لبلدة الوردية" and p["unsure"] for p in got.values())
    assert got["هالة برجاوي"]["group"] == "عدد الأعضاء المصوتين بنعم"


def test_a_dash_list_of_posts_or_a_word_stretched_inside_is_no_roll():
    assert dash_roll("ـ رئيس المجلس ـ نائب الرئيس ـ أمين المال") == []
    assert dash_roll("يقــــرر ما يلي") == []
    assert dash_roll("سامر ناصيف - هالة برجاوي") == []          # two: too few to be sure it is a roll
    assert count_label("عدد الأصوات المعبر عنها: (12)") == "عدد الأصوات المعبر عنها"
    assert count_label("اتفق الأعضاء على ما يلي:") is None


def test_speaker_turns_of_a_transcript_are_people_and_the_chairs_turn_names_the_body():
    text = ("محضر الجلسة رقم (3)\n"
            "عدد الحضور: (88) عضواً.\n"
            "- السيد رئيس مجلس الشورى:-\n"
            "نفتتح الجلسة.\n"
            "- العضو سامي فؤاد حداد:-\n"
            "يقرأ البيان.\n"
            "- العضو رنا عبد الكريم الزين (نقطة نظام):-\n"
            "أطلب توضيحا حول الجدول.\n"
            "ليلى منصور (حزب الغد) :\n"
            "نحن نؤيد المقترح المعروض على المجلس اليوم.\n")
    got = people(parse(text, REF))
    assert set(got) == {"سامي فؤاد حداد", "رنا عبد الكريم الزين", "ليلى منصور"}
    assert got["سامي فؤاد حداد"]["organisation"] == "مجلس الشورى"      # a member of the body that sat
    assert got["رنا عبد الكريم الزين"]["organisation"] == "مجلس الشورى"    # "(نقطة نظام)" is the turn's note
    assert got["ليلى منصور"]["organisation"] == "حزب الغد" and got["ليلى منصور"]["unsure"]


def test_a_label_or_a_heading_before_a_colon_is_no_speaker():
    assert speaker_turn("جدول الأعمال:") is None
    assert speaker_turn("المحور الثاني (الصحة):") is None
    assert speaker_turn("- السيد رئيس المجلس:-") is None
    assert speaker_turn("- النائبة هدى سليم:-") == ("هدى سليم", None, True)


def test_a_board_of_a_body_that_meets_makes_its_members_of_the_body_and_callings_open_names():
    text = ("عقدت الهيئة الإدارية لجمعية أصدقاء الغابة اجتماعها الدوري في مقرها بحضور كل من الأعضاء: "
            "الدكتور فادي حلاوي، الشاعرة منى قبلان، الإعلامي وسيم داغر، السيدة ريما شعيا.\n"
            "وناقش الأعضاء برنامج التشجير للموسم المقبل.\n")
    got = people(parse(text, REF))
    assert {"فادي حلاوي", "منى قبلان", "وسيم داغر", "ريما شعيا"} <= set(got)
    assert all(got[n]["organisation"] == "جمعية أصدقاء الغابة" and got[n]["unsure"]
               for n in ("منى قبلان", "وسيم داغر"))


def test_guests_of_a_committee_are_not_its_members():
    text = ("لقاء حول الري\n"
            "يوم الاثنين الموافق 4/6/2021\n"
            "في لجنة الزراعة والمياه الساعة الحادية عشرة صباحاً\n"
            "الحضور\n"
            "1. سمير وديع الخوري     رئيس اللجنة\n"
            "2. جاد انطون     عضو\n\n"
            "الضيوف\n"
            "1. ماريا فلوريس منسقة البرامج\n")
    got = people(parse(text, REF))
    assert got["جاد انطون"]["organisation"] == "لجنة الزراعة والمياه"
    assert got["ماريا فلوريس"]["organisation"] is None


def test_no_body_is_taken_from_a_report_that_holds_no_meeting_of_its_own():
    assert meeting_body(["ناقش المشاركون أوضاع المدارس في المدينة."]) is None
    assert meeting_body(["عقدت لجنة الإغاثة المحلية اجتماعها الأول يوم الأحد."]) == "لجنة الإغاثة المحلية"


def test_a_chair_named_by_the_short_post_is_of_the_body_that_met_and_a_governor_is_not_its_member():
    text = ("مجلس جهة الواحات يعقد دورته العادية\n"
            "عقد المجلس الجهوي للواحات-الكبرى دورته العادية يوم الخميس 02 مارس 2023، برئاسة السيد كمال الودغيري: "
            "رئيس المجلس الجهوي، وبحضور: السيد إدريس الشاوي عامل الإقليم، والمستشار القانوني السيد وليد بناني.\n")
    got = people(parse(text, REF))
    assert got["كمال الودغيري"]["organisation"] == "المجلس الجهوي للواحات-الكبرى"
    assert got["إدريس الشاوي"]["organisation"] is None      # a province's governor, no member of the council
    assert got["وليد بناني"]["organisation"] == "المجلس الجهوي للواحات-الكبرى"


def test_guests_at_a_meeting_with_a_body_the_head_names_are_of_that_body():
    text = ("محضر لقاء مع بعثة الاتحاد الأوروبي ( EUPOL )\n"
            "يوم الأحد الموافق 9/10/2022\n"
            "في لجنة العمل والشؤون الاجتماعية الساعة العاشرة صباحاً\n"
            "الحضور\n"
            "1. هيفاء الراوي     رئيسة اللجنة\n\n"
            "الضيوف\n"
            "1. بيتر هانسن مستشار الشؤون القانونية\n")
    got = people(parse(text, REF))
    assert got["بيتر هانسن"]["organisation"] == "بعثة الاتحاد الأوروبي (EUPOL)" and got["بيتر هانسن"]["unsure"]
    assert got["هيفاء الراوي"]["organisation"] == "لجنة العمل والشؤون الاجتماعية"


def test_a_label_with_brackets_over_a_list_is_no_speaker():
    text = ("عقد فريق الطوارئ اجتماعه الأسبوعي يوم الأحد 3 أبريل 2022 في مقر البلدية.\n"
            "نقاط المتابعة (الأسبوع القادم) :\n"
            "1. توزيع السلال الغذائية على الأسر.\n"
            "2. حصر المنازل المتضررة.\n")
    assert not any(p["name"] == "نقاط المتابعة" for p in parse(text, REF)["participants"])


def test_a_ministry_holding_a_meeting_or_a_committee_meeting_with_others_gives_no_one_its_name():
    assert meeting_body(["عقدت وزارة الصحة اجتماعا تنسيقيا في مقرها يوم الأحد."]) is None
    assert meeting_body(["عقدت لجنة الإغاثة اجتماعا مع ممثلي المنظمات الدولية في المدينة."]) is None


def test_a_dash_list_of_activities_with_no_count_over_it_is_no_roll():
    text = ("عقد فريق الإغاثة اجتماعه يوم الأحد 3 أبريل 2022 وناقش الأعمال المنجزة خلال الشهر الماضي.\n"
            "توزيع السلال - حصر الأسر - ترميم المنازل - تنظيف المدارس\n")
    assert parse(text, REF)["participants"] == []


def test_a_bodys_short_name_given_after_its_full_name_goes_with_its_people():
    text = ("محضر اجتماع الصندوق والفاو\n"
            "بناءً على دعوة صندوق التنمية الريفية وبالتعاون مع منظمة الأغذية والزراعة للأمم المتحدة /الفاو/ في\n"
            "اليمن تم عقد الاجتماع مع الجمعيات الزراعية يوم الاثنين المصادف (10 / 2 / 2020 ) وحضر الاجتماع من الصندوق\n"
            "كلً من السادة :\n"
            "- الأستاذ سامي حداد / المدير العام .\n"
            "ومن منظمة الأغذية والزراعة للأمم المتحدة في اليمن :\n"
            "- السيد مازن بركات / منسق البرامج .\n"
            "- السيد هشام قاسم / مسؤول المتابعة .\n")
    got = people(parse(text, REF))
    assert got["مازن بركات"]["organisation"] == "منظمة الأغذية والزراعة للأمم المتحدة (الفاو)"
