"""Shapes met in real published minutes (issue 12, dev corpus 4), written here in the same shape: a list typed as
"Name / Organisation / Position" paragraphs inside a Word file, an attendance line that names only bodies."""
import io

from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

REF = Reference.from_seed()


def orgs(draft):
    return {p["name"]: p["organisation"] for p in draft["participants"]}


def _docx(paragraphs):
    from docx import Document
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_a_slash_separated_attendance_list_typed_as_paragraphs_in_a_word_file():
    data = _docx(["WASH coordination meeting", "Monday 6 March 2023, Dohuk", "Attendees:",
                  "Name / Organization / Position", "1. Nadia Karim / WASH Coordination Unit / Coordinator",
                  "2. Peter Lund / UNICEF / WASH Officer", "3. Sami Rasheed / Green Hands / Field Engineer",
                  "4. Laila Omar / IOM / Programme Manager", "Agenda", "1. Water trucking"])
    d = parse(read_bytes(data, "minutes.docx")[0], REF)
    got = orgs(d)
    assert got["Nadia Karim"] == "WASH Coordination Unit"
    assert got["Sami Rasheed"] == "Green Hands"
    assert "Peter Lund" in got and "Laila Omar" in got and len(got) == 4


def test_an_attendance_line_of_bodies_with_body_words_gives_no_participants():
    text = ("Livelihoods Working Group meeting\nDate: 2 May 2021\n"
            "Attendance: Sunrise Foundation, Relief Corps, Northern Aid, River Services, Hope Society, ACF, DRC, "
            "Tigris Youth, Blue Horizon\n\n1. Cash for work\nPartners shared updates.\n")
    d = parse(text, REF)
    assert d["participants"] == []
    assert [o["name"] for o in d["organisations"]][:3] == ["Sunrise Foundation", "Relief Corps", "Northern Aid"]
    assert len(d["organisations"]) == 9     # recorded as the organisations present, not dropped


def test_an_attendance_line_of_people_is_still_read_as_people():
    text = ("Livelihoods Working Group meeting\nDate: 2 May 2021\n"
            "Attendance: Rana Saleh (ACF), Omar Farouk (DRC), Dana Ali (Hope Society)\n\n1. Cash for work\n")
    assert set(orgs(parse(text, REF))) == {"Rana Saleh", "Omar Farouk", "Dana Ali"}


def owners(draft):
    return {a["owner"]: a["text"] for a in draft["actions"]}


def test_a_task_set_to_a_group_named_by_the_word_table_outside_any_action_section():
    text = ("Cash Working Group meeting\nDate: 12 June 2021\n\n1. Transfer values\n"
            "Partners discussed the new transfer value.\n"
            "Members to send their comments on the draft guidance to the co-chairs.\n"
            "The chair thanked everyone.\n")
    got = owners(parse(text, REF))
    assert list(got) == ["Members"] and "send their comments" in got["Members"]


def test_a_header_flattened_with_slashes_does_not_make_the_rows_agenda_items():
    text = ("Health Coordination meeting\nDate: 4 May 2020\n\n"
            "Agenda Points and Discussion / Conclusions / Follow-up\n"
            "1. Mobile clinics\n"
            "• Partners raised the lack of fuel for the clinics in the east.\n/\n"
            "• Participants agreed to share one fuel plan for all clinics.\n"
            "• Cluster members to send their fuel needs to the coordinator before the next meeting.\n")
    d = parse(text, REF)
    assert "Cluster members" in owners(d)
    assert any("share one fuel plan" in r["text"] for r in d["recommendations"])
    assert not any("lack of fuel" in a["text"] for a in d["actions"])


def test_a_numbered_topic_named_decision_on_something_is_a_topic_not_a_decisions_section():
    text = ("Advisory Group meeting notes\nDate: 3 March 2019\n\n"
            "1) Review of the minutes\n- No comments were received.\n"
            "2) Decision on the use of the remaining funds\n"
            "- The team presented three options for the remaining funds.\n"
            "- Members asked for costs for each option.\n")
    d = parse(text, REF)
    assert d["recommendations"] == [] and d.get("decisions", []) == []


