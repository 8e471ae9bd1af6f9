"""A web page's own word above the headline (a loader, a section label) is not the report's title; a one-word
line further down is not skipped for it. Invented text, English and Arabic."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def title(text):
    return parse(text, REF)["title"]


def test_a_loader_or_a_section_label_above_the_headline_is_the_pages():
    assert title("Loading...\nMinutes of the Harbour Board Meeting\n\nThe board met on 4 May 2021.\n") \
        == "Minutes of the Harbour Board Meeting"
    assert title("اقتصاد\nمجلس غرفة التجارة يعقد اجتماعه الدوري\n\nعقد مجلس الغرفة اجتماعه يوم الأحد 3 مارس 2019.\n") \
        == "مجلس غرفة التجارة يعقد اجتماعه الدوري"


def test_what_counts_as_the_pages_own_word():
    from ds_tracker.importer.report_title import _page_chrome
    assert _page_chrome("Loading...") and _page_chrome("رياضة") and _page_chrome("Society")
    assert not _page_chrome("UNICEF")              # a letterhead's body in capitals
    assert not _page_chrome("Board minutes") and not _page_chrome("2021")
