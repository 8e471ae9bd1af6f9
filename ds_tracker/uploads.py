"""Scans of letters, kept under instance/uploads with names we choose, served only through a checked route."""
import os
import uuid

from flask import current_app, send_from_directory
from werkzeug.utils import secure_filename

from .message import Message
from .services import ValidationFailed

ALLOWED = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
MAX_BYTES = 20 * 1024 * 1024


def _folder() -> str:
    folder = current_app.config.get("UPLOAD_FOLDER") or os.path.join(current_app.instance_path, "uploads")
    os.makedirs(folder, exist_ok=True)
    return folder


def save_scan(storage) -> tuple[str, str]:
    """Store an uploaded scan; returns (stored name, original name)."""
    original = secure_filename(storage.filename or "") or "scan"
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED:
        raise ValidationFailed({"scan": Message("Attach a PDF or an image (PNG, JPG, TIFF).")})
    data = storage.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationFailed({"scan": Message("The file is larger than 20 MB.")})
    stored = f"{uuid.uuid4().hex}{ext}"
    with open(os.path.join(_folder(), stored), "wb") as f:
        f.write(data)
    return stored, original


def send_scan(stored: str, original: str | None):
    return send_from_directory(_folder(), stored, as_attachment=True, download_name=original or stored)
