"""The last meeting's minutes approved ("المصادقة على محضر الاجتماع السابق", "صادقت اللجنة على محضر الجلسة
الماضية") are a decision, in news prose and in minutes; minutes merely mentioned are none."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _decisions(text):
    return [d["text"] for d in parse(text, REF)["decisions"]]


def test_news_approval_of_last_minutes():
    text = ("مجلس الحي يعقد جلسته\n\nعقد مجلس الحي جلسته الرابعة وتناول عددا من الموضوعات، منها المصادقة على "
            "محضر الاجتماع السابق، ومتابعة أعمال الرصف.\n")
    assert any("المصادقة على محضر الاجتماع السابق" in d for d in _decisions(text))


def test_minutes_committee_approved_last_sittings_minutes():
    text = ("محضر اجتماع لجنة المياه\n\nالبند الأول\nصادقت اللجنة على محضر الجلسة الماضية بالإجماع.\n\n"
            "البند الثاني\nمناقشة أعطال المضخات.\n")
    assert any("محضر الجلسة الماضية" in d for d in _decisions(text))


def test_minutes_mentioned_only():
    text = "محضر اجتماع لجنة المياه\n\nوزع أمين السر محضر الاجتماع السابق على الأعضاء للاطلاع.\n"
    assert not any("وزع أمين السر" in d for d in _decisions(text))
