"""Issue 9 §3: report uploads cannot exhaust the server. Each bomb is made here, small on disk, and read in a
child process whose peak memory is measured: a clear answer, in bounded memory and time."""
import io
import json
import subprocess
import sys
import time
import zipfile
import zlib

import pytest

from ds_tracker.importer.files import MAX_TEXT_CHARS, UnreadableFile, read_bytes, read_text

PARA = b'<w:p><w:r><w:t>Participants of the meeting were many and this line repeats.</w:t></w:r></w:p>'
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def zip_bomb_docx(megabytes=400) -> bytes:
    """A .docx whose document.xml unpacks to `megabytes` MB (about 1 MB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document ' + W + b'><w:body>')
            f.write(b"<w:p><w:r><w:t>Minutes of the Returns Working Group</w:t></w:r></w:p>")
            chunk = PARA * (1024 * 1024 // len(PARA))
            for _ in range(megabytes):
                f.write(chunk)
            f.write(b"</w:body></w:document>")
    return out.getvalue()


def pdf_of(pages: int, content: bytes, flate=False) -> bytes:
    """A PDF of `pages` pages sharing one content stream, written by hand (small whatever the page count)."""
    stream = zlib.compress(content, 9) if flate else content
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
               b"<< /Length %d%s >>\nstream\n" % (len(stream), b" /Filter /FlateDecode" if flate else b"")
               + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def deflate_bomb(megabytes=1024) -> bytes:
    """Zeros compressed in pieces: a 1 GB stream in about 1 MB."""
    z, parts = zlib.compressobj(9), []
    block = b"\0" * (1024 * 1024)
    for _ in range(megabytes):
        parts.append(z.compress(block))
    parts.append(z.flush())
    return b"".join(parts)


CHILD = """
import json, resource, sys, time
from ds_tracker.importer.files import UnreadableFile, read_bytes
data = open(sys.argv[1], "rb").read()
start = time.monotonic()
try:
    text, warnings = read_bytes(data, sys.argv[1])
    out = {"text": text[:2000], "warnings": warnings, "lines": text.count("\\n")}
except UnreadableFile as e:
    out = {"error": str(e)}
out["seconds"] = time.monotonic() - start
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def read_in_child(tmp_path, name, data) -> dict:
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_a_zip_bomb_docx_is_read_up_to_a_limit_in_bounded_memory(tmp_path):
    bomb = zip_bomb_docx()
    assert len(bomb) < 3 * 1024 * 1024
    out = read_in_child(tmp_path, "bomb.docx", bomb)
    assert out["text"].startswith("Minutes of the Returns Working Group")    # the draft keeps what was read
    assert any("only its beginning was read" in w for w in out["warnings"])
    assert out["peak_mb"] < 400 and out["seconds"] < 60


def test_a_pdf_stream_bomb_is_refused_before_it_is_unpacked(tmp_path):
    data = b"%PDF-1.4\n1 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\n" + deflate_bomb() + \
        b"\nendstream\nendobj\n"
    assert len(data) < 3 * 1024 * 1024
    out = read_in_child(tmp_path, "bomb.pdf", data)
    assert "would unpack to more than" in out["error"]
    assert out["peak_mb"] < 400 and out["seconds"] < 30


def test_a_5000_page_pdf_gives_a_draft_of_its_first_pages(tmp_path):
    data = pdf_of(5000, b"BT /F1 12 Tf 40 700 Td (Action points of the meeting) Tj ET")
    assert len(data) < 1024 * 1024
    out = read_in_child(tmp_path, "long.pdf", data)
    assert "Action points of the meeting" in out["text"]
    assert any("5000 pages; the draft holds the first 400" in w for w in out["warnings"])
    assert out["peak_mb"] < 600 and out["seconds"] < 120


def test_a_flate_stream_of_normal_size_is_read():
    data = pdf_of(1, b"BT /F1 12 Tf 40 700 Td (Minutes of the JCF) Tj ET", flate=True)
    assert "Minutes of the JCF" in read_bytes(data, "r.pdf")[0]


def test_a_20_mb_paste_gives_a_draft_of_its_beginning_with_a_warning():
    line = "Ali Omar to share the list of families by 30 June 2025, with the municipality.\n"
    text = "Participants\n" + line * (20 * 1024 * 1024 // len(line))
    start = time.monotonic()
    kept, warnings = read_text(text)
    assert len(kept) <= MAX_TEXT_CHARS and kept.endswith("municipality.")
    assert warnings and "draft holds its beginning" in warnings[0]
    assert time.monotonic() - start < 10


def _multipart(fields: dict) -> tuple[bytes, str]:
    """The body the page's form sends (multipart), built here: the test client spools a large one to a temporary
    file it never closes."""
    boundary = "----dstrackerboundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()]
    return ("".join(parts) + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


def test_a_20_mb_paste_through_the_form_is_answered_calmly(client, world, login_as):
    """Past the form's 16 MB the app's own page says to go back (the browser keeps the text); nothing is saved."""
    from ds_tracker.extensions import db
    from ds_tracker.models import ReportDraft
    import sqlalchemy as sa
    login_as("secretariat")
    before = db.session.scalar(sa.select(sa.func.count(ReportDraft.id)))
    text = "Minutes of the monthly meeting\n" + ("Recommendations were discussed at length. " * 8 + "\n") * 63000
    assert len(text) > 20 * 1024 * 1024
    body, content_type = _multipart({"forum": world.jcf.id, "text": text})
    response = client.post("/imports/new", content_type=content_type, data=body)
    page = response.get_data(as_text=True)
    assert response.status_code == 413 and "Back button" in page and "<html" in page     # our page, not Werkzeug's
    assert db.session.scalar(sa.select(sa.func.count(ReportDraft.id))) == before


def test_a_long_paste_is_accepted_and_past_the_reading_limit_the_draft_holds_its_beginning(client, world, login_as):
    """A 200-page report (about 1 MB) is accepted whole; 5 MB of text gives a draft of its beginning, with a warning
    (Werkzeug's 500 KB default refused both with a bare 413)."""
    from ds_tracker.extensions import db
    from ds_tracker.models import ReportDraft
    import sqlalchemy as sa
    login_as("secretariat")
    line = "Recommendations were discussed at length by the forum and its members. " * 6 + "\n"
    for size, cut in ((1_000_000, False), (5_000_000, True)):
        text = "Minutes of the monthly meeting\n" + line * (size // len(line))
        body, content_type = _multipart({"forum": world.jcf.id, "text": text})
        response = client.post("/imports/new", content_type=content_type, data=body)
        assert response.status_code == 302, size
        draft = db.session.scalars(sa.select(ReportDraft).order_by(ReportDraft.id.desc())).first()
        assert any("draft holds its beginning" in w for w in draft.data["warnings"]) is cut
        assert draft.source_text.startswith("Minutes of the monthly meeting")


def test_a_file_that_is_not_what_its_name_says_gets_a_clear_message():
    with pytest.raises(UnreadableFile, match="not a Word document"):
        read_bytes(b"%PDF-1.4 not a zip", "report.docx")
    with pytest.raises(UnreadableFile, match="not a PDF"):
        read_bytes(b"PK\x03\x04 not a pdf", "report.pdf")
