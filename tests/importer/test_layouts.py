"""Issue 12 §4: one true meeting rendered in every format and style; the parser recovers the truth from each."""
import pytest

from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

from .layouts import EN, renderings, score

REF = Reference.from_seed()
RENDERINGS = list(renderings())


@pytest.mark.parametrize("label,filename,data,truth", RENDERINGS, ids=[r[0] for r in RENDERINGS])
def test_every_rendering_gives_the_true_meeting(label, filename, data, truth):
    text, _warnings = read_bytes(data, filename)
    draft = parse(text, REF)
    for field, (right, expected, found) in score(draft, truth, REF).items():
        assert (right, found) == (expected, expected), (field, text)


def test_an_organisation_nobody_knows_is_kept_as_written():
    text, _ = read_bytes(next(d for label, _f, d, _t in RENDERINGS if label == "en-docx"), "report.docx")
    draft = parse(text, REF)
    people = {p["name"]: p for p in draft["participants"]}
    assert people["Hussein Ali Jaber"]["organisation"] == "Bright Future Foundation"
    assert people["Hussein Ali Jaber"]["organisation_new"] is True
    assert [o["name"] for o in draft["new_organisations"]] == ["Bright Future Foundation"]
    assert people["Omar Khalid Rasheed"]["organisation"] == "International Organization for Migration"


def test_formats_give_the_same_document_text():
    """The document model: a Word table, an HTML table and a tab table are the same rows."""
    by_label = {label: read_bytes(data, name)[0] for label, name, data, _t in RENDERINGS}
    row = "Omar Khalid Rasheed\tProgramme Manager\tIOM"
    for label in ("en-docx", "en-html", "en-txt-tabs-bare", "en-txt-pipes-bare", "en-txt-slashes-bare",
                  "en-txt-spaces-bare", "en-pdf-ruled", "en-pdf-columns"):
        assert row in by_label[label].splitlines(), label
    assert EN.people


def test_pdf_page_headers_footers_and_the_repeated_header_row_are_read_once():
    for label in ("en-pdf-ruled", "en-pdf-columns"):
        data = next(d for name, _f, d, _t in RENDERINGS if name == label)
        text, _ = read_bytes(data, "report.pdf")
        assert "CONFIDENTIAL DRAFT" not in text and "Page 1" not in text, label
        assert text.count("Name\tPosition\tOrganisation") == 1, label
        wrapped = "Senior Durable Solutions and Social Cohesion Coordinator for the Northern Governorates"
        assert f"Huda Fadhil\t{wrapped}\tMinistry of Planning" in text.splitlines(), label
