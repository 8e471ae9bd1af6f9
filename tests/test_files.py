"""Files live in the database: checked by content, written by the saving service with a trail entry,
nothing left behind by a refused save, streamed out with safe headers; old uploads moved by a command."""
import io
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import ReportDraft, StoredFile, Submission, TrailEntry
from ds_tracker.services import SYSTEM, ValidationFailed, escalation
from ds_tracker.status import EscalationLevel

PDF = b"%PDF-1.4\n" + b"letter " * 60_000      # ~420 KB: streamed in two chunks
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
EXE = b"MZ\x90\x00" + b"\x00" * 64
REPORTS = Path(__file__).parent / "reports"


def _unsent(world):
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.PM_OFFICE, title="To the PMO",
                                       recommendations=[world.rec])
    escalation.approve_submission(SYSTEM, sub, version=sub.version)
    db.session.commit()
    return sub


def _send(client, sub, data, name, reference="PMO/2025/3"):
    return client.post(f"/submissions/{sub.id}/send", content_type="multipart/form-data", data={
        "send-sent_on": "2025-04-01", "send-reference": reference, "send-version": sub.version,
        "send-scan": (io.BytesIO(data), name)})


@pytest.mark.parametrize("data,kind", [(PDF, "application/pdf"), (PNG, "image/png"), (JPEG, "image/jpeg")])
def test_a_scan_is_stored_in_the_database_and_streamed_back_safely(client, world, login_as, data, kind, tmp_path):
    sub = _unsent(world)
    login_as("secretariat")
    assert _send(client, sub, data, "رسالة ../../letter.bin").status_code == 302
    stored = db.session.scalar(sa.select(StoredFile))
    assert (stored.content_type, stored.size) == (kind, len(data))
    entry = db.session.scalar(sa.select(TrailEntry).where(TrailEntry.record_type == "StoredFile"))
    assert entry.parent_type == "Submission" and entry.parent_id == sub.id
    with client.get(f"/submissions/{sub.id}/scan") as response:
        assert response.status_code == 200 and response.data == data
        assert response.headers["Content-Type"] == kind
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        disposition = response.headers["Content-Disposition"]
        assert disposition.startswith("attachment;") and "/" not in disposition.split("filename*=")[0]
        assert "filename*=UTF-8''" in disposition and ".." not in disposition


def test_an_executable_renamed_pdf_is_refused_and_leaves_nothing(client, world, login_as):
    sub = _unsent(world)
    login_as("secretariat")
    response = _send(client, sub, EXE, "letter.pdf")
    assert response.status_code == 422 and "PDF, PNG or JPEG" in response.get_data(as_text=True)
    assert 'value="PMO/2025/3"' in response.get_data(as_text=True)     # the input kept
    assert db.session.scalar(sa.select(sa.func.count(StoredFile.id))) == 0
    db.session.expire_all()
    assert db.session.get(Submission, sub.id).sent_on is None


def test_a_refused_save_leaves_no_file(client, world, login_as):
    sub = _unsent(world)
    login_as("secretariat")
    response = _send(client, sub, PDF, "letter.pdf", reference="")     # a valid scan, an invalid form
    assert response.status_code == 422
    with pytest.raises(ValidationFailed):
        escalation.mark_sent(SYSTEM, sub, sent_on=None, reference="X", version=sub.version, scan=(PDF, "a.pdf"))
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(StoredFile.id))) == 0


def test_a_rolled_back_save_leaves_no_file(world):
    sub = _unsent(world)
    escalation.mark_sent(SYSTEM, sub, sent_on=date(2025, 4, 1), reference="X/2", version=sub.version,
                         scan=(PDF, "a.pdf"))
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(StoredFile.id))) == 0


def test_an_uploaded_report_original_is_kept_in_the_database(client, world, login_as, app):
    login_as("secretariat")
    data = (REPORTS / "workshop-hlp-2024-10.docx").read_bytes()
    response = client.post("/imports/new", content_type="multipart/form-data",
                           data={"forum": world.jcf.id, "text": "", "file": (io.BytesIO(data), "hlp.docx")})
    assert response.status_code == 302
    draft = db.session.scalars(sa.select(ReportDraft).order_by(ReportDraft.id.desc())).first()
    assert draft.source_file is not None and draft.source_path is None
    assert not list(Path(app.config["UPLOAD_FOLDER"]).glob("report-*"))
    with client.get(f"/imports/{draft.id}/source") as source:
        assert source.data == data and source.headers["X-Content-Type-Options"] == "nosniff"


def test_files_under_instance_uploads_are_moved_by_a_command(runner, world, app):
    folder = Path(app.config["UPLOAD_FOLDER"])
    (folder / "old-scan.pdf").write_bytes(PDF)
    (folder / "report-old.txt").write_bytes(b"JCF minutes")
    world.submission.scan_path, world.submission.scan_name = "old-scan.pdf", "letter.pdf"
    world.draft.source_path = "report-old.txt"
    db.session.commit()
    version = world.submission.version
    result = runner.invoke(args=["files", "import-uploads", "--delete"])
    assert result.exit_code == 0, result.output
    assert "Moved 2 files into the database" in result.output
    db.session.expire_all()
    sub, draft = db.session.get(Submission, world.submission.id), db.session.get(ReportDraft, world.draft.id)
    assert sub.scan_path is None and sub.scan_file.content_type == "application/pdf" and sub.version == version
    assert draft.source_file.size == len(b"JCF minutes")
    assert not (folder / "old-scan.pdf").exists()
    assert runner.invoke(args=["files", "import-uploads"]).output.startswith("Moved 0")
