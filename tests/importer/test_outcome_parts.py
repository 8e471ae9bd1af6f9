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
