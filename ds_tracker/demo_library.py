"""Demo data for the quarterly review of Q1 2024: the JCFs' soft launches, the DSTWG's planning retreat, and the
quarter's documents (the ABC groups' POA revisions in English and Arabic, the publications, the Hasansham
assessment). Through the services, so each record has its trail and its search entry. Texts are synthetic.

Issue 13's demo data (the DS Roadmap, the camp-closure decision and its postponement, Tazade's figures) lives in
its own module; this one adds none of it.
"""
from __future__ import annotations

import io
from datetime import date

import sqlalchemy as sa

from .extensions import db
from .models import Document, Forum, Meeting, Place, Theme
from .services import SYSTEM, library, meetings

# (forum code, day, city, aid co-chair): the JCFs' soft-launch meetings of February 2024
SOFT_LAUNCHES = [("JCF-DIY", date(2024, 2, 6), "Baquba", "IOM"), ("JCF-ANB", date(2024, 2, 8), "Ramadi", "IOM"),
                 ("JCF-NIN", date(2024, 2, 13), "Mosul", "UNICEF"), ("JCF-KIR", date(2024, 2, 15), "Kirkuk", "IRC"),
                 ("JCF-BAS", date(2024, 2, 20), "Basra", "UNICEF")]
ABC_GROUPS = ["Sinjar", "Ba'aj", "Tal Afar", "Hawija", "Al-Qa'im", "Tuz Khurmatu"]
# (title, title_ar, publisher, day, language, theme, places, forum codes, text of its file or None, url)
PUBLICATIONS = [
    ("Heat, drought and displacement in Iraq", "الحرارة والجفاف والنزوح في العراق", "NRC", date(2024, 2, 27), "en",
     "Livelihoods and income", ["Basra"], [],
     "Synthetic demo text. Rising summer temperatures and water scarcity push families from farming villages "
     "towards cities; returnees in the south report salinity in irrigation canals.", None),
    ("Protection monitoring overview, Q4 2023", None, "IRC", date(2024, 1, 24), "en", "Civil documentation",
     ["Ninewa", "Kirkuk"], ["JCF-NIN", "JCF-KIR"], None, "https://example.org/irc-protection-monitoring-q4-2023"),
    ("DTM master list, round 131", None, "IOM DTM", date(2024, 2, 12), "en", "Data and registration", [], ["RWG"],
     None, "https://example.org/dtm-master-list-131"),
    ("Return Index, round 20", None, "IOM DTM", date(2024, 3, 14), "en", "Data and registration", [], ["RWG"],
     None, "https://example.org/return-index-20"),
    ("Study on the reintegration of returnees from camps", None, "IOM", date(2024, 3, 5), "en", "Local integration",
     [], [], None, "https://example.org/iom-reintegration-study"),
    ("Advocacy note: blocked return to Bzibiz", "مذكرة مناصرة: العودة المعطلة إلى بزيبز", "RWG", date(2024, 1, 30),
     "en", "Access to closed areas", ["Anbar"], ["RWG"],
     "Synthetic demo text. Families displaced at the Bzibiz crossing ask for security clearance and a "
     "transport plan; the note recommends a joint committee with the governorate.", None),
    ("Advocacy note: return to Riyadh sub-district", None, "RWG", date(2024, 2, 26), "en",
     "Access to closed areas", ["Kirkuk"], ["RWG"], None, "https://example.org/rwg-riyadh"),
    ("Advocacy note: return to Saadiyah", None, "RWG", date(2024, 3, 26), "en", "Access to closed areas",
     ["Diyala"], ["RWG"], None, "https://example.org/rwg-saadiyah"),
]
HASANSHAM = ("Hasansham camp inter-agency assessment (draft for finalisation)", "التقييم المشترك بين الوكالات لمخيم حسن شام",
             "Inter-agency (DSTWG)", date(2024, 3, 21),
             "Synthetic demo text. Intentions survey of the families remaining in Hasansham U3: most wish to "
             "return to Ninewa Plains villages once housing repairs and civil documentation are in place; "
             "voluntariness of departures must be monitored.")


def _word_file(title: str, text: str) -> bytes:
    """A small Word file, so the demo's search by a document's text has a file to read."""
    from docx import Document as WordDocument
    doc = WordDocument()
    doc.add_heading(title, level=1)
    doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _forum(code):
    return db.session.scalar(sa.select(Forum).where(Forum.code == code))


