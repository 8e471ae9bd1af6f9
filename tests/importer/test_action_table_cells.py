"""An action table's cells as secretariats fill them: a deadline written as a span or as the next meeting, a status
column, a box ticked inside a numbered row, an escalation's body followed by its comma."""
from ds_tracker.importer import parse


def _rows(text):
    return [(a["owner"], a["due"], a.get("status")) for a in parse(text)["actions"]]


def test_deadline_and_status_cells_in_arabic():
    text = ("محضر اجتماع فريق الحماية\nالتاريخ: 2 آذار 2026\n\nالنقاط الإجرائية\n"
            "ت\tالإجراء\tالجهة المسؤولة\tالموعد النهائي\tالحالة\n"
            "1\tإعداد قائمة المدارس المتضررة\tمنظمة اليونيسف\tخلال أسبوعين\tقيد التنفيذ\n"
            "2\tتحديث أعداد العوائل\tالمنظمة الدولية للهجرة\tقبل الاجتماع القادم\tمنجز ✓\n"
            "3\tتعميم المحضر\tالأمانة\t—\t\n\n"
            "الاجتماع القادم: 30 آذار 2026\n")
    assert _rows(text) == [("منظمة اليونيسف", "2026-03-16", "قيد التنفيذ"),
                           ("المنظمة الدولية للهجرة", "2026-03-30", "منجز"),
                           ("الأمانة", None, None)]


def test_deadline_and_status_cells_in_english():
    text = ("Shelter working group\nDate: 4 May 2026\n\nAction points\n"
            "Action\tLead\tBy when\tStatus\n"
            "Map the collective centres\tIOM\twithin 10 days\tDone\n"
            "Share the kit list\tWFP\tbefore the next meeting\tongoing\n"
            "Next meeting: 1 June 2026\n")
    assert _rows(text) == [("IOM", "2026-05-14", "done"), ("WFP", "2026-06-01", "ongoing")]


def test_a_box_inside_a_numbered_row_and_a_status_field():
    """A PDF sets the item's number apart from its text: "1 | [x] ...". The box is no part of the task."""
    text = ("Forum minutes\nDate: 12 November 2026\n\nAction points\n"
            "1\t[ ] UNHCR to share the legal aid map. Responsible: UNHCR. Deadline: 20 November 2026.\n"
            "2\t[x] DRC to confirm the sites. Responsible: DRC. Deadline: 5 November 2026.\n"
            "3\tNRC to print the leaflets. Responsible: NRC. Deadline: 30 November 2026. Status: Done.\n")
    actions = parse(text)["actions"]
    assert [a["text"][:4] for a in actions] == ["UNHC", "DRC ", "NRC "]
    assert [(a["due"], a.get("status")) for a in actions] == [
        ("2026-11-20", None), ("2026-11-05", "done"), ("2026-11-30", "done")]


def test_an_escalations_body_is_named_without_the_comma_after_it():
    arabic = ("محضر اجتماع المنتدى\nالتاريخ: 2 آذار 2026\n\nالقضايا المرفوعة\n"
              "قرر المنتدى رفع موضوع الأراضي السكنية إلى محافظ نينوى، لعدم وجود صلاحية لدى المنتدى.\n")
    assert [e["body"] for e in parse(arabic)["escalations"]] == ["محافظ نينوى"]
