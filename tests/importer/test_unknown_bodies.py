"""A participant's body the reference list does not know, written as a body, is the organisation, not the end of
the post ("Officer – Hawija District Council" was all the post, and no body was proposed)."""
from ds_tracker.importer import parse


def _people(text):
    return [(p["name"], p.get("position"), p.get("organisation")) for p in parse(text)["participants"]]


def test_name_post_body_with_a_body_nobody_listed():
    numbered = ("Minutes of the forum\nDate: 2 March 2025\n\nPARTICIPANTS\n"
                "1. Rana Aziz – Officer – Hawija District Council\n2. Omar Saleh – Engineer – UNICEF\n")
    assert _people(numbered) == [("Rana Aziz", "Officer", "Hawija District Council"),
                                 ("Omar Saleh", "Engineer", "UNICEF")]
    bulleted = ("Minutes of the forum\nDate: 2 March 2025\n\nParticipants:\n"
                "- Layla Hassan – Programme Manager – Al-Amal Association\n"
                "- Hadi Omar – Zummar Youth Network – Volunteer\n")
    assert _people(bulleted) == [("Layla Hassan", "Programme Manager", "Al-Amal Association"),
                                 ("Hadi Omar", "Volunteer", "Zummar Youth Network")]


def test_a_post_that_names_a_body_word_is_still_the_post():
    text = ("Minutes of the forum\nDate: 2 March 2025\n\nParticipants:\n"
            "- Sami Tala – Head of Office – Al-Amal Association\n- Mona Aziz – Council Member – UNDP\n")
    assert _people(text) == [("Sami Tala", "Head of Office", "Al-Amal Association"),
                             ("Mona Aziz", "Council Member", "United Nations Development Programme")]
