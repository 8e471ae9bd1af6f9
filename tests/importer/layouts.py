"""The layout generator: one true meeting, rendered as .docx, .pdf, .html, .md and .txt in several styles, in
English and Arabic. `renderings()` yields (label, filename, bytes, truth); `score(draft, truth)` compares."""
from __future__ import annotations

import io
from dataclasses import dataclass

from ds_tracker.importer.reference import Reference
from ds_tracker.textnorm import normalise


@dataclass
class Meeting:
    lang: str
    title: str
    date_line: str
    venue_line: str
    date: str
    city: str
    heads: dict           # section -> heading words
    people: list          # (group, name, position, organisation as written)
    columns: tuple        # participant table header: name, position, organisation
    action_columns: tuple
    recommendations: list
    actions: list         # (owner, task, due as written, iso due)
    escalation: str
    body: str             # the escalation's body, as the reference names it
    due_word: str


EN = Meeting(
    "en", "Returns Working Group Monthly Meeting", "Date: 12 November 2024", "Venue: UNHCR office (Erbil)",
    "2024-11-12", "Erbil",
    {"participants": "Participants", "recommendations": "Recommendations", "actions": "Action points",
     "next": "Next steps", "intro": "Introduction"},
    [("Government", "Ahmed Saleh Hasan", "Director General", "MoMD"),
     ("Government", "Layla Karim Aziz", "Legal Advisor", "Ministry of Planning"),
     ("UN/NGOs", "Sarah Jones", "Protection Officer", "UNHCR"),
     ("UN/NGOs", "Omar Khalid Rasheed", "Programme Manager", "IOM"),
     ("UN/NGOs", "Maria Lopez", "Field Coordinator", "NRC"),
     ("UN/NGOs", "Hussein Ali Jaber", "Project Officer", "Bright Future Foundation")],
    ("Name", "Position", "Organisation"), ("Action", "Responsible", "Deadline"),
    ["Resume the return approvals for families from Jeddah 5 camp.",
     "Allocate a sustainable budget for the rehabilitation of schools in Sinjar.",
     "Accept community attestations where civil documents are lost."],
    [("IOM", "circulate the updated returns tracker", "30 November 2024", "2024-11-30"),
     ("UNHCR", "share the protection monitoring report", "15 December 2024", "2024-12-15"),
     ("MoMD", "confirm the dates of the return convoys", "10 December 2024", "2024-12-10")],
    "The recommendations will be submitted to the Council of Ministers for endorsement.", "Council of Ministers",
    "by")

_FIRST = ["Karim", "Noor", "Yusuf", "Huda", "Samir", "Rana", "Tariq", "Dalia", "Bilal", "Zainab"]
_LAST = ["Abbas Khalil", "Jasim", "Mahmoud Saleh", "Fadhil", "Rashid Omar", "Hamdan", "Salman Ali", "Kareem"]
_JOBS = ["Protection Officer", "Field Coordinator", "Head of Branch",
         "Senior Durable Solutions and Social Cohesion Coordinator for the Northern Governorates", "Legal Advisor"]
_ORGS = ["UNHCR", "IOM", "NRC", "Ministry of Planning", "MoMD"]
# enough people that the attendance table crosses a page break in the PDF, one position long enough to wrap
EN.people += [("UN/NGOs" if i % 5 < 3 else "Government", f"{_FIRST[i % 10]} {_LAST[i % 8]}{'' if i < 10 else ' ' + 'ABCDEFGH'[i // 10 % 8] + 'ani'}",
               _JOBS[i % 5], _ORGS[i % 5]) for i in range(40)]
EN.people.sort(key=lambda p: p[0] != "Government")

