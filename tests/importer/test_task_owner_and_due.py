"""Who owes a task and by when, when the sentence also names the body it is done for, or says by whom."""
from ds_tracker.importer import parse


def _actions(text):
    return [(a["owner"], a["due"]) for a in parse(text)["actions"]]


def test_the_body_a_task_goes_to_is_not_its_owner():
    """A stranger's "السكرتارية تعد مسودة الرسالة إلى وزارة المالية – قبل 19 أيار" was owed by the ministry."""
    arabic = ("محضر اجتماع المنتدى\nالتاريخ: 5 أيار 2026\n\nالإجراءات المتفق عليها\n"
              "1. السكرتارية تعد مسودة الرسالة إلى وزارة المالية – قبل 19 أيار 2026\n"
              "2. تقوم اليونيسف بتوزيع الحقائب المدرسية بالتنسيق مع وزارة التربية قبل 1 حزيران 2026\n")
    assert _actions(arabic) == [("السكرتارية", "2026-05-19"), ("UNICEF", "2026-06-01")]   # the forum's, on saving
    english = ("Minutes of the forum\nDate: 5 May 2026\n\nAction points\n"
               "1. Share the returns letter with the Ministry of Finance by 19 May 2026.\n"
               "2. Draft the note to MoMD by 20 May 2026.\n")
    assert _actions(english) == [(None, "2026-05-19"), (None, "2026-05-20")]


def test_by_whom_then_by_when():
    english = "Action points\n1. Hygiene kits to be distributed by IOM by 10 June 2026.\n"
    assert [(a["text"], a["due"]) for a in parse(english)["actions"]] == [
        ("Hygiene kits to be distributed by IOM", "2026-06-10")]
    arabic = "الإجراءات\n1. يتم توزيع السلال من قبل اليونيسف في سنجار قبل 10 حزيران 2026\n"
    assert [(a["text"], a["due"]) for a in parse(arabic)["actions"]] == [
        ("يتم توزيع السلال من قبل اليونيسف في سنجار", "2026-06-10")]


def test_a_body_then_its_verb_in_the_present_tense_owns_the_task():
    """"الأمانة تعمم المحضر": the body named first, then what it does; unsure (the subject might be no body)."""
    text = ("محضر اجتماع\nالتاريخ: 5 أيار 2026\n\nالإجراءات\n"
            "1. الأمانة تعمم المحضر على الأعضاء قبل 12 أيار 2026\n"
            "2. مديرية الصحة في دهوك تعد قائمة المراكز قبل 1 حزيران 2026\n"
            "3. تم الاتفاق على موعد الزيارة\n")
    actions = parse(text)["actions"]
    assert [(a["owner"], a["due"], a.get("unsure")) for a in actions][:2] == [
        ("الأمانة", "2026-05-12", True), ("مديرية الصحة في دهوك", "2026-06-01", True)]
    assert all(a["owner"] is None for a in actions[2:])
