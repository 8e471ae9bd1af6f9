"""The demo's other half of the work, Q1 2024 as the DS newsletter tells it: the DS Roadmap (the Task Force's),
its commitments and measures linked to recommendations of three forums; the three government decisions and the
postponement; the area Plans of Action revised by the ABCs and handed to the JCFs; Tazade camp's figures.
Made through the services, so the trail, the search entries and the rules are those of real records."""
from __future__ import annotations

from datetime import date, datetime, time, timezone

import sqlalchemy as sa

from .extensions import db
from .models import ActionNote, Forum, Organisation, OrganisationType, Plan, PlanKind, Recommendation, Theme
from .models.recommendations import recommendation_themes
from .services import SYSTEM, actions, plans, reference, register
from .status import ActionStatus, EscalationLevel

ROADMAP = "Roadmap to Accelerating the Implementation of the National Plan to Resolve Displacement in Iraq"
ROADMAP_AR = "خارطة الطريق لتسريع تنفيذ الخطة الوطنية لإنهاء ملف النزوح في العراق"

# (area, owning forum code, revision day): the POAs the ABCs revised, handed to the JCFs that replaced them
POAS = [("West Anbar", "JCF-ANB", date(2024, 2, 20)), ("East Anbar", "JCF-ANB", date(2024, 2, 20)),
        ("Kirkuk", "JCF-KIR", date(2024, 2, 27)), ("Salah al-Din", "JCF-SAD", date(2024, 3, 5)),
        ("Sinjar", "ABC-SIN", date(2024, 3, 12)), ("Mosul", "JCF-NIN", date(2024, 3, 19))]


def _org(acronym):
    return db.session.scalar(sa.select(Organisation).where(Organisation.acronym == acronym))


def _forum(code):
    return db.session.scalar(sa.select(Forum).where(Forum.code == code))


def _ministry_of_education():
    return _org("MoE") or reference.create(SYSTEM, Organisation, name="Ministry of Education", name_ar="وزارة التربية",
                                           acronym="MoE", type=OrganisationType.GOVERNMENT, aliases=[])


def _decisions(dstf):
    com = _org("CoM")
    closure = register.record_decision(
        SYSTEM, dstf, level=EscalationLevel.COUNCIL_OF_MINISTERS, body=com, decided_on=date(2024, 1, 2),
        title="Closure of all camps in the Kurdistan Region", deadline_on=date(2024, 6, 30),
        text="All camps for internally displaced persons in the Kurdistan Region of Iraq are to be closed by "
             "30 June 2024.",
        text_ar="إغلاق جميع مخيمات النازحين في إقليم كردستان العراق بحلول 30 حزيران 2024.")
    register.amend_decision(
        SYSTEM, closure, amended_on=date(2024, 3, 31), deadline_on=date(2024, 7, 31),
        text="The deadline for closing the camps is postponed to 31 July 2024.",
        text_ar="تأجيل موعد إغلاق المخيمات إلى 31 تموز 2024.", source="DS newsletter, Q1 2024")
    plan = register.record_decision(
        SYSTEM, dstf, level=EscalationLevel.COUNCIL_OF_MINISTERS, body=com, decided_on=date(2024, 1, 23),
        title="MoMD's camp-closure plan endorsed",
        text="The Council endorses MoMD's plan: a return grant of IQD 4 million per family, 2% of job allocations "
             "for returnees, and surveys of the intentions of IDPs in camps.",
        text_ar="المصادقة على خطة وزارة الهجرة والمهجرين لإغلاق المخيمات: منحة عودة بمبلغ 4 ملايين دينار لكل أسرة، "
                "وتخصيص 2% من فرص التعيين للعائدين، ومسح نوايا النازحين في المخيمات.")
    education = register.record_decision(
        SYSTEM, dstf, level=EscalationLevel.MINISTRY, body=_ministry_of_education(), decided_on=date(2024, 2, 13),
        number="1/2/c/4920", deadline_on=date(2024, 7, 30),
        title="Closing the Ministry's representations in the Kurdistan Region",
        text="The Federal Ministry of Education closes its representations in Erbil, Sulaymaniyah and Duhok by "
             "30 July 2024, within the framework of the Council of Ministers' decision.",
        text_ar="إغلاق ممثليات وزارة التربية الاتحادية في أربيل والسليمانية ودهوك بحلول 30 تموز 2024 في إطار قرار "
                "مجلس الوزراء.")
    return closure, plan, education


