"""Files kept in the database (models.StoredFile): checked by their content, written by the service that saves
the record they belong to (so a refused or rolled-back save leaves no file), streamed out with safe headers.

`flask files import-uploads` moves the files older versions kept under instance/uploads into the database.
"""
from __future__ import annotations

import hashlib
import os
import unicodedata
from urllib.parse import quote

import click
import sqlalchemy as sa
from flask import Response, current_app, stream_with_context
from flask.cli import with_appcontext
from flask_babel import lazy_gettext as _l
from werkzeug.utils import secure_filename

from .extensions import db
from .models import Operation, ReportDraft, StoredFile, Submission

MAX_BYTES = 20 * 1024 * 1024
CHUNK = 1024 * 1024
# What a scan of a letter may be, known by its first bytes (never by its name).
SCAN_SIGNATURES = [(b"%PDF-", "application/pdf", ".pdf"), (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
                   (b"\xff\xd8\xff", "image/jpeg", ".jpg")]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_upload(storage, field: str, limit: int = MAX_BYTES) -> tuple[bytes, str]:
    """The uploaded bytes (at most `limit`) and the name it came with."""
    from .services import ValidationFailed
    data = storage.read(limit + 1)
    if len(data) > limit:
        raise ValidationFailed({field: _l("The file is larger than %(mb)d MB.", mb=limit // (1024 * 1024))})
    return data, storage.filename or ""


def scan_type(data: bytes) -> str | None:
    """The content type of a scan (PDF, PNG, JPEG) from its signature; None for anything else."""
    return next((kind for magic, kind, _ext in SCAN_SIGNATURES if data.startswith(magic)), None)


def report_type(data: bytes, filename: str) -> str:
    """The type an uploaded report is served back as (always as an attachment, never rendered)."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04") and filename.lower().endswith(".docx"):
        return DOCX
    return "text/plain; charset=utf-8" if filename.lower().endswith((".txt", ".md")) else "application/octet-stream"


def safe_name(filename: str, fallback: str) -> str:
    """The uploaded name without paths or control characters (kept in Arabic; headers encode it)."""
    name = os.path.basename((filename or "").replace("\\", "/"))
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip().strip(".")
    return name[:200] or fallback


def store(actor, data: bytes, filename: str, content_type: str, parent) -> StoredFile:
    """Keep a file, in the caller's transaction, with a trail entry under the record it belongs to.
    Only services call this, after validating."""
    from .services.core import log
    record = StoredFile(filename=filename, content_type=content_type, size=len(data),
                        sha256=hashlib.sha256(data).hexdigest(), data=data,
                        created_by_id=getattr(actor, "id", None))
    db.session.add(record)
    db.session.flush()
    log(actor, record, Operation.CREATE, {"file": [None, filename], "size": [None, len(data)],
                                          "type": [None, content_type]}, parent=parent)
    return record


def send_file(stored: StoredFile) -> Response:
    """Stream the file out of the database in chunks, as an attachment the browser will not sniff."""
    file_id, size = stored.id, stored.size
    # PostgreSQL stores the column uncompressed (see the migration), so each slice reads only its pages;
    # SQLite reads the whole blob for any slice, so there one read is cheaper than many.
    step = CHUNK if db.session.get_bind().dialect.name == "postgresql" else max(size, 1)

    def chunks():
        for start in range(0, size, step):
            yield db.session.scalar(sa.select(sa.func.substr(StoredFile.data, start + 1, step))
                                    .where(StoredFile.id == file_id))
    ascii_name = secure_filename(unicodedata.normalize("NFKD", stored.filename)) or f"file-{file_id}"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(stored.filename, safe='')}"
    return Response(stream_with_context(chunks()), content_type=stored.content_type, headers={
        "Content-Disposition": disposition, "Content-Length": str(size), "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store"})


# --- moving the files older versions kept on disk -----------------------------------------------------

def _folder() -> str:
    return current_app.config.get("UPLOAD_FOLDER") or os.path.join(current_app.instance_path, "uploads")


def import_uploads(delete: bool = False) -> tuple[int, list[str]]:
    """Move every scan and report original still named by a path into stored_files; returns (moved, missing)."""
    from .services.core import SYSTEM, log
    moved, missing = 0, []
    records = [(s, "scan_path", "scan_name", "scan_file") for s in db.session.scalars(
        sa.select(Submission).where(Submission.scan_path.is_not(None)))]
    records += [(d, "source_path", "source_filename", "source_file") for d in db.session.scalars(
        sa.select(ReportDraft).where(ReportDraft.source_path.is_not(None)))]
    for record, path_attr, name_attr, file_attr in records:
        path = os.path.join(_folder(), os.path.basename(getattr(record, path_attr)))
        if not os.path.isfile(path):
            missing.append(getattr(record, path_attr))
            continue
        with open(path, "rb") as f:
            data = f.read()
        name = safe_name(getattr(record, name_attr) or "", os.path.basename(path))
        kind = scan_type(data) if file_attr == "scan_file" else report_type(data, name)
        stored = store(SYSTEM, data, name, kind or "application/octet-stream", record)
        # Columns set directly: moving storage is not an edit of the submission or draft (no version bump).
        db.session.execute(sa.update(type(record).__table__).where(type(record).__table__.c.id == record.id)
                           .values({f"{file_attr}_id": stored.id, path_attr: None}))
        log(SYSTEM, record, Operation.UPDATE, {"file": [getattr(record, path_attr), "stored in the database"]})
        db.session.commit()
        if delete:
            os.remove(path)
        moved += 1
    return moved, missing


@click.group("files")
def files_group():
    """Files kept in the database."""


@files_group.command("import-uploads")
@click.option("--delete", is_flag=True, help="Remove each file from the upload folder once it is stored.")
@with_appcontext
def import_uploads_command(delete):
    """Move scans and report originals from instance/uploads into the database (run once after upgrading)."""
    from .cli_text import say, say_n
    moved, missing = import_uploads(delete)
    click.echo(say_n("Moved %(num)s file into the database.", "Moved %(num)s files into the database.", moved))
    for path in missing:
        click.echo(say("Missing from the upload folder: %(path)s", path=path), err=True)
    if missing:
        raise SystemExit(1)
