"""What the meeting stressed as what should be ("It was emphasised that it would be useful to ...", "It was
stressed that partners must ...") is a recommendation, news stressed ("It was highlighted that 20 schools were
damaged") is none; "A steering group will be established" forms a body, as "is to be established" does."""
from ds_tracker.importer import parse


def _recs(text):
    return [r["text"] for r in parse(text)["recommendations"]]


def test_stressed_as_should_be_is_a_recommendation_and_news_is_not():
    text = ("Nutrition working group\nDate: 4 April 2019\n\n1. Co-leads\n\n"
            "• It was emphasised that it would be useful for the group to have a co-lead from the ministry.\n"
            "• It was highlighted that 20 clinics were damaged by the storm.\n")
    recs = _recs(text)
    assert any("co-lead from the ministry" in r for r in recs)
    assert not any("20 clinics" in r for r in recs)


def test_a_body_that_will_be_established_in_another_shape():
    text = ("Shelter coordination meeting\nDate: 4 April 2019\n\nSummary\n\n"
            "The terms of reference were reviewed. A Technical Working Group will be established, made up of the "
            "hub focal points and two donors.\n\nFocus groups will be created in the two camps to hear the residents.\n"
            "It was stressed that partners must report their stocks every week.\n")
    recs = _recs(text)
    assert any("Technical Working Group will be established" in r for r in recs)
    assert any("must report their stocks" in r for r in recs)
    assert not any("Focus groups" in r for r in recs)
