"""English shapes met in real published minutes (tune2 set), written here with invented text: a chair named in prose
with a long body after a comma or "from", a co-chair "of" a body, a post glued to its cluster's name, an agenda
item's presenter in brackets."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p.get("organisation") for p in parse(text, REF)["participants"]}


def test_a_chair_with_a_long_body_after_a_comma_is_one_person_of_that_body():
    text = ("Minutes of the partners meeting\n\nThe meeting was held on 3 May 2021 in Lyon. The meeting was chaired "
            "by Tomas Verlaine, International Federation of the Lantern and Lamp Societies.\n")
    got = people(text)
    assert got == {"Tomas Verlaine": "International Federation of the Lantern and Lamp Societies"}


def test_a_chair_from_a_body_then_an_aside_after_a_comma():
    text = ("Minutes of the partners meeting\n\nThe meeting was held on 3 May 2021 in Lyon. The meeting was chaired "
            "by Tomas Verlaine from Northern Aid Trust, one of the several partner organizations that took part.\n")
    assert people(text) == {"Tomas Verlaine": "Northern Aid Trust"}


def test_a_co_chair_of_a_body_is_of_the_whole_body_not_its_last_acronym():
    text = ("Minutes of the partners meeting\n\nOpening\n\n"
            "Lina Moreau, Co-Chair of the WASH TF, welcomed everyone to the meeting.\n")
    assert people(text) == {"Lina Moreau": "WASH TF"}


def test_a_post_glued_to_its_cluster_name_gives_the_cluster():
    text = ("Shelter meeting minutes\nDate: 4 June 2020\n\nUpdates\n"
            "Piet Vos, Sub-National WASH/NFICluster Coordinator East, presented the new site map.\n")
    assert people(text).get("Piet Vos") == "Sub-National WASH/NFICluster"


def test_an_agenda_item_presenter_in_brackets_is_a_participant_but_not_a_place_or_a_word():
    text = ("Camp meeting minutes\nDate: 4 June 2020\n\nAgenda\n1- Protection update (Karim)\n"
            "2- Water report (Draft)\n3- Health update (Nairobi)\n4- Mapping presentation (Sofia Lind)\n"
            "5- Partner updates (UNHCR)\n")
    got = parse(text, REF)["participants"]
    assert {p["name"] for p in got} == {"Karim", "Sofia Lind"} and all(p["unsure"] for p in got)
