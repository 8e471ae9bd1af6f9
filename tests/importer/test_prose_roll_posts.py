"""People named with what they are in running text: "حضر الاجتماع كل من السيد X، سفير Y، والسيد Z، ..." (an
ambassador stands for his state; "عبد المجيد" is one part of a longer name), a role's cell holding "Name (Body)",
and a post held "on behalf of" a body. Invented people."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

REF = Reference.from_seed()


def people(text, name="minutes.txt"):
    return {p["name"]: p for p in parse(read_bytes(text.encode(), name)[0], REF)["participants"]}


def test_an_arabic_news_roll_after_attended_each_of():
    text = ("بيان صحفي\n\nعقدت اللجنة اجتماعها الدوري. وقد حضر الاجتماع كل من السيد كامل عبد المجيد زيدان، سفير "
            "جمهورية تونس، والسيد نادر الحلو، القائم بأعمال سفارة دولة ليبيا، والسيدة ريما سلوم، مستشارة الشؤون "
            "الثقافية في سفارة المملكة المغربية.\n")
    got = people(text)
    assert got["كامل عبد المجيد زيدان"]["organisation"] == "جمهورية تونس"
    assert got["نادر الحلو"]["organisation"] == "سفارة دولة ليبيا"
    assert got["ريما سلوم"]["organisation"] == "سفارة المملكة المغربية"


def test_a_roles_cell_with_the_body_in_brackets_and_a_post_on_behalf_of_a_body():
    text = ("Health Sector Meeting Minutes\nDate: 4 March 2016\n\nSecretary:\tLena Park (WHO)\n\n"
            "The meeting was facilitated by Omar Tahir, Programme Officer on behalf of the Health Sector;\n\n"
            "1. Updates\nNone.\n")
    got = people(text)
    assert got["Lena Park"]["organisation"] == "WHO" and got["Lena Park"]["position"] == "Secretary"
    assert got["Omar Tahir"]["organisation"] == "Health Sector" and got["Omar Tahir"]["position"] == "Programme Officer"


def test_who_ran_the_meeting_one_post_shared_by_the_two_named_after_it():
    text = ("اجتماع المنظمات\n\nوقد أداره كل من الرئاسة المشتركة لمكتب الشؤون المدنية السيدة هيفاء نصري والسيد "
            "جميل عبد الكريم داود ؛ حيث أكد كلاهما دعم المنظمات.\n")
    got = people(text)
    assert {n: p["organisation"] for n, p in got.items()} == {"هيفاء نصري": "مكتب الشؤون المدنية",
                                                              "جميل عبد الكريم داود": "مكتب الشؤون المدنية"}


def test_each_of_several_with_their_own_post_keeps_their_own():
    text = ("لقاء تنسيقي\n\nعقد اللقاء بحضور كل من السيد وائل منصور، مدير مكتب الإغاثة، والسيد سامي قدور، "
            "ممثل جمعية النور.\n")
    got = people(text)
    assert got["وائل منصور"]["organisation"] == "مكتب الإغاثة" and got["سامي قدور"]["organisation"] == "جمعية النور"


def test_a_name_of_four_parts_closed_by_its_family():
    text = ("عقدت اللجنة العامة اجتماعها، برئاسة رئيس اللجنة الدكتور فهد سعد ناصر آل مرعي، في مقرها أمس، بحضور نائب "
            "رئيس اللجنة الدكتور ماجد علي الفارس.\n")
    got = people(text)
    assert "فهد سعد ناصر آل مرعي" in got and "ماجد علي الفارس" in got
