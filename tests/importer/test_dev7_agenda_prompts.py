"""A team's agenda template: items that ask a question ("Action points: who, what, when? (5 min)") are topics, not
headings; "TODO:" is a label, not an owner; a time phrase before the owner is not the owner; "we settled on" decides."""
from ds_tracker.importer import parse


def test_a_question_item_does_not_open_the_action_list():
    text = ("Project team meeting\nDate: 8 April 2025\n\nAgenda items:\n"
            "- Opening (1 min)\n- Demo of the prototype (5 min)\n  - Showed the login page\n"
            "- Next actions: who does what by when? (5 min)\n  - We will split the open issues tomorrow.\n"
            "- Retrospective: what could we do better? (2 min)\n  - Start on time next week.\n"
            "  - Nothing else came up.\n- Closing (1 min)\n")
    texts = [a["text"] for a in parse(text)["actions"]]
    assert not any("Nothing else came up" in t or "Closing" in t or "Retrospective" in t for t in texts)


def test_todo_is_a_label_and_a_time_phrase_is_not_the_owner():
    text = ("Sprint review\nDate: 8 April 2025\n\nAction items:\n"
            "- TODO: Send the survey link to the client\n"
            "- After the review we will merge the two branches.\n"
            "- Once the budget is approved, Priya will order the laptops.\n")
    got = [(a["text"], a["owner"]) for a in parse(text)["actions"]]
    assert ("Send the survey link to the client", None) in got
    assert any(o == "we" for _t, o in got)
    assert any(o == "Priya" for _t, o in got)


def test_we_settled_on_is_a_decision():
    text = ("Design call\nDate: 8 April 2025\n\nNotes\n\nNaming of the files was discussed.\n\n"
            "We settled on lower-case names with dashes.\n\nIn the end we opted for weekly releases.\n")
    texts = [d["text"] for d in parse(text)["decisions"]]
    assert any(t.startswith("We settled on lower-case") for t in texts)
    assert any("we opted for weekly releases" in t for t in texts)


def test_a_day_or_month_as_subject_sets_no_task():
    text = ("Food security meeting\nDate: 14 January 2015\n\nCash distribution\n"
            "• Monday will see the first cash round in the north camp.\n"
            "• March will bring the new ration cards.\n"
            "• WFP to share the distribution plan with partners.\n")
    got = [(a["text"], a["owner"]) for a in parse(text)["actions"]]
    assert not any(o in ("Monday", "March") for _t, o in got)
    assert ("WFP to share the distribution plan with partners", "WFP") in got
