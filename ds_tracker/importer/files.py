"""Step 0: a file to the text the parser reads, through the document model (document.py).

One reader per format makes blocks (docx.py, pdf.py, html.py); plain text and Markdown are read as written, with
tables written without a table recovered (plain.py). Every reader is bounded in memory and time; past a limit
the user gets a clear message, or a draft of what was read with a warning saying so.
"""
from __future__ import annotations

from .document import to_text
from .page_source import page_source

MAX_BYTES_DEFAULT = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000       # about 700 pages; longer pastes are cut at a line with a warning


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
        from .docx import read_docx
        blocks, warnings = read_docx(data, UnreadableFile)
        return _recovered(to_text(blocks)), warnings
    if name.endswith(".pdf"):
        from .pdf import read_pdf
        blocks, warnings = read_pdf(data, UnreadableFile)
        return _recovered(to_text(blocks)), warnings
    if name.endswith((".html", ".htm")):
        return read_html_text(data)
    if name.endswith((".md", ".markdown")):    # Markdown may carry HTML entities ("Hassan&#x20;")
        import html
        return read_text(html.unescape(_html_tables(_plain(data))))
    if name.endswith((".txt", ".text")) or not name:
        text = _plain(data)
        return read_html_text(text) if page_source(text) else read_text(text)   # a page saved as text
    raise UnreadableFile("Upload a .docx, .pdf, .html, .txt or .md file, or paste the text.")


def read_text(text: str) -> tuple[str, list[str]]:
    """Pasted or uploaded text: bounded, and tables written without a table made into rows."""
    from .plain import tabulate
    warnings = []
    if len(text) > MAX_TEXT_CHARS:
        cut = text.rfind("\n", 0, MAX_TEXT_CHARS)
        text = text[:cut if cut > 0 else MAX_TEXT_CHARS]
        warnings.append(f"The text is longer than {MAX_TEXT_CHARS:,} characters (about 700 pages); the draft holds "
                        "its beginning. Import the rest separately.")
    return tabulate(text), warnings


def _html_tables(text: str) -> str:
    """Markdown allows raw HTML, and wikis (GitBook, Confluence exports) write their tables as <table> markup:
    each is read by the HTML reader into tab rows, as a table in a web page would be."""
    import re
    if "<table" not in text.lower():
        return text
    from .html import read_html

    def rows(m):
        try:
            blocks, _ = read_html(m[0], UnreadableFile)
        except UnreadableFile:
            return m[0]
        return to_text(blocks) + "\n"
    return re.sub(r"<table\b.*?</table\s*>", rows, text, flags=re.S | re.I)


def _recovered(text: str) -> str:
    """A table typed without a table inside a Word or PDF file ("1. Name / Organisation / Position" paragraphs)
    is recovered as in plain text; the file's own tables are already tab rows and are left as they are."""
    from .plain import tabulate
    return tabulate(text)


def read_html_text(data: bytes | str) -> tuple[str, list[str]]:
    from .html import read_html
    if len(data) > MAX_BYTES_DEFAULT:
        raise UnreadableFile(f"The page is larger than {MAX_BYTES_DEFAULT // (1024 * 1024)} MB; paste the text.")
    blocks, warnings = read_html(data, UnreadableFile)
    text = to_text(blocks)
    if len(text) > MAX_TEXT_CHARS:
        text, more = read_text(text)
        warnings += more
    if not text.strip():
        raise UnreadableFile("This web page holds no report text.")
    return text, warnings


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
