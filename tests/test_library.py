"""The documents library: adding documents with their file or link, search by details and by a file's text in
both languages, the other-language version, links to records, confidential attachments, hostile files."""
import io
import zipfile

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Document, StoredFile
from ds_tracker.services import SYSTEM, library


def word_file(*paragraphs) -> bytes:
    from docx import Document as WordDocument
    doc = WordDocument()
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def add(title="Report", **kwargs):
    kwargs.setdefault("language", "en")
    doc = library.create_document(SYSTEM, title=title, **kwargs)
    db.session.commit()
    return doc


def titles(client, **args):
    page = client.get("/library", query_string=args)
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    return body


def test_search_finds_a_document_by_the_text_of_its_word_file(client, world, login_as):
    add("Quarterly note", upload=(word_file("Salinity of irrigation canals pushes farmers to the cities."),
                                  "note.docx"))
    add("Another note", url="https://example.org/other")
    login_as("secretariat")
    body = titles(client, q="salinity")
    assert "Quarterly note" in body and "Another note" not in body
    assert "Another note" in titles(client, q="another")   # by its details
    found = client.get("/search", query_string={"q": "salinity canals"}).get_data(as_text=True)
    assert "Quarterly note" in found                        # the one search box finds it too


def test_search_finds_an_arabic_document_by_its_text_and_a_stem(client, world, login_as):
    add("Hasansham assessment (Arabic)", language="ar", title_ar="تقييم مخيم حسن شام",
        upload=(word_file("تقييم نوايا العائلات المتبقية في المخيمات بشأن العودة إلى قراها."), "taqyeem.docx"))
    login_as("secretariat")
    assert "تقييم مخيم حسن شام" in titles(client, q="العائلات") or "Hasansham" in titles(client, q="العائلات")
    assert "Hasansham" in titles(client, q="عائلات")        # the stem of the word in the file
    assert "Hasansham" not in titles(client, q="تعويضات")


def test_a_document_tied_to_a_confidential_forums_record_is_as_confidential_as_the_record(client, world, login_as):
    secret = add("Donor approach brief", url="https://example.org/brief")
    library.link_document(SYSTEM, secret, "recommendation", world.dstf_rec.id)
    db.session.commit()
    login_as("secretariat")    # staff of an open forum: neither the list, search, export nor the page
    assert "Donor approach brief" not in titles(client)
    assert "Donor approach brief" not in titles(client, q="donor")
    assert "Donor approach brief" not in client.get("/library/export.csv").get_data(as_text=True)
    assert client.get(f"/library/{secret.id}").status_code == 404
    client.post("/logout")
    login_as("dstf_member")    # the Task Force's member reads it
    assert "Donor approach brief" in titles(client, q="donor")
    assert client.get(f"/library/{secret.id}").status_code == 200


def test_a_staff_member_adds_a_document_with_its_file_from_a_meeting(client, world, login_as):
    login_as("secretariat")
    response = client.post("/library/new", data={
        "title": "Soft launch presentation", "language": "en", "published_on": "15 February 2024",
        "file": (io.BytesIO(word_file("Terms of reference of the forum.")), "presentation.docx"),
        "link": f"meeting:{world.meeting.id}", "idempotency_key": "k1"}, content_type="multipart/form-data")
    assert response.status_code == 302
    doc = db.session.scalar(sa.select(Document).where(Document.title == "Soft launch presentation"))
    assert doc.file.filename == "presentation.docx" and str(doc.published_on) == "2024-02-15"
    meeting_page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "Soft launch presentation" in meeting_page          # listed on the meeting it belongs to
    download = client.get(f"/library/{doc.id}/file")
    assert download.status_code == 200 and download.data.startswith(b"PK")
    assert "Terms" not in titles(client, q="nothing-like-this") and "Soft launch" in titles(client, q="terms")


def test_the_other_language_version_is_linked_both_ways(client, world, login_as):
    english = add("Plan of action, revision 2024", url="https://example.org/poa-en")
    arabic = add("Plan of action (Arabic)", title_ar="خطة العمل، مراجعة 2024", language="ar",
                 url="https://example.org/poa-ar", counterpart=english)
    assert english.counterpart_id == arabic.id and arabic.counterpart_id == english.id
    login_as("secretariat")
    page = client.get(f"/library/{english.id}").get_data(as_text=True)
    assert f"/library/{arabic.id}" in page


def zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (110 * 1024 * 1024))
    return out.getvalue()


def test_hostile_and_unsuitable_files_are_refused_calmly_and_nothing_is_kept(app, client, world, login_as):
    login_as("secretariat")
    # The 20 MB limit, scaled down: the test client spools a body over 500 KB to a file it never closes.
    app.config["LIBRARY_MAX_BYTES"] = 200 * 1024
    before = db.session.scalar(sa.select(sa.func.count(StoredFile.id)))
    cases = [(zip_bomb(), "bomb.docx", "unpacks to far more than any report"),
             (b"MZ\x90\x00 not a report", "tool.exe", "Only PDF and Word"),
             (b"%PDF-1.4\n" + b"0" * (300 * 1024), "huge.pdf", "The file is larger than")]
    for data, name, message in cases:
        response = client.post("/library/new", data={"title": "Bad", "language": "en", "idempotency_key": name,
                                                      "file": (io.BytesIO(data), name)},
                               content_type="multipart/form-data")
        assert response.status_code == 422, name
        assert message in response.get_data(as_text=True), name
        assert 'value="Bad"' in response.get_data(as_text=True)   # the input is kept
    del app.config["LIBRARY_MAX_BYTES"]
    assert db.session.scalar(sa.select(sa.func.count(StoredFile.id))) == before
    assert db.session.scalar(sa.select(Document.id).where(Document.title == "Bad")) is None


def test_a_long_files_text_is_capped_for_search(world):
    from ds_tracker import filetext
    text, note = filetext.extract(word_file("word " * 70_000), filetext.DOCX)
    assert len(text) == filetext.MAX_TEXT and "first" in note


def test_filters_and_export(client, world, login_as):
    add("Ninewa report", forums=[world.jcf], url="https://example.org/n", published_on=__import__("datetime").date(2024, 3, 1))
    add("Arabic only", language="ar", url="https://example.org/a")
    login_as("secretariat")
    assert "Arabic only" not in titles(client, forum=world.jcf.id)
    assert "Ninewa report" not in titles(client, language="ar")
    csv = client.get("/library/export.csv", query_string={"language": "en"}).get_data(as_text=True)
    assert "Ninewa report" in csv and "Arabic only" not in csv


def test_a_staff_member_of_another_forum_cannot_change_the_forums_document(client, world, login_as):
    login_as("dstf_member")
    assert client.get(f"/library/{world.document.id}/edit").status_code == 403


def test_a_document_belongs_to_a_plan_its_revision_and_a_register_decision(client, world, login_as):
    from datetime import date
    from conftest import plan_world
    from ds_tracker.models import DocumentLink
    from ds_tracker.services import plans
    plan_world(world)
    revision = plans.add_revision(SYSTEM, world.plan, revised_on=date(2024, 3, 19), label="Mosul POA revision")
    doc = add("Ninewa POA 2024 (English)", url="https://example.org/poa", forums=[world.jcf])
    login_as("secretariat")
    for kind, rid in (("plan", world.plan.id), ("plan_revision", revision.id), ("decision", world.register_decision.id)):
        response = client.post(f"/library/{doc.id}/links", data={"record_type": kind, "record_id": str(rid)})
        assert response.status_code == 302, response.get_data(as_text=True)
    page = client.get(f"/library/{doc.id}").get_data(as_text=True)
    assert "Ninewa Plan of Action</bdi>" in page and "Mosul POA revision" in page and f"/plans/{world.plan.id}" in page
    assert "Ninewa POA 2024 (English)" in client.get(f"/plans/{world.plan.id}").get_data(as_text=True)
    assert "Ninewa POA 2024 (English)" in client.get(f"/decisions/{world.register_decision.id}").get_data(as_text=True)
    register_link = db.session.scalar(sa.select(DocumentLink).filter_by(document_id=doc.id, record_type="decision"))
    assert register_link.forum_id == world.jcf.id               # as confidential as the register's forum
