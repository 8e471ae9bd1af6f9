"""Minutes written as prose, with no attendance list: the people shown doing the meeting's acts were there (unsure);
bodies that report or present, common nouns and people only mentioned are not. Invented people."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes
from ds_tracker.importer.prose_subjects import prose_subjects

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p for p in parse(read_bytes(text.encode(), "minutes.md")[0], REF)["participants"]}


def test_a_paragraph_report_names_who_opened_welcomed_explained_and_presented():
    text = ("# Data Standards Panel, 3 June 2019\n\n## Opening\n\nTobias opened the meeting by welcoming new panel "
            "members: Irene Vasquez, Pavel Novak and Grete Solberg.\n\nHe also welcomed back Oskar Lind.\n\n"
            "## Item 1\n\nMarit Olsen presented the draft schema. Marit noted that two fields remain open. In answer "
            "to a question on scope, Hugo Berger explained the plan.\n\nGreen Harvest reported on the pilot. "
            "A report by Sara Kim was shared.\n\nTobias closed the meeting.\n")
    got = people(text)
    assert set(got) == {"Tobias", "Irene Vasquez", "Pavel Novak", "Grete Solberg", "Oskar Lind", "Marit Olsen",
                        "Hugo Berger"}
    assert all(p.get("unsure") for p in got.values())


def test_first_names_named_together_in_a_bulleted_summary_and_no_repeat_of_a_listed_person():
    text = ("## Residents Association AGM\n\nPresent: Bruno Keller, Alma Ruiz, Teo Marsh\n\n## What was said\n\n"
            "- Ivo, Noor and Lisbet gave the presentation on the garden.\n- Alma thanked the volunteers.\n"
            "- Discussion began on the bins. Discussion began again later.\n")
    got = people(text)
    assert {"Ivo", "Noor", "Lisbet"} <= set(got) and got["Ivo"]["unsure"]
    assert "Alma" not in got and "Discussion" not in got and len(got) == 6


def test_a_body_that_reports_is_no_person():
    texts = ["Blue River Trust shared the map.", "Blue River Trust presented the plan.", "Clear Water updated partners."]
    assert prose_subjects(texts, REF) == []
