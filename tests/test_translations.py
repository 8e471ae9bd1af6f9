"""The Arabic catalogue is complete, and a page rendered in Arabic shows no English word of the interface.

When this fails after a merge: `make translations` (extract + update), translate the msgids listed,
then `make install` (compiles the catalogue)."""
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from ds_tracker.extensions import db
from ds_tracker.models import Organisation, OrganisationType, Person, Place, PlaceKind, Role
from ds_tracker.services import SYSTEM, accounts, actions, meetings, recommendations, reference

from conftest import PASSWORD, login, make_forum

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "ds_tracker/translations/ar/LC_MESSAGES/messages.po"
ALLOWED = {w.strip() for w in (Path(__file__).parent / "arabic_allowed.txt").read_text().splitlines()
           if w.strip() and not w.startswith("#")}
REFERENCE = re.compile(r"^[A-Z]{2,}(-[A-Z0-9]*)+$")  # a record's reference (JCF-NIN-2025-...), never a word
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "lazy_gettext": None, "N_": None,
            "Message": None, "say": None, "say_n": (1, 2)}


def _catalogue():
    with open(PO, "rb") as f:
        return read_po(f)


def _key(msgid):
    return msgid[0] if isinstance(msgid, (list, tuple)) else msgid


def test_every_message_is_translated_and_none_is_fuzzy():
    untranslated = [_key(m.id) for m in _catalogue() if m.id and (
        m.fuzzy or not (all(m.string) if isinstance(m.string, (list, tuple)) else m.string))]
    assert not untranslated, "Untranslated or fuzzy in the Arabic catalogue:\n  " + "\n  ".join(untranslated)


def test_every_wrapped_string_is_in_the_catalogue():
    with open(ROOT / "babel.cfg") as f:
        method_map, options_map = parse_mapping_cfg(f)
    wanted = {_key(msgid) for _, _, msgid, _, _ in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS)}
    known = {_key(m.id) for m in _catalogue() if m.id}
    missing = sorted(wanted - known)
    assert not missing, ("Run `make translations` and translate these new messages:\n  " + "\n  ".join(missing))


