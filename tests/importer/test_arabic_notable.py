"""Recommendations named in run-on prose ("أصدر التوصيات اللازمة ومن أبرزها X", "خرج بتوصيات أهمها X",
"وتواصلت التوصيات حيال X"): X is a recommendation, unsure; recommendations merely mentioned are none."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_notable import notable

REF = Reference.from_seed()


def _recs(text):
    return parse(text, REF)["recommendations"]


def test_news_most_notable_of_the_recommendations():
    text = ("عقد مجلس البلدية اجتماعه الدوري برئاسة رئيس البلدية وأصدر التوصيات اللازمة ومن أبرزها توسيع "
            "شبكة الإنارة في الأحياء الجديدة.\n")
    recs = _recs(text)
    assert any(r["text"].startswith("توسيع شبكة الإنارة") and r.get("unsure") for r in recs)


def test_minutes_recommendations_going_on_about():
    text = ("محضر اجتماع لجنة النقل\n\nناقشت اللجنة شكاوى السائقين وتواصلت التوصيات حيال ضرورة تنظيم مواقف "
            "الحافلات قرب المدارس.\n")
    assert any("تنظيم مواقف الحافلات" in r["text"] for r in _recs(text))


def test_recommendations_mentioned_only():
    assert notable("ستعرض التوصيات على المجلس في جلسته القادمة.") == []
    assert notable("وناقش الاجتماع التوصيات السابقة.") == []
