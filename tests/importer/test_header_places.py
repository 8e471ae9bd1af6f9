"""Header shapes of real minutes seen abroad, written here in other words: a labelled venue whose last part is its
town, a town and its country run into the next words, a web page's menus above its own title, and a city abroad
named in Arabic kept as written."""
from ds_tracker.importer import parse


def test_a_labelled_venues_last_part_is_its_town_unless_it_is_a_building():
    assert parse("WASH sector meeting\nDate: 3 May 2024\nVenue: NRC office, Kabala\n")["sittings"][0][
        "city"] == "Kabala"
    sitting = parse("WASH sector meeting\nDate: 3 May 2024\nVenue: Meeting Room 2, Main Building\n")["sittings"][0]
    assert sitting["city"] is None and sitting["venue"] == "Meeting Room 2, Main Building"


def test_a_town_and_its_country_followed_by_capitals():
    text = ("HEALTH CLUSTER MEETING TUESDAY 4 June, 10:00 AM, 2019 Ministry of Health, Level 2, Apia, Samoa "
            "MINUTES OF THE MEETING Chaired by MoH\n")
    assert parse(text)["sittings"][0]["city"] == "Apia"


def test_a_web_pages_own_title_under_its_menus_and_breadcrumbs():
    text = ("In regions Asia and Nepal and in groups Nepal\n\nNews\nResources\n\n"
            "June 5th 2023 Protection Working Group meeting minutes\n\n"
            "June 5th 2023 Protection Working Group meeting minutes\n\nAgenda\n1. Welcome\n")
    draft = parse(text)
    assert draft["title"] == "June 5th 2023 Protection Working Group meeting minutes"
    assert draft["sittings"][0]["date"] == "2023-06-05"


def test_a_city_abroad_named_in_arabic_is_kept_as_written():
    text = "عقدت اللجنة اجتماعها الثالث يوم الأحد 5/3/2023 في مقر الأمانة العامة في القاهرة.\n"
    assert parse(text)["sittings"][0]["city"] == "القاهرة"


def test_a_hijri_date_is_read_as_its_gregorian_day():
    text = "البيان الختامي لورشة العمل التي أقيمت في جدة يوم الأحد 12/3/1440هـ حول أوضاع النازحين.\n"
    assert parse(text)["sittings"][0]["date"] == "2018-11-20"
    text = "عقدت اللجنة اجتماعها يوم الثلاثاء 7 رجب 1443 هـ الموافق 8/2/2022م في الرياض.\n"
    assert parse(text)["sittings"][0]["date"] == "2022-02-08"


def test_a_pages_publication_day_is_not_the_meetings_unless_the_news_says_today():
    stamp = "تاريخ النشر: الخميس 9 مايو 2024 - الساعة:10:20:33\n"
    assert not [s for s in parse(stamp + "اللجنة الفرعية تعقد اجتماعها الثاني لمناقشة الخطة.\n")["sittings"]
                if s.get("date")]
    today = parse(stamp + "اللجنة الفرعية تعقد اجتماعها الثاني اليوم لمناقشة الخطة.\n")["sittings"]
    assert today[0]["date"] == "2024-05-09"


def test_a_matter_put_before_a_higher_body_is_an_escalation_a_presentation_is_not():
    from ds_tracker.importer import parse as read
    text = "واتفق الحاضرون على عرض نتائج التقييم على مؤتمر الاستجابة الإقليمي المقرر عقده الشهر المقبل.\n"
    assert [e["body"] for e in read(text)["escalations"]] == ["مؤتمر الاستجابة الإقليمي"]
    assert read("وقدم ممثل المنظمة عرضاً عن أنشطة الحماية في المخيمات.\n")["escalations"] == []


def test_no_objections_raised_sends_nothing_up():
    text = ("Shelter meeting minutes\nNo objections to the minutes of 3 May were raised and the minutes are accepted "
            "Update on the signing ceremony between the Government of Tonga and the partners\n")
    assert parse(text)["escalations"] == []
