"""An Arabic news report of a meeting, with no headings: who came from which body, what was recommended as a list
after one verb, what each body was set to do in the clauses of a decision, and the next meeting's day."""
from ds_tracker.importer import parse
from ds_tracker.importer.arabic_clauses import decided_tasks, recommended_items

_NEWS = ("ترأس السيد كريم حسن معاون محافظ دهوك اجتماعاً لفريق العودة يوم الاثنين 2 آذار 2026، بحضور السيدة "
         "ليلى داود من دائرة صحة دهوك، والسيد سامي يوسف من المجلس الدنماركي للاجئين، والسيد مراد علي مدير "
         "مديرية التربية.\n\n"
         "وأوصى المجتمعون بترميم المدارس المتضررة في القرى، وبتوفير النقل للطلبة العائدين، وبتسريع صرف المنح.\n\n"
         "وتقرر أن تتولى مديرية التربية حصر المدارس المتضررة خلال أسبوعين، وأن يقدم المجلس الدنماركي للاجئين "
         "خطة النقل قبل 20 آذار 2026، على أن تعرض دائرة صحة دهوك نتائج المسح في الاجتماع القادم.\n\n"
         "واتفق الحاضرون على عقد الاجتماع القادم في 30 آذار 2026.\n")


def test_people_from_their_bodies():
    got = {p["name"]: p["organisation"] for p in parse(_NEWS)["participants"]}
    assert got["ليلى داود"] == "دائرة صحة دهوك" and got["سامي يوسف"] == "Danish Refugee Council"
    assert got["مراد علي"] == "مديرية التربية"      # not "مديرية التربية حصر المدارس ...", the decision's words


def test_a_list_after_one_verb_is_a_row_each():
    recs = [r["text"] for r in parse(_NEWS)["recommendations"]]
    assert recs[:3] == ["ترميم المدارس المتضررة في القرى", "توفير النقل للطلبة العائدين", "تسريع صرف المنح"]
    assert recommended_items("وأوصت اللجنة بضرورة التنسيق بين الدوائر المعنية") == []    # one object: one row


def test_each_clause_of_a_decision_sets_a_body_a_task_with_its_day():
    actions = parse(_NEWS)["actions"]
    assert [(a["owner"], a["due"]) for a in actions] == [
        ("مديرية التربية", "2026-03-16"), ("المجلس الدنماركي للاجئين", "2026-03-20"),
        ("دائرة صحة دهوك", "2026-03-30")]
    assert decided_tasks("وتقرر أن يتم عقد ورشة عمل الشهر المقبل") == []     # what will happen, no one to do it
    assert decided_tasks("وأشار إلى أن المنظمة قدمت المساعدات") == []            # a report, no decision


def test_the_next_meeting_is_the_day_after_its_cue():
    assert parse(_NEWS)["sittings"][0]["date"] == "2026-03-02"
    from ds_tracker.importer.next_meeting import next_meeting
    assert next_meeting(_NEWS)["date"] == "2026-03-30"      # not 20 March, a task's day on a line naming it
