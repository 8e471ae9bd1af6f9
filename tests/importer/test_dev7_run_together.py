"""A PDF's header fields run into one line with the action list's bullets lost: "... PARTICIPANTS: IOM, WHO ACTION
POINTS: IOM to share the map WHO to call the ministry AGENDA: 1. ..." gives one task per subject, up to the next label."""
from ds_tracker.importer import parse


def _actions(text):
    return [(a["text"], a["owner"]) for a in parse(text)["actions"]]


def test_capital_labels_run_together():
    text = ("Meeting Minutes\n\nDATE: 4 March 2016 LOCATION: Amman CHAIR: Shelter Sector PARTICIPANTS: NRC, CARE, "
            "UNHCR ACTION POINTS: The Shelter Sector to circulate the revised kit list NRC to share the rent survey "
            "with partners Partners to report their caseloads by district AGENDA: 1. Updates 2. AOB\n\n"
            "1. Updates\nNRC presented the survey.\n")
    got = _actions(text)
    assert ("The Shelter Sector to circulate the revised kit list", "The Shelter Sector") in got
    assert ("NRC to share the rent survey with partners", "NRC") in got
    assert ("Partners to report their caseloads by district", "Partners") in got
    assert not any("Updates" in t for t, _o in got)


def test_inline_action_items_label_with_two_tasks():
    text = ("Coordination meeting\nDate: 9 May 2017\n\nVENUE: Erbil FACILITATOR: Health Cluster ACTION ITEMS: "
            "WHO to update the facility map before the campaign Cluster partners to send vaccination figures weekly "
            "NEXT MEETING: 16 May 2017\n")
    got = _actions(text)
    assert ("WHO to update the facility map before the campaign", "WHO") in got
    assert ("Cluster partners to send vaccination figures weekly", "Cluster partners") in got
