"""A post's front matter that names the event's own day ("from:", "start_date:") gives the meeting's day."""
from ds_tracker.importer import parse


def test_from_and_start_date_keys():
    text = ("---\nlayout: post\ntitle: \"Minutes of Committee Meeting No.4\"\nfrom:   2022-05-12 00:00:00 +0200\n"
            "to:     2022-05-12 00:00:00 +0200\npublished: true\n---\n\n## Attending:\n- Ana Ruiz\n- Li Wei\n\n"
            "## Notes\n- the budget was discussed\n")
    assert [s["date"] for s in parse(text)["sittings"]] == ["2022-05-12"]
    text = ("+++\ntitle = \"Board call\"\nstart_date = \"2021-10-04\"\n+++\n\nPresent: Omar Said, Lena Berg\n\n"
            "The board reviewed the plan.\n")
    assert [s["date"] for s in parse(text)["sittings"]] == ["2021-10-04"]
