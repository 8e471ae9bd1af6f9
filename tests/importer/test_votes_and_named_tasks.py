"""A decision said as a vote's outcome or by the meeting of itself ("we agreed", "it was concluded"), and a task
set to a person by name in the middle of a paragraph ("... Lena will book the hall.")."""
from ds_tracker.importer import parse
from ds_tracker.importer.outcome_words import outcome_kind, person_will


def _decided(text):
    draft = parse(text)
    return [r["text"] for r in draft["decisions"]]


def test_a_vote_and_the_meeting_speaking_of_itself_are_decisions():
    for sentence in ("The motion was carried by nine votes to two.", "Motion passed unanimously.",
                     "After debate the assembly did not approve the proposal.",
                     "It was concluded to keep the mailing list as it is.",
                     "It was also concluded that the club should charge a small fee.",
                     "We agreed that the bulletin goes out monthly from now on.",
                     "وبعد النقاش تمت المصادقة بالإجماع على النقاط الواردة في جدول الأعمال.",
                     "ولم يوافق المجلس على طلب تمديد العقد."):
        assert outcome_kind(sentence) == "decision", sentence
    for sentence in ("We agreed with the speaker that access is hard.", "The emotion was passed on to the children.",
                     "The motion was tabled for discussion next month."):
        assert outcome_kind(sentence) != "decision", sentence


def test_decisions_in_a_paragraph_and_in_a_list():
    paragraph = ("Minutes of the residents' club\nDate: 3 March 2026\n\nFees\nThe treasurer said several members had "
                 "asked about fees for the hall. It was concluded that members pay a small fee for evening use.\n")
    assert any("small fee" in t for t in _decided(paragraph))
    listed = ("Minutes of the residents' club\nDate: 3 March 2026\n\nMotions\n- A motion to repaint the hall was "
              "put to the floor. The motion was carried.\n")
    assert any("motion was carried" in t.lower() for t in _decided(listed))
    arabic = ("محضر اجتماع مجلس الحي\nالتاريخ: 3 آذار 2026\n\nوبعد نقاش مستفيض تمت المصادقة بالإجماع على جميع "
              "النقاط المدرجة في جدول الأعمال.\n")
    assert _decided(arabic)


def test_someone_named_who_will_do_a_thing():
    assert person_will("Lena will book the hall.") == "Lena"
    assert person_will("Omar and Sara will draft the letter.") == "Omar and Sara"
    for sentence in ("This will help the team.", "Omar will leave on Monday.", "Monday will be busy.",
                     "March will see the rains.", "The review will be done.", "We will see."):
        assert person_will(sentence) is None, sentence


def test_a_named_task_inside_a_paragraph_and_on_a_line_alone():
    text = ("Minutes of the garden group\nDate: 3 March 2026\n\nTools\n"
            "- The shed roof leaks again after the storm. Lena will call the roofer.\n\n"
            "Omar will write to the council about the water tap\n\n"
            "Other\n- Sara will leave for a month on Friday.\n")
    actions = {a["owner"]: a for a in parse(text)["actions"]}
    assert set(actions) == {"Lena", "Omar"}
    assert all(a["unsure"] for a in actions.values())


def test_an_action_point_whose_owner_a_dash_sets_apart():
    from ds_tracker.importer import Reference
    from ds_tracker.importer.labelled import dashed_owner
    ref = Reference.from_seed()
    assert dashed_owner("Lena - Book the Hall", ref) == "Lena"
    assert dashed_owner("Omar/Sara – write to the mayor about the tap", ref) == "Omar/Sara"
    assert dashed_owner("Send the list to all members – UNICEF", ref) == "UNICEF"
    assert dashed_owner("م. سامي يوسف – إعداد مسودة الرسالة إلى البلدية", ref) == "م. سامي يوسف"
    assert dashed_owner("Water and sanitation – Health and Education", ref) is None
    english = ("Minutes of the garden group\nDate: 3 March 2026\n\nTools\nThe shed was discussed.\n"
               "Action: Lena - call the roofer about the shed\nAction: send the accounts to the members – UNICEF\n")
    got = [(a["owner"], a.get("unsure", False)) for a in parse(english)["actions"]]
    assert got == [("Lena", True), ("UNICEF", False)]
    arabic = ("محضر اجتماع لجنة الحي\nالتاريخ: 3 آذار 2026\n\nنوقش موضوع المياه.\n"
              "إجراء: م. سامي يوسف – إعداد مسودة الرسالة إلى البلدية\n")
    assert [a["owner"] for a in parse(arabic)["actions"]] == ["م. سامي يوسف"]


