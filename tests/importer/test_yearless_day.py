"""The meeting's day when its own sentence gives no year: the post's date or the heading's year supplies it;
without either, no day rather than another one the text gives. Several days on one line run forwards, and a
page's stamp opening the lead is not the meeting's. Invented text, English and Arabic."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def day(text):
    return (parse(text, REF)["sittings"] or [{}])[0].get("date")


def test_a_post_about_a_meeting_takes_the_year_of_the_post():
    assert day("---\ntitle: Spring gathering of the garden society\ndate: 2021-05-20\nlayout: post\n---\n"
               "On Tuesday, May 11th, the garden society held its spring gathering at the library.\n"
               "The new plots will open on June 30th, 2021.\n") == "2021-05-11"
    # a post early in January about a December meeting: the year before
    assert day("---\ntitle: \"Winter board\"\nsubtitle: \"The board met on 28th December to plan the year\"\n"
               "date: '2022-01-04 09:00:00'\n---\nThe board reviewed the accounts.\n") == "2021-12-28"


def test_an_arabic_lead_takes_the_headings_year_or_gives_none():
    assert day("ملتقى الكتّاب 2019\n\nفي يوم الجمعة 12 أبريل، اجتمع أعضاء الملتقى لمناقشة برنامج العام.\n") \
        == "2019-04-12"
    # Morocco's month name; the only full date is an earlier decision's, not this sitting's
    assert day("عقد المجلس القروي للواحة،\nصبيحة يومه الخميس 14 نونبر الجاري، دورته العادية.\n"
               "وتمت الموافقة على تعديل المقرر عدد 12 بتاريخ 3 ماي 2017.\n") is None


def test_an_earlier_day_later_in_the_line_and_a_leading_stamp_are_not_the_meetings():
    assert day("انعقدت يوم الاثنين 9 مارس 2021 جلسة المجلس لتحيين مداولته المؤرخة في 4 أبريل 2019 حول المخطط.\n") \
        == "2021-03-09"
    assert day("2024-06-03 The committee, at its sitting held on 30 May 2024, adopted the following decisions "
               "on the budget and the hall.\n") == "2024-05-30"
