"""Checks on the real sample reports in ../shared/samples: others' text, never copied into the repository.

Run by `make test-samples` (and by .ci/run when ../shared is there); `make test` never reads outside the repository.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

from ds_tracker.importer import parse
from ds_tracker.textnorm import normalise

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


def key(text):
    return normalise(text or "").strip(" .;")


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


def test_cli_parses_a_sample_to_json_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k not in ("DS_SECRET_KEY", "SECRET_KEY", "FLASK_SECRET_KEY")}
    result = subprocess.run([str(Path(sys.executable).parent / "flask"), "--app", "ds_tracker", "reports", "parse",
                             str(SAMPLES / "workshop-local-integration-sop-2023.txt"), "--json"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["participants"]) == 59
