"""A person named in brackets after a task names its owner only when the sentence names none ("The list will be
sent to members (Ms Rana Haddad)"); a sentence that opens with its owner keeps it ("IOM will send a delegate from
Geneva (Ms Lea Olsen)": she is whom IOM sends)."""
from ds_tracker.importer import parse


def _owners(text):
    return [a["owner"] for a in parse(text)["actions"]]


def test_a_named_owner_is_kept():
    text = ("Nutrition call\nDate: 14 June 2006\n\nAction points\n\n"
            "- IOM will send a delegate from Geneva (Ms. Lea Olsen)\n"
            "- The Oxfam office to share the maps with the hubs (Mr Tariq Nasser)\n")
    owners = _owners(text)
    assert "Lea Olsen" not in owners and "Tariq Nasser" not in owners


def test_a_passive_task_takes_the_person_after_it():
    text = ("Nutrition call\nDate: 14 June 2006\n\nAction points\n\n"
            "- The revised guidance will be circulated to all partners (Ms Rana Haddad)\n")
    assert _owners(text) == ["Rana Haddad"]
