"""Arabic light stemming for search (issue 11 #8-9): the same stems on both sides, on SQLite and PostgreSQL."""
from datetime import date

import pytest

from ds_tracker.extensions import db
from ds_tracker.models import Place, PlaceKind, Theme
from ds_tracker.search import parse_query
from ds_tracker.services import SYSTEM, actions, recommendations, reference
from ds_tracker.stemming import stems

from conftest import make_meeting


@pytest.mark.parametrize("query,written", [
    ("قرية", "القرية"), ("مدارس", "المدارس"), ("مدارس", "والمدارس"), ("الأسر", "للأسر"), ("تعويض", "التعويضات"),
    ("وثائق", "الوثائق"), ("وزارة", "الوزارة"), ("ألغام", "الألغام"), ("النازحين", "والنازحون"),
    ("توصية", "التوصيات"),
])
def test_a_word_and_its_article_clitic_or_suffix_share_a_stem(query, written):
    assert set(stems(query)) & set(stems(written))


def test_latin_and_short_words_are_left_alone():
    assert stems("compensation") == () and stems("في") == () and stems("سنجار") == ("سنجار",)


def test_an_arabic_question_reads_like_its_english_twin():
    q = parse_query("ماذا حدث لتوصية التعويض في سنجار من حزيران؟")
    assert q.kind == "recommendation" and q.month == 6 and q.terms == ["التعويض", "سنجار"]


@pytest.fixture
def arabic_corpus(world):
    mosul = reference.create(SYSTEM, Place, name="Mosul", name_ar="الموصل", kind=PlaceKind.DISTRICT, aliases=[])
    tal_afar = reference.create(SYSTEM, Place, name="Tal Afar", name_ar="تلعفر", kind=PlaceKind.DISTRICT,
                                aliases=["Telafar", "تل عفر"])
    comp = reference.create(SYSTEM, Theme, name="Compensation", name_ar="التعويضات")
    june = make_meeting(world.jcf, title="June JCF", day=date(2025, 6, 3))
    recs = {
        "schools": recommendations.create_recommendation(SYSTEM, june, text="", places=[mosul],
                                                         text_ar="إعادة تأهيل المدارس في المدينة القديمة"),
        "families": recommendations.create_recommendation(SYSTEM, june, text="", places=[tal_afar],
                                                          text_ar="صرف منح العودة للأسر العائدة"),
        "claims": recommendations.create_recommendation(SYSTEM, june, text="Speed up claims", themes=[comp]),
    }
    recs["village"] = actions.create_action(SYSTEM, text="زيارة القرية الأولى مع الفريق المتنقل",
                                            owner=world.branch, recommendation=recs["claims"])
    db.session.commit()
    return recs


@pytest.mark.parametrize("query,record", [
    ("مدارس", "schools"), ("والمدارس", "schools"), ("الموصل", "schools"), ("الأسر", "families"),
    ("تلعفر", "families"), ("تل عفر", "families"), ("تعويض", "claims"), ("قرية", "village"),
])
def test_arabic_search_finds_records_by_stem_place_and_theme(client, world, arabic_corpus, login_as, query, record):
    login_as("co_chair")
    html = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    target = arabic_corpus[record]
    if record == "village":                                          # an action
        assert target.text in html and arabic_corpus["schools"].reference not in html
        return
    assert target.reference in html
    assert not [r for k, r in arabic_corpus.items() if k not in (record, "village") and r.reference in html]


def test_search_reindex_adds_the_stems_to_entries_written_before(runner, world, arabic_corpus):
    import sqlalchemy as sa

    from ds_tracker.models import SearchEntry
    rec = arabic_corpus["schools"]
    entry = db.session.scalar(sa.select(SearchEntry).filter_by(record_type="recommendation", record_id=rec.id))
    entry.body = "اعاده تاهيل المدارس"                                  # as indexed before stemming
    db.session.commit()
    assert "Reindexed" in runner.invoke(args=["search-reindex"]).output
    db.session.expire_all()
    assert "مدارس" in db.session.get(SearchEntry, entry.id).body.split()
