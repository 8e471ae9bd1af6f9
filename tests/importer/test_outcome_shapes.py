"""Recommendations, decisions, action points and escalations in the shapes real minutes take (invented text)."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def actions(draft):
    return [(a["text"], a["owner"], a["due"]) for a in draft["actions"]]


def test_an_action_table_copied_one_cell_a_line_column_by_column_with_its_next_page_after_it():
    text = ("Shelter Cluster Meeting\nDate: 4 March 2015\n\nMEETING Action points\n"
            "ACTION ITEM\nCirculate the kit list to all partners\nUpdate the district gap map\n"
            "RESPONSIBLE PARTY\nCluster partners\nCluster partners\nTIMELINE\nMar. 10th\nMar. 10th\n"
            "Share the winterisation plan with donors\nTo complete the list of collective centres in the\n"
            "northern districts\nCluster IM\nCluster partners\nMar. 17\nth\nMar. 12\n"
            "NEXT MEETING\nTBA\n")
    assert actions(parse(text, REF)) == [
        ("Circulate the kit list to all partners", "Cluster partners", "2015-03-10"),
        ("Update the district gap map", "Cluster partners", "2015-03-10"),
        ("Share the winterisation plan with donors", "Cluster IM", "2015-03-17"),
        ("To complete the list of collective centres in the northern districts", "Cluster partners", "2015-03-12")]


BULLETED_ACTION_CELL = [
    ("Maria Lopez (global support team) presented her mission, which covered: · Scope · Work plan · Timing",
     ["Maria to brief the cluster members on her findings during her last week", 
      "Cluster coordinator to arrange the field visits for the mission."]),
    ("The lead agency presented the 2017 work plan: · Update the guideline (May) · Train the district focal "
     "points (June)", ["UNICEF Water Section will recruit one national consultant"]),
]


def test_a_flattened_table_whose_last_column_lists_action_points_with_typed_bullets():
    lines = ["Sector meeting", "Date: 6 April 2017", "", "Agenda items & Discussion Points / Action points"]
    for n, (discussion, items) in enumerate(BULLETED_ACTION_CELL, 1):
        head, *points = discussion.split(" · ")
        lines.append(f"{n} / {head}")
        for k, point in enumerate(points):
            last = k == len(points) - 1
            lines.append(f"·  {point}" + (f" / ·  {items[0]}" if last else ""))
        lines += [f"·  {item}" for item in items[1:]]
    got = actions(parse("\n".join(lines) + "\n", REF))
    assert [(t[:20], o) for t, o, _d in got] == [("Maria to brief the c", "Maria"),
                                                  ("Cluster coordinator ", "Cluster coordinator"),
                                                  ("UNICEF Water Section", "UNICEF Water Section")]


def test_the_same_table_in_a_word_file_its_action_cell_with_typed_bullets():
    import io

    from docx import Document

    from ds_tracker.importer.files import read_bytes
    doc = Document()
    doc.add_paragraph("Sector meeting, 6 April 2017")
    table = doc.add_table(rows=1 + len(BULLETED_ACTION_CELL), cols=3)
    for cell, head in zip(table.rows[0].cells, ("", "Agenda items & Discussion Points", "Action points")):
        cell.text = head
    for n, (row, (discussion, items)) in enumerate(zip(table.rows[1:], BULLETED_ACTION_CELL), 1):
        row.cells[0].text, row.cells[1].text = str(n), discussion
        row.cells[2].text = " ".join(f"· {i}" for i in items)
    buffer = io.BytesIO()
    doc.save(buffer)
    got = actions(parse(read_bytes(buffer.getvalue(), "minutes.docx")[0], REF))
    assert [o for _t, o, _d in got] == ["Maria", "Cluster coordinator", "UNICEF Water Section"]


def test_main_decisions_and_action_points_numbered_a_body_approving_and_a_task_with_two_dates():
    text = ("Humanitarian Country Team meeting\nDate: 17 May 2018\n\nA. Main decisions and action points:\n"
            "(1) The HCT approved the admission of the national society as an observer, in line with the usual "
            "arrangement;\n"
            "(2) The ICCG to send comments on the draft return strategy by COB 21 May; the final text will then be "
            "shared for endorsement by 30 May.\n"
            "B. Agenda items, key points, decisions and actions agreed:\nIssue / Key Points/ActionI. Opening\n")
    d = parse(text, REF)
    assert [r["text"][:33] for r in d["decisions"]] == ["The HCT approved the admission of"]
    assert actions(d) == [("The ICCG to send comments on the draft return strategy", "The ICCG", "2018-05-21")]


def test_a_report_on_one_line_its_decisions_before_an_inline_action_point():
    text = ("Minutes of the Steering Group, 3 March 2011. Project update Update was shared with all members. "
            "Work plan The members discussed the work plan format in some detail and how to report on it to the "
            "donor. The Steering Group unanimously selected CARE as Chair for one year. Agreement was to try the new "
            "format for one quarter. The toolkit to be developed at the next meeting. Action Point: Lina to share "
            "the draft toolkit with the group.\n")
    d = parse(text, REF)
    texts = [r["text"] for r in d["decisions"]]
    assert any(t.startswith("The Steering Group unanimously selected CARE") for t in texts)
    assert any(t.startswith("Agreement was to try the new format") for t in texts)
    assert actions(d) == [("Lina to share the draft toolkit with the group", "Lina", None)]
    assert not any("to be developed" in r["text"] for r in d["recommendations"])    # a plan, not decided


def test_several_action_points_named_inside_one_paragraph_each_up_to_the_next_topic():
    text = ("Child Protection Working Group – Camp North, Monday, May 5th 2014 Minutes Chair: NRC\n\n"
            "AOB:  Referral audit: sessions ongoing. GBV/CP: Gaps between the two groups remain. Action point: "
            "a joint meeting every 6th week for all members. NRC and IMC to confirm the date of the joint meeting "
            "(Monday 19th?)  Case management: weak knowledge of the referral pathways among field staff. Action "
            "Point: CP-WG to map the service providers. UNICEF to share the district contact list.\n")
    got = actions(parse(text, REF))
    assert [(t[:30], o) for t, o, _d in got] == [
        ("a joint meeting every 6th week", None), ("NRC and IMC to confirm the dat", "NRC and IMC"),
        ("CP-WG to map the service provi", "CP-WG"), ("UNICEF to share the district c", "UNICEF")]


def test_an_arabic_statement_whose_next_lines_stress_more_points_without_naming_the_body_again():
    text = ("وأوصى الملتقى في بيانه الختامي بتسريع صرف المنح للعائلات العائدة، ودعم البلديات في إعادة الخدمات.\n"
            "واكد ضرورة استمرار التنسيق بين الدوائر لضمان عودة آمنة للعائلات.\n"
            "وركز البيان على \"اعتماد خطط شاملة تشمل الحكومة والمجتمع، مع مراعاة احتياجات كل عائلة\".\n"
            "وقد عقد الملتقى في بغداد يوم الخميس بحضور ممثلين عن الوزارات.\n")
    texts = [r["text"] for r in parse(text, REF)["recommendations"]]
    assert any("ضرورة استمرار التنسيق بين الدوائر" in t for t in texts)
    assert any("اعتماد خطط شاملة" in t for t in texts)
    assert not any("وقد عقد الملتقى" in t for t in texts)


def test_arabic_news_of_a_meeting_the_needs_it_stressed_inside_its_sentences():
    text = ("المحافظ يناقش واقع العمل الخدمي\n"
            "ترأس المحافظ الاجتماع الدوري للجنة الخدمات بحضور أعضاء اللجنة. وتم خلال الاجتماع مناقشة واقع العمل "
            "الخدمي وضرورة عرض خطط الدوائر على اللجنة قبل التنفيذ. وشدد المحافظ على ضرورة الانتهاء من مشروع "
            "الصرف الصحي قبل الشتاء.\n")
    texts = [r["text"] for r in parse(text, REF)["recommendations"]]
    assert any("ضرورة عرض خطط الدوائر" in t for t in texts)
    assert any("ضرورة الانتهاء من مشروع الصرف الصحي" in t for t in texts)
    assert not any(t.startswith("ترأس المحافظ") for t in texts)


def test_arabic_council_news_what_was_adopted_postponed_formed_and_urged():
    text = ("ناقش المجلس البلدي في جلسته الدورية عددا من المواضيع وقال رئيس المجلس بانه تم إعتماد الموازنة "
            "التشغيلية للبلدية للعام المالي. وكذلك تم استعراض المشاريع المتأخرة وايضا حث البلدية على تسريع "
            "طرح المشاريع الجديدة. كما تم تأجيل مناقشة خطة النظافة الى جلسة قادمة. "
            "واللجان التي تم تشكيلها هي لجنة الخدمات ولجنة الاستثمار.\n")
    texts = " | ".join(r["text"] for r in parse(text, REF)["recommendations"])
    for said in ("تم إعتماد الموازنة", "حث البلدية على تسريع", "تم تأجيل مناقشة خطة النظافة", "تم تشكيلها"):
        assert said in texts


def test_decisions_beside_a_task_in_an_action_point_bullet():
    text = ("Protection Cluster meeting\nDate: 11 April 2023\n\nUpdates\n"
            "  • NRC is recruiting a co-coordinator. Expected start date is May/2023 Action points:\n\n"
            "  • Partners need to upload their projects in the tracker by 30/Apr/2023.\n\n"
            "  • PC to share the first draft of the work plan by May/2023. The committee to be formed to review the "
            "plan. Partners who wish to join are advised to contact the coordinator\n\n"
            "  • Future cluster meetings will be on the second Tuesday of each month. OCHA to be told of this.\n")
    d = parse(text, REF)
    texts = [r["text"] for r in d["recommendations"]]
    assert any(t.startswith("The committee to be formed to review the plan") for t in texts)
    assert any(t.startswith("Future cluster meetings will be on the second Tuesday") for t in texts)
    assert ("Partners need to upload their projects in the tracker", "Partners", "2023-04-30") in actions(d)
    assert ("PC to share the first draft of the work plan", "PC", "2023-05-31") in actions(d)
    assert not any("out of" in t for t in texts)


def test_a_decision_on_the_line_that_ends_by_opening_the_action_points():
    text = ("Information Management Working Group Meeting Minutes - as of 8 February 2018\n\n"
            "1. Welcome and reading of previous minutes\n\n"
            " The chair went through the minutes of the previous meeting which were acknowledged by members. \n\n"
            "2. Calendar\n\n The calendar was shared with members for comments.\n\n"
            " The working group meetings are weekly until May then will be reduced to once a month Action points:\n\n"
            " Members to send their comments on the calendar to the coordinators. \n")
    d = parse(text, REF)
    texts = [r["text"] for r in d["recommendations"]]
    assert any("acknowledged by members" in t for t in texts)
    assert any(t.startswith("The working group meetings are weekly") for t in texts)
    assert [o for _t, o, _d in actions(d)] == ["Members"]


def test_no_escalation_for_a_point_not_raised_a_doer_after_by_or_an_agenda_header():
    for sentence in ("The coordinator said the payments issue had not been raised at ICCG as no ICCG meeting was "
                     "held since March.",
                     "The cluster named submitting the list of damaged schools as a priority to be carried out by "
                     "the Ministry of Education.",
                     "Agenda item(s)/main points and decisions / ACTION POINTS- Welcome: The meeting was chaired by "
                     "the Cluster Coordinator."):
        d = parse(f"Cluster meeting\nDate: 2 April 2014\n\n{sentence}\n", REF)
        assert d["escalations"] == [], sentence
    d = parse("Cluster meeting\nDate: 2 April 2014\n\nThe plan will be submitted to the ICCG for endorsement.\n", REF)
    assert [e["body"] for e in d["escalations"]] == ["ICCG"]


def test_a_wrapped_numbered_action_point_whose_second_sentence_sets_another_owner():
    text = ("Education Cluster meeting\nDate: 27 October 2014\n\nAction points\n"
            "1: DoE to share the contact at the directorate\nresponsible for registration.\n"
            "2: REACH to translate the list of\nschools. MoE to check it\n"
            "3: All partners are to share plans with the\ndirectorate. Also to copy the IM officer.\n")
    got = [(t, o) for t, o, _d in actions(parse(text, REF))]
    assert got[1:3] == [("REACH to translate the list of schools", "REACH"), ("MoE to check it", "MoE")]
    assert len(got) == 4 and got[3][1] == "All partners"


def test_tasks_among_dashed_items_of_minutes_flattened_onto_one_line():
    text = ("Shelter Cluster Meeting Points/Actions MEETING NOTES Name of Meeting Shelter Cluster Meeting – "
            "Post-Cyclone Response Date 4 May 2016 Agenda Updates Points - Lena introduced the new coordinator, "
            "Omar Haddad. - Partners were urged to finalise their project sheets before the deadline. - Health "
            "Cluster to hold a working group meeting on the restoration of clinics. - Cases of fever reported on "
            "two islands. Responsible Person/Agency Status / Deadline Lena / UNICEF - Lena to follow up\n")
    got = [(t[:22], o) for t, o, _d in actions(parse(text, REF))]
    assert got == [("Health Cluster to hold", "Health Cluster"), ("Lena to follow up", "Lena")]


def test_a_table_whose_one_column_holds_key_points_and_actions_together():
    text = ("Humanitarian Country Team meeting\nDate: 17 May 2018\n\nB. Agenda items, key points, decisions and "
            "actions agreed:\n\nIssue\tKey Points/Action\n"
            "I. Opening\t· The HC welcomed the members. · The HC requests all members to report their flood "
            "response this week. · The HC will meet the donors next month. · The HCT approved the revised "
            "workplan. · Sectors to send their flood figures to OCHA by 20 May.\n")
    d = parse(text, REF)
    assert actions(d) == [("Sectors to send their flood figures to OCHA", "Sectors", "2018-05-20")]
    assert [r["text"] for r in d["decisions"]] == ["The HCT approved the revised workplan."]


def test_a_long_paragraph_under_action_points_that_names_a_body_sets_no_task():
    text = ("Shelter Sector WG\nDate: 21 July 2016\n\nAgenda item\nDiscussions\nAction points\n"
            "Stock of kits\nUNHCR's current stock of kits is meant as a pool for all agencies - not only for UNHCR "
            "to distribute. Any agency may send in a request per site, provided it has first agreed it with the "
            "other actors on that site, including the site manager.\n"
            "Coordinator to upload the minutes on the sector page.\n")
    assert actions(parse(text, REF)) == [("Coordinator to upload the minutes on the sector page", "Coordinator", None)]


def test_decisions_reviewed_and_endorsed_or_to_be_endorsed_by_the_cluster():
    text = ("WASH cluster meeting\nDate: 28 January 2010\n\n1. Review of the decision of the previous meeting.\n\n"
            "• Action points of the previous meeting of 14 January were reviewed, discussed and endorsed.\n\n"
            "• The revised hygiene kit will be presented during the March meeting and will be endorsed by the "
            "cluster.\n")
    texts = [r["text"] for r in parse(text, REF)["decisions"]]
    assert any("reviewed, discussed and endorsed" in t for t in texts)
    assert any("will be endorsed by the cluster" in t for t in texts)


def test_the_action_cell_of_a_flattened_row_under_a_cue_at_a_lines_end():
    text = ("Protection Cluster Meeting Minutes\nWednesday 2nd April, 2014\n"
            "Agenda item(s)/main points and decisions / ACTION POINTS AND AGREEMENTS- Welcome and follow up on "
            "action points:\nThe meeting was chaired by the coordinator.\n"
            "The relocation group reported that the PC is preparing consultations with the municipalities on the "
            "relocation plans of each municipality in the third week of April and on the assistance given in the "
            "temporary sites. Moreover, the advocacy papers will be shared. / -PC will share the report on the "
            "findings with OCHA for further follow-up\n")
    assert [(t[:28], o) for t, o, _d in actions(parse(text, REF))] == [("PC will share the report on ", "PC")]


def test_a_bodys_own_update_naming_its_next_step_is_no_action_point_but_no_amendment_to_minutes_is_a_decision():
    text = ("Shelter Cluster meeting\nDate: 19 April 2024\n\nValidation of meeting minutes\n"
            "No items to add or amend to the meeting minutes from 5 April 2024.\n\nPartner updates\n\n"
            "IOM has completed the distributions in the north with its partner. We are starting the next round. "
            "IOM will carry out a rent assessment for 100 households in the east.\n\n"
            "UNHCR said the stock is low. However, the secretariat will circulate the gap analysis.\n")
    d = parse(text, REF)
    assert any(r["text"].startswith("No items to add or amend") for r in d["decisions"])
    assert [(t[:34], o) for t, o, _d in actions(d)] == [("the secretariat will circulate the", "the secretariat")]


def test_an_arabic_call_on_bodies_to_act_opening_a_news_item():
    text = ("دعت محافظة الزبير الدوائر الحكومية إلى متابعة مشاريعها وتقييم إنجازها بشكل دوري.\n"
            "ودعا المحافظ الأعضاء إلى حضور الاجتماع القادم.\n")
    texts = [r["text"] for r in parse(text, REF)["recommendations"]]
    assert any("إلى متابعة مشاريعها" in t for t in texts)
    assert not any("حضور الاجتماع" in t for t in texts)
