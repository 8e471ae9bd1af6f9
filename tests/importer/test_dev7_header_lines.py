"""Under an action-points heading, a table's header set as a line or a row of its own ("Focal Point / Organization",
"Lead agency | Agency") names columns, not a task."""
from ds_tracker.importer import parse


def test_a_header_line_is_no_action():
    text = ("Shelter working group\nDate: 6 February 2015\n\nSummary of action points\n"
            "Action point\n\nFocal Point / Organization\n\n"
            "- NRC to share the winterisation list by 20 February 2015\n")
    got = [(a["text"], a["owner"]) for a in parse(text)["actions"]]
    assert got == [("NRC to share the winterisation list", "NRC")]


def test_a_header_row_is_no_action():
    text = ("Health sector meeting\nDate: 6 February 2015\n\nAction items\n"
            "Lead agency\tAgency\n"
            "WHO to circulate the cholera plan by 1 March 2015\tWHO\n")
    texts = [a["text"] for a in parse(text)["actions"]]
    assert not any(t in ("Agency", "Lead agency") for t in texts)
    assert any(t.startswith("WHO to circulate the cholera plan") for t in texts)
