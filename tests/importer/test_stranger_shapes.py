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


def test_attendance_said_in_a_sentence():
    """A stranger's e-mail: "Present were Mr. X (Deputy Governor), Ms. Y from IOM, ..." gave no participant."""
    for cue in ("Present were", "In attendance were", "The meeting was attended by"):
        text = (f"Summary of the forum meeting, 18 November 2026\n\nThe forum met on 18 November 2026. {cue} "
                "Mr. Saad Karim (Deputy Governor of Anbar), Ms. Hala Aziz from UNICEF, Dr. Omar Jasim (Directorate "
                "of Health) and Ms. Rima Said (UNHCR).\n")
        assert [(p["name"], p["position"], p["organisation"]) for p in parse(text)["participants"]] == [
            ("Saad Karim", "Deputy Governor of Anbar", None), ("Hala Aziz", None, "UNICEF"),
            ("Omar Jasim", None, "Directorate of Health"), ("Rima Said", None, "UNHCR")], cue


def test_a_body_charged_whose_name_opens_with_the_letter_of_the_task():
    """"تكليف مديرية بلديات نينوى بتقديم خطة": the task is "تقديم"; "بلديات" is the body's (it was cut there)."""
    text = ("القرارات\n- تكليف مديرية بلديات نينوى بتقديم خطة رفع الأنقاض\n"
            "- تكليف برنامج الأغذية العالمي بتوزيع السلال في سنجار\n- تكليف مديرية التربية بمتابعة المدارس\n")
    assert [(a["owner"], a["text"]) for a in parse(text)["actions"]] == [
        ("مديرية بلديات نينوى", "تقديم خطة رفع الأنقاض"), ("برنامج الأغذية العالمي", "توزيع السلال في سنجار"),
        ("مديرية التربية", "متابعة المدارس")]


def test_the_town_said_to_be_the_city_beats_the_governorate_in_the_forums_name():
    text = ("عقد منتدى التنسيق المشترك في الأنبار اجتماعه الدوري بمدينة الرمادي يوم الثلاثاء 18 تشرين الثاني 2026 "
            "برئاسة نائب المحافظ.\n")
    assert parse(text)["sittings"][0]["city"] == "Ramadi"
