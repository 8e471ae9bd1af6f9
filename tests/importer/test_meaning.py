"""Issue 12 §2: meaning from the structure and from cues, in English and Arabic, on small made-up minutes."""
import pytest

from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def draft(text):
    return parse(text, REF)


def people(d):
    return {p["name"]: p for p in d["participants"]}


HEAD = "Minutes of the Returns Working Group\nDate: 12 November 2024\nLocation(s): Erbil\n\n"


def test_due_dates_in_the_forms_real_minutes_use():
    d = draft(HEAD + "Action points\n- IOM to share the tracker by 31/May/2025\n- UNHCR to update the map by June/2025\n"
              "- NRC to visit Sinjar before Tue 05 July\n")
    got = {a["owner"]: a for a in d["actions"]}
    assert got["IOM"]["due"] == "2025-05-31" and not got["IOM"].get("unsure")
    assert got["UNHCR"]["due"] == "2025-06-30" and got["UNHCR"]["unsure"]       # end of month, a guess
    assert got["NRC"]["due"] == "2024-07-05"                                      # the meeting's year


def test_a_meeting_date_with_its_weekday_and_time():
    d = draft("Minutes of the JCF meeting\nMONDAY 18 February, 3:15 PM, 2013\n\nParticipants\n1. Ali Omar - IOM\n")
    assert [s["date"] for s in d["sittings"]] == ["2013-02-18"]


def test_escalations_to_any_higher_body_in_both_languages():
    d = draft(HEAD + "Next steps\nA joint appeal will be prepared for the Ministry of Finance and Council of Ministers.\n"
              "The list will be shared with the Governor of Ninewa.\n"
              "The framework will be submitted to the National Working Group for endorsement.\n")
    bodies = {e["body"] for e in d["escalations"]}
    assert {"Ministry of Finance", "Council of Ministers"} <= bodies
    assert any("Governor" in b for b in bodies) and any("National Working Group" in b for b in bodies)
    ar = draft("محضر اجتماع منتدى التنسيق المشترك\nالتاريخ: ١٢ تشرين الثاني ٢٠٢٤\n\n"
               "سيتم رفع التوصيات إلى محافظ نينوى لغرض المصادقة عليها.\n")
    assert any("محافظ" in e["body"] for e in ar["escalations"])


def test_recommendations_and_decisions_found_by_content_are_marked_unsure():
    d = draft(HEAD + "Discussion\nIt was agreed that the working group will meet every month in Erbil.\n"
              "Minutes of the previous meeting adopted.\nThe terms of reference to be defined by the next meeting.\n"
              "The participants recommended opening a civil documentation office in Sinjar.\n")
    texts = [r["text"] for r in d["recommendations"]]
    assert any("meet every month" in t for t in texts)
    assert any("terms of reference to be defined" in t.lower() for t in texts)
    assert any("civil documentation office" in t for t in texts)
    assert all(r.get("unsure") for r in d["recommendations"])
    assert any("adopted" in x["text"] for x in d["decisions"])


def test_arabic_recommendations_by_content():
    d = draft("محضر اجتماع منتدى التنسيق المشترك في نينوى\nالتاريخ: ١٢ تشرين الثاني ٢٠٢٤\n\nالنقاشات\n"
              "وأوصى المجتمعون بضرورة فتح مكتب للوثائق المدنية في سنجار.\n"
              "أكد الحاضرون على ضرورة تسريع إجراءات التعويض للعائلات العائدة.\n"
              "تم الاتفاق على عقد الاجتماع القادم في الموصل.\n")
    assert len(d["recommendations"]) == 3


def test_chairs_and_facilitators_named_in_prose_are_participants():
    d = draft(HEAD + "The meeting was chaired by Mr. Ali Hassan, Head of MoMD Ninewa Branch, and facilitated by "
              "Sara Omar (IOM).\n")
    got = people(d)
    assert "Ali Hassan" in got and "Sara Omar" in got
    assert got["Sara Omar"]["organisation"] == "International Organization for Migration"
    assert {c["name"] for c in d["chairs"]} == {"Ali Hassan", "Sara Omar"}


def test_an_inline_attendance_cue_lists_people_with_their_organisations():
    d = draft(HEAD + "Participants: Dennis Moroni- UNHCR, Ali Omar - IOM and Sara Ali - NRC.\n")
    got = people(d)
    assert set(got) == {"Dennis Moroni", "Ali Omar", "Sara Ali"}
    assert got["Dennis Moroni"]["organisation"] == "UNHCR"


