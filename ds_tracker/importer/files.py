"""Step 0: a file to text. Word tables arrive as tab-separated rows, so the parser reads them as tables."""
from __future__ import annotations

import io
import zipfile

MAX_BYTES_DEFAULT = 20 * 1024 * 1024


class UnreadableFile(ValueError):
    """The file cannot be read as a report; the message says why, for the user."""


def read_file(path: str, max_bytes: int = MAX_BYTES_DEFAULT) -> tuple[str, list[str]]:
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    return read_bytes(data, path, max_bytes)


def read_bytes(data: bytes, filename: str, max_bytes: int = MAX_BYTES_DEFAULT) -> tuple[str, list[str]]:
    """(text, warnings). Raises UnreadableFile with a message a user understands."""
    if len(data) > max_bytes:
        raise UnreadableFile(f"The file is larger than {max_bytes // (1024 * 1024)} MB; split it or paste the text.")
    if not data.strip():
        raise UnreadableFile("The file is empty.")
    name = (filename or "").lower()
    if name.endswith(".docx"):
        return _docx(data), []
    if name.endswith(".pdf"):
        return _pdf(data)
    if name.endswith((".txt", ".md", ".markdown", ".text")) or not name:
        return _plain(data), []
    raise UnreadableFile("Upload a .docx, .pdf, .txt or .md file, or paste the text.")


def _plain(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile("This file is not text (it looks like a binary file).")
    for encoding in ("utf-8-sig", "utf-16", "cp1256", "latin-1"):
        try:
            text = data.decode(encoding)
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return text
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("The text's encoding could not be read; save it as UTF-8.")


def _docx(data: bytes) -> str:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile("This file is named .docx but is not a Word document.")
    try:
        from docx import Document
        document = Document(io.BytesIO(data))
    except Exception as e:   # python-docx raises many kinds for damaged files
        raise UnreadableFile(f"This Word document could not be opened ({type(e).__name__}).") from None
    return "\n".join(_docx_blocks(document))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_blocks(document):
    """Paragraphs and tables in document order; a table row becomes one tab-separated line.

    Read from the XML directly: python-docx's cell objects cost seconds on a 200-page report.
    """
    list_styles = {s.style_id for s in document.styles if "list" in (s.name or "").lower()}
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            text = _text(child)
            ppr = child.find(W + "pPr")
            style = ppr.find(W + "pStyle") if ppr is not None else None
            is_list = ppr is not None and (ppr.find(W + "numPr") is not None or
                                           (style is not None and style.get(W + "val") in list_styles))
            yield ("- " + text) if is_list and text.strip() else text
        elif child.tag == W + "tbl":
            yield ""
            for row in child.iter(W + "tr"):
                yield "\t".join(" ".join(_text(cell).split()) for cell in row.iterchildren(W + "tc"))
            yield ""


def _text(element) -> str:
    parts = []
    for node in element.iter(W + "t", W + "tab", W + "br", W + "p"):
        if node.tag == W + "t":
            parts.append(node.text or "")
        elif node.tag in (W + "tab", W + "br"):
            parts.append(" ")
        elif node.tag == W + "p" and parts:
            parts.append(" ")
    return "".join(parts)


def _pdf(data: bytes) -> tuple[str, list[str]]:
    if not data.startswith(b"%PDF"):
        raise UnreadableFile("This file is named .pdf but is not a PDF.")
    try:
        import pdfplumber
    except ImportError:
        raise UnreadableFile("PDF reading is not installed on this server; paste the text instead.") from None
    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except Exception as e:
        raise UnreadableFile(f"This PDF could not be read ({type(e).__name__}).") from None
    text = "\n".join(pages)
    if not text.strip():
        raise UnreadableFile("This PDF holds no text (a scan?): paste the text or upload the Word file.")
    return text, ["Read from a PDF: tables may have lost their columns; check the participants."]