def test_a_heading_joining_notes_to_decisions_opens_the_decisions():
    text = ("# Steering group minutes\n\nDate: 5 July 2023\n\n## Notes/Decision\n\n"
            "1. Reporting: Partners will report once a month from August.\n"
            "2. Venue: Meetings move to the municipality hall.\n\n## Next meeting\n\n2 August 2023\n")
    d = parse(text, REF)
    texts = [r["text"] for r in d["recommendations"]]
    assert any("report once a month" in t for t in texts) and any("municipality hall" in t for t in texts)


def test_an_action_item_led_by_for_someone_names_its_owner():
    text = ("# Steering group minutes\n\nDate: 5 July 2023\n\n## Action Items\n\n"
            "* [ ] For Rami: Draft the terms of reference for the task force.\n"
            "* [ ] For the Secretariat: Book the hall for August.\n")
    got = owners(parse(text, REF))
    assert "draft the terms of reference" in got["Rami"]
    assert "the Secretariat" in got


def test_arabic_prose_names_a_speaker_after_a_short_title_and_after_a_title_with_a_slash():
    text = ("عقدت لجنة العودة اجتماعها يوم الأحد 3/9/2023.\n"
            "في البداية رحب د. سامر نبيل حداد، مدير عام مركز الرافدين للدراسات، بالحاضرين.\n"
            "رأس محافظ محافظة الوادي الاستاذ / كريم بن علي الساعدي ،بمقر المحافظة اجتماع اللجنة.\n")
    got = orgs(parse(text, REF))
    assert "سامر نبيل حداد" in got and "الرافدين" in (got["سامر نبيل حداد"] or "")
    assert got.get("كريم بن علي الساعدي") == "محافظة الوادي"


def test_arabic_chair_named_after_his_job_and_a_clause_after_the_comma_is_no_job():
    text = ("صوت مجلس محافظة الوادي، الأحد، خلال جلسته الاعتيادية برئاسة رئيسه ماهر سليم، على تشكيل لجنة "
            "لمتابعة ملف العائدين.\n")
    d = parse(text, REF)
    people = {p["name"]: p for p in d["participants"]}
    assert list(people) == ["ماهر سليم"] and "على تشكيل" not in (people["ماهر سليم"]["position"] or "")


def test_votes_of_a_council_are_its_decisions_in_both_languages():
    text = ("جلسة مجلس محافظة الوادي\n\n"
            "وأشار إلى أن المجلس صوت على استحداث مدرسة في قرية الشرقاط لخدمة العائدين.\n"
            "وتم التصويت بالإجماع على تخصيص أرض لمجمع سكني للأسر النازحة.\n")
    texts = [r["text"] for r in parse(text, REF)["recommendations"]]
    assert any("استحداث مدرسة" in t for t in texts) and any("تخصيص أرض" in t for t in texts)
    text = "Municipal council session, 4 May 2022\n\nThe council unanimously voted to open a second water point in Hay Al-Nour.\n"
    assert any("second water point" in r["text"] for r in parse(text, REF)["recommendations"])


