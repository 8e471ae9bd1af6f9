"""The whole parser on the test reports (expectations written by reading them, in tests/reports/expected/).
The two real samples are others' text, kept outside the repository: checks/test_samples.py reads them."""
import json
from pathlib import Path

import pytest

from ds_tracker.importer import parse
from ds_tracker.importer.files import read_file
from ds_tracker.textnorm import normalise

REPORTS = Path(__file__).resolve().parent.parent / "reports"
NAMES = sorted(p.stem for p in (REPORTS / "expected").glob("*.json"))


def load(name):
    source = next(p for p in REPORTS.iterdir() if p.stem == name and p.suffix != ".json")
    return parse(read_file(str(source))[0]), json.loads((REPORTS / "expected" / f"{name}.json").read_text())


def key(text):
    return normalise(text or "").strip(" .;")


@pytest.mark.parametrize("name", NAMES)
def test_meeting_facts(name):
    draft, want = load(name)
    assert draft["kind"] == want["kind"]
    assert draft["forum"] == want["forum"]
    assert [s["date"] for s in draft["sittings"]] == [s["date"] for s in want["sittings"]]
    assert [s["city"] for s in draft["sittings"]] == [s["city"] for s in want["sittings"]]
    assert sorted(e["body"] for e in draft["escalations"]) == sorted(e["body"] for e in want["escalations"])
    if want.get("not_a_meeting"):
        assert draft["warnings"]


@pytest.mark.parametrize("name", NAMES)
def test_every_participant_with_position_and_organisation(name):
    draft, want = load(name)
    got = {key(p["name"]): p for p in draft["participants"]}
    assert sorted(got) == sorted(key(p["name"]) for p in want["participants"])
    for expected in want["participants"]:
        p = got[key(expected["name"])]
        if expected.get("position"):
            assert key(p["position"]) == key(expected["position"]), expected["name"]
        if expected.get("organisation"):
            assert p["organisation"] is not None, expected["name"]
        if "group" in expected:
            assert p["group"] == expected["group"]


@pytest.mark.parametrize("name", NAMES)
def test_every_recommendation_in_its_group(name):
    draft, want = load(name)
    assert [(key(r["text"]), r["group"]) for r in draft["recommendations"]] == \
        [(key(r["text"]), r.get("group")) for r in want["recommendations"]]
    for got, expected in zip(draft["recommendations"], want["recommendations"]):
        for place in expected.get("places", []):
            assert place in got["places"], (got["text"], place)


@pytest.mark.parametrize("name", NAMES)
def test_every_action_with_owner_and_due_date(name):
    draft, want = load(name)
    assert [(key(a["text"]), key(a["owner"]), a["due"]) for a in draft["actions"]] == \
        [(key(a["text"]), key(a["owner"]), a["due"]) for a in want["actions"]]


def test_two_hundred_pages_parse_without_trouble():
    one = (REPORTS / "jcf-diyala-minutes-2024-02.txt").read_text()
    big = "\n".join(one.replace("Saif", f"Saif{i}") for i in range(200))
    draft = parse(big)
    assert draft["title"] and draft["source_lines"] > 8000
    names = {p["name"] for p in draft["participants"]}
    assert {f"Saif{i} Abdulkareem" for i in range(200)} <= names   # the others are the same people again


def test_pdf_text_is_read(tmp_path):
    from ds_tracker.importer.files import read_bytes
    pdf = _tiny_pdf("Date: 3 June 2025  ATTENDANCE  1. Ali Omar - Governor")
    text, warnings = read_bytes(pdf, "report.pdf")
    assert "1. Ali Omar - Governor" in text


def _tiny_pdf(text: str) -> bytes:
    """A one-page PDF holding `text`, written by hand (no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 40 700 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out
