"""More shapes met in real published minutes (issue 12), written here: escalations in prose (a sentence that wraps
over lines, Arabic with the preposition on the word, a coordination body's acronym), and what the line walk missed."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def bodies(text):
    return [e["body"] for e in parse(text, REF)["escalations"]]


def test_an_escalation_in_a_sentence_that_wraps_over_lines():
    text = ("Minutes of the Health Cluster meeting\nDate: 4 May 2021\n\n"
            "The cluster asked for a common fuel price for clinics. It will be raised at the\n"
            "next Inter-Sector Coordination Group for a decision.\n")
    assert bodies(text) == ["Inter-Sector Coordination Group"]


def test_outcomes_sent_to_a_committee_named_later_in_the_sentence_and_to_an_acronym():
    text = ("Minutes of the Returns Working Group, 9 June 2022\n\n"
            "The recommendations will be submitted under Order No. 12 of 2021 that set up the Joint Review "
            "Committee.\nThe question of fees has not yet been raised at HCT.\n")
    assert bodies(text) == ["Joint Review Committee", "HCT"]


def test_a_letter_to_the_ministers_is_an_escalation_a_letter_to_partners_is_not():
    assert bodies("Coordination meeting, 2 March 2020\n\nThe group agreed to send the joint letter to the "
                  "ministers before the end of the month.\n") == ["ministers"]
    assert bodies("Coordination meeting, 2 March 2020\n\nThe chair will send the letter to partners.\n"
                  "Partners are invited to the next Cluster meeting.\n") == []


def test_arabic_bodies_with_the_preposition_on_the_word_and_their_full_name():
    text = ("محضر اجتماع لجنة الخدمات في القضاء\n\n"
            "خرج الحاضرون بمقترحات سترفع لسيادة محافظ البصرة لاتخاذ ما يلزم.\n"
            "وأحيل ملف الكهرباء إلى اللجنة الفنية العليا للخدمات العامة لدراسته.\n"
            "ونقل المدير شكاوى الأهالي إلى خلية الأزمة في المحافظة.\n")
    assert bodies(text) == ["محافظ البصرة", "اللجنة الفنية العليا للخدمات العامة", "خلية الأزمة"]


def test_a_list_of_name_comma_organisation_keeps_organisations_nobody_listed():
    text = ("Coordination meeting of child protection agencies\nDate: 3 April 2019\n\nAttendees:\n\n"
            "Lana Youssef, Hope Bridge\nSamir Haddad, Tamkeen\nRita Aoun, Mercy Corps\nKarim Saleh, Sunrise Assoc.\n"
            "Nour Hamdan, UNICEF\n\n2) Follow - up from the last meeting\nThe minutes were reviewed.\n")
    got = {p["name"]: p["organisation"] for p in parse(text, REF)["participants"]}
    assert got == {"Lana Youssef": "Hope Bridge", "Samir Haddad": "Tamkeen", "Rita Aoun": "Mercy Corps",
                   "Karim Saleh": "Sunrise Assoc", "Nour Hamdan": "UNICEF"}


def test_a_list_of_name_comma_job_keeps_the_jobs_as_positions():
    text = ("Coordination meeting\nDate: 3 April 2019\n\nAttendees:\n\nLana Youssef, Protection Officer\n"
            "Samir Haddad, Head of Office\nRita Aoun, Programme Manager\n")
    got = {p["name"]: (p["position"], p["organisation"]) for p in parse(text, REF)["participants"]}
    assert got["Lana Youssef"] == ("Protection Officer", None) and got["Samir Haddad"][0] == "Head of Office"


def test_decisions_inside_a_long_paragraph_are_found_sentence_by_sentence():
    filler = "The coordinator opened the meeting and the partners introduced themselves one by one. " * 3
    text = ("Shelter coordination meeting\nDate: 5 May 2020\n\nDiscussion\n\n" + filler +
            "It was agreed to move the meeting to Thursdays. The group accepted the minutes of the last session.\n")
    recs = [r["text"] for r in parse(text, REF)["recommendations"]]
    assert recs == ["It was agreed to move the meeting to Thursdays.",
                    "The group accepted the minutes of the last session."]


def test_tasks_in_an_agreed_list_are_action_points_with_their_owner():
    text = ("Planning meeting\nDate: 12 June 2021\n\nThe aim was to prepare the fair. In summary, it was agreed "
            "that the partners would meet again and that the following holds, as discussed at length today:\n"
            "- The fair will take place on Friday 2 July in the town hall.\n"
            "- Lina will draft the invitation. Mr. Omar and Ms. Huda (Town Office) will invite the district staff.\n"
            "- The report is to be circulated to all members (Mr Sami Khoury).\n")
    got = {(a["owner"], a["text"][:20]) for a in parse(text, REF)["actions"]}
    assert got == {("Lina", "Lina will draft the "), ("Mr. Omar and Ms. Huda (Town Office)", "Mr. Omar and Ms. Hud"),
                   ("Sami Khoury", "The report is to be ")}


def test_list_markers_followed_by_two_spaces_are_list_items_and_agenda_titles_come_back_as_headings():
    from ds_tracker.importer.files import read_bytes
    text = ("Minutes of the NFI Cluster meeting\n\nDate / 4 March 2016\nVenue / UNHCR\n"
            "Attendance / CARE, NRC and Oxfam\nAgenda / 1.  Review of last minutes\n"
            "2.  Partner updates\n3.  Needs analysis\n4.  Flood response\n"
            "1.  Review of last minutes\nMinutes were reviewed.\n2.  Partner updates\n"
            "·  Distributed 200 kits in the north.\nSave the Children\n·  Joined the cluster this month.\n"
            "3.  Needs analysis\n·  Partners should report their stocks.\n"
            "ACTION POINT: Partners to report their stocks before the next meeting.\n4.  Flood response\n"
            "·  Boats were sent to the river villages.\n")
    d = parse(read_bytes(text.encode(), "minutes.txt")[0], REF)
    assert d["participants"] == [] and d["recommendations"] == []
    assert [(a["owner"], a["text"][:30]) for a in d["actions"]] == [("Partners", "Partners to report their stock")]


def test_a_report_with_a_place_and_no_day_keeps_the_place():
    text = ("لقاء الخدمات\n\nعقد اجتماع في مبنى قائممقامية قضاء تلكيف حول الخدمات.\n"
            "وجرى الاتفاق على زيارة القرى.\n")
    d = parse(text, REF)
    assert [(s["date"], s["city"]) for s in d["sittings"]] == [(None, "Telkaif")]


def test_the_meeting_day_not_the_web_pages_clock_and_ordinals_written_apart():
    text = ("Regional Government\nTUE, 02 MAR 2021 09:15 Duhok, GMT +3\n\nDelegations meet in Duhok\n\n"
            "FRI, 12 FEB 2021 18:20 | Press Office\n\nOn Thursday, February 11 th 2021, the two delegations met in "
            "Duhok to discuss returns.\n")
    assert [s["date"] for s in parse(text, REF)["sittings"]] == ["2021-02-11"]
    assert [s["date"] for s in parse("Minutes of the Food Cluster meeting\n\nDate / March 9th , 2015\n",
                                     REF)["sittings"]] == ["2015-03-09"]


def test_arabic_post_then_honorific_then_a_long_name_in_prose():
    text = ("اجتماع المجلس المحلي\n\nترأس محافظ الموصل الأستاذ سالم بن خالد بن عمر المجلس المحلي في جلسته الثانية، "
            "وقال مدير الدائرة الاستاذ حامد بن علي الجبوري إن الدائرة ناقشت الخدمات.\n"
            "وقالت الأمين العام للاتحاد السفيرة هدى الصالح إن العمل مستمر.\n")
    names = [p["name"] for p in parse(text, REF)["participants"]]
    assert names == ["سالم بن خالد بن عمر", "حامد بن علي الجبوري", "هدى الصالح"]


def test_arabic_recommendations_named_inside_a_sentence_that_also_sends_them_up():
    text = ("جلسة المجلس المحلي\n\nناقش المجلس عدداً من المقترحات المقدمة من الدوائر الحكومية في الجلسة الأولى "
            "والثانية بحضور الأعضاء ومديري الدوائر، وخرج بتوصيات سترفع إلى سمو أمير المنطقة، وأبرز "
            "هذه التوصيات توسعة الطريق الرئيسي وانشاء مركز صحي في المحافظة كون هناك موقع سيتم تخصيصه لذلك الغرض "
            "من قبل البلدية خلال الأشهر القادمة بعد استكمال الإجراءات الرسمية اللازمة.\n"
            "ودعا الاجتماع الجمعيات الأهلية إلى مساندة الأسر العائدة.\n")
    d = parse(text, REF)
    recs = " | ".join(r["text"] for r in d["recommendations"])
    assert "توسعة الطريق الرئيسي" in recs and "دعا الاجتماع الجمعيات الأهلية" in recs
    assert [e["body"] for e in d["escalations"]] == ["أمير المنطقة"]


def test_a_discussion_heading_naming_the_action_plan_is_no_action_list_and_decision_opens_decisions():
    text = ("Board meeting\nDate: 2 December 2006\n\nDiscussions on the Action Plan for 2007\n"
            "The chair presented the draft plan to the members and invited their views on it.\n\nDecision:\n"
            "1) The Board will meet again on 20 January 2007.\n"
            "2) The budget table is to be sent to all members (Ms Rana Haddad).\n")
    d = parse(text, REF)
    assert [r["text"][:24] for r in d["recommendations"]] == ["The Board will meet agai", "The budget table is to b"]
    assert [(a["owner"], a["text"][:16]) for a in d["actions"]] == [("Rana Haddad", "The budget table")]


def test_a_head_count_row_gives_the_people_in_its_brackets_and_no_person_of_its_own():
    text = ("Planning meeting\nDate: 3 May 2014\nParticipants:\n· 4 village leaders of the fishing group\n"
            "· 5 representatives from authorities (District WRD, Youth union of the village)\n"
            "· 2 staff from GIZ (Lina Omar and Sami Aziz)\n\nAim of the meeting was to plan the ceremony.\n")
    got = {p["name"]: p["organisation"] for p in parse(text, REF)["participants"]}
    assert got == {"Lina Omar": "GIZ", "Sami Aziz": "GIZ"}


def test_prose_after_the_agenda_ends_it_and_a_body_task_on_its_own_line_is_an_action():
    text = ("Shelter Cluster Coordination Meeting\nTuesday, 8 March 2016\n\nAgenda item 1. Introductory Remarks\n"
            "2. Minutes of the last meeting\n\nThe coordinator chaired the meeting and welcomed the participants, "
            "and a round of introductions followed.\n\nUNHCR will share the camp lists with NRC.\n"
            "IOM asked for the contact lists.\nDRC to provide the water point map to the coordinator.\n"
            "WFP to share the mapping. Completed.\n")
    got = [(a["owner"], a["text"][:20]) for a in parse(text, REF)["actions"]]
    assert got == [("UNHCR", "UNHCR will share the"), ("DRC", "DRC to provide the w")]


def test_two_named_people_with_their_office_in_brackets_own_the_task():
    text = ("Planning meeting\nDate: 12 June 2021\n\nIn summary, it was agreed that:\n"
            "- Mr. Omar and Mr. Sami (Town Office) will invite the district staff.\n")
    assert [a["owner"] for a in parse(text, REF)["actions"]] == ["Mr. Omar and Mr. Sami (Town Office)"]


def test_a_venue_line_in_the_header_gives_the_town_after_its_comma():
    text = ("Shelter Cluster Coordination Meeting\n\nTuesday, 8 March 2016\n\n3:00 PM - 4:15 PM\n\n"
            "UNHCR Field Office, Mandalay\n\nUNHCR (4), DRC (1)\n")
    assert [(s["city"], s["venue"]) for s in parse(text, REF)["sittings"]] == [("Mandalay", "UNHCR Field Office")]


def test_an_action_table_row_flattened_with_slashes():
    text = ("Education Cluster - Minutes of the meeting\nDate: 12 April 2019\n\n"
            "The agenda was read out. / Share the invitation only inside your organisation. / All\n"
            "Schools in the camp remain crowded. / Support the relocation plan. / State Education Cluster, "
            "April 6 latest.\n")
    got = [(a["owner"], a["text"], a["due"]) for a in parse(text, REF)["actions"]]
    assert got == [("All", "Share the invitation only inside your organisation", None),
                   ("State Education Cluster", "Support the relocation plan", "2019-04-06")]


def test_a_delegation_headed_by_a_post_then_a_name():
    text = ("Delegations meet in Duhok\n\nOn 11 February 2021 a delegation headed by the Secretary-General of the "
            "Council of Ministers Omar Hadi Saleh met a delegation headed by Minister of Planning Lana Aziz. "
            "The meeting was chaired by the Protection Cluster Coordinator.\n")
    got = {p["name"]: p["organisation"] for p in parse(text, REF)["participants"]}
    assert got == {"Omar Hadi Saleh": "Council of Ministers", "Lana Aziz": "Ministry of Planning"}


def test_a_passive_acceptance_is_a_decision_and_a_dated_decision_sets_a_task():
    text = ("Cluster meeting\nDate: 25 January 2007\n\nNeeds analysis\nThe new targeting criteria were accepted by "
            "partners.\nIt was decided that feedback on the budget should reach the secretariat no later than "
            "Friday, 2 February.\n")
    d = parse(text, REF)
    assert len(d["decisions"]) == 2
    assert [a["due"] for a in d["actions"]] == ["2007-02-02"]


def test_names_under_the_header_with_no_heading_are_the_attendance_and_a_title_run_is_not():
    text = ("Draft Minutes\nDate: 14 March 2007\nVenue: UNHCR\n\nKarl Weber\nLisa Moreau\nIvan Petrov\n"
            "Hana Sato\nUNHCR, (Chair)\nIASC Secretariat\n\nWork plan for 2006:\nThe plan was discussed.\n")
    assert [p["name"] for p in parse(text, REF)["participants"]] == ["Karl Weber", "Lisa Moreau", "Ivan Petrov",
                                                                       "Hana Sato"]
    assert parse("Report\nDate: 2 May 2020\n\nWorld Vision\nFlood Response\nNeeds Analysis\n", REF)["participants"] == []
