"""An Arabic record whose page opens with a bare date (its publication day) and dates its sitting further down:
in the sentence that holds it, after "يوم <weekday>", or under the sitting's number. Invented text."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def day(text):
    return (parse(text, REF)["sittings"] or [{}])[0].get("date")


def test_the_sentence_that_holds_the_session_dates_it_not_the_posts_day():
    assert day("- مارس 20, 2023\n"
               "المجلس البلدي للواحة يعقد دورته العادية\n"
               "عقد المجلس البلدي للواحة دورته العادية يوم الأربعاء 15 مارس 2023 بمقر البلدية.\n") == "2023-03-15"


def test_a_weekday_after_yom_or_the_sittings_number_dates_it():
    assert day("02/09/2021\nتقرير لقاء مع وفد نقابة المعلمين\nيوم الاثنين الموافق 23/8/2021\n"
               "في لجنة التربية الساعة التاسعة صباحاً\n") == "2021-08-23"
    assert day("الأحد 12 أيار 2019\nالفصل التشريعي الأول\nجلسة رقم ( 4 )\nالخميس (9/5/2019) م\n"
               "محضر الجلسة\nعدد الحضور: (120) نائباً.\n") == "2019-05-09"


def test_a_dated_title_stays_the_meetings_day_and_the_last_session_is_not_this_one():
    assert day("محضر اجتماع لجنة الحماية 4 أبريل 2022\nعقد الاجتماع يوم الاثنين 11 أبريل 2022 في المقر.\n") \
        == "2022-04-04"
    assert day("انعقدت لجنة المالية صباح يوم الخميس لمواصلة النقاش.\n"
               "وكانت اللجنة قد توقفت خلال آخر جلسة عمل منعقدة بتاريخ 08 مارس 2021 عند الفصل العاشر.\n") is None


def test_a_building_then_a_town_no_list_knows_is_where_the_meeting_was():
    sitting = parse("عقدت الهيئة الإدارية لنادي الفنون اجتماعها في مقر النادي في برمانا بحضور كل من: السيد "
                    "كميل عازار، السيدة نجوى فرح.\n", REF)["sittings"][0]
    assert (sitting["city"], sitting["venue"]) == ("برمانا", "مقر النادي")
