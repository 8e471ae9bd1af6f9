"""The review as a Word document (python-docx): A4, headings, bullets, real hyperlinks; right-to-left
paragraphs and runs when the review is in Arabic, so Word lays it out as an Arabic reader expects."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .draft import blocks, pieces

MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def write(title: str, subtitle: str, sections: list[dict], language: str) -> bytes:
    doc = Document()
    rtl = language == "ar"
    page = doc.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(20)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(11)
    style.element.rPr.rFonts.set(qn("w:cs"), "Arial")   # the font Arabic text is set in
    if rtl:
        _bidi(page._sectPr, "w:bidi")
    _paragraph(doc.add_heading(title, level=0), rtl)
    _paragraph(doc.add_paragraph(subtitle), rtl)
    for section in sections:
        if section.get("heading"):
            _paragraph(doc.add_heading(section["heading"], level=1), rtl)
        for kind, line in blocks(section.get("text", "")):
            p = doc.add_paragraph(style="List Bullet" if kind == "item" else None)
            for text, url in pieces(line):
                _hyperlink(p, text, url, rtl) if url else _run(p.add_run(text), rtl)
            _paragraph(p, rtl)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _bidi(element, tag: str) -> None:
    mark = OxmlElement(tag)
    element.append(mark)


def _paragraph(p, rtl: bool) -> None:
    if rtl:
        _bidi(p._p.get_or_add_pPr(), "w:bidi")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in p.runs:
            _run(run, rtl)


def _run(run, rtl: bool) -> None:
    if rtl and run._r.get_or_add_rPr().find(qn("w:rtl")) is None:
        _bidi(run._r.rPr, "w:rtl")


def _hyperlink(p, text: str, url: str, rtl: bool) -> None:
    rel = p.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "1F4E79")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(color)
    props.append(underline)
    if rtl:
        props.append(OxmlElement("w:rtl"))
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    p._p.append(link)