def test_a_body_notified_or_sent_a_report_is_one_the_outcome_goes_up_to():
    english = ("Minutes of the data group\nDate: 3 March 2026\n\nRelease\nThe final version is fixed. The chairs "
               "need to notify the Standards Secretariat which version to publish.\n\n"
               "- The portal team will be providing a report to the City Governing Board.\n")
    bodies = {e["body"] for e in parse(english)["escalations"]}
    assert {"Standards Secretariat", "City Governing Board"} <= bodies
    arabic = ("محضر اجتماع فريق البيانات\nالتاريخ: 3 آذار 2026\n\nعلى رؤساء الفرق إبلاغ الأمانة العامة بالنسخة النهائية.\n"
              "سيقوم الفريق بتقديم تقرير إلى مجلس المحافظة عن سير العمل.\n")
    bodies = {e["body"] for e in parse(arabic)["escalations"]}
    assert any("الأمانة العامة" in b for b in bodies) and any("مجلس المحافظة" in b for b in bodies)
    quiet = ("Minutes of the data group\nDate: 3 March 2026\n\nThe chair reported to the meeting that all is well. "
             "The team will notify partners of the change. تم إبلاغ الشركاء بالموعد الجديد.\n")
    assert parse(quiet)["escalations"] == []


def test_an_arabic_future_verb_then_who_will_do_it():
    from ds_tracker.importer.arabic_tasks import future_task
    assert future_task("سيحدث سامر صفحات الموقع ويضيف خطاً زمنياً")[0] == "سامر"
    assert future_task("ستعمل وزارة التخطيط على إعداد الخطة السنوية")[0] == "وزارة التخطيط"
    for sentence in ("ستعقد الجلسة القادمة في الموصل", "سيتم توزيع السلال على الأسر", "سيغادر أحمد إلى عمان يوم الأحد"):
        assert future_task(sentence) is None, sentence
    listed = ("محضر اجتماع فريق الموقع\nالتاريخ: 3 آذار 2026\n\nتحديثات\n"
              "  • سيحدث سامر صفحات الموقع ويضيف خطاً زمنياً\n  • ستعقد الجلسة القادمة في الموصل\n")
    assert [(a["owner"], a["unsure"]) for a in parse(listed)["actions"]] == [("سامر", True)]
    prose = ("محضر اجتماع فريق الموقع\nالتاريخ: 3 آذار 2026\n\nناقش الحاضرون الخطة.\n\n"
             "ستعمل وزارة التخطيط على إعداد الخطة السنوية للمحافظة\n")
    assert [a["owner"] for a in parse(prose)["actions"]] == ["وزارة التخطيط"]


def test_a_task_listed_under_a_dated_item_of_a_schedule_is_due_that_day():
    english = ("Planning meeting\nDate: 3 March 2026\n\nSchedule\n"
               "* 12 March 2026 -- budget review\n* Lena to draft the paper\n"
               "* Mar 19th: garden day\n* Omar to book the van\n* Sara to call the printer\n")
    due = {a["owner"]: a["due"] for a in parse(english)["actions"]}
    assert due == {"Lena": "2026-03-12", "Omar": "2026-03-19", "Sara": None}
    numbered = ("Planning meeting\nDate: 3 March 2026\n\nSchedule\n"
                "1. 12 March 2026 – budget review\n2. Lena to draft the paper by 10 March 2026\n")
    assert [a["due"] for a in parse(numbered)["actions"]] == ["2026-03-10"]


def test_someone_authorised_to_act_is_set_that_task():
    english = ("Minutes of the club board\nDate: 3 March 2026\n\nLease\n"
               "The Board authorised the Treasurer to sign the new lease by 30 May 2026.\n")
    assert [(a["owner"], a["due"]) for a in parse(english)["actions"]] == [("the Treasurer", "2026-05-30")]
    arabic = ("محضر اجتماع مجلس النادي\nالتاريخ: 3 آذار 2026\n\nقرارات المجلس\n"
              "1. تفويض أمين الصندوق، ورئيس اللجنة المالية بتوقيع عقد الإيجار الجديد.\n")
    assert [a["owner"] for a in parse(arabic)["actions"]] == ["أمين الصندوق، ورئيس اللجنة المالية"]
