"""The meeting's day and town in a report's header, in shapes a word processor or a news site gives them: fields
on one line with a spaced colon, a date written out in words, a site's creation stamp, a news item's date before a
sentence that says the meeting was yesterday, a page number above the title."""
from ds_tracker.importer import parse


def _sitting(text):
    return (parse(text)["sittings"] or [{}])[0]


def test_fields_along_one_line_with_a_spaced_colon_end_at_the_next_label():
    s = _sitting("Food security sector meeting\n\nDate : 3 March 21 (Wednesday) Venue : WFP office, Kalemie\n\n"
                 "Agenda\n1. Welcome\n")
    assert s["date"] == "2021-03-03" and s["city"] == "Kalemie" and s["venue"] == "WFP office"
    s = _sitting("Health partners meeting\nDATE : 12 July 2022 LOCATION : IMC compound, Bunia\n")
    assert s["date"] == "2022-07-12" and s["city"] == "Bunia"


def test_a_date_written_out_in_words():
    s = _sitting("عقد المجلس اجتماعه الدوري يوم الثلاثاء 14 من شهر مارس لعام 2023م في مقر الأمانة.\n")
    assert s["date"] == "2023-03-14"
    s = _sitting("The board met on the 14th day of March in the year 2023 at the secretariat.\n")
    assert s["date"] == "2023-03-14"


def test_a_content_systems_creation_stamp_is_not_the_meetings_day():
    text = ("اللجنة المحلية تناقش مشاريع الماء\n\nتم إنشاؤه بتاريخ الخميس, 04 آب/أغسطس 2022 10:15\n"
            "نشر بتاريخ الخميس, 04 آب/أغسطس 2022 10:15\n\nناقشت اللجنة المحلية خلال جلستها مشاريع الماء.\n")
    assert not _sitting(text).get("date")
    text = "Council notes\n\nCreated on 4 August 2022\n\nThe council discussed the water projects.\n"
    assert not _sitting(text).get("date")


def test_a_news_items_date_before_a_sentence_that_says_the_meeting_was_yesterday():
    s = _sitting("2024-02-11 عقد مجلس الأمناء، برئاسة رئيسه، أمس، اجتماعه الخامس في مقر المجلس.\n")
    assert s["date"] == "2024-02-10"
    s = _sitting("11/2/2024\nعقد مجلس الأمناء أمس، اجتماعه الخامس.\n")
    assert s["date"] == "2024-02-10"
    s = _sitting("2024-02-11 عقد مجلس الأمناء اجتماعه الخامس في مقر المجلس.\n")
    assert s["date"] == "2024-02-11"


def test_a_page_number_is_never_the_title():
    draft = parse("Page 1 of 4\n\nDate : 2 May 2020 Venue : Town hall\n\nShelter partners discussed the plan.\n")
    assert not (draft["title"] or "").startswith("Page")
    draft = parse("صفحة 1 من 3\n\nالتاريخ: 2/5/2020\n\nناقشت اللجنة خطة الإيواء.\n")
    assert not (draft["title"] or "").startswith("صفحة")


def test_a_transliterated_town_is_known_whatever_its_accents_and_hyphens():
    s = _sitting("Regional coordination meeting\n\nWFP Herat on 9 June 2019\n\nParticipants: WFP, FAO\n")
    assert s["city"] == "Herat"
    s = _sitting("Protection sector meeting\nDate: 2 April 2018\nVenue: UNHCR office, Sao Jose dos Campos\n")
    assert s["city"] == "Sao Jose dos Campos"


def test_a_press_releases_date_and_town_alone_above_its_headline():
    draft = parse("Press release\n\n4 March 2019\n\nعمّان\n\nعقدت اللجنة التوجيهية اجتماعها الأول لهذا العام\n\n"
                  "ناقشت اللجنة خطة العمل.\n")
    assert draft["sittings"][0]["city"] == "عمّان" and draft["title"].startswith("عقدت اللجنة")
    draft = parse("Friday, 4 March 2019\n\nNairobi\n\nSteering committee holds its first meeting of the year\n\n"
                  "The committee discussed the work plan.\n")
    assert draft["sittings"][0]["city"] == "Nairobi" and draft["title"].startswith("Steering committee")


