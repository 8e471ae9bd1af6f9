"""A PDF reader writes a bullet glyph it cannot map as "(cid:N)": at a line's head, with a tab or a space after
it, it is a bullet, not a table's first cell. Invented text."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.lines import to_lines

REF = Reference.from_seed()


def test_a_cid_code_heading_a_line_is_a_bullet():
    lines = [l for l in to_lines("(cid:127)\tMaya Stone\n(cid:8226) Tom Reyes\n") if not l.blank]
    assert [(l.text, l.bullet, l.cells) for l in lines] == [("Maya Stone", True, []), ("Tom Reyes", True, [])]


def test_attendees_under_cid_bullets_are_participants():
    text = ("## Weekly sync\n## Attendees:\n\n(cid:127)\tMaya Stone\n(cid:127)\tTom Reyes\n(cid:127)\tIris Wong\n\n"
            "## Notes\n1. Release: the build is green.\n")
    got = {p["name"] for p in parse(text, REF)["participants"]}
    assert {"Maya Stone", "Tom Reyes", "Iris Wong"} <= got and not any("cid" in n for n in got)
