"""A stressed need or importance in the spellings news and minutes use: the participle ("مؤكداً على اهمية"),
"علي"/"إلي" for "على"/"إلى", the speaker set off by a comma, a shortened "ضرور": each a recommendation, unsure;
a fact stated ("منوهاً إلى أن ...") is none."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_stress import stressed

REF = Reference.from_seed()


def _recs(text):
    return [r for r in parse(text, REF)["recommendations"]]


def test_news_participle_and_comma_set_off_speaker():
    text = ("رئيس البلدية يتابع مشروع الطرق\nعقد رئيس بلدية الكرك نبيل عواد اجتماعا اليوم مع المقاولين. "
            "وشدد رئيس البلدية نبيل عواد ، على ضرور الالتزام بمواعيد تسليم المشاريع..مؤكداً على اهمية "
            "التنسيق مع شركة الكهرباء قبل الحفر.\n")
    recs = _recs(text)
    texts = " | ".join(r["text"] for r in recs)
    assert "ضرور الالتزام بمواعيد تسليم المشاريع" in texts
    assert "اهمية التنسيق مع شركة الكهرباء" in texts
    assert all(r.get("unsure") for r in recs)


def test_minutes_ya_spelling_and_plural_participle():
    text = ("محضر اجتماع لجنة الزراعة\n\nناقش الأعضاء خطة الري وأكدوا علي ضرورة صيانة القنوات قبل الموسم، "
            "لافتين إلي أهمية تدريب المزارعين على الري بالتنقيط.\n")
    texts = " | ".join(r["text"] for r in _recs(text))
    assert "ضرورة صيانة القنوات قبل الموسم" in texts
    assert "أهمية تدريب المزارعين" in texts


def test_a_fact_stated_is_no_recommendation():
    assert stressed("منوهاً إلى أن هناك تقدماً في أعمال الصيانة خلال الشهر الماضي.") == []
    assert stressed("وأكد المدير أن الفريق أنهى المسح الميداني في القرى.") == []
