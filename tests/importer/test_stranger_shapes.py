"""What a stranger's own reports showed (written here in other words): rows labelled "Recommendation:", a label
that says where the row goes, hyphenated names and bracketed acronyms in an attendance, owners named as a person,
a list of organisations one a line, and a "Decisions" heading."""
from ds_tracker.importer import parse

EMAIL = """From: Rana Saeed <rana@example.org>
Sent: Tuesday, 3 March 2026 17:05
To: RWG members
Subject: Minutes - Returns Working Group, 2 March 2026

Attendees:
- Ms. Huda Al-Rawi, Head of Returns Unit (chair)
- Dr. Salim Noori, Ministry of Migration and Displaced (MoMD) Anbar branch
- Tariq Jabbar, UNICEF
- Ms. Dalia Amin, Ministry of Planning focal point

1. Returns to Qaim
Recommendation: the district committee should publish the list of approved returns every month.
Recommendation (to be raised to the Council of Ministers): fund the reconstruction of the Qaim water plant.
Action: Tariq Jabbar (UNICEF) to share the school damage list by 10 March 2026.
Action: Dr. Salim Noori to confirm the bus schedule with the directorate by 12 March 2026.
"""


def test_labelled_recommendations_and_a_label_that_says_where_the_row_goes():
    draft = parse(EMAIL)
    texts = [r["text"] for r in draft["recommendations"]]
    assert texts == ["the district committee should publish the list of approved returns every month.",
                     "fund the reconstruction of the Qaim water plant."]
    assert [(e["body"], e["line"]) for e in draft["escalations"]] == [
        ("Council of Ministers", draft["recommendations"][1]["line"])]      # on the row that raises it


def test_hyphenated_names_and_bracketed_acronyms_in_an_attendance():
    people = {p["name"]: p for p in parse(EMAIL)["participants"]}
    assert people["Huda Al-Rawi"]["position"].startswith("Head of Returns Unit")
    assert people["Salim Noori"]["organisation"] == "Ministry of Migration and Displaced (MoMD) Anbar branch"
    assert people["Dalia Amin"]["organisation"].startswith("Ministry of Planning")


def test_an_owner_named_as_a_person_is_their_organisations_action():
    owners = [(a["owner"], a["due"]) for a in parse(EMAIL)["actions"]]
    assert owners == [("UNICEF", "2026-03-10"),
                      ("Ministry of Migration and Displaced (MoMD) Anbar branch", "2026-03-12")]


def test_organisations_listed_one_a_line_are_the_organisations_present():
    text = ("WASH sector coordination\nDate: 9 June 2025\n\nParticipants:\nUN-Habitat\nSolidarités International\n"
            "ACTED\nPeople in Need\nBasra Directorate of Water\nHands for Relief and Development\nREACH\n\n"
            "Decisions:\n1. Partners agreed to share their tanker schedules weekly.\n")
    draft = parse(text)
    assert draft["participants"] == [] and len(draft["organisations"]) == 7
    assert "ACTED" in [o["name"] for o in draft["organisations"]]
    alternating = parse("WASH sector coordination\nDate: 9 June 2025\n\nParticipants:\nAli Omar\nUNICEF\n"
                        "Sara Aziz\nIOM\nHassan Ali\nNRC\n")
    assert [p["name"] for p in alternating["participants"]] == ["Ali Omar", "Sara Aziz", "Hassan Ali"]
    assert alternating["organisations"] == []


def test_items_under_a_decisions_heading_are_decisions():
    draft = parse("Protection meeting\nDate: 9 June 2025\n\nKey Decisions\n1. The group agreed to merge the two "
                  "referral lists.\n2. Partners will report incidents within 48 hours.\n")
    assert len(draft["decisions"]) == 2 and len(draft["recommendations"]) == 2


def test_an_email_subject_with_its_date_and_a_meeting_held_at_a_venue_comma_town():
    text = ("From: Omar Aziz <omar@example.org>\nSent: Sunday, 8 March 2026 16:10\nTo: RWG list\n"
            "Subject: RE: Minutes - RWG Anbar meeting, 8 Mar 2026\n\nDear colleagues,\n\n"
            "Please find the minutes of today's meeting held at the Governorate Hall, Ramadi (09:30-11:00).\n")
    draft = parse(text)
    assert draft["title"] == "RWG Anbar meeting"
    assert (draft["sittings"][0]["date"], draft["sittings"][0]["city"]) == ("2026-03-08", "Ramadi")


