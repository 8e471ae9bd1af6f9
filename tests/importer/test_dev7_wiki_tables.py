"""Wiki minutes (Markdown with raw HTML tables), a notes column beside a named action column, clipped decisions
("Approved to ...", "Agreement to ...") and tasks given in the passive ("X tasked with ...")."""
from ds_tracker.importer import parse
from ds_tracker.importer.files import read_bytes


def _md(text):
    return parse(read_bytes(text.encode(), "notes.md")[0])


def _texts(draft):
    return [r["text"] for r in draft["recommendations"] + draft["decisions"]]


def test_html_table_in_markdown_is_read_as_rows():
    md = ("# Board call, 3 March 2025\n\n## Present\n\n* Rosa Almeida\n* Tomas Berg\n\n## Notes\n\n"
          "<table><thead><tr><th>Topic</th><th>Discussion/Action Items</th><th>Actions: Owner/None</th></tr></thead>"
          "<tbody><tr><td>Budget</td><td><ul><li>Figures shared by the treasurer.</li>"
          "<li>Agreement to keep the reserve at two months of costs.</li></ul></td>"
          "<td><ul><li>Rosa Almeida to send the revised sheet by 10 March 2025</li></ul></td></tr>"
          "<tr><td>Website</td><td>Approved to move the pages to the new host.</td>"
          "<td>Tomas Berg tasked with contacting the host company</td></tr></tbody></table>\n")
    draft = _md(md)
    texts = _texts(draft)
    assert any(t.startswith("Agreement to keep the reserve") for t in texts)
    assert any(t.startswith("Approved to move the pages") for t in texts)
    assert not any("Figures shared" in t for t in texts)
    actions = {a["owner"]: a["due"] for a in draft["actions"]}
    assert actions == {"Rosa Almeida": "2025-03-10", "Tomas Berg": None}


def test_action_column_named_with_a_note_on_how_to_fill_it():
    md = ("# Steering group\n\nDate: 14 June 2024\n\n"
          "<TABLE><tr><td>Item</td><td>Summary</td><td>Action: who/when</td></tr>"
          "<tr><td>Training</td><td>Dates discussed.</td><td>Secretariat to book the venue by 1 July 2024</td></tr>"
          "</TABLE>\n")
    draft = _md(md)
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("Secretariat", "2024-07-01")]


def test_clipped_decisions_in_plain_lists():
    text = ("Minutes of the partners meeting\nDate: 2 May 2025\n\nDecisions\n"
            "- Consensus that the survey will cover both districts.\n"
            "- Adopted as the common form for all partners.\n")
    texts = _texts(parse(text))
    assert any(t.startswith("Consensus that the survey") for t in texts)
    assert any(t.startswith("Adopted as the common form") for t in texts)


def test_task_given_in_the_passive_names_its_owner():
    text = ("Minutes of the partners meeting\nDate: 2 May 2025\n\nAction points\n"
            "- The Field Office was charged with drafting the map by 20 May 2025.\n"
            "- Nadia Karim tasked with collecting the forms\n")
    got = [(a["owner"], a["due"]) for a in parse(text)["actions"]]
    assert got == [("The Field Office", "2025-05-20"), ("Nadia Karim", None)]


def test_a_clipped_note_beside_the_action_cell_is_settled():
    md = ("# Council call, 9 June 2025\n\n"
          "<table><tr><th>Topic</th><th>Notes</th><th>Action Items</th></tr>"
          "<tr><td>Archive</td><td><ul><li>Old videos to be made public after review.</li>"
          "<li>Questions raised on storage costs.</li></ul></td><td>Omar Farouk to check the storage price</td></tr>"
          "<tr><td>Calls</td><td>Working calls to be open to all members.</td><td></td></tr></table>\n")
    draft = _md(md)
    texts = [d["text"] for d in draft["decisions"]]
    assert any(t.startswith("Old videos to be made public") for t in texts)
    assert any(t.startswith("Working calls to be open to all") for t in texts)
    assert not any("storage costs" in t for t in texts)
    assert [a["owner"] for a in draft["actions"]] == ["Omar Farouk"]