def _recommendations_of_three_forums():
    """One camp-closure recommendation (or any) of JCF Ninewa, the RWG and JCF Anbar."""
    theme = db.session.scalar(sa.select(Theme).where(Theme.name == "Camp closure"))
    found = []
    for code in ("JCF-NIN", "RWG", "JCF-ANB"):
        forum = _forum(code)
        query = sa.select(Recommendation).where(Recommendation.forum_id == forum.id,
                                                Recommendation.deleted_dt.is_(None)).order_by(Recommendation.id)
        themed = query.where(Recommendation.id.in_(sa.select(recommendation_themes.c.recommendation_id).where(
            recommendation_themes.c.theme_id == (theme.id if theme else -1))))
        rec = db.session.scalar(themed.limit(1)) or db.session.scalar(query.limit(1))
        if rec is not None:
            found.append(rec)
    return found


def _measure(commitment, text, owner, due_on, supporters=(), status=None, note=None, noted_on=None):
    measure = actions.create_action(SYSTEM, text=text, owner=owner, supporters=list(supporters), due_on=due_on,
                                    commitment=commitment)
    if status is not None:
        change = actions.change_status(SYSTEM, measure, status, version=measure.version, note=note)
        if noted_on is not None:   # the story's own date (the quarterly review reads when a measure was done)
            db.session.flush()
            db.session.execute(sa.update(ActionNote).where(ActionNote.id == change.id).values(
                created_dt=datetime.combine(noted_on, time(9), timezone.utc)))
    return measure


def _indicator(measure, name, name_ar, target, values):
    indicator = plans.create_indicator(SYSTEM, measure, name=name, name_ar=name_ar, target=target, unit="families")
    for day, value, source in values:
        plans.record_value(SYSTEM, indicator, measured_on=day, value=value, source=source)
    return indicator


