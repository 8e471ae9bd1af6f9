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
