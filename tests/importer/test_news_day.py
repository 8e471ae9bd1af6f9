"""An Arabic news page's stamp is the page's day: the meeting's day only through the body's "اليوم" / "أمس" /
"أمس الأول"; without them the day is unknown. Minutes keep the date they give."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _day(text):
    return [s.get("date") for s in parse(text, REF)["sittings"]][:1] or [None]


def test_stamp_with_clock_and_no_relative_day_gives_no_day():
    text = ("مدير الزراعة يتابع خطة الموسم\nالاثنين 14 مارس 2022 الساعة 18:40\nوكالة الأنباء المحلية\n"
            "ناقش مدير الزراعة في محافظة البحيرة سامر حداد خطة الموسم الزراعي مع رؤساء الأقسام، "
            "وشدد على ضرورة توفير البذور المحسنة للمزارعين في الوقت المناسب.\n")
    assert _day(text) == [None]


def test_scraper_date_before_the_lead_is_not_the_meeting_day():
    text = (" date 2024-06-03 عقد رئيس البلدية نادر سلوم اجتماعا مع مديري الأقسام لبحث خطة النظافة الصيفية، "
            "وأكد على أهمية تعزيز الرقابة الميدانية على شركات جمع النفايات في الأحياء كافة.\n\n"
            "كما ناقش المجتمعون آليات التنسيق مع الجمعيات الأهلية في حملات التوعية.\n")
    assert _day(text) == [None]


def test_yesterday_and_the_day_before_count_back_from_the_stamp():
    yesterday = ("لجنة الطوارئ تبحث الاستعداد للشتاء\nالأربعاء 9 نوفمبر 2022 الساعة 11:05\n"
                 "عقدت لجنة الطوارئ في المحافظة أمس اجتماعها الدوري برئاسة المحافظ رامي ناصيف، "
                 "وناقشت خطة الاستعداد لموسم الأمطار وتوزيع المعدات على البلديات.\n")
    assert str(_day(yesterday)[0]) == "2022-11-08"
    before = ("اجتماع إقليمي يناقش دعم التعليم\nالسبت 5 أغسطس 2023 الساعة 9:15 صباحاً\n"
              "ناقش فريق التنسيق الإقليمي أمس الأول (الخميس) في اجتماعه السادس بمقر الأمانة العامة "
              "عددا من المشاريع التعليمية المقترحة، ومنها ترميم المدارس المتضررة وتوفير الكتب.\n")
    assert str(_day(before)[0]) == "2023-08-03"


def test_today_keeps_the_stamp_day():
    text = ("الأحد 20 فبراير 2022 الساعة 14:10\nعقد المجلس المحلي اليوم جلسته الأولى برئاسة هاني عواد، "
            "وبحث خلالها مشاريع الطرق والمياه في القرى التابعة للمديرية.\n")
    assert str(_day(text)[0]) == "2022-02-20"


def test_a_paper_named_today_is_no_today():
    text = ("الخميس 2021-03-18 10:22:05 أخبار اليوم\nترأس المحافظ وليد جابر الاجتماع الدوري للجنة الصحة "
            "بحضور أعضاء اللجنة، وتمت مناقشة خطة التلقيح في المراكز الصحية.\n")
    assert _day(text) == [None]


def test_minutes_keep_the_date_under_their_title():
    text = ("محضر اجتماع لجنة المياه\nالثلاثاء 7 مارس 2023\n\nالحاضرون:\n- سعاد كامل\n- فادي نصر\n\n"
            "عقدت اللجنة اجتماعها في مقر المديرية وناقشت خطة الصيانة.\n")
    assert str(_day(text)[0]) == "2023-03-07"


def test_a_plans_future_day_is_not_the_meeting_day():
    text = ("الجمعة 10 مارس 2023 الساعة 9 صباحاً / وكالة محلية\n"
            "بحث فريق الإغاثة أمس في اجتماعه الخامس خطة توزيع المساعدات في المخيمات. "
            "وأوضح رئيس الفريق أنه تم بحث التحضير للمؤتمر الإقليمي الذي سيعقد في 20 مارس.\n")
    assert str(_day(text)[0]) == "2023-03-09"


def test_published_label_counts_back_by_yesterday():
    text = ("البلدية تناقش ملف النفايات\nنشر بتاريخ:مادبا 15 يناير 2020 ( وكالة ) - عقد المجلس البلدي "
            "اجتماعا أمس الثلاثاء لمناقشة ملف النفايات وتوزيع الحاويات على الأحياء.\n")
    assert str(_day(text)[0]) == "2020-01-14"


def test_published_label_alone_dates_no_meeting():
    text = ("محضر اجتماع لجنة الحدائق\nنُشر في 2 أبريل 2023\n\nالحاضرون:\n- وفاء سليم\n- أيمن داود\n\n"
            "ناقشت اللجنة خطة التشجير في الحدائق العامة.\n")
    assert _day(text) == [None]