def test_an_arabic_numbered_attendance_list():
    d = draft("محضر اجتماع منتدى التنسيق المشترك\nالتاريخ: ١٢ تشرين الثاني ٢٠٢٤\n\nالحضور\n"
              "١. علي عمر – المنظمة الدولية للهجرة\n٢. سارة علي – وزارة الهجرة والمهجرين\n"
              "٣. حسن جابر – مؤسسة المستقبل\n٤. ليلى كريم – وزارة التخطيط\n٥. عمر خالد – المجلس النرويجي للاجئين\n"
              "٦. زينب حسين – المفوضية السامية للأمم المتحدة لشؤون اللاجئين\n\nالتوصيات\n"
              "١. فتح مكتب للوثائق المدنية في سنجار.\n")
    assert len(d["participants"]) == 6
    assert people(d)["علي عمر"]["organisation"] == "International Organization for Migration"


def test_a_row_with_an_empty_cell_is_still_a_row():
    d = draft(HEAD + "Participants\nName\tPosition\tOrganisation\nAli Omar\t\tIOM\nSara Ali\tOfficer\tNRC\n")
    got = people(d)
    assert set(got) == {"Ali Omar", "Sara Ali"}
    assert got["Sara Ali"]["group"] is None


def test_table_columns_by_their_content_without_a_header():
    d = draft(HEAD + "Action points\nShare the list of returnees\tIOM\t30/06/2025\n"
              "Update the service map\tUNHCR\t15/07/2025\n")
    assert [(a["owner"], a["due"]) for a in d["actions"]] == [("IOM", "2025-06-30"), ("UNHCR", "2025-07-15")]


def test_minutes_without_recommendations_are_still_a_meeting_report():
    d = draft(HEAD + "Participants\n1. Ali Omar - IOM\n2. Sara Ali - NRC\n\nAction points\n"
              "- IOM to share the tracker by 30 June 2025\n")
    assert not any("does not look like a meeting" in w for w in d["warnings"])


def test_cities_from_labelled_fields_and_outside_iraq():
    assert draft(HEAD)["sittings"][0]["city"] == "Erbil"
    d = draft("Regional workshop on durable solutions\nDate: 3 June 2025\nVenue: Landmark Hotel, Amman\n")
    assert d["sittings"][0]["city"] == "Amman"
    d = draft("Minutes of the JCF\n3 June 2025\nThe meeting was held in Duhok at the governorate building.\n")
    assert d["sittings"][0]["city"] == "Duhok"


def test_a_person_with_an_empty_position_cell_is_not_a_group_heading():
    d = draft(HEAD + "Participants\nName\tPosition\tOrganisation\nGovernment\t\t\nAli Omar Hasan\t\t\n"
              "Sara Ali\tOfficer\tNRC\n")
    got = people(d)
    assert set(got) == {"Ali Omar Hasan", "Sara Ali"}
    assert got["Sara Ali"]["group"] == "Government" and got["Ali Omar Hasan"]["group"] == "Government"


def test_a_numbered_section_heading_after_the_list_is_no_participant():
    d = draft(HEAD + "Participants\n1. Ali Omar - IOM\n2. Sara Ali - NRC\n3. Huda Jasim - UNHCR\n"
              "2. Summary Of Discussions\nThe meeting discussed returns to Sinjar.\n")
    assert set(people(d)) == {"Ali Omar", "Sara Ali", "Huda Jasim"}


def test_cluster_minutes_of_no_known_forum_are_a_meeting_report():
    d = draft("Protection Cluster Coordination Meeting\nDate: 4 March 2025\n\nParticipants\n1. Ali Omar - IOM\n"
              "2. Sara Ali - NRC\n\nAction points\n- UNHCR to share the referral pathway by 20 March 2025\n")
    assert d["kind"] == "other"
    assert not any("does not look like a meeting" in w for w in d["warnings"])


