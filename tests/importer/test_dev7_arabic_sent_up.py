"""Arabic escalations: a request a body will make to a minister ("ستقدم طلباً إلى وزير ..."), a report forwarded
to the government far after the verb, written "إلي", a government named by its seat ("الحكومة في بغداد"), and a
courtesy adjective that is no part of the body's name ("مجلس الشورى الموقر"). Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.sent_up import bodies_sent_up

REF = Reference.from_seed()


def escalations(text):
    return [e["body"] for e in parse(text, REF)["escalations"]]


def test_a_request_a_body_will_make_to_a_minister():
    assert "وزير الصحة" in bodies_sent_up("وأوضح أن البلدية ستقدم طلباً إلى وزير الصحة لتوفير سيارات إسعاف.", "ar")
    assert any(b.startswith("وزير") for b in bodies_sent_up("وقال إن المجلس سيقدم مذكرة إلى وزير المالية.", "ar"))


def test_forwarded_far_after_the_verb_and_written_with_ya():
    got = bodies_sent_up("أحال الدكتور سالم حداد رئيس مجلس الأمناء تقرير اللجنة الفنية المكلفة بدراسة أوضاع "
                         "المدارس في المحافظة إلي الحكومة للأخذ بما ورد فيه.", "ar")
    assert "الحكومة" in got


def test_a_government_named_by_its_seat_and_a_courtesy_adjective():
    got = escalations("عقد مجلس المحافظة جلسة طارئة اليوم.\nوأعلن رئيس المجلس رفع تقرير الى الحكومة في بغداد "
                      "لشرح الأوضاع.\n")
    assert "الحكومة في بغداد" in got
    got = escalations("عقدت لجنة المرافق اجتماعها أمس.\nوقررت اللجنة رفع توصياتها إلى مجلس الشورى الموقر.\n")
    assert "مجلس الشورى" in got and "مجلس الشورى الموقر" not in got