AR = Meeting(
    "ar", "الاجتماع الشهري لمجموعة عمل العودة", "التاريخ: ١٢ تشرين الثاني ٢٠٢٤", "المكان: مكتب المفوضية (أربيل)",
    "2024-11-12", "Erbil",
    {"participants": "الحضور", "recommendations": "التوصيات", "actions": "النقاط الإجرائية", "next": "الخطوات القادمة",
     "intro": "المقدمة"},
    [("الجهات الحكومية", "أحمد صالح حسن", "مدير عام", "وزارة الهجرة والمهجرين"),
     ("الجهات الحكومية", "ليلى كريم عزيز", "مستشارة قانونية", "وزارة التخطيط"),
     ("المنظمات", "سارة جونز", "موظفة حماية", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
     ("المنظمات", "عمر خالد رشيد", "مدير برامج", "المنظمة الدولية للهجرة"),
     ("المنظمات", "حسين علي جابر", "موظف مشاريع", "مؤسسة المستقبل المشرق")],
    ("الاسم", "المنصب", "الجهة"), ("الإجراء", "الجهة المسؤولة", "الموعد النهائي"),
    ["استئناف موافقات العودة للعائلات من مخيم الجدعة الخامس.",
     "تخصيص موازنة مستدامة لإعادة تأهيل المدارس في سنجار.",
     "قبول الإفادات المجتمعية عند فقدان الوثائق المدنية."],
    [("المنظمة الدولية للهجرة", "تعميم متتبع العودة المحدث", "٣٠ تشرين الثاني ٢٠٢٤", "2024-11-30"),
     ("وزارة الهجرة والمهجرين", "تأكيد مواعيد قوافل العودة", "١٠ كانون الأول ٢٠٢٤", "2024-12-10")],
    "سيتم رفع التوصيات إلى مجلس الوزراء للمصادقة عليها.", "Council of Ministers", "قبل")

INTRO = {"en": "The meeting reviewed the situation of returns and the planning for the winter.",
         "ar": "ناقش الاجتماع وضع العودة والتخطيط لفصل الشتاء."}


# --- text renderings ---------------------------------------------------------------------------

def _head(m, key, n, numbered, md=False):
    word = m.heads[key]
    if md:
        return f"## {word}"
    return f"{n}. {word}" if numbered else word


def _people_rows(m, style):
    """The attendance table as lines of text in one of the plain styles."""
    cols = m.columns
    out = []
    if style == "cells":
        out += ["No.", *cols]
        n = 0
        group = None
        for g, name, pos, org in m.people:
            if g != group:
                out.append(g)
                group = g
            n += 1
            out += [str(n), name, pos, org]
        return out
    sep = {"tabs": "\t", "pipes": " | ", "slashes": " / ", "spaces": "    ", "md": " | "}[style]
    header = sep.join(cols)
    out.append(f"| {header} |" if style == "md" else header)
    if style == "md":
        out.append("|" + "---|" * len(cols))
    group = None
    for g, name, pos, org in m.people:
        if g != group:
            out.append(f"| **{g}** | | |" if style == "md" else g)
            group = g
        row = sep.join((name, pos, org))
        out.append(f"| {row} |" if style == "md" else row)
    return out


def _action_sentence(m, owner, task, due_text, style):
    if m.lang == "ar":
        return f"- {owner} {task} {m.due_word} {due_text}"
    if style == "md":
        return f"- [ ] {owner} to {task} — due {due_text}"
    return f"- {owner} to {task} by {due_text}"


def render_text(m: Meeting, style: str, numbered: bool) -> str:
    md = style == "md"
    lines = [("# " if md else "") + m.title, m.date_line, m.venue_line, "",
             _head(m, "intro", 1, numbered, md), INTRO[m.lang], "",
             _head(m, "participants", 2, numbered, md), *_people_rows(m, style), "",
             _head(m, "recommendations", 3, numbered, md)]
    lines += [f"{i}. {r}" for i, r in enumerate(m.recommendations, 1)]
    lines += ["", _head(m, "actions", 4, numbered, md)]
    if style in ("pipes", "tabs") and m.lang == "en":
        sep = " | " if style == "pipes" else "\t"
        lines.append(sep.join(m.action_columns))
        lines += [sep.join((task[:1].upper() + task[1:], owner, due)) for owner, task, due, _ in m.actions]
    else:
        lines += [_action_sentence(m, owner, task, due, style) for owner, task, due, _ in m.actions]
    lines += ["", _head(m, "next", 5, numbered, md), m.escalation]
    return "\n".join(lines) + "\n"


# --- documents -----------------------------------------------------------------------------------

LEADS = {"en": ("The participants recommended the following:", "The following action points were agreed:"),
         "ar": ("وأوصى المشاركون بما يلي:", "تم الاتفاق على النقاط الإجرائية التالية:")}


def render_cues(m: Meeting) -> str:
    """Minutes without table or section headings for outcomes: a numbered attendance list, and outcomes under
    cue sentences ending with a colon."""
    lines = [m.title, m.date_line, m.venue_line, "", f"{m.heads['participants']}:"]
    group, n = None, 0
    for g, name, pos, org in m.people:
        if g != group:
            lines.append(f"{g}:")
            group = g
        n += 1
        lines.append(f"{n}. {name} – {pos}{'، ' if m.lang == 'ar' else ', '}{org}")
    lines += ["", INTRO[m.lang], LEADS[m.lang][0]]
    lines += [f"• {r}" for r in m.recommendations]
    lines += ["", LEADS[m.lang][1]]
    lines += [_action_sentence(m, o, t, d, "cues").replace("- ", "• ", 1) for o, t, d, _ in m.actions]
    lines += ["", m.escalation]
    return "\n".join(lines) + "\n"


def render_docx_plain(m: Meeting) -> bytes:
    """Word without heading styles: bold leads, a numbered attendance list (Word's own numbering), bullets."""
    from docx import Document
    doc = Document()

    def bold(text):
        doc.add_paragraph().add_run(text).bold = True

    bold(m.title)
    doc.add_paragraph(m.date_line)
    doc.add_paragraph(m.venue_line)
    bold(m.heads["participants"])
    group = None
    for g, name, pos, org in m.people:
        if g != group:
            bold(g)
            group = g
        doc.add_paragraph(f"{name} – {pos}{'، ' if m.lang == 'ar' else ', '}{org}", style="List Number")
    bold(m.heads["recommendations"])
    for r in m.recommendations:
        doc.add_paragraph(r, style="List Bullet")
    bold(m.heads["actions"])
    for o, t, d, _ in m.actions:
        doc.add_paragraph(_action_sentence(m, o, t, d, "docx")[2:], style="List Bullet")
    bold(m.heads["next"])
    doc.add_paragraph(m.escalation)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_html(m: Meeting) -> str:
    rows = []
    group = None
    for g, name, pos, org in m.people:
        if g != group:
            rows.append(f'<tr><td colspan="3"><b>{g}</b></td></tr>')
            group = g
        rows.append(f"<tr><td>{name}</td><td>{pos}</td><td>{org}</td></tr>")
    actions = "".join(f"<tr><td>{t}</td><td>{o}</td><td>{d}</td></tr>" for o, t, d, _ in m.actions)
    direction = ' dir="rtl"' if m.lang == "ar" else ""
    return f"""<!doctype html><html{direction}><head><title>News | Site</title></head><body>
<header class="site-header"><a href="/">Humanitarian portal</a><nav><a href="/a">Home</a> <a href="/b">About</a></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><h1>{m.title}</h1><p>{m.date_line}</p><p>{m.venue_line}</p>
<div class="share-buttons">Share this page</div>
<h2>{m.heads['intro']}</h2><p>{INTRO[m.lang]}</p>
<h2>{m.heads['participants']}</h2>
<table><thead><tr>{''.join(f'<th>{c}</th>' for c in m.columns)}</tr></thead><tbody>{''.join(rows)}</tbody></table>
<h2>{m.heads['recommendations']}</h2><ol>{''.join(f'<li>{r}</li>' for r in m.recommendations)}</ol>
<h2>{m.heads['actions']}</h2>
<table><tr>{''.join(f'<th>{c}</th>' for c in m.action_columns)}</tr>{actions}</table>
<h2>{m.heads['next']}</h2><p>{m.escalation}</p></main>
<footer class="site-footer">© Portal 2024 · Privacy · Contact us</footer></body></html>"""


def render_docx(m: Meeting) -> bytes:
    from docx import Document
    doc = Document()
    doc.add_heading(m.title, level=1)
    doc.add_paragraph(m.date_line)
    doc.add_paragraph(m.venue_line)
    doc.add_heading(m.heads["intro"], level=2)
    doc.add_paragraph(INTRO[m.lang])
    doc.add_heading(m.heads["participants"], level=2)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, m.columns):
        cell.text = text
    group = None
    for g, name, pos, org in m.people:
        if g != group:
            cells = table.add_row().cells
            cells[0].merge(cells[2]).text = g
            group = g
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, pos, org
    doc.add_heading(m.heads["recommendations"], level=2)
    for r in m.recommendations:
        doc.add_paragraph(r, style="List Number")
    doc.add_heading(m.heads["actions"], level=2)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, m.action_columns):
        cell.text = text
    for owner, task, due, _ in m.actions:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = task, owner, due
    doc.add_heading(m.heads["next"], level=2)
    doc.add_paragraph(m.escalation)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_pdf(m: Meeting, ruled: bool) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    styles = getSampleStyleSheet()
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else
                      [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 14)])
    story = [Paragraph(m.title, styles["Title"]), Paragraph(m.date_line, styles["Normal"]),
             Paragraph(m.venue_line, styles["Normal"]), Paragraph(m.heads["intro"], styles["Heading2"]),
             Paragraph(INTRO[m.lang], styles["Normal"]), Paragraph(m.heads["participants"], styles["Heading2"])]
    rows, group = [list(m.columns)], None
    for g, name, pos, org in m.people:
        if g != group:
            rows.append([g, "", ""])
            group = g
        rows.append([name, Paragraph(pos, styles["Normal"]), org])   # a Paragraph wraps a long position
    story += [Table(rows, style=grid, hAlign="LEFT", repeatRows=1, colWidths=[150, 200, 130]),
              Paragraph(m.heads["recommendations"], styles["Heading2"])]
    story += [Paragraph(f"{i}. {r}", styles["Normal"]) for i, r in enumerate(m.recommendations, 1)]
    story += [Paragraph(m.heads["actions"], styles["Heading2"])]
    actions = [list(m.action_columns)] + [[t[:1].upper() + t[1:], o, d] for o, t, d, _ in m.actions]
    story += [Table(actions, style=grid, hAlign="LEFT"), Spacer(1, 8), Paragraph(m.heads["next"], styles["Heading2"]),
              Paragraph(m.escalation, styles["Normal"])]
    def running(canvas, doc):     # a page header and footer, as Word prints them: dropped by the reader
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Returns Working Group - Minutes - CONFIDENTIAL DRAFT")
        canvas.drawString(72, 30, f"Page {doc.page} of 3")

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story, onFirstPage=running, onLaterPages=running)
    return out.getvalue()


