"""A task due "within two weeks" of the meeting, and a task whose box the report ticked."""
from ds_tracker.extensions import db
from ds_tracker.importer import parse
from ds_tracker.models import Action
from ds_tracker.services import import_save, imports
from ds_tracker.status import ActionStatus

_EN = ("Minutes of the returns working group\nDate: 3 March 2025\n\nAction points\n"
       "- IOM to share the updated return figures within two weeks.\n"
       "- UNHCR will circulate the protection analysis within thirty (30) days.\n"
       "- NRC to send the legal aid list by 20 March 2025.\n")
_AR = ("محضر اجتماع فريق العودة\nالتاريخ: 3 آذار 2025\n\nالإجراءات\n"
       "1. تقوم مديرية الهجرة بإرسال القوائم خلال أسبوعين.\n"
       "2. على المنظمة الدولية للهجرة تقديم التقرير في غضون ٣٠ يوماً.\n")


def _dues(text):
    return [a["due"] for a in parse(text)["actions"]]


def test_a_span_from_the_meeting_is_counted_from_its_day():
    assert _dues(_EN) == ["2025-03-17", "2025-04-02", "2025-03-20"]
    assert _dues(_AR) == ["2025-03-17", "2025-04-02"]


def test_a_span_without_a_meeting_day_is_no_date_and_unsure():
    actions = parse("Action points\n- IOM to share the figures within two weeks.\n")["actions"]
    assert actions[0]["due"] is None and actions[0]["unsure"]


def test_a_span_that_is_no_deadline_gives_none():
    """"within the camp", "within 5 km": a place, not a time."""
    text = ("Minutes\nDate: 3 March 2025\n\nAction points\n- WFP to map the kitchens within the camp.\n"
            "- DRC to list the wells within 5 km of the village by 10 March 2025.\n")
    assert _dues(text) == [None, "2025-03-10"]


_TICKS = ("# Returns working group\nDate: 3 March 2025\n\n## Action points\n"
          "- [x] IOM to circulate the tracker — due 1 March 2025\n"
          "- [ ] UNHCR to share the list by 20 March 2025\n")


def test_a_ticked_box_is_a_task_the_report_gives_as_done():
    actions = parse(_TICKS)["actions"]
    assert [(a["owner"], a["due"], a.get("status")) for a in actions] == [
        ("IOM", "2025-03-01", "done"), ("UNHCR", "2025-03-20", None)]


def test_a_ticked_task_is_saved_done_and_the_open_one_open(world):
    draft = imports.create_draft(world.users["secretariat"], text=_TICKS, forum=world.jcf)
    meeting = import_save.save(world.users["secretariat"], draft, forum=world.jcf)
    db.session.commit()
    saved = {a.text: a.status for a in db.session.scalars(db.select(Action).where(Action.meeting_id == meeting.id))}
    assert saved == {"IOM to circulate the tracker": ActionStatus.DONE,
                     "UNHCR to share the list": ActionStatus.OPEN}


def test_before_the_next_meeting_is_the_day_the_report_gives_it():
    text = ("Shelter cluster meeting\nDate: 14 September 2023\n\nAction points\n"
            "- NRC and UNHCR to update the 4W matrix before the next meeting.\n"
            "- IOM to share the analysis by 21 September 2023.\n\nNext meeting: 12 October 2023, Erbil\n")
    assert [(a["due"], bool(a.get("unsure"))) for a in parse(text)["actions"]] == [
        ("2023-10-12", True), ("2023-09-21", False)]
    arabic = ("اجتماع مجموعة الإيواء\nالتاريخ: 14 أيلول 2023\n\nالإجراءات\n"
              "1. تقوم المنظمة الدولية للهجرة بتحديث المصفوفة قبل الاجتماع القادم.\n\n"
              "موعد الاجتماع القادم: 12 تشرين الأول 2023\n")
    assert [a["due"] for a in parse(arabic)["actions"]] == ["2023-10-12"]
    unknown = text.replace("Next meeting: 12 October 2023, Erbil", "Next meeting: to be confirmed")
    assert [a["due"] for a in parse(unknown)["actions"]] == [None, "2023-09-21"]


def test_a_deadline_cell_naming_a_month_is_its_last_day():
    """A table's deadline "end of November" or "أواخر آذار": that month's last day after the meeting, unsure."""
    english = ("Protection working group\nDate: 9 November 2023\n\nAction points\n"
               "Action\tResponsible\tDeadline\n"
               "Draft the advocacy note\tPWG co-chairs\tend of November\n"
               "Map the legal partners\tNRC\tJanuary\n"
               "Share the form\tIRC\tmay be later\n")
    assert [(a["due"], bool(a.get("unsure"))) for a in parse(english)["actions"]] == [
        ("2023-11-30", True), ("2024-01-31", True), (None, True)]
    arabic = ("اجتماع فريق الحماية\nالتاريخ: 9 شباط 2024\n\nالإجراءات\n"
              "الإجراء\tالجهة المسؤولة\tالموعد\nإعداد المذكرة\tالمفوضية\tأواخر آذار\n")
    assert [a["due"] for a in parse(arabic)["actions"]] == ["2024-03-31"]


def test_arabic_spans_counted_in_words_or_digits():
    from ds_tracker.importer.within import within_days
    assert [within_days(t) for t in ("خلال أسبوعين", "خلال 3 أسابيع", "خلال عشرة أيام", "في غضون ٣٠ يوماً",
                                     "خلال شهرين", "خلال أيام", "خلال الأسبوع الماضي")] == [14, 21, 10, 30, 60, None, None]
