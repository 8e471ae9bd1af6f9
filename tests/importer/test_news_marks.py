"""Arabic news names: a comma typed against the next word still separates ("اللجنة ،بحضور"); a speaker's name
ends where what they said opens ("أكد ... فلان أهمية ...", "... ضرورة ...", "... أن ...")."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_news import news_people
from ds_tracker.importer.news_marks import news_spacing

REF = Reference.from_seed()


def _names(text):
    return [p["name"] for p in parse(text, REF)["participants"]]


def test_glued_comma_before_the_attendance_cue():
    text = ("وبحث رئيس البلدية خلال الاجتماع ، خطة الصيانة بالمدينة ،بحضور مدير الأشغال العامة رامز حداد "
            "ونائب رئيس البلدية للشؤون الإدارية كمال نصار ومدير المالية هيثم زيدان ، وعدد من الموظفين.\n")
    names = _names(text)
    assert "رامز حداد" in names and "كمال نصار" in names and "هيثم زيدان" in names


def test_glued_comma_in_minutes_prose():
    text = ("محضر اجتماع لجنة الإغاثة\n\nعقدت اللجنة اجتماعها الدوري ،بحضور منسق الطوارئ نادر سليم "
            "ورئيسة قسم الإيواء هالة عيسى ، وتمت مناقشة توزيع الخيام.\n")
    names = _names(text)
    assert "نادر سليم" in names and "هالة عيسى" in names


def test_spacing_keeps_dates_and_drops_marks_round_a_name():
    assert news_spacing("في 2022/3/4 ،بحضور") == "في 2022/3/4 ، بحضور"
    assert news_spacing("بحضور / سعاد كامل / مديرة") == "بحضور سعاد كامل مديرة"
    assert news_spacing("الدكتورة “هدى سالم”،") == "الدكتورة هدى سالم،"


def test_speaker_name_ends_where_the_statement_opens():
    got = news_people("وأكد مدير مديرية الزراعة فراس نبيل حمدان أهمية دعم المزارعين في الموسم.")
    assert got and got[0][0] == "فراس نبيل حمدان"
    got = news_people("وشدد نائب المحافظ وليد سمير ضرورة الإسراع في فتح الطرق.")
    assert got and got[0][0] == "وليد سمير"
    got = news_people("وأوضح مدير مكتب التخطيط ماهر يوسف أن التوزيع يبدأ الأسبوع المقبل.")
    assert got and got[0][0] == "ماهر يوسف"


def test_abbreviated_title_ends_no_sentence_news_and_minutes():
    news = ("واختتمت الندوة التي شارك فيها الخبراء ود. سليم حداد رئيس الجمعية الأردنية للمياه ود. نهى فارس "
            "أمينة سر الجمعية.\n")
    names = _names(news)
    assert "سليم حداد" in names and "نهى فارس" in names
    minutes = "محضر اجتماع لجنة البيئة\n\nعقد الاجتماع بحضور م. كريم عيسى مدير دائرة النفايات، وناقش خطة الفرز.\n"
    assert "كريم عيسى" in _names(minutes)


def test_attendance_cue_then_bare_name_then_post():
    got = news_people("عقدت الجمعية لقاءها الشهري بحضور / هالة نمر / مديرة التنمية الاجتماعية في المحافظة.")
    assert got and got[0][0] == "هالة نمر"
    got = news_people("وعقد الاجتماع بحضور عماد سرور مدير مكتب الزراعة وعدد من المزارعين.")
    assert got and got[0][0] == "عماد سرور"
    assert news_people("عقد الاجتماع بحضور عدد كبير من المواطنين.") == []


def test_patron_named_in_news_and_minutes_is_an_unsure_participant():
    news = "تحت رعاية محافظ إربد / اللواء سامي عبيدات / ، عقدت المنظمة اجتماعها الدوري في مبنى المحافظة.\n"
    people = parse(news, REF)["participants"]
    assert any(p["name"] == "سامي عبيدات" and p.get("unsure") for p in people)
    minutes = "محضر اجتماع\n\nعقد الاجتماع برعاية رئيس البلدية المهندس فؤاد نصر وناقش خطة النظافة.\n"
    assert "فؤاد نصر" in _names(minutes)
    assert news_people("عقدت الورشة برعاية منظمة اليونيسف وبالتعاون مع وزارة الصحة.") == []
