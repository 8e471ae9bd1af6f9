"""Tasks an Arabic news report of a meeting sets, in shapes beyond "كلف X بـ": a charge whose task opens with no
"بـ", a doer then a future verb after "أن", a body's resolve ("عزم المجلس رفع ..."), and a passive future with no
doer. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_tasks import assignments

REF = Reference.from_seed()


def test_a_charge_whose_task_opens_with_no_ba():
    got = assignments("وقررت اللجنة تكليف فرق الدفاع المدني في القضاء متابعة إخلاء المباني الآيلة للسقوط.")
    assert any(o.startswith("فرق الدفاع المدني") and "إخلاء المباني" in t for o, t in got)
    got = assignments("كما تم تكليف موظفي البلدية إحصاء الأضرار في الأحياء الشرقية.")
    assert any(o.startswith("موظفي البلدية") and "إحصاء الأضرار" in t for o, t in got)


def test_a_doer_then_a_future_verb_after_an():
    got = assignments("وأشار المحافظ إلى أن المديرية العامة للتربية ستوفر قاعات بديلة للطلاب قبل بدء الدوام.")
    assert ("المديرية العامة للتربية" in [o for o, _ in got])
    got = assignments("وأوضح أن الهيئة ستصدر تعميماً للبلديات بشأن النفايات.")
    assert any(o == "الهيئة" and "ستصدر تعميماً" in t for o, t in got)
    assert not [o for o, _ in assignments("وذكر أن الاجتماع سيعقد الأسبوع المقبل في المقر.")]


def test_a_body_s_resolve_and_a_passive_future_with_no_doer():
    got = assignments("وأعلن رئيس المجلس عن عزم المجلس مخاطبة وزارة المالية لتأمين المخصصات.")
    assert ("المجلس", "مخاطبة وزارة المالية لتأمين المخصصات") in got
    got = assignments("وأكد المشاركون أنه سيتم إغلاق المحال المخالفة لشروط السلامة.")
    assert (None, "سيتم إغلاق المحال المخالفة لشروط السلامة") in got
    assert assignments("وأكدوا أنه سيتم عقد الاجتماع القادم في الشهر المقبل.") == []


def test_in_a_report_the_tasks_are_actions_marked_unsure():
    text = ("عقد مجلس المدينة اجتماعه اليوم برئاسة رئيس المجلس سالم حداد.\n"
            "وقرر المجلس تكليف لجان الأحياء حصر الأسر المتضررة.\n")
    actions = parse(text, REF)["actions"]
    assert any(a["owner"] and a["owner"].startswith("لجان الأحياء") and a.get("unsure") for a in actions)
