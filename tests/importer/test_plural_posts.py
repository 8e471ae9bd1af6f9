"""Names after a post in the plural or the dual, set off by a comma and joined by "و", are each a person: in a
news sentence and in minutes' prose; a plural post followed by no names gives no one."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_news import news_people
from ds_tracker.importer.plural_posts import plural_post

REF = Reference.from_seed()


def _names(text):
    return [p["name"] for p in parse(text, REF)["participants"]]


def test_news_plural_post_then_names_joined_by_wa():
    text = ("نظمت جمعية النور ورشة في مدينة السلط لمناقشة خطة الحماية. وقدمت منسقات البرنامج، "
            "رهف ناصر وسلمى داود ونور حمدان عرضاً حول أنشطة البرنامج.\n")
    names = _names(text)
    assert {"رهف ناصر", "سلمى داود", "نور حمدان"} <= set(names)
    assert not any(n.endswith("عرضا") for n in names)


def test_minutes_prose_attendance_of_plural_post():
    text = ("محضر اجتماع فريق الإيواء\n\nعقد الفريق اجتماعه الشهري بحضور ممثلي المنظمات الشريكة، "
            "عادل منصور وغادة سليم وباسل عبد الرحمن، وتمت مناقشة توزيع الخيام.\n")
    names = _names(text)
    assert {"عادل منصور", "غادة سليم"} <= set(names)


def test_plural_post_without_names_and_the_job_itself():
    assert news_people("عقد الاجتماع بحضور ممثلي البلدية، وعدد من المواطنين.") == []
    assert plural_post("منسقات") and plural_post("ممثلو") and plural_post("منسقي")
    assert not plural_post("منسق") and not plural_post("مدير")


def test_dual_post_before_the_first_holders_name():
    got = news_people("استقبل مديرا مديرية الصحة للشؤون الفنية الدكتور فادي سلوم، وللشؤون الإدارية السيدة "
                      "رنا عطية، وفدا من المنظمة.")
    assert got and got[0][0] == "فادي سلوم"
    minutes = ("محضر اجتماع\n\nعقد الاجتماع برئاسة نائبا رئيس اللجنة المهندس سمير حداد والسيدة ليلى بدر، "
               "وناقش الأعضاء جدول التدريب.\n")
    assert "سمير حداد" in _names(minutes)