def _named(model, names):
    return db.session.scalars(sa.select(model).where(model.name.in_(list(names)))).all() if names else []


def _meetings() -> dict:
    """The quarter's meetings the review needs, where the demo has none of that forum in that month."""
    made = {}
    for code, day, city, co_chair in SOFT_LAUNCHES:
        forum = _forum(code)
        if forum is None:
            continue
        exists = db.session.scalar(sa.select(Meeting.id).where(
            Meeting.forum_id == forum.id, Meeting.starts_on >= day.replace(day=1), Meeting.starts_on <= day.replace(day=28)))
        if exists:
            made[code] = db.session.get(Meeting, exists)
            continue
        made[code] = meetings.create_meeting(
            SYSTEM, forum, title="Soft launch meeting", title_ar="اجتماع الإطلاق الأولي",
            summary=(f"Soft launch of the forum, co-chaired by the governorate and {co_chair} as aid co-chair: "
                     "terms of reference presented, monthly meetings agreed, first priorities listed."),
            sittings=[{"date": day, "city": city}])
    dstwg = _forum("DSTWG")
    if dstwg is not None:
        made["DSTWG"] = meetings.create_meeting(
            SYSTEM, dstwg, title="DSTWG 2024 planning retreat", title_ar="خلوة التخطيط لعام 2024",
            summary="The group agreed its 2024 workplan: POA revisions with the ABC groups, the Hasansham "
                    "assessment, and a note on voluntariness of camp departures.",
            sittings=[{"date": date(2024, 1, 17), "city": "Erbil"}, {"date": date(2024, 1, 18), "city": "Erbil"}])
    return made


def _add(title, title_ar, publisher, day, language, themes=(), places=(), forums=(), text=None, url=None,
         counterpart=None) -> Document:
    upload = (_word_file(title_ar if language == "ar" and title_ar else title, text),
              f"{title[:60]}.docx") if text else None
    return library.create_document(SYSTEM, upload=upload, counterpart=counterpart, title=title,
                                   title_ar=title_ar, publisher=publisher, published_on=day, language=language,
                                   summary=None, url=url, forums=[f for f in map(_forum, forums) if f],
                                   places=_named(Place, places), themes=_named(Theme, themes))


# (forum code, recommendation in English and Arabic, addressee acronym, theme, action, due day, done on (None: open))
FOLLOW_UP = [
    ("JCF-NIN", "Share the list of families in Jeddah 5 camp who wish to return to Sinjar with the MoMD branch.",
     "مشاركة قائمة الأسر في مخيم الجدعة 5 الراغبة في العودة إلى سنجار مع فرع وزارة الهجرة والمهجرين.",
     "MoMD", "Camp closure", "Send the list of families to the MoMD Ninewa branch", date(2024, 3, 10), date(2024, 3, 7)),
    ("JCF-NIN", "Resume mobile civil documentation missions to Sinjar and Ba'aj.",
     "استئناف بعثات الوثائق المدنية المتنقلة إلى سنجار والبعاج.", "MoI", "Civil documentation",
     "Agree the dates of the first mobile mission", date(2024, 3, 20), None),
    ("JCF-KIR", "Expedite compensation files of returnees to Hawija.", "تسريع ملفات تعويض العائدين إلى الحويجة.",
     "MoF", "Compensation", "Send the backlog of compensation files to the committee", date(2024, 3, 15),
     date(2024, 3, 28)),
    ("JCF-DIY", "Open a return route for the families of Saadiyah.", "فتح طريق عودة لأسر السعدية.", "MoMD",
     "Access to closed areas", "Convene the security committee on Saadiyah", date(2024, 3, 25), None),
    ("JCF-ANB", "Include Bzibiz families in the return grant lists.", "إدراج أسر بزيبز في قوائم منحة العودة.", "MoMD",
     "Return and integration grants", "Verify the Bzibiz families against the ministry's lists", date(2024, 3, 31),
     date(2024, 3, 19)),
]