def test_a_labelled_arabic_place_whose_town_follows_a_dash():
    text = "محضر اجتماع مجموعة عمل العودة\nالتاريخ: 2026/3/8\nالمكان: قاعة ديوان محافظة الأنبار - الرمادي\n"
    sitting = parse(text)["sittings"][0]
    assert sitting["city"] == "الرمادي" and sitting["venue"] == "قاعة ديوان محافظة الأنبار"


def test_coded_recommendations_and_one_raised_to_a_higher_body_among_them():
    text = ("Protection working group\nDate: 4 May 2026\n\nRecommendations\n"
            "R1. The group recommends that the Ministry of Interior waives the fines for late registration. "
            "This should be raised to the Council of Ministers.\n"
            "R2. Legal aid partners should extend their mobile teams to Ba'aj.\n")
    draft = parse(text)
    assert [r["text"][:28] for r in draft["recommendations"]] == ["The group recommends that th", "Legal aid partners should ex"]
    assert [(e["body"], e["line"]) for e in draft["escalations"]] == [("Council of Ministers", 5)]


def test_a_line_that_wraps_right_after_a_speech_verb_is_read_not_a_crash():
    """A held-out report made the parser raise: an Arabic line ending on "وأكد" (the speaker on the next line)."""
    from ds_tracker.importer.arabic_news import news_people
    for verb in ("قال", "وقال", "وأكد", "أشار", "أوضح"):
        assert news_people(verb) == [] and news_people(f"عقد الاجتماع {verb} ،") == []
    text = ("عقدت لجنة الإغاثة اجتماعها برئاسة مدير الدفاع المدني العقيد سالم ناصر وأكد\n"
            "المجتمعون على أهمية التنسيق بين الجهات المعنية.\n")
    assert parse(text)["sittings"] is not None


LETTERHEAD_AR = """جمهورية العراق
محافظة الأنبار
لجنة العودة الطوعية – الأنبار

محضر الاجتماع الثالث للجنة العودة الطوعية في الأنبار

التاريخ: ٩/٣/٢٠٢٦
المكان: قاعة مجلس المحافظة – الرمادي

أولاً: الحضور
١- السيد سالم عبد الكريم – مدير الفرع – وزارة الهجرة والمهجرين
٢- السيدة منى جاسم – منسقة الحماية – المفوضية السامية للأمم المتحدة لشؤون اللاجئين

ثانيًا: ما تمت مناقشته
١. مراجعة أعداد العائدين إلى القائم خلال الشهر الماضي.

ثالثاً: التوصيات
١. يوصي الاجتماع بزيادة عدد الحافلات المخصصة لنقل العائدين.
٢. يوصي الاجتماع بفتح مكتب للوثائق في راوة.

رابعاً: الإجراءات المطلوبة
١. إرسال قوائم العائلات الراغبة بالعودة – الجهة المسؤولة: وزارة الهجرة والمهجرين – الموعد: ٢٠/٣/٢٠٢٦

خامساً: موعد الاجتماع القادم
يعقد الاجتماع القادم في ١٠/٤/٢٠٢٦.
"""


def test_arabic_ordinal_section_headings_and_a_letterhead_above_the_title():
    """A stranger's Arabic minutes numbered their sections "أولاً: الحضور", "ثالثاً: التوصيات": no section was
    found (0 participants, the recommendations lost) and the letterhead became the title."""
    draft = parse(LETTERHEAD_AR)
    assert draft["title"] == "محضر الاجتماع الثالث للجنة العودة الطوعية في الأنبار"
    assert [p["name"] for p in draft["participants"]] == ["سالم عبد الكريم", "منى جاسم"]
    assert [r["text"] for r in draft["recommendations"]] == [
        "يوصي الاجتماع بزيادة عدد الحافلات المخصصة لنقل العائدين.", "يوصي الاجتماع بفتح مكتب للوثائق في راوة."]
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("وزارة الهجرة والمهجرين", "2026-03-20")]
    assert draft["sittings"][0]["date"] == "2026-03-09"