class _Words(HTMLParser):
    """The visible words of a page (text, titles, placeholders, labels), skipping record data
    (marked <bdi data-record>, or isolated in a <bdi> or an element with its own dir), scripts and styles."""
    SKIP = {"script", "style"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.words = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipping = bool(self.stack and self.stack[-1])
        record = "data-record" in attrs or tag == "bdi" or (tag != "html" and "dir" in attrs)   # isolated data
        if tag not in self.VOID:
            self.stack.append(skipping or tag in self.SKIP or record)
        if not skipping and not record:
            for name in ("title", "placeholder", "aria-label", "alt"):
                if attrs.get(name):
                    self.words += re.findall(r"[A-Za-z][A-Za-z'-]+", attrs[name])
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.words += re.findall(r"[A-Za-z][A-Za-z'-]+", attrs["value"])

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.words += re.findall(r"[A-Za-z][A-Za-z'-]+", data)


def english_words(html: str) -> list[str]:
    parser = _Words()
    parser.feed(html)
    return sorted({w for w in parser.words if w not in ALLOWED and w.strip("-'") not in ALLOWED
                   and not REFERENCE.match(w)})


@pytest.fixture
def arabic_world():
    """Records written in Arabic only, so any Latin word on a page is the interface's."""
    w = type("W", (), {})()
    w.forum = make_forum("منتدى التنسيق المشترك في نينوى", "JCF-NIN")
    w.org = reference.create(SYSTEM, Organisation, name="وزارة الهجرة والمهجرين", type=OrganisationType.GOVERNMENT,
                             aliases=[])
    w.place = reference.create(SYSTEM, Place, name="سنجار", kind=PlaceKind.DISTRICT, aliases=[])
    w.focal = accounts.create_user(SYSTEM, email="focal@test.org", password=PASSWORD, name="علي حسن",
                                   language="ar")
    accounts.add_role(SYSTEM, w.focal, Role.FOCAL_POINT, organisation=w.org, starts_on=date(2024, 1, 1))
    w.sec = accounts.create_user(SYSTEM, email="sec@test.org", password=PASSWORD, name="سارة محمود", language="ar")
    accounts.add_role(SYSTEM, w.sec, Role.SECRETARIAT, forum=w.forum, starts_on=date(2024, 1, 1))
    w.admin = accounts.create_user(SYSTEM, email="admin@test.org", password=PASSWORD, name="مدير", language="ar")
    accounts.add_role(SYSTEM, w.admin, Role.ADMIN, starts_on=date(2024, 1, 1))
    w.meeting = meetings.create_meeting(SYSTEM, w.forum, title="الاجتماع الشهري",
                                        sittings=[{"date": date(2025, 3, 12), "city": "الموصل"}],
                                        minutes="اجتمع المنتدى.")
    person = Person(name="أحمد كريم")
    db.session.add(person)
    meetings.add_attendance(SYSTEM, w.meeting, person=person, position="مدير عام", organisation=w.org)
    w.rec = recommendations.create_recommendation(SYSTEM, w.meeting, text="استئناف موافقات العودة",
                                                  addressees=[w.org], places=[w.place])
    w.action = actions.create_action(SYSTEM, text="مشاركة قائمة الأسر", owner=w.org, recommendation=w.rec,
                                     due_on=date(2025, 4, 30))
    actions.add_note(SYSTEM, w.action, "أُرسلت القائمة إلى الفرع.")
    _arabic_plan(w)
    from ds_tracker.services import library, reviews
    w.document = library.create_document(SYSTEM, title="خطة العمل المنقحة", language="ar", forums=[w.forum],
                                         url="https://example.org/plan", published_on=date(2025, 3, 1))
    library.link_document(SYSTEM, w.document, "meeting", w.meeting.id)
    w.review = reviews.create_review(w.sec, start=date(2025, 1, 1), end=date(2025, 3, 31), language="ar",
                                     forums=[w.forum], base_url="https://tracker.example.org")
    db.session.commit()
    return w


def _arabic_plan(w):
    from ds_tracker.models import PlanKind
    from ds_tracker.services import plans, register
    from ds_tracker.status import EscalationLevel
    w.decision = register.record_decision(SYSTEM, w.forum, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                          decided_on=date(2024, 1, 2), text_ar="إغلاق المخيمات",
                                          deadline_on=date(2024, 6, 30))
    register.amend_decision(SYSTEM, w.decision, amended_on=date(2024, 3, 31), text="تأجيل الموعد",
                            source="النشرة الفصلية", deadline_on=date(2024, 7, 31))
    w.plan = plans.create_plan(SYSTEM, w.forum, kind=PlanKind.ROADMAP, title="خارطة الطريق")
    plans.add_revision(SYSTEM, w.plan, revised_on=date(2024, 3, 1), label="مراجعة 2024", documents="النسخة العربية")
    w.commitment = plans.add_commitment(SYSTEM, w.plan, text="", text_ar="منحة العودة", decision=w.decision)
    w.measure = actions.create_action(SYSTEM, text="صرف المنحة", owner=w.org, commitment=w.commitment,
                                      due_on=date(2024, 6, 30))
    plans.link_recommendation(SYSTEM, w.measure, w.rec)
    indicator = plans.create_indicator(SYSTEM, w.measure, name="الأسر العائدة", target="121", unit="أسر")
    plans.record_value(SYSTEM, indicator, measured_on=date(2024, 3, 19), value="104", source="الوزارة")


def _pages(w):
    return {
        "focal": ["/owe", "/actions", f"/actions/{w.action.id}", f"/recommendations/{w.rec.id}", "/account",
                  "/?stay=1", "/search?q=" + "قائمة", "/plans", f"/plans/{w.plan.id}", f"/actions/{w.measure.id}",
                  "/measures", "/decisions", f"/decisions/{w.decision.id}", "/search?q=" + "منحة"],
        "sec": ["/meetings", f"/meetings/{w.meeting.id}", f"/meetings/{w.meeting.id}/edit", "/recommendations",
                f"/forums/{w.forum.id}/dashboard", f"/forums/{w.forum.id}/pack", "/waiting", "/imports/new",
                f"/recommendations/{w.rec.id}/edit", f"/actions/{w.action.id}/edit", "/meetings/new",
                f"/forums/{w.forum.id}", "/imports/", f"/forums/{w.forum.id}/submissions/new",
                "/plans/new", f"/plans/{w.plan.id}", f"/plans/{w.plan.id}/commitments/new",
                f"/commitments/{w.commitment.id}/edit", f"/commitments/{w.commitment.id}/measures/new",
                f"/measures/{w.measure.id}/recommendations", f"/actions/{w.measure.id}", "/decisions/new",
                f"/decisions/{w.decision.id}",
                "/library", f"/library/{w.document.id}", f"/library/{w.document.id}/edit", "/library/new",
                "/upcoming", "/reviews", "/reviews/new", f"/reviews/{w.review.id}", f"/reviews/{w.review.id}/print"],
        "admin": ["/admin/", "/admin/users", f"/admin/users/{w.focal.id}", "/admin/users/new", "/admin/organisations",
                  "/admin/places", "/admin/forums", "/admin/themes", f"/admin/organisations/{w.org.id}/edit",
                  "/admin/trail", f"/organisations/{w.org.id}", f"/places/{w.place.id}"],
    }


def test_pages_in_arabic_show_no_english_word(client, arabic_world):
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "ar"
    leftovers = {}
    for path in ("/login", "/password/forgot"):
        html = client.get(path, headers={"Accept-Language": "ar"}).get_data(as_text=True)
        if words := english_words(html):
            leftovers[path] = words
    for who, paths in _pages(arabic_world).items():
        login(client, getattr(arabic_world, who))
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            html = response.get_data(as_text=True)
            assert 'lang="ar"' in html and 'dir="rtl"' in html, path
            if words := english_words(html):
                leftovers[path] = words
        client.post("/logout")
    assert not leftovers, "English words on Arabic pages (wrap them for translation, or mark record data " \
                          "<bdi data-record>):\n" + "\n".join(f"  {p}: {' '.join(w)}" for p, w in leftovers.items())


def test_an_arabic_page_fails_the_check_when_a_string_is_not_wrapped():
    assert english_words('<p>الحالة <span>Status</span> <bdi data-record>UNICEF</bdi> PDF</p>') == ["Status"]
