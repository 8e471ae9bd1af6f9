"""A list of outcomes cut into parts by deeper headings, each part's time its items' due date (invented text)."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def actions(draft):
    return [(a["text"], a["owner"], a["due"]) for a in draft["actions"]]


def test_markdown_parts_of_the_action_items_keep_the_list_and_give_their_time():
    text = ("# Garden Club Committee Meeting\n\nDate: 3 March 2021 (Wednesday)\n\n## Action items\n\n"
            "### Right away (by Friday)\n- [ ] **Omar & Lina**: Prepare the seed order form\n"
            "- [ ] **Priya**: Book the hall for the spring fair by 12 March 2021\n\n"
            "### Later on (by end of month)\n- [ ] **Tomas**: Email the allotment holders about the water rota\n\n"
            "### Ongoing\n- [ ] **Hedge survey**: Count the nesting boxes\n\n"
            "## Any other business\n\nThe kettle is broken.\n")
    got = {t.split(" to ", 1)[-1]: (owner, due) for t, owner, due in actions(parse(text, REF))}
    assert got["prepare the seed order form"] == ("Omar & Lina", "2021-03-05")      # the Friday after the meeting
    assert got["book the hall for the spring fair"] == ("Priya", "2021-03-12")      # its own date first
    assert got["email the allotment holders about the water rota"] == ("Tomas", "2021-03-31")
    assert any(t.endswith("Count the nesting boxes") and due is None for t, (_, due) in got.items())
    assert not any("kettle" in t for t in got)     # a heading of the list's own level ends it


def test_arabic_parts_of_the_action_points_give_their_time():
    text = ("# محضر اجتماع لجنة الحديقة\n\nالتاريخ: 10 نيسان 2022\n\n## الإجراءات\n\n"
            "### قبل نهاية الشهر\n- تقوم لجنة المتابعة بإعداد جدول الري\n\n"
            "### لاحقا\n- تقوم لجنة المتابعة بشراء البذور\n")
    got = {t: due for t, _, due in actions(parse(text, REF))}
    assert any("جدول الري" in t and due == "2022-04-30" for t, due in got.items())
    assert any("البذور" in t and due is None for t, due in got.items())


def test_a_deeper_heading_outside_a_list_of_outcomes_is_still_its_own_part():
    text = ("# Garden Club Committee Meeting\n\nDate: 3 March 2021\n\n## Discussion\n\n### Budget (by Friday)\n"
            "The treasurer reported the balance.\n")
    assert parse(text, REF)["actions"] == []


def recommendations(draft):
    """Recommendations and decisions, each text once (a short decision is listed among decisions only)."""
    return list(dict.fromkeys(r["text"] for r in draft["recommendations"] + draft["decisions"]))


def test_the_body_or_its_members_agreeing_in_prose_is_a_decision_of_the_meeting():
    text = ("Village Hall Trust\nMinutes of the meeting held on 8 June 2019\n\nTreasurer's report\n"
            "The treasurer presented the accounts for the year. The Trustees accepted the accounts.\n\n"
            "Roof repairs\nTwo quotes were compared. Councillors agreed that the lower quote should be taken.\n"
            "There was general agreement that the car park be resurfaced next spring.\n"
            "The council agreed with the speaker that the weather had been poor.\n")
    got = recommendations(parse(text, REF))
    assert any("Trustees accepted the accounts" in r for r in got)
    assert any("lower quote should be taken" in r for r in got)
    assert any("car park be resurfaced" in r for r in got)
    assert not any("weather" in r for r in got)      # agreeing with someone decides nothing


def test_arabic_there_was_agreement_on_is_a_decision():
    text = ("محضر اجتماع لجنة الحي\nالتاريخ: 8 حزيران 2019\n\nالمناقشات\n"
            "ناقش الحاضرون موضوع الإنارة وكان هناك اتفاق على تأجيل شراء المصابيح إلى الشهر القادم.\n")
    assert any("تأجيل شراء المصابيح" in r for r in recommendations(parse(text, REF)))


def test_items_under_an_outcome_lead_written_as_paragraphs_are_read_by_their_words():
    text = ("Parish meeting\nDate: 2 July 2018\n\nThe chair noted the following amendments:\n\n"
            "Item 4 should read: the hedge is to be cut in autumn. Members agreed that the amendment should be made.\n\n"
            "Item 7 should read: the bench was donated by the school.\n\nAny other business\nNone.\n")
    got = recommendations(parse(text, REF))
    assert any("Members agreed that the amendment should be made" in r for r in got)
    assert not any("bench was donated" in r for r in got)


def test_a_summary_or_record_of_the_outcomes_opens_the_list_itself():
    text = ("Board meeting\nDate: 3 May 2020\n\n## Summary of outcomes\n\nThe Board agreed:\n\n"
            "1. The new website goes live in June.\n2. Membership fees stay as they are.\n")
    assert recommendations(parse(text, REF)) == ["The new website goes live in June.",
                                                 "Membership fees stay as they are."]
    arabic = ("محضر اجتماع المجلس\nالتاريخ: 3 أيار 2020\n\nملخص القرارات\n\n"
              "1. الموافقة على خطة الصيانة للعام القادم\n2. تأجيل انتخاب أمين الصندوق\n")
    assert len(recommendations(parse(arabic, REF))) == 2


def test_a_heading_is_no_start_of_the_sentence_on_the_line_below_it():
    text = ("Sector meeting\nDate: 4 May 2016\n\nItem 2: Review of the last minutes,\n"
            "The minutes were reviewed and the members agreed that the earlier action points were all followed up.\n"
            "Item 3: Updates\nNone.\n")
    assert any("members agreed that the earlier action points" in r for r in recommendations(parse(text, REF)))


def test_an_action_table_whose_columns_say_detail_and_resp():
    text = ("Library Friends Meeting\nDate: 9 October 2017\n\nNew actions\n\n"
            "| No. | Detail | Resp. |\n| --- | --- | --- |\n| 3.1 | Renew the insurance of the reading room | KB |\n"
            "| 3.2 | Ask the council about the parking permits | KB & LM |\n")
    assert actions(parse(text, REF)) == [("Renew the insurance of the reading room", "KB", None),
                                         ("Ask the council about the parking permits", "KB & LM", None)]
    arabic = ("محضر اجتماع أصدقاء المكتبة\nالتاريخ: 9 تشرين الأول 2017\n\n"
              "ت\tالتفاصيل\tالمسؤول\n1\tتجديد تأمين قاعة القراءة\tأمين الصندوق\n")
    assert actions(parse(arabic, REF)) == [("تجديد تأمين قاعة القراءة", "أمين الصندوق", None)]


def test_markdown_escapes_are_read_as_the_text_they_stand_for():
    text = ("Library Friends Meeting\nDate: 9 October 2017\n\n2\\. Actions of the previous meeting\\\n\n"
            "| No. | Detail | Resp. | Status |\n| --- | --- | --- | --- |\n"
            "| 1.1 | Renew the insurance of the reading room | KB | Done |\n\n"
            "5\\. Any other business\\\nIt was agreed that the next meeting should be held at the school hall.\n")
    draft = parse(text, REF)
    assert all(a.get("earlier") or a.get("unsure") for a in draft["actions"])    # reviewed, not set again
    assert [h["text"] for h in draft["structure"]["headings"]][:1] == ["Actions of the previous meeting"]
    assert any(r["text"].startswith("It was agreed that the next meeting") for r in draft["recommendations"])


def test_a_line_stating_a_decision_in_full_is_no_heading_even_when_it_wraps():
    text = ("Library Friends Meeting\nDate: 9 October 2017\n\nNext meeting\n"
            "It was agreed that the next meeting should be held at the\n school hall on a Saturday.\n\n"
            "The book sale raised a good sum.\n")
    got = recommendations(parse(text, REF))
    assert any(r.startswith("It was agreed that the next meeting") for r in got)
    assert not any("book sale" in r for r in got)


def test_an_agreed_item_that_says_who_ought_to_act_is_an_action_point_too():
    text = ("Allotment Society Meeting\nDate: 11 April 2018\n\nThe members agreed:\n\n"
            "- Lena and Omar to redraft the plot rules and to share them with the members.\n"
            "- The shed stays where it is.\n")
    got = actions(parse(text, REF))
    assert any(owner == "Lena and Omar" and "redraft the plot rules" in t for t, owner, _ in got)
    listed = ("Allotment Society Meeting\nDate: 11 April 2018\n\nThe members agreed:\n\n"
              "1. The secretariat should circulate the revised budget before the summer.\n"
              "2. Rents stay as they are this year.\n")
    got = actions(parse(listed, REF))
    assert [(owner, "circulate the revised budget" in t) for t, owner, _ in got] == [("The secretariat", True)]


def test_a_preposition_ending_in_to_is_no_owner_of_an_agreed_item():
    text = ("Allotment Society Meeting\nDate: 11 April 2018\n\nThe members agreed:\n\n"
            "1. Subject to the landlord's consent, the new gate must be fitted with a lock.\n"
            "2. Further to the last meeting, rents stay as they are.\n")
    assert not any(owner in ("Subject", "Further") for _, owner, _ in actions(parse(text, REF)))


def test_a_clause_opening_with_a_condition_names_no_owner():
    prose = ("Parish meeting\nDate: 2 July 2018\n\nPublic participation\nThe chair reminded the public that if "
             "they wished to speak on any item, they should raise their hand and wait to be invited.\n")
    listed = ("Parish meeting\nDate: 2 July 2018\n\nAction points\n"
              "- When residents want to report a fallen tree, they should call the clerk.\n")
    for text in (prose, listed):
        assert not any(owner and owner.lower().startswith(("if", "when")) for _, owner, _ in actions(parse(text, REF)))


def test_an_item_that_names_someone_to_do_something_is_a_task_under_any_topic():
    text = ("Chess Club Committee\nDate: 14 February 2022\n\n### Spring tournament\n\n"
            "- The hall is free on two Saturdays.\n  - Mirela to book the hall for the first Saturday.\n"
            "- Trip to Hastings? Would be nice for the juniors.\n")
    got = actions(parse(text, REF))
    assert [(owner, "book the hall" in t) for t, owner, _ in got] == [("Mirela", True)]
    numbered = ("Chess Club Committee\nDate: 14 February 2022\n\nSpring tournament\n"
                "1. Mirela and Tom to print the score sheets.\n2. Visit to Hastings in May.\n")
    got = actions(parse(numbered, REF))
    assert [owner for _, owner, _ in got] == ["Mirela and Tom"]


def test_the_consensus_of_those_present_is_a_decision_not_an_attendance_list():
    arabic = ("محضر اجتماع نادي القراءة\nالتاريخ: 5 آب 2021\n\nالنقاش\n\n"
              "إجماع الحاضرين: لا مانع من نقل الاجتماعات إلى يوم السبت.\n")
    draft = parse(arabic, REF)
    assert draft["participants"] == []
    assert any("نقل الاجتماعات" in r for r in recommendations(draft))
    english = ("Reading Club meeting\nDate: 5 August 2021\n\nDiscussion\n\n"
               "By consensus of those present, meetings move to Saturdays from September.\n")
    assert any("meetings move to Saturdays" in r for r in recommendations(parse(english, REF)))


def test_the_body_taking_recommendations_is_an_outcome_in_prose():
    arabic = ("اجتماع المجلس البلدي\nالتاريخ: 5 آب 2021\n\n"
              "وفي ختام الجلسة اتخذ المجلس عددا من القرارات المتعلقة بتنظيف الأسواق.\n")
    assert any("تنظيف الأسواق" in r for r in recommendations(parse(arabic, REF)))
    english = ("Town council meeting\nDate: 5 August 2021\n\n"
               "At the end of the session the council adopted three recommendations on market cleaning.\n"
               "The meeting took place in the town hall.\n")
    got = recommendations(parse(english, REF))
    assert any("market cleaning" in r for r in got) and not any("took place" in r for r in got)


def test_an_election_held_at_the_meeting_is_its_decision():
    english = ("Rowing Club AGM\nDate: 20 March 2015\n\nElection of officers\n"
               "The treasurer stood again and was duly re-elected.\nFor captain, Dana won the vote by two.\n"
               "The secretary had been elected last year by the old committee members.\n")
    got = recommendations(parse(english, REF))
    assert any("duly re-elected" in r for r in got) and any("won the vote" in r for r in got)
    arabic = ("محضر اجتماع الجمعية العامة لنادي التجديف\nالتاريخ: 20 آذار 2015\n\n"
              "وقد انتخبت الجمعية العامة هيئة إدارية جديدة من خمسة أعضاء.\n")
    assert any("هيئة إدارية جديدة" in r for r in recommendations(parse(arabic, REF)))