def test_roman_numbered_headings_open_their_sections():
    draft = parse("Coordination meeting minutes\nDate: 4 May 2026\n\nI. Participants\n- Ana Ruiz, IOM\n"
                  "- Li Wei, UNICEF\n\nII. Recommendations\n- Open a second registration desk in Sinjar.\n\n"
                  "III. Action points\n- UNICEF to share the school list by 12 May 2026.\n")
    assert [(p["name"], p["organisation"]) for p in draft["participants"]] == [
        ("Ana Ruiz", "International Organization for Migration"), ("Li Wei", "UNICEF")]
    assert [r["text"] for r in draft["recommendations"]] == ["Open a second registration desk in Sinjar."]
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("UNICEF", "2026-05-12")]


def test_an_arabic_forum_name_with_its_preposition_names_the_forum():
    """"محضر الاجتماع الشهري لمنتدى التنسيق المشترك في محافظة ديالى": "لـ" (of) glued to the forum's name."""
    draft = parse("محضر الاجتماع الشهري لمنتدى التنسيق المشترك في محافظة ديالى\nالتاريخ: ٣/٣/٢٠٢٦\n")
    assert (draft["kind"], draft["forum"]) == ("JCF", "JCF Diyala")


def test_an_arabic_name_post_and_unknown_body_split_by_dashes_keep_the_post_alone():
    """"١- السيد فلان – مدير الشعبة – دائرة ... / فرع ..." gave the post "مدير الشعبة – دائرة ..." with the body in it."""
    draft = parse("محضر اجتماع لجنة الخدمات\nالتاريخ: ٥/٣/٢٠٢٦\n\nالحضور\n"
                  "١- السيد كريم ناصر حسون – مدير الشعبة – دائرة الماء في كركوك / فرع الحويجة\n"
                  "٢- السيدة سلمى عادل – عضو – مجلس ناحية الزاب\n")
    assert [(p["name"], p["position"], p["organisation"]) for p in draft["participants"]] == [
        ("كريم ناصر حسون", "مدير الشعبة", "دائرة الماء في كركوك / فرع الحويجة"),
        ("سلمى عادل", "عضو", "مجلس ناحية الزاب")]


def test_arabic_letters_up_name_each_body_once_and_which_governor():
    """A second stranger's Arabic minutes: "رفع توصية إلى وزارة الهجرة والمهجرين" gave two letters (the ministry,
    and "وزارة الهجرة" cut at its "و"), "إلى السيد محافظ نينوى" a letter to "محافظ" (which governor?), and
    "– قائممقامية قضاء ..." was read as a post."""
    draft = parse("محضر اجتماع المنتدى\nالتاريخ: ٢/٣/٢٠٢٦\n\nالحضور:\n"
                  "١. السيد سالم جبار – قائممقامية قضاء تلكيف\n\nالتوصيات:\n"
                  "١. رفع توصية إلى السيد محافظ نينوى بتأهيل طريق القرى الشمالية.\n"
                  "٢. رفع توصية إلى وزارة الهجرة والمهجرين بشمول العائدين بمنحة السكن.\n")
    assert sorted((e["line"], e["body"]) for e in draft["escalations"]) == [
        (8, "محافظ نينوى"), (9, "Ministry of Migration and Displacement")]
    assert [(p["name"], p["position"], p["organisation"]) for p in draft["participants"]] == [
        ("سالم جبار", None, "قائممقامية قضاء تلكيف")]


def test_a_letterhead_line_above_the_documents_first_heading_is_not_the_title():
    draft = parse("Republic of Iraq – Anbar Governorate Returns Committee – Secretariat\n"
                  "# Minutes of the Anbar Returns Committee Meeting\nDate: 3 March 2026\n\n## Participants\n")
    assert draft["title"] == "Minutes of the Anbar Returns Committee Meeting"


def test_the_next_meeting_line_gives_where_it_sits_without_its_hour():
    from ds_tracker.importer.next_meeting import next_meeting
    assert next_meeting("يُعقد الاجتماع القادم يوم ١٤/٤/٢٠٢٦ الساعة العاشرة صباحاً في قاعة الدائرة.")["place"] == "قاعة الدائرة"
    assert next_meeting("Next meeting: 9 May 2026 at 11 am in the district office, Sinjar")["place"] == \
        "district office, Sinjar"
    assert next_meeting("Next meeting: 9 May 2026 (TBC)")["place"] is None
