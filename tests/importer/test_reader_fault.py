"""A fault of the reader's own on an unforeseen shape costs the secretariat nothing but the draft's rows."""
import logging

import importlib

from ds_tracker.importer import parse

parse_module = importlib.import_module("ds_tracker.importer.parse")


def test_a_reader_fault_gives_an_empty_draft_with_a_warning_and_a_log(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise IndexError("list index out of range")
    monkeypatch.setattr(parse_module, "_parse", broken)
    with caplog.at_level(logging.ERROR):
        draft = parse_module.parse("Minutes of the meeting\nPresent: Ann Lee (IOM)\n")
    assert draft["participants"] == [] and draft["sittings"] == [] and draft["title"] is None
    assert draft["warnings"][0].startswith("This report's structure could not be read.")
    assert "the report reader failed" in caplog.text and "IndexError" in caplog.text


def test_organisations_listed_one_a_line_after_a_markdown_table():
    """A markdown table's rule line (|---|) is no line of the report, so the numbers of the lines after it skip one:
    a list of organisations at the end was looked up by number, past the end, and the whole import failed."""
    text = ("# Minutes of the WASH working group\n\n3 June 2024\n\n| Action | Owner | Due |\n|---|---|---|\n"
            "| Share the site list | IOM | 10 June 2024 |\n\nParticipants:\nUNICEF\nIOM\nOxfam\nNRC\n")
    draft = parse(text)
    assert "could not be read" not in " ".join(draft["warnings"])
    assert [o["name"] for o in draft["organisations"]] == ["UNICEF", "IOM", "Oxfam", "NRC"]
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("IOM", "2024-06-10")]
