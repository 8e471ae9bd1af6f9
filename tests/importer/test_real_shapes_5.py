"""Shapes met in real published minutes nobody on the team had seen (issue 12, holdout corpus), written here in the
same shape with invented text: escalations asked "for approval" or by a meeting with a minister, a call on a body
made with a noun, items numbered "١_", wrapped prose that is no heading."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def bodies(draft):
    return [e["body"] for e in draft["escalations"]]


def test_outputs_shared_with_a_body_for_final_approval_go_up_to_it():
    text = ("Shelter Technical Group meeting\nDate: 3 March 2021\n\nTerms of reference\n"
            "The draft terms of reference were discussed at length.\n"
            "The revised terms will be shared with the TCG for final approval.\n")
    assert "TCG" in bodies(parse(text, REF))


def test_a_task_to_meet_a_minister_or_take_an_issue_up_in_a_higher_forum_is_an_escalation():
    text = ("Camp Coordination meeting\nDate: 9 May 2019\n\nAction points\n"
            "CC to meet the Deputy Minister on the land allocation\n"
            "Coordinator to take up the issue of the water supply in ICCG and with local authorities\n")
    got = bodies(parse(text, REF))
    assert "Deputy Minister" in got and "ICCG" in got


def test_the_government_acting_is_not_an_escalation_to_it():
    text = ("WASH meeting\nDate: 9 May 2019\n\nUpdates\n"
            "Concerns were raised by members on the sudden decision of the Government to close the camp.\n")
    assert bodies(parse(text, REF)) == []


def test_arabic_items_numbered_with_an_underscore_and_votes_written_without_hamza():
    text = ("مجلس المحافظة يعقد جلسته\n\nعقد المجلس اليوم الاحد ١٢/٣/٢٠٢٠ جلسته الاعتيادية وتمت مناقشة ما يلي :\n"
            "١_ تم التصويت بالاجماع على مطالبة مجلس النواب الاتحادي بإقرار الموازنة التكميلية للمحافظة .\n"
            "٢_ تم التصويت بالاجماع على تشكيل لجنة لمتابعة مشاريع الطرق المتلكئة في الاقضية .\n")
    d = parse(text, REF)
    texts = " ".join(r["text"] for r in d["recommendations"])
    assert "الموازنة التكميلية" in texts and "مشاريع الطرق" in texts
    assert "مجلس النواب الاتحادي" in bodies(d)


def test_arabic_recommendations_presented_to_a_committee_go_up_to_it_but_its_own_recommendation_does_not():
    text = ("اجتماع لجنة النازحين\n\nدعت اللجنة البلديات الى تحديث البيانات وتقديم توصياتها للجنة الإغاثة في أسرع وقت.\n"
            "وناقش الاجتماع توصية اللجنة الفرعية بخصوص المخيمات.\n")
    got = bodies(parse(text, REF))
    assert "لجنة الإغاثة" in got and not any("الفرعية" in b for b in got)


def test_a_wrapped_sentence_ending_in_a_section_word_is_no_heading():
    text = ("WASH Cluster meeting\nDate: 24 June 2015\n\nAction Points\n"
            "WCC to follow up with the water directorate on a closer venue for\n"
            "the meeting. It was noted that the\n"
            "discussion is pending.\n"
            "RI to present the committee progress at the next meeting. This item is on the\n"
            "agenda for this meeting\n"
            "IMO to upload the approved minutes to the website\n")
    owners = [a["owner"] for a in parse(text, REF)["actions"]]
    assert owners.count("WCC") == 1 and "RI" in owners and "IMO" in owners


def test_a_private_use_bullet_from_a_pdf_marks_an_item():
    text = ("Protection meeting\nDate: 2 July 2018\n\nAction points\n"
            "\uf0d8 NPC to share the presentation with partners by 10 July 2018\n"
            "\uf0d8 CP sub-cluster to circulate the targets by 12 July 2018\n")
    acts = parse(text, REF)["actions"]
    assert [a["owner"] for a in acts] == ["NPC", "CP sub-cluster"]
    assert acts[0]["text"].startswith("NPC") and acts[0]["due"] == "2018-07-10"


def recs(draft):
    return [r["text"] for r in draft["recommendations"]]


def test_decisions_stated_in_prose_without_a_heading():
    text = ("Health Cluster meeting\nDate: 4 April 2016\n\nReview of tools\n"
            "Agreed that the referral form will be shortened to one page.\n"
            "The revised screening checklist with input from partners was approved.\n"
            "MSF/ALIMA agreed to extend the mobile clinics until the end of May.\n"
            "The chair thanked the partners for their updates.\n")
    got = " | ".join(recs(parse(text, REF)))
    assert "referral form" in got and "screening checklist" in got and "mobile clinics" in got
    assert "thanked" not in got


def test_a_recommendation_wrapped_over_lines_is_read_whole_and_only_once():
    text = ("Camp Management meeting\nDate: 4 April 2016\n\nFunding\n"
            "A donor meeting was held last week and the notes were shared. Several gaps\n"
            "were raised. The donors recommended that the cluster review its\n"
            "priorities and come back to them with a costed plan.\n")
    got = recs(parse(text, REF))
    assert len(got) == 1 and got[0].startswith("The donors recommended") and got[0].endswith("costed plan.")


def test_arabic_news_account_of_what_a_committee_recommended_and_whom_it_charged():
    text = ("عقدت لجنة المشاريع اجتماعها الثالث بتاريخ 3 آذار 2024 لمتابعة مشروع المدينة الصناعية.\n\n"
            "وأوصت اللجنة بتكليف محافظة ذي قار باستكمال إجراءات تخصيص الأرض لأغراض المشروع. "
            "كما أوصت بعقد اجتماع تنسيقي يضم دائرة الكهرباء ودائرة الماء لبحث خطوط الخدمات.\n")
    d = parse(text, REF)
    got = recs(d)
    assert any("تخصيص الأرض" in r and "اجتماع تنسيقي" not in r for r in got)
    assert any("اجتماع تنسيقي" in r for r in got)
    assert any(a["owner"] == "محافظة ذي قار" for a in d["actions"])


def test_arabic_decisions_listed_in_a_news_sentence_charge_bodies_named_with_a_place():
    text = ("جانب من اجتماع هيئة التنسيق\n\n"
            "وتمخض عن الاجتماع العديد من القرارات بينها إلزام اللجان الفرعية في البصرة والمحافظات، بإنجاز "
            "المهام المكلفة بها خلال المدة المحددة.\n")
    d = parse(text, REF)
    assert any("إلزام اللجان الفرعية" in r for r in recs(d))
    assert any(a["owner"] == "اللجان الفرعية في البصرة والمحافظات" for a in d["actions"])


def test_a_wingdings_bullet_that_lost_its_font_still_marks_an_item():
    text = ("Shelter meeting\nDate: 4 April 2016\n\nAction points\n"
            "Ø ECHO team to visit the new site by 20 April 2016\n"
            "Ø Partners to send their stock figures by 22 April 2016\n")
    acts = parse(text, REF)["actions"]
    assert [a["due"] for a in acts] == ["2016-04-20", "2016-04-22"]
    assert acts[0]["text"].startswith("ECHO team")


def city(draft):
    return (draft["sittings"] or [{}])[0].get("city")


def test_a_header_line_that_names_the_city_after_an_office_or_a_time():
    text = "Nutrition Cluster Meeting\n7 June 2011\nWFP Nairobi – 14.00hrs\nParticipants:\nAli Omar\tWFP\n"
    assert city(parse(text, REF)) == "Nairobi"
    text = ("Minutes of the Cash Working Group Meeting\nKano, Kano State, Nigeria /\nDate\t3 March 2018\n\n"
            "Attendance / IOM, WFP\n")
    assert city(parse(text, REF)) == "Kano"
    text = "SHELTER CLUSTER MEETING\nTUESDAY 4 MARCH, 2014\nCITY HALL ANNEX, ILOILO CITY, PHILIPPINES\n\n1. Welcome\n"
    assert city(parse(text, REF)) == "Iloilo City"


def test_a_city_after_the_host_in_held_at_and_none_from_a_common_word():
    text = "Minutes of the health cluster meeting held at WHO Peshawar on 12.02.2011\n\n1. Updates\n"
    assert city(parse(text, REF)) == "Peshawar"
    text = "Protection Working Group\nSupport – Minutes\n12 March 2014\n\n1. Updates\n"
    assert city(parse(text, REF)) is None


def test_one_month_written_under_two_names_is_one_date():
    text = "الوكيل يناقش أوضاع المخيمات\nالاثنين 15 مارس - آذار 2021 الساعة 10 صباحا\nبحث الوكيل اليوم مع المنظمات أوضاع المخيمات.\n"
    assert parse(text, REF)["sittings"][0]["date"] == "2021-03-15"


def test_the_place_of_a_project_the_meeting_followed_up_is_not_where_it_met():
    text = ("عقدت لجنة المشاريع اجتماعها الأول بتاريخ 5 آذار 2024، لمتابعة تنفيذ مشروع المجمع السكني "
            "في قضاء الزبير بمحافظة البصرة.\n\nوأوصت اللجنة بتخصيص الأرض للمشروع.\n")
    assert city(parse(text, REF)) is None


def actions(draft):
    return [(a["owner"], a["text"], a["due"]) for a in draft["actions"]]


def test_a_row_of_an_action_table_without_an_owner_column_names_its_owner_in_its_words():
    text = ("Protection meeting\nDate: 2 July 2018\n\nFollow-up of action points\n\nAction points\n"
            "CPSC to share the training slides with partners.\tOngoing.\n"
            "GBV SC to circulate the referral pathway for Zakho.\tCompleted. Shared with the minutes.\n")
    got = actions(parse(text, REF))
    assert [o for o, _t, _d in got] == ["CPSC", "GBV SC"]


def test_one_item_that_sets_two_tasks_to_two_owners():
    text = ("Cash Working Group\nTuesday, 4 April 2017\n\n1. Updates\nPartners gave updates.\n"
            "Action Point\n- SCI to share the draft tool with members, and members to send comments to SCI by "
            "Friday 7 April 2017.\n")
    got = actions(parse(text, REF))
    assert ("SCI", "SCI to share the draft tool with members", None) in got
    assert ("members", "members to send comments to SCI", "2017-04-07") in got


def test_action_points_named_inside_a_line_of_prose():
    text = ("WASH meeting\nDate: 5 May 2020\n\nThe meeting opened with introductions. Action points from the last "
            "meeting: Sector to follow up with donors on the desludging gap after June. No partner committed to "
            "support. ACF agreed to continue the trucking until the end of July.\n"
            "Action Points: WHO to share the surveillance report every week.\n")
    d = parse(text, REF)
    owners = [o for o, _t, _d in actions(d)]
    assert owners == ["Sector", "WHO"]
    assert any("continue the trucking" in r["text"] for r in d["recommendations"])


def test_prose_beside_action_points_is_no_action_but_a_decision_there_is_kept():
    text = ("WASH Cluster meeting\nDate: 24 June 2015\n\nAction Points\n"
            "After the introductions the minutes of the last meeting were presented and\n"
            "adopted by the participants.\n"
            "It was also announced that a new co-coordinator would join on 1 July.\n"
            "RI to present the committee progress at the next meeting.\n")
    d = parse(text, REF)
    assert [o for o, _t, _d in actions(d)] == ["RI"]
    assert any("minutes of the last meeting were presented and adopted" in r["text"] for r in d["recommendations"])


def people(draft):
    return {p["name"]: (p.get("organisation_text") or p["organisation"], p["group"]) for p in draft["participants"]}


def test_an_inline_attendance_list_that_wraps_over_lines_and_misses_a_comma():
    text = ("Technical Working Group\nDate: 5 May 2015\nLocation: IFRC, Geneva\n"
            "Attendance: Ana Ruiz (IFRC / co-chair), Li Wei (CARE International UK – acting chair) Omar Said\n"
            "(IOM), Sara Lind (NRC) , Pablo Del Rio (UNHCR), Tom\n"
            "Berg (UNHCR)\n"
            "Apologies: Eva Moss (Co chair)\n\n1. Work plan\nThe work plan was discussed.\n")
    got = people(parse(text, REF))
    assert got["Li Wei"][0] == "CARE International UK" and got["Omar Said"][0] == "IOM"
    assert got["Tom Berg"][0] == "UNHCR" and got["Sara Lind"][0] == "NRC"


def test_an_arabic_numbered_attendance_list_in_two_groups_with_posts_after_the_names():
    text = ("تقرير لقاء مع وفد المنظمة\nيوم الاثنين الموافق 2/4/2013\n"
            "الحضور\n١. د. سالم يوسف عبد الله رئيس اللجنة\n٢. حسين علي كاظم عضو\n"
            "الضيوف\n١. ماريا لوبيز منسقة الشؤون الانسانية\n٢. جون سميث قسم الشؤون السياسية\n"
            "محاور الاجتماع :\n- قانون المحافظات.\n")
    got = people(parse(text, REF))
    assert got["حسين علي كاظم"][1] == "الحضور" and got["ماريا لوبيز"][1] == "الضيوف"
    assert got["جون سميث"][1] == "الضيوف"
    assert any(n.endswith("سالم يوسف عبد الله") and g == "الحضور" for n, (_o, g) in got.items())


def test_arabic_people_named_in_prose_after_a_meeting_that_included_them():
    text = ("المحافظ يناقش أوضاع المخيمات\nالاحد 14 مارس 2021\n"
            "بحث وكيل محافظة الحديدة الدكتور سالم ناجي مع المنظمات أوضاع المخيمات.\n"
            "جاء ذلك خلال لقاء ضم مسؤول الحماية بالمفوضية السامية لشؤون اللاجئين ليندا هول، ومنسقة كتلة الإيواء "
            "منى صالح، ومدير عام مكتب الصحة بالمحافظة المهندس عبد الكريم الحداد .\n")
    got = people(parse(text, REF))
    assert "سالم ناجي" in got
    assert got["منى صالح"][0] == "كتلة الإيواء"
    assert got["عبد الكريم الحداد"][0] == "مكتب الصحة" and "عبد الكريم" not in got
    assert "ليندا هول" in got


def test_titled_people_of_a_body_in_prose_after_an_attendance_list_of_bodies_by_acronym():
    text = ("SHELTER CLUSTER MEETING\nMarch 3, 2013\n\nATTENDANCE:\n\n"
            "Atty. Lina M. Reyes - DSWD Field 5\n\nMark Tan - Brgy. Lapu\n\nJoy Lim - OCD\n\nRey Cruz - HUDCC\n\n"
            "The meeting started with a prayer led by Ms. Ana P. Santos of DSWD Region 5. The chair welcomed all "
            "the partners and the agenda for the day was read out and adopted by the participants present.\n\n"
            "Ø Damage assessment as of March 1, 2013 presented by Asec. Ben Ong, DOH Central Office.\n")
    got = people(parse(text, REF))
    assert got["Lina M. Reyes"][0] == "DSWD Field 5"
    assert got["Mark Tan"][0] == "Brgy. Lapu"
    assert got["Ana P. Santos"][0] == "DSWD Region 5" and got["Ben Ong"][0] == "DOH Central Office"


def test_an_online_meeting_has_no_city_whatever_the_forum_is_called():
    text = ("BASRA WASH SUB-CLUSTER COORDINATION - MINUTES OF MEETING\n\n"
            "Venue Online Teams meeting Date and time March 3rd 2021 , 10:00 am Participants ACF, NRC, UNICEF\n\n"
            "The meeting opened with introductions.\n")
    d = parse(text, REF)
    assert d["sittings"][0]["date"] == "2021-03-03" and d["sittings"][0]["city"] is None
    text = "BASRA WASH SUB-CLUSTER MEETING\nDate: 3 March 2021\nVenue: Basra Water Directorate\n\n1. Updates\n"
    assert city(parse(text, REF)) == "Basra"


def test_a_task_set_to_a_unit_of_a_body_named_by_two_acronyms():
    text = ("Cash Working Group\nDate: 3 March 2018\n\n3ws /\nOCHA IM to work with the sector leads on the cash 4Ws\n"
            "Pending\n")
    assert any(a["owner"] == "OCHA IM" for a in parse(text, REF)["actions"])


def test_arabic_outcomes_under_a_heading_in_the_construct_state_and_the_task_they_set():
    text = ("اجتماع لجنة التنسيق في كركوك\nالتاريخ: 7/4/2024\n\nمخرجات الاجتماع:\n"
            "١- الاتفاق على تشكيل فريق لمسح المدارس المتضررة.\n"
            "٢- تكليف مديرية التربية بتحديث قوائم المدارس خلال شهر.\n")
    d = parse(text, REF)
    assert len(d["recommendations"]) == 2
    assert any(a["owner"] == "مديرية التربية" for a in d["actions"])


def test_a_decision_in_a_line_that_also_sends_something_up_is_kept():
    text = ("Protection meeting\nDate: 5 March 2024\n\n2. Evictions\nPartners reported new notices in two camps. "
            "It was agreed that the cluster will draft a joint note. The meeting also agreed to raise the issue "
            "with the Governor of Basra.\n")
    d = parse(text, REF)
    assert any("joint note" in r["text"] for r in d["recommendations"])
    assert [e["body"] for e in d["escalations"]] == ["Governor of Basra"]
    text = "اجتماع المحافظة\n\nوقرر الاجتماع تشكيل لجنة للمخيمات، كما تقرر رفع التوصيات الى مجلس الوزراء.\n"
    assert parse(text, REF)["recommendations"]


def test_action_rows_typed_with_dashes_owner_or_task_first():
    text = ("CCCM meeting\n12 May 2019, Erbil\n\nAction points:\n"
            "Camp management unit - circulate the revised timeline - 20 May 2019\n"
            "Share the camp profile - REACH - 25 May 2019\n")
    got = actions(parse(text, REF))
    assert ("Camp management unit", "circulate the revised timeline", "2019-05-20") in got
    assert ("REACH", "Share the camp profile", "2019-05-25") in got


def test_escalations_brought_to_the_attention_of_a_minister():
    text = ("ICCG meeting\nDate: 05.03.2024\n\nDiscussion\n"
            "The delays at the checkpoints were brought to the attention of the Minister of Interior.\n")
    assert bodies(parse(text, REF)) == ["Minister of Interior"]


def test_chairs_named_with_a_post_after_a_comma_and_a_body_after_from():
    text = ("Education Cluster meeting\n5 March 2024, Erbil\n\nThe meeting was chaired by Ms. Lina Haddad, Education "
            "Cluster Coordinator, and co-chaired by Mr. Sami Karim from Save the Children.\n\n1. Updates\n")
    got = {p["name"]: p for p in parse(text, REF)["participants"]}
    assert set(got) == {"Lina Haddad", "Sami Karim"}
    assert "Coordinator" in got["Lina Haddad"]["position"]
    assert (got["Sami Karim"].get("organisation_text") or got["Sami Karim"]["organisation"]) == "Save the Children"


def test_a_due_date_alone_on_the_line_under_its_action_point():
    text = ("Camp Coordination meeting\nDate: 9 May 2019\n\nAgenda item\n\nDiscussion\n\nAction Point\n\nDue date\n\n"
            "Site planning\n\nPartners discussed the drainage works in the new section.\n\n"
            "CC to follow up with the site engineer on the drainage plan\n\n21/05/2019\n\nWater supply\n\n"
            "The trucking contract ends in June.\n")
    got = actions(parse(text, REF))
    assert ("CC", "CC to follow up with the site engineer on the drainage plan", "2019-05-21") in got


def test_an_action_item_with_its_owner_and_deadline_in_brackets():
    text = ("Shelter meeting\nDate: 5 May 2022\n\nAction points\n"
            "1. Share the winter plan (Responsible: ACTED, Deadline: 12 May 2022)\n"
            "2. Update the kit pipeline (Responsible: Cluster IMO; Deadline: 20 May 2022)\n")
    got = actions(parse(text, REF))
    assert ("ACTED", "Share the winter plan", "2022-05-12") in got
    assert ("Cluster IMO", "Update the kit pipeline", "2022-05-20") in got


def test_an_action_named_at_the_end_of_a_paragraph_and_dated_without_a_year():
    text = ("Protection meeting\nDate: 5 May 2022\n\n1. Evictions\nPartners raised concerns about evictions in two "
            "camps. Action: DRC to follow up with the camp manager by 15th May.\n")
    assert ("DRC", "DRC to follow up with the camp manager", "2022-05-15") in actions(parse(text, REF))


def test_next_steps_dated_without_a_year_are_action_points():
    text = ("WASH meeting\nDate: 5 May 2022\n\nFollow-up:\n- ACF will share the water test results by COB "
            "Thursday 12 May.\n- REACH to confirm the survey schedule by 14th May.\n")
    got = actions(parse(text, REF))
    assert [(o, d) for o, _t, d in got] == [("ACF", "2022-05-12"), ("REACH", "2022-05-14")]


def test_arabic_action_points_whose_owner_leads_the_sentence():
    text = ("محضر اجتماع منتدى التنسيق\nالتاريخ: 5/5/2022\n\nالإجراءات:\n"
            "- تقوم دائرة الصحة بتزويد المنتدى بقوائم المراكز قبل 15/5/2022.\n"
            "- يتولى مكتب القائممقام التنسيق مع الشرطة المحلية.\n"
            "- على المنظمات الشريكة تحديث بيانات المشاريع خلال أسبوعين.\n")
    got = actions(parse(text, REF))
    assert [o for o, _t, _d in got] == ["دائرة الصحة", "مكتب القائممقام", "المنظمات الشريكة"]
    assert got[0][2] == "2022-05-15"


def test_apologies_are_no_participants_and_titles_are_no_part_of_a_name():
    text = ("Return Working Group meeting\n12 June 2023, Baghdad\n\nParticipants\n1. Lina Aziz, Protection Officer, "
            "UNHCR\n2. Omar Saleh, IOM\n\nApologies: DRC, NRC\n\n1. Updates\nThe group discussed returns.\n")
    assert set(people(parse(text, REF))) == {"Lina Aziz", "Omar Saleh"}
    text = ("اجتماع لجنة العودة\nالتاريخ: 5/5/2022\n\nالحضور: السيد علي حسن (مديرية الهجرة)، السيدة سارة محمد "
            "(اليونيسف)، المهندس كريم جواد (دائرة الماء).\n\nالتوصيات:\n1. تسريع صرف المنح للعائدين.\n")
    assert set(people(parse(text, REF))) == {"علي حسن", "سارة محمد", "كريم جواد"}


def test_suggestions_proposals_consensus_and_approvals_are_outcomes_in_both_languages():
    from ds_tracker.importer.outcome_words import outcome_kind
    assert outcome_kind("It was proposed that the cluster hold a workshop on land rights.") == "recommendation"
    assert outcome_kind("Consensus was reached on the referral pathway.") == "decision"
    assert outcome_kind("All partners agreed.") == "decision"
    assert outcome_kind("اقترح المشاركون عقد ورشة عمل حول السكن.") == "recommendation"
    assert outcome_kind("تمت الموافقة على خطة العمل للربع الثالث.") == "decision"
    assert outcome_kind("Partners agreed with the chair on the timing.") is None
    assert outcome_kind("The chair noted that the report was delayed.") is None


def test_a_sentence_that_carries_a_decision_on_in_a_long_paragraph():
    text = ("WASH cluster meeting\nDate: 28 January 2010\n\n2. Updates\n"
            "• Several partners are trucking water to the camps in the south but their work is not well coordinated "
            "and the district authorities asked for one list of sites and partners. It was decided that the district "
            "coordination meetings should be held every week and partners there must attend them. Similar meetings "
            "should also be started in the north. The chair thanked the partners.\n")
    got = recs(parse(text, REF))
    assert any(r.startswith("It was decided") for r in got)
    assert any(r.startswith("Similar meetings should also be started") for r in got)
    assert not any("thanked" in r for r in got)


def test_an_action_row_that_names_its_owner_after_from():
    text = ("Protection meeting\nDate: 2 July 2018\n\nAction points\n"
            "Guidance from PWG on advocacy requested by the partners in the north.\tOngoing.\n")
    assert [o for o, _t, _d in actions(parse(text, REF))] == ["PWG"]


def test_an_arabic_call_on_bodies_to_do_something_is_their_action():
    text = ("اجتماع لجنة النازحين\n\nودعت اللجنة المجالس البلدية لضرورة إرسال تقارير النازحين الشهرية في موعدها، "
            "وأشادت بجهود المتطوعين.\n")
    got = actions(parse(text, REF))
    assert any(o == "المجالس البلدية" and t.startswith("إرسال تقارير النازحين") for o, t, _d in got)


def test_a_concerns_and_recommendations_table_flattened_with_slashes():
    text = ("Shelter meeting\nJanuary 10, 2012\n\nAREAS OF CONCERNS RAISED DURING THE MEETING:\n\n"
            "AREAS OF CONCERN / RECOMMENDATION/REMARKS\n"
            "FAMILIES OUTSIDE CENTERS / Teams were already organized to visit the families outside the centers.\n"
            "The data for those families is still being consolidated with the data inside.\n"
            "SELECTION CRITERIA / The following criteria were presented:\n"
            "Families whose houses are totally damaged\n")
    got = recs(parse(text, REF))
    assert got == ["Teams were already organized to visit the families outside the centers.",
                   "The data for those families is still being consolidated with the data inside."]


def test_an_issue_and_recommendation_table():
    text = ("Education meeting\nDate: 4 May 2021\n\nIssue\tRecommendation\n"
            "Schools are crowded\tOpen a second shift in the two largest schools\n"
            "Teachers unpaid\tRaise the salary arrears with the directorate\n")
    assert len(recs(parse(text, REF))) == 2


def test_a_header_table_of_posts_and_the_people_holding_them():
    text = ("Minutes of Cash Working Group (CWG) Meeting\nKano, Kano State, Nigeria /\n"
            "Cash Coordinator\tAmina Bello\nCash Technical Coordinator\tJonas Berg\nDate and Location\t3 March 2018\n\n"
            "Attendance / IOM, WFP\n")
    got = {p["name"]: p["position"] for p in parse(text, REF)["participants"]}
    assert got == {"Amina Bello": "Cash Coordinator", "Jonas Berg": "Cash Technical Coordinator"}
