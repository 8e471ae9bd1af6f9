"""Arabic news reports of a meeting: people named after "في حضور", a town's body before the name, a cell's or a
committee's members named after the plural, a style before a prince's title, a speech verb with its object joined,
and posts joined by "و" before an honorific. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_bodies import posts_named
from ds_tracker.importer.arabic_news import news_people

REF = Reference.from_seed()


def found(text):
    return {n: (post, body) for n, post, body, _ in news_people(text)}


def test_fi_hudur_opens_the_attendance_like_bihudur():
    got = found("اجتمعت لجنة الطوارئ في قاعة البلدية، في حضور النائب رامي خليل ومدير مستشفى الساحل سعيد نصر.")
    assert "رامي خليل" in got and got["سعيد نصر"][1] == "مستشفى الساحل"
    got = found("عقد المجلس جلسته في حضور السيدة ليلى حداد رئيسة جمعية النور.")
    assert "ليلى حداد" in got


def test_a_town_after_a_body_head_is_the_body_s_name_not_the_person_s():
    got = found("بحضور رئيس بلدية كفرنون جميل داود ورئيس بلدية برقايل شمالي فادي منصور.")
    assert got["جميل داود"] == ("رئيس بلدية كفرنون", "بلدية كفرنون")
    assert got["فادي منصور"][1] == "بلدية برقايل شمالي"
    got = found("وقال نائب الشوف وليد عاصي أمام اللجنة إن الطرق مقطوعة.")
    assert "وليد عاصي" in got and not any(n.startswith("الشوف") for n in got)


def test_a_group_s_first_name_closes_its_own_part_and_the_list_goes_on():
    got = found("بحضور أعضاء اللجنة نبيل عطية، هادي سرور، كمال الخوري والشيخ زياد الحلبي.")
    assert {"نبيل عطية", "هادي سرور", "كمال الخوري", "زياد الحلبي"} <= set(got)
    got = found("وبمشاركة أعضاء الخلية سامر يونس، رياض عقل.")
    assert {"سامر يونس", "رياض عقل"} <= set(got)


def test_a_style_before_a_title_and_a_speech_verb_with_its_object_joined():
    got = found("رأس صاحب السمو الأمير فهد بن سلمان بن خالد أمير المنطقة الاجتماع الثالث أمس.")
    assert "فهد بن سلمان بن خالد" in got
    got = found("وناقش المجلس التقرير الذي قدمه مدير بلدية الوادي هشام سليم أمام الأعضاء.")
    assert "هشام سليم" in got


def test_a_rank_word_used_as_a_noun_is_no_title_and_as_a_title_opens_the_name():
    got = found("بحضور قائد الفريق الوطني للإنقاذ جمال حمدي، وقائد عمليات الجنوب الفريق حازم كريم.")
    assert "جمال حمدي" in got and "حازم كريم" in got
    assert not any(n.startswith("عمليات") for n in got)


def test_posts_joined_before_an_honorific_each_name_their_own_holder():
    assert [n for n, *_ in posts_named("محافظ الكرك سالم عوض")] == ["سالم عوض"]
    draft = parse("خلال اجتماع ضم محافظ المفرق نادر زيد ورئيس بلدية المفرق الكبرى المهندس عادل قاسم.\n", REF)
    got = {p["name"]: p["organisation"] for p in draft["participants"]}
    assert got.get("عادل قاسم") == "بلدية المفرق الكبرى"
    draft = parse("جاء ذلك في لقاء ضمن وزير النقل هاني فرح ومدير بلدية السلط الدكتور منير راشد.\n", REF)
    got = {p["name"]: p["organisation"] for p in draft["participants"]}
    assert "منير راشد" in got and "هاني فرح" in got


def test_a_post_ends_where_the_verb_s_object_opens():
    draft = parse("أحال د. كريم سالم رئيس مجلس الأمناء تقرير لجنة التدقيق إلى الوزارة.\n", REF)
    got = {p["name"]: p["organisation"] for p in draft["participants"]}
    assert got.get("كريم سالم") == "مجلس الأمناء"


def test_kull_min_after_any_verb_opens_the_people_and_police_is_a_body():
    got = found("واستدعت اللجنة في جلستها كل من مدير شرطة الكرخ العميد سامي رشيد وقائد عمليات الفرات اللواء "
                "هادي جواد.")
    assert got["سامي رشيد"][1] == "شرطة الكرخ" and got["هادي جواد"][1] == "عمليات الفرات"
    got = found("واستضاف المجلس كل من السيد كامل نوري مدير الزراعة.")
    assert "كامل نوري" in got
    assert found("وتفرض غرامة على كل من يخالف التعليمات الصادرة.") == {}