def test_speakers_named_in_prose_with_their_position_are_participants():
    d = draft(HEAD + "Discussion\nMr. Omar Khalid Rasheed, Head of Programmes at IOM, presented the returns tracker.\n")
    got = people(d)
    assert got["Omar Khalid Rasheed"]["organisation"] == "International Organization for Migration"
    assert got["Omar Khalid Rasheed"]["unsure"]
    ar = draft("محضر اجتماع منتدى التنسيق المشترك\nالتاريخ: ١٢ تشرين الثاني ٢٠٢٤\n\nالنقاشات\n"
               "افتتح السيد علي حسن مدير فرع وزارة الهجرة والمهجرين في نينوى الاجتماع بالترحيب بالحضور.\n")
    assert "علي حسن" in people(ar)


def test_a_city_abroad_from_the_header_line_the_title_or_a_town_and_its_country():
    """Outside Iraq the world list answers only where a header says where: the part after the date, a city opening
    the title, a town before its country ("Honiara, Solomon Islands", under 100,000 people)."""
    after_date = draft("Cluster coordination meeting\nTuesday, March 5, 2019, UNDP Office, Mombasa\n\nAgenda\n1. Welcome\n")
    assert after_date["sittings"][0]["city"] == "Mombasa"
    titled = draft("Mombasa Health Cluster Meeting Minutes\nWednesday 6 March 2019\n\nAgenda\n1. Welcome\n")
    assert titled["sittings"][0]["city"] == "Mombasa"
    town = draft("HEALTH CLUSTER MEETING\nThursday 7 March 2019, 10:00 AM\nMinistry of Health, Honiara, Solomon Islands\n"
                 "MINUTES OF THE MEETING\n")
    assert town["sittings"][0]["city"] == "Honiara"
    plain = draft("Health cluster meeting\nThursday 7 March 2019\nThe partners discussed the Mission and Orange plans.\n")
    assert plain["sittings"][0]["city"] is None


def test_an_action_table_is_read_by_its_header_where_no_heading_names_it():
    """"ACTION ITEM | RESPONSIBLE PARTY | TIMELINE" right under the date: its columns say what it holds."""
    d = draft("Nutrition sector meeting\nDate: 9 March 2024\n\n"
              "Action item\tResponsible party\tTimeline\n"
              "Update the screening dashboard\tUNICEF\t15 March 2024\n"
              "Share the supply pipeline\tWFP\t22 March 2024\n\nATTENDEES\nAna Ruiz, IOM\n")
    assert [(a["text"], a["owner"], a["due"]) for a in d["actions"]] == [
        ("Update the screening dashboard", "UNICEF", "2024-03-15"), ("Share the supply pipeline", "WFP", "2024-03-22")]
    assert [p["name"] for p in d["participants"]] == ["Ana Ruiz"]


def test_header_dates_and_places_in_the_shapes_web_pages_and_news_give_them():
    """A page's clock is no meeting date unless the news says the meeting was today; a time range is the meeting's
    hours; a town before its country and a dateline's city after the date say where."""
    today = draft("مجلس القضاء يعقد جلسته الدورية\nسياسة | 7-05-2021, 10:15 |\n"
                  "عقد مجلس القضاء اليوم الخميس جلسته الدورية برئاسة القائممقام.\n")
    assert today["sittings"][0]["date"] == "2021-05-07"
    stamped = draft("Council news\nPolitics | 7-05-2021, 10:15 |\nThe council met last week to discuss returns.\n")
    assert not stamped["sittings"] or stamped["sittings"][0]["date"] is None
    hours = draft("# Shelter cluster\n## Coordination Meeting | 14th March 2019 | 10:00-12:30 | UN HOUSE, Mombasa\n"
                  "Action points\n- UNHCR to share the map by 20 March 2019\n")
    assert (hours["sittings"][0]["date"], hours["sittings"][0]["city"]) == ("2019-03-14", "Mombasa")
    flat = draft("5th REGIONAL HEALTH CLUSTER MEETING Conference Centre 12 Rue de la Paix, Lyon, France 3 and 4 June, "
                 "2019 Minutes of Meeting Decisions ........ 1\n")
    assert (flat["sittings"][0]["date"], flat["sittings"][0]["city"]) == ("2019-06-03", "Lyon")
    dateline = draft("March 12, 2019, Nairobi — UNICEF hosted the education partners' coordination meeting.\n")
    assert dateline["sittings"][0]["city"] == "Nairobi"
    dashed = draft("Nutrition sector meeting\nVenue: NRC office Time/Date: 23th – March, 2019\n")
    assert dashed["sittings"][0]["date"] == "2019-03-23"