def test_a_title_that_says_the_meeting_was_a_call_gives_no_town():
    s = _sitting("ONLINE - Health Sector Meeting 3 May 2021 | UNHCR, Nairobi\n\nParticipants: WFP, IOM\n")
    assert s["date"] == "2021-05-03" and s["city"] is None
    s = _sitting("اجتماع افتراضي لفريق التنسيق 3/5/2021 - عمّان\n\nناقش الفريق خطة العمل.\n")
    assert s["date"] == "2021-05-03" and s["city"] is None


def test_a_town_the_report_itself_calls_a_town():
    text = ("* الرميلة- مراسلنا:\nترأس قائممقام قضاء الرميلة اجتماع المجلس المحلي الذي عقد في مقر القضاء.\n")
    assert _sitting(text)["city"] == "الرميلة"
    text = ("المجلس البلدي يناقش الخدمات\n\nالقسم: أخبار\n\nالكاتب: محرر\n\nالزيارات: 12\n\nعنوان آخر\n\n"
            "مصدر: متابعة\n\nناقش المجلس البلدي في قضاء الرميلة خلال جلسته الدورية واقع الخدمات.\n")
    assert _sitting(text)["city"] == "الرميلة"


def test_a_list_of_places_says_whose_they_are_not_where_it_met():
    text = ("محضر اجتماع اللجنة مع ممثلي الجمعيات\nيوم الأحد 3 / 4 / 2022\nتم عقد الاجتماع مع الجمعيات العاملة "
            "في القاهرة والإسكندرية يوم الأحد.\n")
    assert _sitting(text)["city"] is None
    text = "Partners meeting, 3 April 2022\n\nThe secretariat met the partners working in Kinshasa, Goma and Bukavu.\n"
    assert _sitting(text)["city"] is None
    text = "Partners meeting\n\nThe meeting took place in Amman, Jordan on 3 April 2022.\n"
    assert _sitting(text)["city"] == "Amman"      # a town and its country is one place


def test_a_letterheads_country_or_region_alone_is_no_town():
    assert _sitting("إقليم كردستان\nمحضر اجتماع لجنة التنسيق\n\nالتاريخ: 3/4/2022\n")["city"] is None


def test_a_posts_front_matter_date_gives_way_to_the_minutes_own_day():
    text = ('---\ntitle: "Parish council minutes"\ndate: "2019-10-20"\n---\n\n'
            "MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY 8 OCTOBER 2019\n\nPresent: five councillors.\n")
    assert _sitting(text)["date"] == "2019-10-08"
    text = '---\ntitle: "Club committee notes"\ndate: 2019-10-20\n---\n\nThe committee agreed the budget.\n'
    assert _sitting(text)["date"] == "2019-10-20"      # no day of its own: the post's day, the best there is


def test_a_hall_named_for_its_village_or_town_places_the_meeting():
    draft = parse("MINUTES OF THE ANNUAL MEETING HELD AT LOWER HAMPTON VILLAGE HALL AT 7.30 pm ON 2 MAY 2018\n\n"
                  "Present: six councillors.\n")
    assert draft["sittings"][0]["city"] == "Lower Hampton" and draft["title"].endswith("Village Hall")
    s = _sitting("Residents' association\n\nThe meeting was held at Brookfield Community Centre on 2 May 2018.\n")
    assert s["city"] == "Brookfield" and s["venue"] == "Brookfield Community Centre"
    s = _sitting("Residents' association\n\nThe meeting was held at the Old Town Hall on 2 May 2018.\n")
    assert s["city"] is None


