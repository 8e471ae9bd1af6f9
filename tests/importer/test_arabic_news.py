"""Arabic news reports of a meeting: people named in a sentence with their post, the body the post names, the city
the report is filed from, and the outcomes in the forms such reports use. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_news import body_of_post, news_people

REF = Reference.from_seed()


def people(draft):
    return {p["name"]: (p.get("organisation_text") or p["organisation"]) for p in draft["participants"]}


def test_a_post_then_a_name_after_the_chair_and_attendance_cues_gives_the_body_the_post_names():
    text = ("ناقشت لجنة المياه خلال اجتماعها اليوم برئاسة الوكيل المساعد لوزارة الموارد المائية سليم حداد "
            "خطة الصيف المقبل.\n"
            "وحضر الاجتماع الذي ضم نائب مدير مكتب منظمة الصحة العالمية بكسلا نادر الطيب وممثلين من الهلال الأحمر "
            "نقاشاً حول الآبار.\n")
    got = people(parse(text, REF))
    assert got["سليم حداد"] == "وزارة الموارد المائية"
    assert "منظمة الصحة العالمية" in got["نادر الطيب"]
    assert not any(n.startswith(("لوزارة", "وزارة", "الهلال")) for n in got)    # no body taken for a person


def test_an_honorific_then_a_name_then_the_post_and_a_post_between_commas():
    found = {n: (post, body) for n, post, body, _ in news_people(
        "عقد الاجتماع برآسة الأخ فارس عمران مدير مكتب الأمين العام وبحضور الدكتورة سلمى ياسين رئيسة قسم "
        "التغذية. وقال أمين عام مجلس التنسيق الإنساني، كريم العلي، إن الخطة جاهزة.")}
    assert found["فارس عمران"] == ("مدير مكتب الأمين العام", "مكتب الأمين العام")
    assert found["سلمى ياسين"][0].startswith("رئيسة قسم")
    assert found["كريم العلي"][1] == "مجلس التنسيق الإنساني"


def test_a_name_with_a_chain_of_bin_and_a_family_name_is_whole_and_ends_there():
    found = [n for n, *_ in news_people("افتتح المنسق العام الأستاذ/ ناصر بن عبد الله بن حمود الجلسة، ثم قام "
                                        "مقرر اللجنة الدكتور/ خالد بن سعيد العمري بعرض الجدول.")]
    assert found == ["ناصر بن عبد الله بن حمود", "خالد بن سعيد العمري"]


def test_a_group_of_posts_or_a_post_with_no_name_names_no_one():
    assert news_people("وبحضور مدير عام الفروع بوزارة المالية و مدراء عموم مكاتب الصحة والتعليم.") == []
    assert news_people("عقد الاجتماع بحضور ممثلين من المنظمات الدولية وأعضاء المجلس.") == []
    got = people(parse("افتتحت السيدة نائبة رئيس اللجنة الجلسة بحضور ممثلين عن وزير الطاقة.\n", REF))
    assert not any(n.startswith(("وزير", "رئيس", "نائبة")) for n in got)


def test_the_body_a_post_names():
    report = "عقد بمحافظة إربد اجتماع اللجنة برئاسة وكيل المحافظة."
    assert body_of_post("وكيل المحافظة", report) == "محافظة إربد"
    assert body_of_post("وزير النقل") == "وزارة النقل"
    assert body_of_post("رئيس بلدية الزرقاء") == "بلدية الزرقاء"
    assert body_of_post("مدير مكتب الصحة بالمحافظة") == "مكتب الصحة"
    assert body_of_post("منسق الورشة") is None


def city(text):
    sittings = parse(text, REF)["sittings"]
    return sittings[0]["city"] if sittings else None


def test_the_city_a_news_report_is_filed_from_or_held_in():
    assert city("(وكالة الأنباء) - نواكشوط:\nبحثت لجنة الإغاثة اليوم خطة توزيع المواد.\n") == "نواكشوط"
    assert city("(كسلا/الصحيفة/مراسلها:)\nعقدت لجنة الإغاثة اجتماعها الأول صباح اليوم.\n") == "كسلا"
    assert city("مسقط (العمانية) - بحثت لجنة الطوارئ اليوم خطة الإيواء.\n") == "مسقط"
    assert city("وهران- واج\nعقدت لجنة الإغاثة اجتماعها الأول صباح اليوم.\n") == "وهران"
    assert city("ناقش لقاء تشاوري بعمّان اليوم برئاسة وزير التخطيط خطة العام.\n") == "عمّان"
    assert city('عقد المنتدى لقاءً جمع النازحين إلى مدينة "إربد" مع المنظمات.\n') == "إربد"


def test_a_city_named_in_what_was_recommended_is_not_where_the_meeting_was():
    text = ("أوصى الملتقى الإقليمي للصحة بتشكيل فريق للدعم الفني يتولى جمع البيانات. كما اشتملت التوصيات على "
            "إنشاء مركز للتدريب في القاهرة يخدم دول المنطقة.\n")
    assert city(text) is None


def outcomes(text):
    draft = parse(text, REF)
    return [r["text"] for r in draft["recommendations"] + draft["decisions"]]


def test_outcomes_in_the_forms_arabic_news_reports_use():
    from ds_tracker.importer.outcome_words import outcome_kind
    assert outcome_kind("قرر وزراء الصحة العرب تكليف الأمانة الفنية بإعداد دراسة عن الأوبئة.") == "decision"
    assert outcome_kind("ووافق مجلس إدارة الصندوق الإقليمي على مقترح المدير بزيادة المنح.") == "decision"
    assert outcome_kind("واتفقت اللجنة الفرعية على الاجتماع كل شهرين.") == "decision"
    assert outcome_kind("وتمت الموافقة مبدئياً على نقل الأمانة إلى تونس.") == "decision"
    assert outcome_kind("وذكر البيان أنه تمّ خلال اللقاء الاتّفاق على إنشاء صندوق للطوارئ.") == "decision"
    assert outcome_kind("وناقشت الهيئة مسودة اللائحة الداخلية وأقرتها بعد تعديلات طفيفة.") == "decision"
    assert outcome_kind("وأشاد المشاركون بجهود المتطوعين، داعين الجهات المانحة إلى زيادة الدعم للمراكز.") \
        == "recommendation"
    assert outcome_kind("وطالب المؤتمر بتوسيع برامج التدريب المهني للشباب.") == "recommendation"
    assert outcome_kind("وخرجت الندوة بعدة توصيات شددت على أهمية حماية المدنيين.") == "recommendation"
    assert outcome_kind("ودعا الوزير النقابات المهنية والجمعيات الأهلية في الإقليم بالمساهمة في الحملة.") \
        == "recommendation"
    assert outcome_kind("وحث نائب مدير إدارة الطوارئ بالهيئة العامة الأعضاء على تسريع الإجراءات.") == "recommendation"
    assert outcome_kind("واستعرض الاجتماع تقرير الربع الأول من العام.") is None
    assert outcome_kind("وأشاد المشاركون بجهود المتطوعين في الحملة.") is None


def test_a_long_news_sentence_that_opens_with_what_was_recommended_is_one():
    body = "، و".join(f"إنشاء مركز للخدمات في المنطقة رقم {n} يخدم القرى المجاورة لها" for n in range(12))
    text = f"أوصى المؤتمر الإقليمي للتنمية الريفية بتشكيل فريق للمتابعة، {body}.\n"
    assert any("بتشكيل فريق للمتابعة" in t for t in outcomes(text))


def day(text):
    sittings = parse(text, REF)["sittings"]
    return sittings[0]["date"] if sittings else None


def test_a_news_item_dated_alone_whose_meeting_met_yesterday_met_the_day_before():
    text = ("أخبار المجلس\n  • 3 رجب 1444هـ الموافق 2023/01/25\n\n"
            "اجتمعت لجنة الشؤون الاجتماعية صباح أمس الثلاثاء برئاسة رئيسها لمناقشة خطة الدعم.\n")
    assert day(text) == "2023-01-24"
    assert day("تقرير\n2023/01/25\nعقدت اللجنة اجتماعها اليوم لمناقشة الخطة.\n") == "2023-01-25"


def test_the_day_a_page_was_last_updated_is_no_day_of_the_meeting():
    text = ("آخر تحديث: الأحد 5 مارس 2023 - الساعة 10:15\n"
            "عقدت لجنة المياه اجتماعها الدوري صباح اليوم لمناقشة أعمال الصيانة.\n")
    assert day(text) is None


def test_what_follows_a_post_is_no_name_when_it_is_the_sentence_s_object_or_the_post_s_place():
    assert news_people("ناقش الاجتماع برئاسة مدير عام الزراعة مشكلة الجفاف.") == []
    assert news_people("وأكد مدير المكتب أهمية التنسيق بين الجهات.") == []      # after "أكد": the object
    assert news_people("وأشار ممثل المفوضية في الأردن إلى أهمية الخطة.") == []
    assert news_people("عقد الاجتماع برئاسة نائب المحافظ لشؤون البيئة وحضور مدراء الدوائر.") == []
    found = news_people("بحضور مدير عام دائرة الزراعة في إربد سامر عبد الله وعدد من الموظفين.")
    assert [(n, p) for n, p, *_ in found] == [("سامر عبد الله", "مدير عام دائرة الزراعة في إربد")]
    found = news_people("عقد الاجتماع برئاسة رئيس مجلس الأعيان فيصل سالم العمري لمناقشة الموازنة.")
    assert [(n, b) for n, _p, b, _c in found] == [("فيصل سالم العمري", "مجلس الأعيان")]
    found = news_people("وأكد وزير العمل الدكتور نبيل حداد أن الوزارة مستعدة.")
    assert [(n, p, b) for n, p, b, _c in found] == [("نبيل حداد", "وزير العمل", "وزارة العمل")]


def test_a_decision_labelled_with_its_body_and_the_task_its_condition_sets():
    text = ("محضر اجتماع لجنة النقل\n"
            "قرار اللجنة: تعقد اللجنة جلسة استماع مع شركات الحافلات خلال الأسبوع المقبل لدراسة الأسعار.\n"
            "وقرر المجلس إنشاء صندوق للطوارئ، على أن يتم إعداد نظامه من خلال الأمانة الفنية، وأن يعرض عليه لاحقا.\n")
    draft = parse(text, REF)
    assert any("جلسة استماع مع شركات الحافلات" in d["text"] for d in draft["decisions"])
    assert any(a["owner"] == "الأمانة الفنية" and "إعداد نظامه" in a["text"] for a in draft["actions"])


def test_a_matter_put_before_a_higher_conference_goes_up_to_it():
    text = ("قرر المجتمعون إعداد تقرير عن أوضاع اللاجئين في المخيمات وعرض الأمر على المؤتمر الإقليمي للإغاثة "
            "المقرر عقده في تونس الشهر المقبل.\n")
    assert "المؤتمر الإقليمي للإغاثة" in [e["body"] for e in parse(text, REF)["escalations"]]
    text = "واستعرض الاجتماع التقرير المقدم من الوحدة التنفيذية على مستوى المحافظة.\n"
    assert parse(text, REF)["escalations"] == []


def test_a_consultation_in_a_named_town_with_its_governor_and_a_speaker_between_commas():
    text = ("ناقش لقاء تشاوري في مدينة المفرق، أمس الأحد، آليات توزيع المساعدات، برئاسة محافظ المفرق "
            "المهندس سامي العزام.\n"
            "من جهتها، قالت مديرة فرع الجمعية الخيرية، هالة منصور، إن الفرق جاهزة.\n"
            "وأكد المحافظ العزام على ضرورة توحيد قوائم المستفيدين بين الجمعيات، ووجه مديرية التنمية بحصر الأسر.\n")
    draft = parse(text, REF)
    assert draft["sittings"][0]["city"] == "المفرق"
    got = people(draft)
    assert got == {"سامي العزام": "محافظة المفرق", "هالة منصور": "فرع الجمعية الخيرية"}
    assert any(a["owner"] == "مديرية التنمية" for a in draft["actions"])


def test_a_deputy_minister_is_of_the_ministry_and_a_headline_verb_ends_the_committee_s_name():
    assert body_of_post("نائب وزير الموارد المائية") == "وزارة الموارد المائية"
    text = ("لجنة النقل بمجلس الشيوخ تبحث تطوير الموانئ\n"
            "عقدت اللجنة اجتماعها اليوم برئاسة النائب سمير حلمي، رئيس اللجنة، وبحضور ممثلي هيئة الموانئ.\n")
    assert people(parse(text, REF)) == {"سمير حلمي": "لجنة النقل بمجلس الشيوخ"}


def test_people_listed_after_a_post_in_the_plural_or_after_kull_min_or_before_their_post():
    found = {n: b for n, _p, b, _c in news_people(
        "واستمع المدير إلى خبراء التغذية في منظمة الصحة العالمية، رامي خليل، وسلمان جابر لشرح نتائج المسح.")}
    assert found == {"رامي خليل": "منظمة الصحة العالمية", "سلمان جابر": "منظمة الصحة العالمية"}
    found = {n: b for n, _p, b, _c in news_people(
        "عقد اللقاء بحضور كل من: السيد باسل حمدان مدير مكتب الإحصاء، والسيدة نور سالم ممثلة جمعية الأمل.")}
    assert found == {"باسل حمدان": "مكتب الإحصاء", "نور سالم": "جمعية الأمل"}
    found = [n for n, *_ in news_people("وقالت ليلى حسن، رئيسة جمعية المرأة الريفية، إن البرنامج سيتوسع.")]
    assert found == ["ليلى حسن"]
    assert news_people("وقال مصدر مسؤول، إن الخطة جاهزة.") == []
    assert news_people("وأشاد الحضور بخبراء الأرصاد، مؤكدين أهمية الإنذار المبكر.") == []


def test_a_student_or_a_place_is_no_call():
    from ds_tracker.importer.outcome_words import outcome_kind
    assert outcome_kind("وقال طالب في كلية الطب بجامعة دمشق إن الامتحانات صعبة.") is None
    assert outcome_kind("ودعت الجمعية أعضاءها لحضور الاجتماع الذي سيعقد بالمقر الرئيسي.") is None


def test_a_common_word_joined_to_bi_is_no_town():
    assert city("عقدت اللجنة اجتماعها اليوم لمناقشة الأضرار بالوادي والصحراء.\n") is None


def test_a_patronym_ends_the_name_and_a_purpose_or_a_run_over_the_name_is_no_body():
    found = news_people("بحضور نائب رئيس الوزراء وزير التجارة خالد سعيد بن حمدان افتتح المعرض.")
    assert [(n, b) for n, _p, b, _c in found] == [("خالد سعيد بن حمدان", "وزارة التجارة")]
    assert news_people("عقد الاجتماع برئاسة محافظ البنك المركزي لدراسة أسعار الصرف.") == []
    found = news_people("برئاسة رئيسة الجمعية سعاد كامل وحضور عضوات الهيئة الإدارية.")
    assert [(n, b) for n, _p, b, _c in found] == [("سعاد كامل", None)]


def test_attendees_named_before_their_posts_and_a_country_in_a_list_is_no_one():
    found = news_people("عقد اللقاء بحضور كريم داود، مدير مكتب العمل، ووداد سليم، ممثلة جمعية النور.")
    assert [(n, b) for n, _p, b, _c in found] == [("كريم داود", "مكتب العمل"), ("وداد سليم", "جمعية النور")]
    assert news_people("ضم اللقاء سفراء الدول (المملكة الأردنية، والجمهورية التونسية)، وممثلين من البعثات.") == []


def test_the_next_meeting_s_town_is_not_this_one_s_and_the_body_charged_follows_its_subject():
    text = ("اختتمت اليوم أعمال الاجتماع التنسيقي للجمعيات الأهلية.\n"
            "كما اتفق المشاركون على عقد الاجتماع المقبل في مدينة المنامة خلال شهر مايو.\n")
    assert city(text) is None
    from ds_tracker.importer.outcome_words import assignments
    assert assignments("ووجه الوزير مديرية الطرق بصيانة الجسر خلال شهر.") == [("مديرية الطرق", "صيانة الجسر خلال شهر.")] \
        or assignments("ووجه الوزير مديرية الطرق بصيانة الجسر خلال شهر.")[0][0] == "مديرية الطرق"
    assert assignments("وكلفت الهيئة مكتب المتابعة بإعداد تقرير.")[0][0] == "مكتب المتابعة"


def test_a_speaker_named_right_after_the_verb_then_the_post_and_the_body_it_is_in_or_represents():
    found = {n: (post, body) for n, post, body, _ in news_people(
        "ثم تحدث رامي الخطيب مدير البرامج في مؤسسة الندى عن خطة الصيف.\n"
        "وشكر باسل عودة مدير مركز الأمل للتأهيل الحضور على مشاركتهم.\n"
        "فيما أكد نزار حمدان ممثل نادي الشبيبة على أهمية التنسيق.")}
    assert found["رامي الخطيب"] == ("مدير البرامج في مؤسسة الندى", "مؤسسة الندى")
    assert found["باسل عودة"][1].startswith("مركز الأمل للتأهيل")
    assert found["نزار حمدان"] == ("ممثل نادي الشبيبة", "نادي الشبيبة")


def test_the_verbs_object_before_a_post_is_no_speaker():
    assert news_people("وقدم شرحا مفصلا مدير المكتب عن الخطة.") == []
    assert news_people("واستعرض خطة العمل مدير المكتب.") == []


def test_a_council_approving_and_a_sitting_opened_by_approving_are_decisions():
    draft = parse("عقد المجلس البلدي لبلدة النخيل دورته العادية يوم 5 مارس 2023.\n"
                  "وتضمن جدول الأعمال الدراسة والمصادقة على اتفاقية تهيئة السوق.\n"
                  "وبعد المناقشة صادق المجلس بإجماع أعضائه الحاضرين على اتفاقية تهيئة السوق الأسبوعي.\n"
                  "افتتحت الجلسة بالمصادقة على محضر الجلسة السابقة.\n", REF)
    texts = [r["text"] for r in draft["recommendations"]]
    assert any("صادق المجلس بإجماع" in t for t in texts)
    assert any(t.startswith("افتتحت الجلسة بالمصادقة") for t in texts)
    assert not any(t.startswith("وتضمن جدول الأعمال") for t in texts)     # an item to study and approve: no decision


def test_decisions_numbered_in_ordinal_words_are_one_each():
    draft = parse("عقدت لجنة الحي اجتماعها الأول في مقر الجمعية الخيرية بحضور أغلب الأعضاء.\n"
                  "وناقش الأعضاء أوضاع النظافة في الحي وبعد نقاش مطول خرج الاجتماع بما يلي\n"
                  "أولاً\n"
                  "تقرر تنظيف الساحة العامة يوم الجمعة.\n"
                  "ثانيا - وافق الاجتماع على شراء حاويات جديدة للنفايات.\n"
                  "ثالثاً َ. قرر الاجتماع تشكيل لجنة للمتابعة.\n", REF)
    texts = [r["text"] for r in draft["recommendations"] + draft["decisions"]]
    assert any(t.startswith("تقرر تنظيف الساحة") for t in texts)
    assert any(t.startswith("وافق الاجتماع على شراء") for t in texts)
    assert any(t.startswith("قرر الاجتماع تشكيل") for t in texts)
    assert not any("ثانيا" in t or "أولاً" in t for t in texts)       # one decision a row, the numbers gone


def test_a_task_an_outcome_names_with_who_does_it_after_min_qibal():
    from ds_tracker.importer.outcome_words import assignments
    got = assignments("وأوصى المجلس بإعداد خطة لصيانة الطرق خلال شهرين من قبل قسم الهندسة، وكذلك تحديث سجل "
                      "الأملاك من قبل إدارة العقارات بالبلدية، كما ناقش متابعة الأعمال المتأخرة من قبل الشركات في "
                      "الجلسة المقبلة.")
    assert ("قسم الهندسة", "إعداد خطة لصيانة الطرق خلال شهرين") in got
    assert ("إدارة العقارات بالبلدية", "تحديث سجل الأملاك") in got
    assert not any(owner.startswith("الشركات") for owner, _ in got)      # who delayed the work, no task set
    assert assignments("وتم إعداد التقرير من قبل قسم المالية.") == []     # done already, no outcome asked it


def test_an_agenda_item_to_vote_on_and_a_quoted_article_are_no_decisions():
    from ds_tracker.importer.outcome_words import outcome_kind
    assert outcome_kind("البند الثالث: التصويت على مشروع قانون النقل العام.") != "decision"
    assert outcome_kind("تنظر الهيئة في الطعون المعروضة عليها وتقرر بأحكامها قبولها أو رفضها.") != "decision"
    assert outcome_kind("وتم التصويت على مشروع قانون النقل العام بالأغلبية.") == "decision"
    assert outcome_kind("تقرر بالإجماع تأجيل البند إلى الجلسة المقبلة.") == "decision"


def test_the_chair_and_members_of_a_committee_the_meeting_formed_are_not_its_participants():
    assert news_people("وقرر الاجتماع تشكيل لجنة فنية برئاسة مدير المشاريع وعضوية سامر حداد ونادر عيسى.") == []
    assert news_people("عقد الاجتماع برئاسة مدير المشاريع سامر حداد.")[0][0] == "سامر حداد"
