"""Point 7: one search box over recommendations and actions, English and Arabic, scoped."""
from datetime import date

import pytest

from ds_tracker.extensions import db
from ds_tracker.search import parse_query
from ds_tracker.services import SYSTEM, actions, recommendations, reference
from ds_tracker.models import Place, PlaceKind, Theme
from ds_tracker.textnorm import normalise
from conftest import make_meeting


@pytest.mark.parametrize("a,b", [("أحمد", "احمد"), ("إعادة", "اعاده"), ("مستشفى", "مستشفي"),
                                 ("التـعـويـضات", "التعويضات"), ("التَّعْوِيضَات", "التعويضات"), ("٢٠٢٥", "2025"),
                                 ("Café", "cafe")])
def test_arabic_and_latin_normalisation(a, b):
    assert normalise(a) == normalise(b)


def test_query_understands_month_kind_and_stopwords():
    q = parse_query("What happened to the Sinjar compensation recommendation from June?")
    assert q.terms == ["sinjar", "compensation"] and q.month == 6 and q.kind == "recommendation"
    q = parse_query("توصية التعويضات في سنجار حزيران ٢٠٢٥")
    assert q.kind == "recommendation" and q.month == 6 and q.year == 2025 and "سنجار" in q.terms


@pytest.fixture
def corpus(world):
    sinjar = reference.create(SYSTEM, Place, name="Sinjar", name_ar="سنجار", kind=PlaceKind.DISTRICT,
                              parent=world.place, aliases=["Shingal"])
    comp = reference.create(SYSTEM, Theme, name="Compensation", name_ar="التعويضات")
    june = make_meeting(world.jcf, title="June JCF", day=date(2025, 6, 3))
    march = make_meeting(world.jcf, title="March JCF", day=date(2025, 3, 3))
    hit = recommendations.create_recommendation(SYSTEM, june, text="Speed up the disbursement of claims",
                                                text_ar="تسريع صرف المطالبات", places=[sinjar], themes=[comp],
                                                addressees=[world.mof])
    other_month = recommendations.create_recommendation(SYSTEM, march, text="Pay claims in Sinjar",
                                                        places=[sinjar], themes=[comp])
    arabic = recommendations.create_recommendation(SYSTEM, june, text_ar="إعادة فتح المدارس في سنجار", text="")
    act = actions.create_action(SYSTEM, text="Send the list of compensation files", owner=world.branch,
                                recommendation=hit)
    db.session.commit()
    return {"hit": hit, "other": other_month, "arabic": arabic, "action": act}


def test_the_question_a_co_chair_asks_finds_the_recommendation(client, world, corpus, login_as):
    login_as("co_chair")
    page = client.get("/search?q=what+happened+to+the+Sinjar+compensation+recommendation+from+June")
    html = page.get_data(as_text=True)
    assert corpus["hit"].reference in html                  # Sinjar is its place, compensation its theme
    assert corpus["other"].reference not in html            # March, not June
    assert "Send the list of compensation files" not in html  # recommendations only, as asked
    assert "waiting on" not in html and "not escalated" in html


def test_search_in_arabic_with_other_spellings(client, world, corpus, login_as):
    login_as("co_chair")
    html = client.get("/search?q=اعاده فتح المدارس").get_data(as_text=True)   # typed without hamza or taa marbuta
    assert corpus["arabic"].reference in html
    html = client.get("/search?q=التعويضات سنجار").get_data(as_text=True)
    assert corpus["hit"].reference in html and corpus["other"].reference in html


def test_search_finds_actions_and_uses_aliases_and_prefixes(client, world, corpus, login_as):
    login_as("co_chair")
    html = client.get("/search?q=Shingal+compens").get_data(as_text=True)    # alias of Sinjar, word prefix
    assert corpus["hit"].reference in html and "Send the list of compensation files" in html


def test_search_is_scoped(client, world, corpus, login_as):
    login_as("focal_unicef")
    html = client.get("/search?q=Confidential+donors").get_data(as_text=True)
    assert world.dstf_rec.reference not in html    # addressed to UNICEF, but confidential: members only
    html = client.get("/search?q=Sinjar").get_data(as_text=True)
    assert corpus["hit"].reference not in html              # addressed to MoF only
    client.post("/logout")
    login_as("secretariat")
    assert world.dstf_rec.reference not in client.get("/search?q=Confidential").get_data(as_text=True)
    client.post("/logout")
    login_as("dstf_member")
    assert world.dstf_rec.reference in client.get("/search?q=Confidential+donors").get_data(as_text=True)


def test_edits_reach_the_search_index(client, world, corpus, login_as):
    recommendations.update_recommendation(SYSTEM, corpus["other"], {"text": "Rebuild the bridge at Hardan"},
                                          version=corpus["other"].version)
    db.session.commit()
    login_as("co_chair")
    assert corpus["other"].reference in client.get("/search?q=Hardan bridge").get_data(as_text=True)


def test_a_found_recommendation_shows_its_stage_as_the_list_does(client, world, login_as):
    """World's recommendation was decided by the Council of Ministers: search says so in the list's words, with
    no query per result for its letters (the stage is the one stored with the recommendation)."""
    login_as("co_chair")
    found = client.get("/search?q=Resume+return+approvals").get_data(as_text=True)
    listed = client.get("/recommendations").get_data(as_text=True)
    badge = 'class="badge esc-decided">decided: Council of Ministers</span>'
    assert badge in found and badge in listed


def test_the_explanation_line_names_the_month_and_the_kind_in_the_readers_language(client, world, corpus,
                                                                                    login_as):
    """It said "meeting in 6" and "recommendation" in English on Arabic pages too."""
    login_as("co_chair")
    line = client.get("/search?q=Sinjar+recommendation+June+2025").get_data(as_text=True) \
        .split('id="results"')[1].split("</p>")[0]
    assert "meeting in June 2025" in line and "recommendations only" in line and " 6" not in line
    client.post("/language", data={"language": "ar", "next": "/"})
    line = client.get("/search?q=" + "إجراءات سنجار حزيران").get_data(as_text=True) \
        .split('id="results"')[1].split("</p>")[0]
    assert "اجتماع في حزيران" in line and "الإجراءات فقط" in line
    assert "action" not in line and " 6" not in line


def test_a_year_no_meeting_matched_is_searched_as_a_word(client, world, login_as):
    """"Law 20 of 2009": no meeting was held in 2009, the year is a word of the recommendation."""
    rec = recommendations.create_recommendation(SYSTEM, world.meeting,
                                                text="Apply Law 20 of 2009 to the Sinjar compensation files")
    db.session.commit()
    login_as("co_chair")
    page = client.get("/search?q=Law+20+of+2009+Sinjar").get_data(as_text=True)
    assert rec.reference in page and "read as a word" in page
    dated = client.get(f"/search?q=Sinjar+{world.meeting.starts_on.year}").get_data(as_text=True)
    assert rec.reference in dated and "read as a word" not in dated     # a year with meetings filters by it