def _follow_up(made: dict) -> None:
    """Recommendations agreed at the soft launches, their actions (some done in March, some overdue), and JCF
    Ninewa's letter to MoMD answered in March: the review's follow-up sections have the quarter's content."""
    from .models import ActionNote, Organisation
    from .services import actions, escalation, recommendations
    from .status import ActionStatus, EscalationLevel, RecommendationStatus
    recs = {}
    for code, text, text_ar, acronym, theme, action_text, due, done in FOLLOW_UP:
        meeting = made.get(code)
        org = db.session.scalar(sa.select(Organisation).where(Organisation.acronym == acronym))
        if meeting is None or org is None:
            continue
        rec = recommendations.create_recommendation(SYSTEM, meeting, text=text, text_ar=text_ar,
                                                    themes=_named(Theme, [theme]),
                                                    addressees=[org], status=RecommendationStatus.AGREED)
        recs.setdefault(code, []).append(rec)
        action = actions.create_action(SYSTEM, text=action_text, owner=org, recommendation=rec, due_on=due)
        if done:
            note = actions.change_status(SYSTEM, action, ActionStatus.DONE, version=action.version,
                                         note="Done (demo).")
            from datetime import datetime, timezone
            db.session.flush()
            db.session.execute(sa.update(ActionNote).where(ActionNote.id == note.id).values(
                created_dt=datetime(done.year, done.month, done.day, 9, tzinfo=timezone.utc)))
    ninewa = recs.get("JCF-NIN")
    momd = db.session.scalar(sa.select(Organisation).where(Organisation.acronym == "MoMD"))
    if ninewa and momd:
        sub = escalation.create_submission(SYSTEM, made["JCF-NIN"].forum, level=EscalationLevel.MINISTRY,
                                           title="Outcomes of the JCF Ninewa soft launch", recommendations=ninewa,
                                           addressee=momd, meeting=made["JCF-NIN"])
        escalation.approve_submission(SYSTEM, sub, version=sub.version)
        escalation.mark_sent(SYSTEM, sub, sent_on=date(2024, 3, 3), reference="JCF-NIN/2024/4", version=sub.version)
        escalation.record_decision(SYSTEM, submissions=[sub], level=EscalationLevel.MINISTRY, body=momd,
                                   decided_on=date(2024, 3, 24), number="MoMD/2024/311",
                                   text="The ministry agrees to register the families and to organise transport.",
                                   outcomes={r: ("endorsed", None) for r in ninewa})


def create_q1_2024_library() -> int:
    """Add the quarter's meetings and documents once (skipped when the Hasansham assessment is there)."""
    if db.session.scalar(sa.select(Document.id).where(Document.title == HASANSHAM[0])):
        return 0
    made = _meetings()
    _follow_up(made)
    added = 0
    for i, group in enumerate(ABC_GROUPS):
        day = date(2024, 3, 10 + i)
        english = _add(f"ABC {group}: plan of action, revision 2024", f"مجموعة التنسيق المناطقي {group}: خطة العمل، مراجعة 2024",
                       "DSTWG", day, "en", ["Local integration"], [], ["DSTWG"],
                       text=f"Synthetic demo text. Revised plan of action of the {group} area-based group: "
                            "priorities, lead agencies and timelines for 2024.")
        arabic = _add(f"ABC {group}: plan of action, revision 2024 (Arabic)",
                      f"مجموعة التنسيق المناطقي {group}: خطة العمل، مراجعة 2024", "DSTWG", day, "ar",
                      ["Local integration"], [], ["DSTWG"],
                      text=f"نص تجريبي. خطة العمل المنقحة لمجموعة {group}: الأولويات والجهات المسؤولة والجداول الزمنية لعام 2024.",
                      counterpart=english)
        if "DSTWG" in made:
            library.link_document(SYSTEM, english, "meeting", made["DSTWG"].id)
            library.link_document(SYSTEM, arabic, "meeting", made["DSTWG"].id)
        added += 2
    for title, title_ar, publisher, day, language, theme, places, forums, text, url in PUBLICATIONS:
        _add(title, title_ar, publisher, day, language, [theme], places, forums, text=text, url=url)
        added += 1
    title, title_ar, publisher, day, text = HASANSHAM
    doc = _add(title, title_ar, publisher, day, "en", ["Camp closure"], ["Ninewa"], ["DSTWG"], text=text)
    if "DSTWG" in made:
        library.link_document(SYSTEM, doc, "meeting", made["DSTWG"].id)
    return added + 1
