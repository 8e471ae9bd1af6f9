""""TODO:" / "To-do:" labels a task row like "Action:", in plain text and in Markdown bold."""
from ds_tracker.importer import parse


def test_todo_label_in_markdown_bold():
    text = ("Board call - 13/03/2019\n========\n\n1. _**Budget**_\n\n    The budget was found in order.\n\n"
            "    **TODO**: Maria to check with the officer when to travel\n")
    assert [(a["text"], a["owner"]) for a in parse(text)["actions"]] == \
        [("Maria to check with the officer when to travel", "Maria")]


def test_to_do_label_plain_with_a_date():
    text = ("Team meeting\nDate: 3 March 2019\n\nLogistics\n\n"
            "To-do: the logistics officer will book the hall by 10 March 2019\n")
    actions = parse(text)["actions"]
    assert len(actions) == 1 and actions[0]["owner"] == "the logistics officer" and actions[0]["due"] == "2019-03-10"