def test_a_table_of_names_and_bodies_with_no_header_and_no_heading_is_the_attendance():
    from docx import Document
    doc = Document()
    for p in ("Draft Minutes", "Date: 14 March 2022", "Venue: IOM office"):
        doc.add_paragraph(p)
    table = doc.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, [("Hana Mirza", "UNHCR, (Chair)"), ("Jalal Aziz", "Cluster Secretariat"),
                                         ("Rosa Lind", "NRC (per phone)")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    doc.add_paragraph("The chair opened the meeting. It was agreed that partners share their plans by 1 April 2022.")
    buffer = io.BytesIO()
    doc.save(buffer)
    d = parse(read_bytes(buffer.getvalue(), "minutes.docx")[0], REF)
    got = orgs(d)
    assert set(got) == {"Hana Mirza", "Jalal Aziz", "Rosa Lind"}
    assert "UNHCR" in (d["participants"][0]["organisation_text"] or "")
    assert any("share their plans" in r["text"] for r in d["recommendations"])


def _word(text, x0, x1, top, size=11.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "fontname": "Arial"}


def test_pdf_arabic_a_word_raised_by_a_mark_stays_on_its_line_and_the_full_stop_ends_it():
    from ds_tracker.importer.pdf import _lines
    # visual order, letters reversed as a PDF holds them: "اللجنة عددًا." set with the tanween raising one word
    words = [_word(".ًادًدع", 60, 100, 97.0, 13.0), _word("ةنجللا", 110, 150, 100.0, 10.0)]
    lines = _lines(words)
    assert len(lines) == 1
    assert lines[0]["cells"][0].endswith(".") and not lines[0]["cells"][0].startswith(".")


def test_pdf_arabic_paragraph_set_flush_left_is_joined_back():
    from ds_tracker.importer.pdf import _add_line
    page = {"width": 600, "height": 800}
    first = {"cells": ["عقد المجلس اجتماعه الثاني برئاسة"], "size": 11, "bold": False, "rtl": True,
             "top": 50, "bottom": 61, "x0": 57, "x1": 540}
    second = dict(first, cells=["المحافظ وبحضور الأعضاء"], top=63, bottom=74, x0=60, x1=300)
    mark = dict(first, cells=["ً"], top=76, bottom=80, x0=200, x1=204)
    blocks = []
    for line in (first, second, mark):
        _add_line(blocks, line, 11, page)
    assert [b.text for b in blocks] == ["عقد المجلس اجتماعه الثاني برئاسة المحافظ وبحضور الأعضاء"]


def test_an_arabic_workshop_held_in_a_large_city_abroad_and_a_statement_is_no_city():
    text = ("عقد مركز الدراسات يوم الاثنين 6/5/2019 ورشة عمل حول أوضاع العائدين في العراق وسورية، في مقره في عمّان.\n"
            "وناقش المشاركون أوضاع العائدين.\n")
    sitting = parse(text, REF)["sittings"][0]
    assert sitting["date"] == "2019-05-06" and sitting["city"] == "عمّان"      # as written, as a labelled field
    text = "وذكرت المديرية في بيان: ان الاجتماع عقد في مقر المديرية لبحث ملف العائدين.\n"
    assert (parse(text, REF)["sittings"] or [{}])[0].get("city") is None


def test_a_due_date_typed_with_the_ordinal_glued_to_the_month():
    text = ("Livelihoods Working Group minutes\nDate: 3 May 2021\n\nActions\n"
            "- ACTION: All to send their cash figures to the chair, by next Friday, 14thMay.\n")
    actions = parse(text, REF)["actions"]
    assert [(a["owner"], a["due"]) for a in actions] == [("All", "2021-05-14")]


def test_a_speaker_named_with_his_body_after_the_comma_and_a_task_in_a_later_cell_of_a_slash_row():
    text = ("Education coordination meeting\nDATE: 5th March 2019\n\n"
            "Welcome / Mr. Yasin, Federal MoE, opened the meeting and thanked the partners.\n"
            "School repairs / The directorate can host two more classes. / Partners to share their repair plans.\n")
    d = parse(text, REF)
    assert [p["name"] for p in d["participants"]] == ["Yasin"]
    assert [a["owner"] for a in d["actions"]] == ["Partners"]


def bodies(text):
    return [e["body"] for e in parse(text, REF)["escalations"]]


def test_a_call_made_on_a_ministry_is_an_escalation_in_both_languages():
    assert bodies("ورشة عمل حول النقل العام\n\nوأوصى المشاركون بتوفير ممرات آمنة.وطالب المشاركون وزارة الصحة "
                  "بتطبيق المعايير على وسائلها.\n") == ["وزارة الصحة"]
    assert bodies("Transport workshop, 2 June 2021\n\nParticipants called on the Ministry of Transport to apply "
                  "the standards in all buses.\n") == ["Ministry of Transport"]


def test_a_meeting_named_next_and_a_committee_created_are_not_bodies_sent_up_to():
    assert bodies("Education Cluster minutes\nDate: 3 May 2020\n\nThe cluster advocated for one incentive scale. "
                  "It will be an agenda point in the next Inter-Sector Meeting.\n") == []
    assert bodies("Working group minutes\nDate: 3 May 2020\n\nAgenda\nRetreat follow-up: Endorse workplan Vote on "
                  "creation of Core Group/Steering Committee\n") == []


def _pdf_line(cells, top, size=10.0):
    """A PDF line as pdf.py makes it: cells with their x spans and words."""
    words, spans, x = [], [], 60.0
    for i, cell in enumerate(cells):
        x = 60.0 + 150.0 * i
        start = x
        for w in cell.split():
            words.append((x, x + 6 * len(w), w))
            x += 6 * len(w) + 4
        spans.append((start, x - 4))
    return {"cells": cells, "spans": spans, "words": words, "starts": [s[0] for s in spans], "top": top,
            "bottom": top + size, "size": size, "rtl": False, "x0": 60.0, "x1": x}


def test_an_unruled_pdf_list_of_one_person_per_line_is_a_row_per_line():
    from ds_tracker.importer.pdf_gutters import gutter_table
    people = [("Rana Aziz", "UNHCR", "rana@example.org"), ("Omar Said", "IOM", "omar@example.org"),
              ("Lina Haddad", "NRC", "lina@example.org"), ("Sami Karim", "Hope Aid", "sami@example.org")]
    lines = [_pdf_line(list(p), 100 + 12 * i) for i, p in enumerate(people)]
    used, rows = gutter_table(lines)
    assert used == 4 and [r[0] for r in rows] == ["Rana Aziz", "Omar Said", "Lina Haddad", "Sami Karim"]


def test_a_numbered_topic_after_the_attendance_ends_it_and_is_read_as_what_it_says():
    text = ("Protection meeting\nDate: 6 June 2012\n\nParticipants:\n\nRana Aziz\tUNHCR\nOmar Said\tIOM\n"
            "Lina Haddad\tNRC\n\n1. Adoption of the agenda – agenda adopted without changes\n"
            "2. Review of the minutes – minutes of the last meeting adopted\n")
    d = parse(text, REF)
    assert set(orgs(d)) == {"Rana Aziz", "Omar Said", "Lina Haddad"}
    assert len(d["decisions"]) == 2


def test_a_task_in_a_later_sentence_of_a_bullet_is_an_action():
    text = ("Advisory group notes\nDate: 3 March 2019\n\n1) Minutes of the last meeting\n"
            "- No further comments were received. However, the Support Team will circulate the minutes once more.\n")
    got = owners(parse(text, REF))
    assert "the Support Team" in got or "Support Team" in got


def test_arabic_the_attendees_decided_approving_recommendations_and_a_committee_charged_with_a_task():
    text = ("اجتمعت الهيئة الإدارية للرابطة يوم الخميس برئاسة السيد كامل حسن، رئيس الرابطة.\n"
            "وناقش الاجتماع خطة العام القادم، كما كلفت لجنة بمراجعة الموازنة قبل نهاية الشهر.\n"
            "وقرر الحاضرون تأجيل الانتخابات إلى الدورة القادمة.\n"
            "كما تم إقرار التوصيات اللازمة تمهيداً لرفعها إلى مجلس المحافظة.\n")
    d = parse(text, REF)
    texts = [r["text"] for r in d["recommendations"]]
    assert any("تأجيل الانتخابات" in t for t in texts) and any("إقرار التوصيات" in t for t in texts)
    assert any(a["owner"] == "لجنة" and "مراجعة الموازنة" in a["text"] for a in d["actions"])


def test_a_header_table_of_label_and_value_pairs_gives_the_place_date_and_chair():
    text = ("Protection Working Group Meeting - Minutes\n\n"
            "Meeting Name\tProtection Working Group\tMeeting Location\tAmman\n"
            "Chair person\tNadia Salem\tMinutes Prepared by\tNadia Salem\n"
            "Meeting Date\t12 March 2014\tMeeting Time\t10:00-12:00\n\n"
            "Participants: UNHCR (chair), CARE, IRC, Mercy Corps, OCHA.\n")
    d = parse(text, REF)
    assert d["sittings"][0]["date"] == "2014-03-12" and d["sittings"][0]["city"] == "Amman"
    assert [p["name"] for p in d["participants"]] == ["Nadia Salem"]


def test_a_chair_named_by_body_then_the_person_on_the_next_line_and_the_table_wins_for_a_facilitator():
    text = ("SHELTER CLUSTER MEETING\nFriday March 1, 2013, Tagum City\n\n1. Introductions\n"
            "· Chaired by MoSA:\nLeila Ramos (0917000000)\n· Co facilitated by IFRC:\nTomas Berg (0918000000)\n\n"
            "List of Attendees:\nName / Organization / Position\n1. Tomas Berg / SC Coordination team / Coordinator\n"
            "2. Ana Cruz / CARE / Project Assistant\n")
    got = orgs(parse(read_bytes(text.encode(), "minutes.txt")[0], REF))
    assert got["Leila Ramos"] == "MoSA" and got["Tomas Berg"] == "SC Coordination team"


def test_a_date_with_a_two_digit_year_and_inline_labels_in_title_case():
    d = parse("Minutes 14.03.15 Livelihoods Sub-Working Group\n\nAgencies present: UNICEF, DRC.\n", REF)
    assert d["sittings"][0]["date"] == "2015-03-14"
    d = parse("Cluster Coordination Meeting Date: Wed 9th December, 2015 Time: 3:10 PM Venue: UNHCR Office, Amman "
              "Participants: UNHCR, DRC\n", REF)
    assert d["sittings"][0]["city"] == "Amman"


def test_a_one_cell_per_line_action_table_whose_header_says_agency_ies():
    text = "Coordination meeting, 4 May 2020\n\nAction Point\nResponsible Agency(ies)\nShare the PA report\nUNHCR\n"
    actions = parse(read_bytes(text.encode(), "m.txt")[0], REF)["actions"]
    assert [(a["text"], a["owner"]) for a in actions] == [("Share the PA report", "UNHCR")]


def test_arabic_stressed_the_need_agreed_in_the_meeting_and_a_post_comma_name():
    text = ("بحث اجتماع ضم وزير الزراعة، كريم الساعدي، ومدير عام التخطيط، هالة يوسف حسن، خطة الموسم.\n"
            "شدد المجتمعون على ضرورة دعم المزارعين العائدين.\n"
            "واتفق في الاجتماع على تشكيل فريق مشترك للمتابعة.\n")
    d = parse(text, REF)
    assert {p["name"] for p in d["participants"]} == {"كريم الساعدي", "هالة يوسف حسن"}
    texts = [r["text"] for r in d["recommendations"]]
    assert any("دعم المزارعين" in t for t in texts) and any("فريق مشترك" in t for t in texts)


def test_first_names_alone_in_an_attendance_list_and_an_entity_left_in_markdown():
    text = "# Minutes\n\nDate : 9-09-18\n\n## Attendees:\n\n* Rania Aziz\n* Hassan&#x20;\n* Omar Said\n\n## Notes\n\nNone.\n"
    d = parse(read_bytes(text.encode(), "minutes.md")[0], REF)
    assert [p["name"] for p in d["participants"]] == ["Rania Aziz", "Hassan", "Omar Said"]
    assert d["sittings"][0]["date"] == "2018-09-09"


def test_an_attendees_row_of_a_key_value_table_lists_the_people():
    text = ("| Key | Value |\n| --- | --- |\n| Date : | 27.11.2024 |\n| Chair | Lena Berg |\n"
            "| Attendees : | Lena Berg, Omar Said, Maya Rossi |\n\nAgenda items:\n- Opening by chair\n")
    d = parse(read_bytes(text.encode(), "minutes.md")[0], REF)
    assert {p["name"] for p in d["participants"]} == {"Lena Berg", "Omar Said", "Maya Rossi"}
