"""Items set as plain paragraphs under a lead naming recommendations are recommendations (unsure: where the list
ends, nothing marks); a lead joined to the sentence above still opens its list; a sentence pointing on to the
list ("as listed below") is none."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _recs(text):
    return [r for r in parse(text, REF)["recommendations"]]


def test_arabic_news_list_without_bullets():
    text = ("نظمت جمعية الأمل ندوة حول المياه في مدينة الزرقاء.\n\n"
            "وخرج المشاركون بجملة من التوصيات جاءت على النحو:\n\n"
            "إنشاء صندوق محلي لدعم صيانة شبكات المياه في الأحياء الفقيرة\n\n"
            "تدريب الفنيين في البلديات على كشف التسربات بالأجهزة الحديثة\n")
    recs = _recs(text)
    texts = [r["text"] for r in recs]
    assert any(t.startswith("إنشاء صندوق محلي") for t in texts)
    assert any(t.startswith("تدريب الفنيين") for t in texts)
    assert all(r.get("unsure") for r in recs if r["text"].startswith(("إنشاء", "تدريب")))


def test_arabic_minutes_lead_joined_to_the_line_above():
    text = ("محضر اجتماع لجنة التعليم\nعقد الاجتماع في قاعة المديرية\nوأوصى المشاركون بما يلي:\n"
            "- توزيع الكتب المدرسية قبل بداية الفصل\n- صيانة مدارس القرى المتضررة من السيول\n")
    texts = [r["text"] for r in _recs(text)]
    assert "توزيع الكتب المدرسية قبل بداية الفصل" in texts
    assert "صيانة مدارس القرى المتضررة من السيول" in texts


def test_english_paragraph_items_and_a_pointer_sentence():
    text = ("Coordination meeting notes\n\nThe working group agreed on these recommendations:\n\n"
            "The following proposals were gathered from the three groups, as listed below.\n\n"
            "Map the remaining gaps in school transport for the northern villages\n\n"
            "Share the revised referral form with all partners\n")
    texts = [r["text"] for r in _recs(text)]
    assert any(t.startswith("Map the remaining gaps") for t in texts)
    assert any(t.startswith("Share the revised referral form") for t in texts)
    assert not any("as listed below" in t for t in texts)


def test_prose_after_a_lead_of_agreed_points_is_read_by_content_only():
    text = ("Team call\n\nThe team agreed to:\n\nThe call ended early because of the power cut. Everyone left.\n")
    assert not any("power cut" in r["text"] for r in _recs(text))
