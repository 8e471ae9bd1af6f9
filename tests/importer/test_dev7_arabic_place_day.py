"""Where and when an Arabic (or English) news report's meeting was: a hall in a town the report calls a town
("في القاعة البلدية في بلدة X"), and a numbered paper's day, which is not the meeting's. Invented text."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def sitting(text):
    s = parse(text, REF)["sittings"]
    return (s[0].get("date"), s[0].get("city")) if s else (None, None)


def test_a_hall_with_its_article_in_a_town_named_as_one():
    assert sitting("اجتمعت لجنة الطوارئ في القاعة العامة في بلدة كفرملكي، بحضور رئيس البلدية سالم حداد.\n")[1] \
        == "كفرملكي"
    assert sitting("عقد المجلس اجتماعه في مبنى البلدية في ديرميماس، برئاسة رئيسه.\n")[1] == "ديرميماس"


def test_a_numbered_paper_s_day_is_not_the_meeting_s():
    day, _ = sitting("اجتمعت اللجنة وناقشت تطبيق قرار الوزير رقم 118 تاريخ 3-4-2021 بشأن الأسواق.\n")
    assert day != "2021-04-03"
    day, _ = sitting("وعقدت الهيئة اجتماعها يوم 9-4-2021 لمتابعة التعميم رقم (7) بتاريخ 2-4-2021.\n")
    assert day == "2021-04-09"
    day, _ = sitting("The committee met on 14 June 2022 to review Circular No. 12 dated 2 June 2022.\n")
    assert day == "2022-06-14"
