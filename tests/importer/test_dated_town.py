"""A news agency's dateline, the town then the day ("إربد 12 مايو 2022 (بترا) - ...", after a page's "نشر بتاريخ:"),
names where the report is filed from; "المدينة" alone is "the city", never Medina."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _city(text):
    return [s.get("city") for s in parse(text, REF)["sittings"]][:1] or [None]


def test_dateline_town_then_day():
    text = ("المجلس البلدي يناقش خطة النظافة\nإربد 12 مايو 2022 (بترا) - عقد المجلس البلدي اجتماعا اليوم "
            "لمناقشة خطة النظافة في الأحياء، بحضور رئيس البلدية.\n")
    assert _city(text) == ["إربد"]


def test_dateline_town_after_a_published_label():
    text = ("لجنة الصحة تبحث الوضع الوبائي\nنشر بتاريخ:الزرقاء 3 مارس 2021 ( وكالة ) - عقدت لجنة الصحة "
            "اجتماعا أمس لمناقشة الوضع الوبائي بالمدينة.\n")
    assert _city(text) == ["الزرقاء"]


def test_the_city_alone_is_no_city_in_minutes():
    text = ("محضر اجتماع لجنة الخدمات\n\nعقد الاجتماع في قاعة البلدية بالمدينة وناقش الأعضاء خطة الصيانة.\n\n"
            "الحاضرون:\n- سامر خليل\n- ريم حداد\n")
    assert _city(text) == [None]


def test_a_weekday_before_the_day_is_no_town():
    text = "الخميس 12 مايو 2022\nعقدت اللجنة اجتماعها اليوم في مقرها وناقشت الخطة السنوية.\n"
    assert _city(text) == [None]