def _roadmap(dstf, closure, endorsement):
    momd, unhcr, iom, molsa = _org("MoMD"), _org("UNHCR"), _org("IOM"), _org("MoLSA")
    roadmap = plans.create_plan(
        SYSTEM, dstf, kind=PlanKind.ROADMAP, title=ROADMAP, title_ar=ROADMAP_AR, starts_on=date(2024, 1, 1),
        ends_on=date(2025, 6, 30),
        summary="Formerly the DS Compact. Led by the government, supported by aid actors, to be completed within "
                "18 months: government commitments, the governmental measures that implement each, and the key UN "
                "recommendations and good practices behind each measure.")
    plans.add_revision(SYSTEM, roadmap, revised_on=date(2024, 2, 1), label="Endorsed by the federal government",
                       documents="Roadmap (English)\nRoadmap (Arabic)\nConsultations with the KRG continue")
    plans.add_revision(SYSTEM, roadmap, revised_on=date(2024, 3, 31),
                       label="Update after the camp-closure decision", documents="Roadmap, draft update (English)")
    camps = plans.add_commitment(
        SYSTEM, roadmap, decision=closure, timeframe="by 31 July 2024 (postponed from 30 June)",
        text="Close the camps in the Kurdistan Region with returns that are informed, safe, voluntary and dignified.",
        text_ar="إغلاق المخيمات في إقليم كردستان مع عودة مستنيرة وآمنة وطوعية وكريمة.")
    grants = plans.add_commitment(
        SYSTEM, roadmap, decision=endorsement, timeframe="2024",
        text="Pay a return grant of IQD 4 million to each family returning from a camp.",
        text_ar="صرف منحة عودة بمبلغ 4 ملايين دينار لكل أسرة عائدة من المخيمات.")
    jobs = plans.add_commitment(
        SYSTEM, roadmap, decision=endorsement, timeframe="2024",
        text="Allocate 2% of public job allocations to returnees.",
        text_ar="تخصيص 2% من فرص التعيين في القطاع العام للعائدين.")
    tazade = _measure(camps, "Organise the departures from Tazade camp (Sulaymaniyah) and close it", momd,
                      date(2024, 3, 31), [unhcr, iom], ActionStatus.DONE,
                      "Tazade camp closed on 19 March 2024: 121 families departed.", date(2024, 3, 19))
    _indicator(tazade, "Families departed from Tazade camp", "الأسر المغادرة من مخيم تازة ده", "121",
               [(date(2024, 3, 5), "48", "MoMD Sulaymaniyah office"),
                (date(2024, 3, 19), "121", "MoMD camp closure report")])
    _indicator(tazade, "Families returned to their areas of origin (Yathrib, Salah al-Din)",
               "الأسر العائدة إلى مناطقها الأصلية (يثرب، صلاح الدين)", "121",
               [(date(2024, 3, 19), "104", "MoMD camp closure report")])
    _indicator(tazade, "Families relocated", "الأسر التي نقلت إلى أماكن أخرى", None,
               [(date(2024, 3, 19), "17", "MoMD camp closure report")])
    _measure(camps, "Announce and prepare the closure of Ashti camp by the end of March 2024", momd,
             date(2024, 3, 31), [unhcr], ActionStatus.IN_PROGRESS, "Closure announced for the end of March.")
    hasansham = _measure(camps, "Approve the return of families in Hasansham U2 camp (East Mosul)", momd,
                         date(2024, 4, 30), [iom], ActionStatus.IN_PROGRESS, "Approvals under way.")
    _indicator(hasansham, "Families approved for return", "الأسر الموافق على عودتها", "300",
               [(date(2024, 3, 27), "240", "MoMD Ninewa branch")])
    _measure(camps, "Survey the intentions of the IDPs in camps before each departure", momd, date(2024, 5, 31),
             [iom, unhcr])
    grant = _measure(grants, "Pay the return grant to the families who left the camps", momd, date(2024, 6, 30),
                     [_org("MoF")] if _org("MoF") else [])
    _measure(jobs, "Reserve 2% of the job allocations of 2024 for returnees", molsa or momd, date(2024, 9, 30))
    for rec in _recommendations_of_three_forums():
        plans.link_recommendation(SYSTEM, tazade, rec)
        plans.link_recommendation(SYSTEM, grant, rec)
    register.link(SYSTEM, endorsement, measure=grant)
    return roadmap


def _plans_of_action():
    for area, code, day in POAS:
        forum = _forum(code)
        poa = plans.create_plan(
            SYSTEM, forum, kind=PlanKind.AREA_POA, title=f"{area} Plan of Action",
            summary="Context, activities and remaining gaps in priority locations; revised by the ABC group and "
                    "handed to the JCF that replaced it as its starting point.")
        plans.add_revision(SYSTEM, poa, revised_on=day, label=f"{area} POA revision, 2024, English and Arabic",
                           documents=f"{area} POA 2024 (English)\n{area} POA 2024 (Arabic)")


def create_plan_records() -> int:
    """Add the Q1-2024 story once (skipped when the roadmap is there); returns how many plans were added."""
    if db.session.scalar(sa.select(Plan.id).where(Plan.title == ROADMAP)):
        return 0
    dstf = _forum("DSTF")
    if dstf is None or _org("MoMD") is None:
        return 0
    closure, endorsement, _education = _decisions(dstf)
    _roadmap(dstf, closure, endorsement)
    _plans_of_action()
    return 1 + len(POAS)