def test_a_posts_front_matter_title_when_the_text_names_no_meeting():
    text = ("---\ntitle: 'Residents forum &#8211; spring meeting'\nlayout: post\ntags:\n  - forum\n---\n\n"
            "Thanks to everyone who came along on 4 April 2022.\n\nWe talked about the new bus route.\n")
    assert parse(text)["title"] == "Residents forum – spring meeting"
    text = ("---\ntitle: 'Post 12'\nauthor: secretary\n---\n\nMinutes of the garden club meeting\n\n"
            "Date: 4 April 2022\n")
    assert parse(text)["title"] == "Minutes of the garden club meeting"


def test_a_picture_is_never_the_title():
    text = "![Club logo](/img/logo.png)\n\n## Notes of the 4 April video call of the tooling group\n\nPresent: Ana, Li\n"
    assert parse(text)["title"].startswith("Notes of the")


def test_a_news_report_that_says_a_meeting_was_held_is_a_meeting_report():
    text = ("ترأس مدير المكتب يوم الأحد 3/4/2022 الاجتماع الشهري لموظفي المكتب في مقره.\n"
            "وتحدث عن خطة العمل للأشهر القادمة.\n")
    assert "This does not look like a meeting report." not in parse(text)["warnings"]
    text = ("Director opens the year\n\nThe director chaired the first monthly staff meeting on 3 April 2022 at "
            "the head office.\n\nHe spoke of the plan for the coming months.\n")
    assert "This does not look like a meeting report." not in parse(text)["warnings"]
    text = "Spring fair a success\n\nThe fair on 3 April 2022 raised funds for the school library.\n"
    assert "This does not look like a meeting report." in parse(text)["warnings"]


def test_a_news_sites_place_tag_that_the_meeting_sentence_names():
    text = ("#تل_أبيض\nعقدت لجنة الإغاثة صباح اليوم 4/4/2022 اجتماعاً مع المنظمات في مقر المجلس بتل أبيض .\n")
    assert _sitting(text)["city"] == "تل أبيض"
    text = ("أخبار المنطقة #تل_أبيض #الزراعة\n\nاجتمعت لجنة الزراعة يوم 4/4/2022 في اجتماع موسع في تل أبيض.\n")
    assert _sitting(text)["city"] == "تل أبيض"
    text = "#تل_أبيض\nعقدت لجنة الإغاثة يوم 4/4/2022 اجتماعاً مع المنظمات لبحث أوضاع المخيمات.\n"
    assert _sitting(text)["city"] is None


def test_a_toml_front_matter_and_a_section_heading_are_not_the_title():
    text = ('+++\ntitle = "Week 5 committee meeting minutes"\ndate = "2021-02-07T10:00:00Z"\n+++\n\n'
            "<p>We met in the usual room.</p>\n")
    draft = parse(text)
    assert draft["title"] == "Week 5 committee meeting minutes" and not draft["sittings"]
    draft = parse("Date: 3 May 2021\nVenue: NRC office, Kabala\n\nParticipants:\n1. Ana Ruiz / NRC\n")
    assert draft["title"] != "Participants:" and draft["title"] != "Participants"
    draft = parse("التاريخ: 3/5/2021\n\nالحضور:\n1. سالم عوض\n")
    assert (draft["title"] or "").strip(":") != "الحضور"


def test_a_summary_linking_to_the_full_minutes_named_by_their_day():
    text = ("# Our spring general meeting\n\nThanks to all who came.\n\nThe full notes are in "
            "[the meeting minutes](/docs/minutes/2023-03-16.pdf).\n")
    assert _sitting(text)["date"] == "2023-03-16"
    text = ("# Our spring general meeting\n\nThanks to all who came. See [last meeting's minutes]"
            "(/docs/minutes/2023-01-12.pdf) and [the agenda](https://example.org/agenda-2023-03-16.html).\n")
    assert _sitting(text)["date"] == "2023-03-16"
    text = "# Our spring general meeting\n\nSee [last meeting's minutes](/docs/minutes/2023-01-12.pdf).\n"
    assert not _sitting(text).get("date")
