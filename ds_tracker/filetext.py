"""PURE: the text of a library file, for search, read with the report importer's readers (importer/docx.py,
importer/pdf.py -> the document model -> to_text). Bounded: a file that would unpack past MAX_UNPACKED is
refused before any reading, and search keeps at most MAX_TEXT characters of a long one."""
from __future__ import annotations

import io
import zipfile

MAX_TEXT = 300_000              # characters kept for search (~100 pages); the file itself is kept whole
MAX_UNPACKED = 100 * 1024 * 1024   # a .docx that says it unpacks past this is a zip bomb, not a report
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class RefusedFile(ValueError):
    """A file the library will not keep; `code` says why ("type", "damaged", "too_big"), for the service to say
    calmly in the reader's language."""

    def __init__(self, message: str, code: str = "too_big"):
        super().__init__(message)
        self.code = code


def kind_of(data: bytes, filename: str) -> str:
    """The content type by the content's signature (the name only tells a .docx from other zip files)."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04") and filename.lower().endswith(".docx"):
        return DOCX
    raise RefusedFile("Only PDF and Word (.docx) files are kept in the library; give a link for anything else.", "type")


def check_unpacked_size(data: bytes) -> None:
    """Refuse a .docx whose parts add up, as its own index says, to more than MAX_UNPACKED."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except zipfile.BadZipFile:
        raise RefusedFile("This Word file is damaged and cannot be opened.", "damaged") from None
    if total > MAX_UNPACKED:
        raise RefusedFile(f"This Word file unpacks to more than {MAX_UNPACKED // (1024 * 1024)} MB, "
                          "far more than any report; it was not kept.")


def extract(data: bytes, content_type: str) -> tuple[str, str | None]:
    """(text for search, a note on what was read, or None when all of it was). Raises RefusedFile."""
    from .importer.files import UnreadableFile, read_bytes
    if content_type == DOCX:
        check_unpacked_size(data)
    name = "document.pdf" if content_type == "application/pdf" else "document.docx"
    try:
        text, warnings = read_bytes(data, name)
    except UnreadableFile as e:
        if "larger than" in str(e) or "unpack" in str(e):
            raise RefusedFile(str(e)) from None
        return "", f"The file's text could not be read ({e}); search finds it by its details only."
    note = "; ".join(warnings)[:250] or None
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
        note = f"Search holds the first {MAX_TEXT:,} characters of the text."
    return text, note