@pytest.mark.parametrize("header", ["Item\tAction / Decision\tAssigned to\tDue date",
                                    "No.\tAction required\tAction by\tTarget date",
                                    "م\tالإجراء المطلوب\tالجهة المنفذة\tالموعد المحدد"])
def test_action_tables_under_the_column_names_minutes_use(header):
    d = draft("Shelter meeting\nDate: 2 May 2024\n\n" + header + "\n"
              "1\tShare the repair list\tNRC\t10 May 2024\n2\tUpdate the stock report\tIOM\t17 May 2024\n")
    assert [(a["owner"], a["due"]) for a in d["actions"]] == [("NRC", "2024-05-10"), ("IOM", "2024-05-17")]


@pytest.mark.parametrize("lead", ["The team listed these action points:", "Comments were kept as action points as follows;",
                                  "The partners agreed the action points below:"])
def test_a_line_ending_in_its_action_points_opens_them_and_to_tasks_count(lead):
    d = draft("Shelter meeting\nDate: 4 May 2024\n\nMapping update\n" + lead + "\n- To mark the date on the map\n"
              "- NRC to add the camp names\nThe assessment report is still being written.\n")
    assert [(a["text"], a["owner"]) for a in d["actions"]] == [("To mark the date on the map", None),
                                                                ("NRC to add the camp names", "NRC")]


def test_a_discussion_conclusions_follow_up_table_gives_its_decisions_and_tasks():
    d = draft("Shelter cluster meeting\nDate: 15 January 2012\n\n"
              "Agenda Points and Discussion\tConclusions\tFollow-up\n"
              "1. Shelter designs: one design was discussed.\tParticipants agreed to review the designs. • NRC and other "
              "members to share their designs for discussion.\tCluster members to share their designs with IOM before "
              "the February meeting.\n"
              "2. NFI package: a package was shared.\tThe package will be discussed next time.\tIOM to circulate the "
              "package by 20 January 2012.\n")
    assert [(a["owner"], a["due"]) for a in d["actions"]] == [
        ("NRC and other members", None), ("Cluster members", "2012-02-29"), ("IOM", "2012-01-20")]   # the month's end, unsure
    assert [r["text"] for r in d["recommendations"]] == ["Participants agreed to review the designs."]


@pytest.mark.parametrize("sentence", ["The minutes of the last meeting were reviewed and agreed as a true record.",
                                      "After the discussion the decision was made that the ministries attend monthly.",
                                      "The agencies were recommended to use the common distribution indicators.",
                                      "وأقرت الهيئة إحالة عشرة مواضيع إلى جدول أعمال الجلسات القادمة."])
def test_decisions_and_recommendations_said_in_the_passive_or_by_the_body(sentence):
    head = "Coordination meeting\nDate: 2 May 2024\n\nDiscussion\n" if sentence.isascii() else \
        "اجتماع الهيئة العامة\nالتاريخ: 2 أيار 2024\n\n"
    d = draft(head + sentence + "\n")
    assert [r["text"] for r in d["recommendations"]] == [sentence]


def test_a_kind_of_body_is_no_body_to_write_to():
    """"رفع الطلب إلى المجلس" (to the council) names no body a letter could go to; "مجلس الوزراء" does."""
    vague = draft("مجلس القضاء يعقد جلسته\nالتاريخ: 8 شباط 2024\n\nصوت المجلس على رفع الطلب إلى المجلس للمصادقة عليه.\n")
    assert vague["escalations"] == []
    named = draft("اجتماع اللجنة\nالتاريخ: 8 شباط 2024\n\nالتوصيات\n1. رفع التوصيات إلى مجلس الوزراء للمصادقة عليها.\n")
    assert [e["body"] for e in named["escalations"]] == ["Council of Ministers"]


def test_the_date_on_the_titles_line_is_the_meetings_not_a_later_one_on_that_line():
    d = draft("HEALTH CLUSTER Minutes of the Health Cluster Meeting Monday, 3rd March 2014, 10:00 am Ministry hall "
              "Nairobi, Kenya 1. Welcome. 2. Review of the minutes of 6th February 2014: adopted.\n")
    assert d["sittings"][0]["date"] == "2014-03-03"
    ahead = draft("WASH Cluster Meeting notes Next Meeting Date Monday April 27 2015 Meeting Date Wednesday 22 April 2015\n")
    assert ahead["sittings"][0]["date"] == "2015-04-22"
