"""An Arabic news report's decisions said in its prose, one row each (decided_items.py)."""
from ds_tracker.importer import parse
from ds_tracker.importer.decided_items import decided


def _decided(text):
    return [(r["text"], bool(r.get("unsure"))) for r in parse(text)["decisions"]]


def test_decided_and_also_decided():
    text = ("عقدت لجنة الطوارئ في المدينة اجتماعها الأسبوعي يوم الأحد برئاسة المحافظ.\n"
            "وذكر بيان للجنة أنها قررت منع التجمعات في الأسواق الشعبية، كما قررت تمديد الدوام في المراكز الصحية "
            "وتخصيص فرق لتعقيم المدارس، فضلاً عن صرف منحة للعاملين في القطاع الصحي.\n")
    assert _decided(text) == [
        ("منع التجمعات في الأسواق الشعبية", False), ("تمديد الدوام في المراكز الصحية", True),
        ("تخصيص فرق لتعقيم المدارس", True), ("صرف منحة للعاملين في القطاع الصحي", False)]


def test_took_decisions_among_them():
    text = ("أصدر مجلس المحافظة، الثلاثاء، قرارات عدة منها تأجيل الامتحانات الفصلية في المدارس.\n"
            "وقرر المجلس الموافقة على مشروع تأهيل الجسر وإلزام الشركة المنفذة بإنجازه خلال ستة أشهر.\n")
    assert [t for t, _u in _decided(text)] == [
        "تأجيل الامتحانات الفصلية في المدارس", "الموافقة على مشروع تأهيل الجسر",
        "إلزام الشركة المنفذة بإنجازه خلال ستة أشهر"]


def test_no_decision_said():
    assert decided("وأشار المقرر إلى أهمية التنسيق بين الدوائر المعنية") == []
    assert decided("وتقرر عقد الاجتماع المقبل في الشهر القادم") == []
    assert decided("قرر أن يسافر") == []
