"""Action points of an earlier meeting reviewed in this one: read as actions marked earlier and unsure, with the
status the review gives them (invented text in the shapes real minutes use)."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def earlier(draft):
    return [(a["text"], a["owner"], a.get("status")) for a in draft["actions"] if a.get("earlier")]


def test_a_flattened_review_row_whose_heading_gives_the_status_of_its_dashed_items():
    text = ("Education Sector meeting\nDate: 4 March 2019\n\n"
            "Opening / The chair welcomed the partners.\n"
            "Review of previous action points / 3 action points from the last meeting are still pending:\n"
            "-Orientation for partners on the reporting form\n"
            "-Visit to the two schools in the north (upon request)\n"
            "Teacher payments / The directorate said the payments are late. / Partners to raise it with donors.\n")
    d = parse(text, REF)
    assert earlier(d) == [("Orientation for partners on the reporting form", None, "pending"),
                          ("Visit to the two schools in the north (upon request)", None, "pending")]
    assert all(a["unsure"] for a in d["actions"] if a.get("earlier"))
    assert any(a["owner"] == "Partners" and not a.get("earlier") for a in d["actions"])


def test_plain_items_under_action_points_of_the_last_minutes_each_with_its_answer_below():
    text = ("Shelter Working Group meeting\nDate: 12 May 2021\n\nActions points from the last minutes.\n\n"
            "Access to the valley and the plastic sheeting distribution\n\nResponse by the lead agency\n\n"
            "Distribution has been done although the partner met some delays at the checkpoints, which the "
            "district office helped to solve after two days of talks with the community leaders.\n\n"
            "Training session on the shelter kit for partners.\n\n"
            "This is planned for June if the funds arrive.\n\n"
            "PARTNER UPDATES\n\nThe lead agency will distribute kits to 200 families in the east.\n")
    d = parse(text, REF)
    assert earlier(d) == [("Access to the valley and the plastic sheeting distribution", None, "done"),
                          ("Training session on the shelter kit for partners", None, None)]
    assert not any("planned for June" in a["text"] or "Response" in a["text"] for a in d["actions"])


def test_a_review_table_with_a_status_column():
    text = ("Protection meeting\nDate: 2 July 2018\n\nFollow-up of previous action points\n"
            "Action\tResponsible\tStatus\n"
            "Share the referral pathway for the camps\tCPSC\tDone\n"
            "Circulate the training calendar\tGBV SC\tOngoing\n\n"
            "Action points\nUNHCR to share the return intentions survey by 15 July 2018.\n")
    d = parse(text, REF)
    assert earlier(d) == [("Share the referral pathway for the camps", "CPSC", "done"),
                          ("Circulate the training calendar", "GBV SC", "ongoing")]
    new = [a for a in d["actions"] if not a.get("earlier")]
    assert [(a["owner"], a["due"]) for a in new] == [("UNHCR", "2018-07-15")]


def test_a_status_at_the_end_of_an_item_and_the_next_numbered_topic_ends_the_review():
    text = ("Food Security meeting\nDate: 9 October 2017\n\n1. Review of action points\n"
            "- FSC to update the partner list – completed\n"
            "- WFP to share the market prices (ongoing)\n"
            "2. Market update\nPrices rose in the south.\n")
    d = parse(text, REF)
    assert earlier(d) == [("FSC to update the partner list", "FSC", "completed"),
                          ("WFP to share the market prices", "WFP", "ongoing")]
    assert len(d["actions"]) == 2


def test_arabic_follow_up_of_earlier_actions_with_a_status_in_brackets():
    text = ("اجتماع لجنة التنسيق\nالتاريخ: 3 آذار 2024\n\nمتابعة الإجراءات السابقة\n"
            "- تقوم مديرية الهجرة بتزويد اللجنة بقوائم العائلات (منجز)\n"
            "- عقد ورشة للشركاء حول الإحالة (قيد التنفيذ)\n\nالتوصيات\n- ضرورة تسريع صرف المنح للعائلات العائدة\n")
    d = parse(text, REF)
    got = earlier(d)
    assert [s for _t, _o, s in got] == ["منجز", "قيد التنفيذ"]
    assert got[0][1] == "مديرية الهجرة"
    assert any("صرف المنح" in r["text"] for r in d["recommendations"])


def test_the_last_meetings_action_points_named_inside_a_line_are_earlier():
    text = ("WASH meeting\nDate: 5 May 2020\n\nThe meeting opened with introductions. Action points from the last "
            "meeting: Sector to follow up with donors on the gap after June.\n"
            "Action Points: WHO to share the surveillance report every week.\n")
    d = parse(text, REF)
    assert [(a["owner"], bool(a.get("earlier"))) for a in d["actions"]] == [("Sector", True), ("WHO", False)]


def test_a_review_of_the_previous_minutes_alone_reads_no_prose_as_action():
    text = ("Cluster meeting\nDate: 1 June 2016\n\nReview of previous minutes\n"
            "The minutes were adopted without changes.\nNo comments were received.\n"
            "Updates from partners\n")
    d = parse(text, REF)
    assert d["actions"] == [] and d["decisions"]


def test_an_agenda_item_met_again_ends_the_review():
    text = ("Shelter meeting minutes, 3 April 2022\n\nAgenda\n  1. Introductions.\n"
            "  2. Follow-up on action points from the last meeting\n"
            "  3. Mid-year evaluation of the shelter and NFI projects by the partners\n\n"
            "Action points from the previous minutes.\n\nMapping of the partners in the south\n\n"
            "Done, shared with the minutes.\n\n"
            "Mid-year evaluation of the shelter and NFI projects by the partners\n\n"
            "Short titles for the evaluation were discussed.\n")
    d = parse(text, REF)
    assert earlier(d) == [("Mapping of the partners in the south", None, "done")]
    assert len(d["actions"]) == 1


def test_a_call_closing_the_last_answer_of_the_review_is_no_earlier_point():
    text = ("Shelter meeting minutes, 3 April 2022\n\nAgenda\n  1. Introductions.\n"
            "  2. Mid-year evaluation of the shelter projects by the partners\n\n"
            "Action points from the previous minutes.\n\nJoint price survey to be held in March.\n\n"
            "The cluster would like to run this survey through the cash working group, which has begun one of its "
            "own, as this will cut the cost of it.\n\nCall on all partners doing cash transfers to join this survey.\n\n"
            "Mid-year evaluation of the shelter projects by the partners\n\nThe partners reported.\n")
    d = parse(text, REF)
    assert earlier(d) == [("Joint price survey to be held in March", None, None)]
    assert len(d["actions"]) == 1


def test_a_heading_the_reviewer_mapped_to_earlier_action_points():
    from ds_tracker.importer.template import Template, heading_key
    text = ("Return Working Group\nDate: 4 June 2025\n\nCarried over\n- MoMD to share the list of families – done\n"
            "- UNHCR to map the return areas\n\nAction points\n- IOM to visit the camps by 30 June 2025\n")
    d = parse(text, REF, template=Template(headings={heading_key("Carried over"): "earlier"}))
    assert earlier(d) == [("MoMD to share the list of families", "MoMD", "done"),
                          ("UNHCR to map the return areas", "UNHCR", None)]
    assert [a["owner"] for a in d["actions"] if not a.get("earlier")] == ["IOM"]


def test_this_meetings_own_action_points_named_after_the_forum_are_not_earlier():
    text = ("Return Working Group\nDate: 4 June 2025\n\nAction points of the RWG meeting\n"
            "- IOM to visit the camps by 30 June 2025\n")
    d = parse(text, REF)
    assert [(a["owner"], a.get("earlier")) for a in d["actions"]] == [("IOM", None)]
