"""Shapes a stranger's own reports showed, each stated as a rule and checked on text invented here."""
from ds_tracker.importer import parse


def test_bringing_people_together_sends_nothing_up_but_writing_to_a_body_does():
    text = ("Workshop on returns in Anbar\n12 May 2026\n\n"
            "The workshop brought together 25 participants from the governorate, line ministries and NGOs.\n\n"
            "Recommendations\n1. The forum recommended that the Governor write to the Council of Ministers on grants.\n"
            "2. The Governor's office will write to the Ministry of Justice on the title deeds.\n")
    assert [e["body"] for e in parse(text)["escalations"]] == ["Council of Ministers", "Ministry of Justice"]
    arabic = "ورشة عمل\n12 أيار 2026\n\nجمعت الورشة 25 مشاركاً من المحافظة والوزارات المعنية والمنظمات.\n"
    assert parse(arabic)["escalations"] == []


def test_an_order_then_who_after_a_long_dash():
    text = ("Minutes of the working group\nDate: 3 June 2026\n\nAction points\n"
            "- [ ] Map the shelter gaps in Khanaqin — WFP, due 10 June 2026\n"
            "- [ ] Update the returns dashboard – Data Officer, due 15 June 2026\n"
            "- [ ] Shelter update — urgent\n")
    assert [(a["text"], a["owner"], a["due"]) for a in parse(text)["actions"]] == [
        ("Map the shelter gaps in Khanaqin", "WFP", "2026-06-10"),
        ("Update the returns dashboard", "Data Officer", "2026-06-15"),
        ("Shelter update — urgent", None, None)]


def test_a_breakout_groups_asks_are_its_recommendations_and_its_problems_challenges():
    text = ("Workshop report\n25 November 2026\n\nBreakout groups\nGroup 1 – Livelihoods\n"
            "- Link cash-for-work projects to canal repairs.\n- Few jobs for young returnees.\n"
            "Group 2 – Documentation\n- Civil affairs offices should open on Saturdays.\n")
    draft = parse(text)
    assert [(r["text"], r["group"]) for r in draft["recommendations"]] == [
        ("Link cash-for-work projects to canal repairs.", "Group 1"),
        ("Civil affairs offices should open on Saturdays.", "Group 2")]
    assert [g["challenges"] for g in draft["groups"]] == [["Few jobs for young returnees."], []]


def test_a_hyphen_after_the_article_is_part_of_the_name():
    text = ("Minutes\n\nThe first session was moderated by Ms. Noor Al-Huda Younis (Ministry of Planning). "
            "The second was chaired by Mr. Karim El-Sayed (UNDP).\n")
    assert [(p["name"], p["organisation"]) for p in parse(text)["participants"]] == [
        ("Noor Al-Huda Younis", "Ministry of Planning"), ("Karim El-Sayed", "United Nations Development Programme")]
