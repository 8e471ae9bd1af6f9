"""The whole parser on the test reports (expectations written by reading them, in tests/reports/expected/)
and on the two real samples."""
import json
from pathlib import Path

import pytest

from ds_tracker.importer import parse
from ds_tracker.importer.files import read_file
from ds_tracker.textnorm import normalise

REPORTS = Path(__file__).resolve().parent.parent / "reports"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
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


def test_sample_2025_safety_security():
    draft = parse((SAMPLES / "workshop-safety-security-2025-06.txt").read_text())
    assert draft["title"] == "Durable Solution Technical Workshop on Access to Safety & Security"
    assert draft["kind"] == "workshop" and [s["date"] for s in draft["sittings"]] == ["2025-06-03"]
    assert draft["sittings"][0]["city"] == "Baghdad"
    assert draft["hosts"] == ["Ministry of Migration and Displacement"]
    assert len(draft["participants"]) == 51
    people = {p["name"]: p for p in draft["participants"]}
    assert people["Georgi Gigauri"]["organisation"] == "International Organization for Migration"
    assert people["Aqeel Ibrahim Khalil"]["position"] == "Head of JCMC Branch - Diyala"
    assert people["Ali Ajami"]["organisation"] == "Community Policing"
    groups = [(g["name"], g["theme"], len(g["challenges"])) for g in draft["groups"]]
    assert groups == [("Group One", "Access Obstacles", 9), ("Group Two", "Landmines And Erw", 6),
                      ("Group Three", "Freedom Of Movement And Civil Documentation", 5)]
    by_group = {}
    for r in draft["recommendations"]:
        by_group[r["group"]] = by_group.get(r["group"], 0) + 1
    assert by_group == {"Group One": 7, "Group Two": 5, "Group Three": 6, None: 4}
    assert any(r["text"].startswith("Allocate a sustainable national budget for demining") and
               r["group"] == "Group Two" for r in draft["recommendations"])
    assert [e["body"] for e in draft["escalations"]] == ["Council of Ministers"]
    assert any("Council of Ministers" in c["text"] for c in draft["commitments"])
    assert any(s["presenter"] and "Gigauri" in s["presenter"] for s in draft["sessions"])


def test_sample_2023_local_integration():
    draft = parse((SAMPLES / "workshop-local-integration-sop-2023.txt").read_text())
    assert draft["kind"] == "workshop"
    assert [(s["date"], s["city"]) for s in draft["sittings"]] == [
        ("2023-05-28", "Baghdad"), ("2023-05-29", "Baghdad"), ("2023-06-21", "Erbil"), ("2023-06-22", "Erbil")]
    names = [p["name"] for p in draft["participants"]]
    assert len(names) == 59 and len(set(names)) == 59               # Noor Saeed is listed twice
    people = {p["name"]: p for p in draft["participants"]}
    assert people["Rahem Kamil Zghair"]["position"] == "Head of Return Department"      # glued in the report
    assert people["Naufal Mohammed Buraa"]["position"] == "Head of Branch Falluja"      # wrapped over two lines
    assert people["Clementine Favier"]["organisation"] == "International Organization for Migration"
    assert people["Susan Detera"]["position"] == "Self Reliance and Durable Solutions Specialist"
    assert any("listed twice" in w for w in draft["warnings"])
    assert len(draft["recommendations"]) == 22
    assert draft["recommendations"][-1]["text"].startswith("Better coordination with humanitarian organizations")


# Read off the 2023 report's numbered list by hand (its no. 46 is printed as "56"; Noor Saeed appears twice).
SAMPLE_2023_PARTICIPANTS = """Ali Abbas Jahaker; Eman Naji Hendi; Mohanad Salih Abdulrahim; Hanaa Rahim Rasheed; Ibrahim Noori;
Hussain Salih Qaiser; Mohammed Ali Shnawa; Belal Hassan Abbas; Ramzi Khdair Abbas; Firas Talal Ahmed;
Husain Ali-Abdulsamad; Ali Abdulkhadhem Abdi Ali; Jabbar Eliwi Shami; Basim Hazim Aziz; Haitham Ajami Maniaa;
Haider Abdulkadhem Abbas; Muwafaq Kadhem Merza; Emad Ghedan Jasim; Clementine Favier; Valentina Bacchin;
Mohammed Daham; Nigar Gardi; Mohammed Natheer; Haider Al-Saadi; Osama Al-Ajeeli; Noor Saeed; Precillar Moyo;
Ameen Jalal; Jehat Mirkhan; Charles Awici; Zaid Ghanim; Khalid Abdulkareem; Ahmed Qasim Meften; Rahem Kamil Zghair;
Mahmud Sabar Majli; Maher Maki Muslim; Anas Faik Salman; Ghazwan Talib Hassan; Mohammed Abdullah Ali;
Mustafa Amer Abdulrahman; Ruqaya Sabah Farhan; Mohammed Ayad Kasim; Samer Mashkur Bediwy; Eskander Mohammed Ameen;
Qais Mohammed Ashure; Khalid Mahjub Jasim; Ammar Sabah Omar; Saif Omar Ibrahim; Ali Ghazi Abbas; Naufal Mohammed Buraa;
Mohanad Furat Adnan; Yoko Fujimura; Ahmed Al-Salman; Hasan Sulaiman; Zaid Agha; Mohamed Osman; Susan Detera;
Aram Habeeb; Mohammed Chalabi"""


def test_sample_2023_every_participant_by_name():
    draft = parse((SAMPLES / "workshop-local-integration-sop-2023.txt").read_text())
    expected = {key(n) for n in SAMPLE_2023_PARTICIPANTS.replace("\n", " ").split(";")}
    assert len(expected) == 59
    assert {key(p["name"]) for p in draft["participants"]} == expected


def test_sample_2025_every_participant_by_name():
    """The 2025 list is a plain two-column table: its first column, read directly, is the expectation."""
    lines = (SAMPLES / "workshop-safety-security-2025-06.txt").read_text().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("List of Participants"))
    end = next(i for i, l in enumerate(lines) if l.startswith("Figure 1"))
    expected = {key(l.split("\t")[0]) for l in lines[start:end]
                if "\t" in l and l.split("\t")[0] and l.split("\t")[0] != "Name" and not l.startswith("List of")}
    draft = parse("\n".join(lines))
    assert len(expected) == 51
    assert {key(p["name"]) for p in draft["participants"]} == expected


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
