"""Issue 11 §5: an English name, a reference or a value inside Arabic text sits in its own direction
(<bdi> or dir="auto"), so the sentence around it keeps its order and its punctuation lands on the right side."""
import re
from html.parser import HTMLParser

from ds_tracker.extensions import db
from ds_tracker.services import actions
from ds_tracker.status import ActionStatus


class _Loose(HTMLParser):
    """Text of a page that is NOT isolated: outside <bdi>, elements with a dir attribute, and elements whose whole
    content is one value on its own (<option>, <title>, <textarea>), skipping scripts and styles."""
    ISOLATING = {"bdi", "script", "style", "option", "title", "textarea", "code", "time"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.loose, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        isolated = bool(self.stack and self.stack[-1]) or tag in self.ISOLATING or (
            "dir" in dict(attrs) and tag != "html") or self._owe_title(tag)
        self.stack.append(isolated)
        self.tags.append((tag, dict(attrs).get("class") or ""))

    def _owe_title(self, tag):
        """A row's title on What we owe is isolated by app.css (unicode-bidi: plaintext, dir=auto's effect)."""
        return tag == "a" and len(self.tags) > 1 and self.tags[-1][0] == "li" and "owe-list" in self.tags[-2][1]

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()
            self.tags.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]) and data.strip():
            self.loose.append(data)


def loose_text(html: str) -> str:
    parser = _Loose()
    parser.feed(html)
    return " ".join(parser.loose)


def _names(world):
    return ["Ali Jahankeer", "MoMD Ninewa Branch", "Ministry of Migration", "UNICEF", "Resume return approvals",
            "Share the list of suspended files", "JCF Ninewa", "Monthly meeting", "Sara Secretariat", "Mona MoMD",
            "Chris Chair", "Statement by the Governor", "Group One", "Outcomes of the March JCF", "Ninewa",
            world.rec.reference, "JCF/2025/17", "24/112", "Collecting the files", "The forum met"]


def test_english_record_names_on_arabic_pages_are_isolated(client, world, login_as):
    actions.change_status(world.users["focal_momd"], world.action, ActionStatus.IN_PROGRESS,
                          version=world.action.version, note="Collecting the files")
    for user in world.users.values():
        user.language = "ar"
    db.session.commit()
    pages = {
        "secretariat": ["/meetings", f"/meetings/{world.meeting.id}", f"/recommendations/{world.rec.id}",
                        f"/actions/{world.action.id}", "/actions", "/recommendations", f"/forums/{world.jcf.id}",
                        f"/forums/{world.jcf.id}/dashboard", f"/forums/{world.jcf.id}/pack", "/waiting",
                        f"/meetings/{world.meeting.id}/follow-up", "/search?q=Sinjar", "/submissions", "/work",
                        f"/imports/{world.draft.id}", f"/organisations/{world.branch.id}"],
        "focal_momd": ["/owe", f"/actions/{world.action.id}", f"/recommendations/{world.rec.id}"],
    }
    loose = {}
    for role, paths in pages.items():
        login_as(role)
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            text = loose_text(response.get_data(as_text=True))
            if found := [n for n in _names(world) if n in text]:
                loose[path] = found
        client.post("/logout")
    assert not loose, "English record data outside <bdi>/dir on Arabic pages:\n" + \
        "\n".join(f"  {p}: {', '.join(n)}" for p, n in loose.items())


def test_the_isolation_check_finds_a_name_left_in_the_sentence():
    assert "UNICEF" in loose_text('<html dir="rtl"><p>قدمت UNICEF <bdi>Mona</bdi></p></html>')
    assert "Mona" not in loose_text("<p>قدمت <bdi>Mona</bdi> <span dir=auto>JCF-NIN</span></p>")


def test_a_reminder_e_mail_in_arabic_isolates_english_names(app, world):
    """The HTML part of an e-mail: the person's name, each action and its owner in their own direction."""
    from flask import render_template
    from flask_babel import force_locale
    with app.test_request_context("/"), force_locale("ar"):
        html = render_template("emails/due.html", name="Mona MoMD", overdue=[world.action], soon=[],
                               link="https://tracker.example.org/owe")
    assert "Dear" not in html and "<bdi>Mona MoMD</bdi>" in html           # in Arabic, the name isolated
    assert not [n for n in ("Mona MoMD", "Share the list of suspended files", "MoMD Ninewa Branch")
                if n in loose_text(html)]