ARABIC_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"    # Debian's fonts-dejavu: Arabic glyphs


def render_pdf_arabic(m: Meeting, shaped: bool = False) -> bytes:
    """As an Arabic PDF is: letters in visual order (python-bidi), the first column on the right; `shaped`, its
    letters as presentation forms ("ﺲﻠﺠﻣ"), as a PDF whose text has no map back to letters gives them out."""
    from bidi import get_display
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    pdfmetrics.registerFont(TTFont("DejaVu", ARABIC_FONT))
    body = ParagraphStyle("ar", fontName="DejaVu", fontSize=10, leading=14, alignment=TA_RIGHT)
    head = ParagraphStyle("arh", parent=body, fontSize=14, leading=20, spaceBefore=8)

    def v(text):
        if shaped:
            import arabic_reshaper
            return get_display(arabic_reshaper.reshape(text))
        return get_display(text)

    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
                       ("ALIGN", (0, 0), (-1, -1), "RIGHT")])
    story = [Paragraph(v(m.title), head), Paragraph(v(m.date_line), body), Paragraph(v(m.venue_line), body),
             Paragraph(v(m.heads["intro"]), head), Paragraph(v(INTRO[m.lang]), body),
             Paragraph(v(m.heads["participants"]), head)]
    rows, group = [[v(c) for c in reversed(m.columns)]], None
    for g, name, pos, org in m.people:
        if g != group:
            rows.append(["", "", v(g)])
            group = g
        rows.append([v(org), v(pos), v(name)])
    story += [Table(rows, style=grid, hAlign="RIGHT"), Paragraph(v(m.heads["recommendations"]), head)]
    story += [Paragraph(v(f"{i}. {r}"), body) for i, r in enumerate(m.recommendations, 1)]
    story += [Paragraph(v(m.heads["actions"]), head)]
    actions = [[v(c) for c in reversed(m.action_columns)]] + [[v(d), v(o), v(t)] for o, t, d, _ in m.actions]
    story += [Table(actions, style=grid, hAlign="RIGHT"), Paragraph(v(m.heads["next"]), head),
              Paragraph(v(m.escalation), body)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def renderings():
    for m in (EN, AR):
        tag = m.lang
        for style in ("tabs", "pipes", "slashes", "spaces", "cells"):
            for numbered in (False, True):
                yield f"{tag}-txt-{style}-{'numbered' if numbered else 'bare'}", "report.txt", \
                    render_text(m, style, numbered).encode(), m
        yield f"{tag}-md", "report.md", render_text(m, "md", False).encode(), m
        yield f"{tag}-html", "report.html", render_html(m).encode(), m
        yield f"{tag}-docx", "report.docx", render_docx(m), m
        yield f"{tag}-docx-plain", "report.docx", render_docx_plain(m), m
        yield f"{tag}-txt-cues", "report.txt", render_cues(m).encode(), m
        if m.lang == "en":
            yield f"{tag}-pdf-ruled", "report.pdf", render_pdf(m, True), m
            yield f"{tag}-pdf-columns", "report.pdf", render_pdf(m, False), m
        else:
            yield f"{tag}-pdf", "report.pdf", render_pdf_arabic(m), m
            yield f"{tag}-pdf-shaped", "report.pdf", render_pdf_arabic(m, shaped=True), m


# --- scoring -------------------------------------------------------------------------------------

def _k(text):
    return normalise(text or "").strip(" .;:")


def score(draft: dict, m: Meeting, ref: Reference) -> dict:
    """{field: (found right, in the truth, found in all)} for each field the issue measures."""
    def org(text):
        return ref.organisation(text) or _k(text)
    people = {_k(p["name"]): p for p in draft["participants"]}
    right_people = sum(1 for g, name, _pos, o in m.people
                       if _k(name) in people and org(people[_k(name)].get("organisation") or
                                                     people[_k(name)].get("organisation_text")) == org(o)
                       and _k(people[_k(name)].get("group")) == _k(g))
    recs = [_k(r["text"]) for r in draft["recommendations"]]
    right_recs = sum(1 for r in m.recommendations if _k(r) in recs)
    right_actions = sum(1 for owner, task, _d, due in m.actions if any(
        _k(task) in _k(a["text"]) and a.get("due") == due and org(a.get("owner")) == org(owner)
        for a in draft["actions"]))
    bodies = {e["body"] for e in draft["escalations"]}
    return {"participants": (right_people, len(m.people), len(draft["participants"])),
            "recommendations": (right_recs, len(m.recommendations), len(draft["recommendations"])),
            "actions": (right_actions, len(m.actions), len(draft["actions"])),
            "escalations": (int(m.body in bodies), 1, len(bodies)),
            "dates": (int([s["date"] for s in draft["sittings"]] == [m.date]), 1, min(1, len(draft["sittings"]))),
            "cities": (int(bool(draft["sittings"]) and all(ref.place(s["city"] or "") == ref.place(m.city)
                                                           for s in draft["sittings"])), 1, 1)}
