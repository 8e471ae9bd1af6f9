"""Outcomes of an Arabic news report the line walk's cues leave: a decision with the body as subject or none, a
call, the spelling with ya, a renewed demand, a conclusion, a body's resolve and the list after "أهم التوصيات";
never a person's own demand. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_outcomes import news_outcomes

REF = Reference.from_seed()


def test_a_decision_or_a_call_of_the_body_with_or_without_its_name():
    got = news_outcomes("وبحثت اللجنة أوضاع الأسواق، وقررت منع البيع على الأرصفة. كما ناشدت التجار الالتزام "
                        "بالأسعار المعلنة.")
    assert any(g.startswith("قررت منع البيع") for g in got) and any(g.startswith("ناشدت التجار") for g in got)
    got = news_outcomes("صدى البلد – قررت لجنة السلامة العامة في بلدية الوادي إغلاق المسبح البلدي مؤقتاً.")
    assert got and "إغلاق المسبح البلدي" in got[0]


def test_ya_spelling_a_renewed_demand_a_conclusion_and_a_resolve():
    text = ("وأوصي تقرير اللجنة بتعبيد الطرق الزراعية في القرى. وجدد المجلس مطالبته بزيادة مخصصات الصيانة. "
            "وانتهت اللجنة إلى إعداد خطة لمكافحة التصحر. وأعلن الرئيس عن عزم المجلس مخاطبة الوزارة بشأن المياه.")
    got = " | ".join(news_outcomes(text))
    for words in ("بتعبيد الطرق", "بزيادة مخصصات الصيانة", "إعداد خطة لمكافحة التصحر", "عزم المجلس مخاطبة الوزارة"):
        assert words in got


def test_the_list_after_the_main_recommendations_and_no_person_s_own_demand():
    got = news_outcomes("وقال الرئيس إن من أبرز التوصيات المرفوعة: إنشاء سوق شعبي للمزارعين، توسيع شبكة "
                        "الصرف الصحي في الأحياء.")
    assert "إنشاء سوق شعبي للمزارعين" in got and "توسيع شبكة الصرف الصحي في الأحياء" in got
    assert news_outcomes("وطالبت النائبة سعاد حمدان بزيادة عدد المدارس في المنطقة.") == []
    assert news_outcomes("وأوصى المشاركون بما يلي:") == [] and news_outcomes("وقررت اللجنة الأمور التالية:") == []


def test_in_a_report_they_are_unsure_recommendations_and_not_twice():
    text = ("عقدت لجنة الخدمات اجتماعها أمس برئاسة رئيس اللجنة سالم حداد.\n"
            "وناقشت اللجنة شكاوى الأهالي، وقررت تكليف البلدية بصيانة الإنارة.\n"
            "كما ناشدت المواطنين ترشيد استهلاك المياه خلال الصيف.\n")
    recs = parse(text, REF)["recommendations"]
    found = [r for r in recs if "ترشيد استهلاك المياه" in r["text"]]
    assert len(found) == 1 and found[0].get("unsure")
