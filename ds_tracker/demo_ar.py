"""Arabic records for the demo: meetings of JCF Anbar, JCF Ninewa and ABC Sinjar written in Arabic, as
governorate secretariats write them. bench/search.py finds them by their keys (the first field)."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from .extensions import db
from .models import Forum, Organisation, Place, Recommendation, Theme
from .services import SYSTEM, actions, meetings, recommendations

# (key, forum code, meeting day, place, theme, addressee acronym or name, Arabic text, [(action key, text)])
RECORDS = [
    ("ar01", "JCF-NIN", date(2025, 6, 11), "Sinjar", "Compensation", "MoF",
     "تخصيص مبالغ التعويض للأسر المتضررة في سنجار ضمن موازنة عام 2026.",
     [("ar01a", "إعداد قائمة بالأسر المستحقة للتعويض في سنجار ورفعها إلى لجنة التعويضات.")]),
    ("ar02", "JCF-NIN", date(2025, 6, 11), "Sinjar", "Civil documentation", "MoI",
     "إرسال فرق متنقلة لإصدار الوثائق المدنية للعائدين إلى قرى سنجار.",
     [("ar02a", "تنظيم زيارة الفريق المتنقل إلى القرية الأولى خلال شهر تموز.")]),
    ("ar03", "JCF-NIN", date(2025, 3, 12), "Mosul", "Basic services and infrastructure", "MoP",
     "إعادة تأهيل المدارس المتضررة في الموصل القديمة قبل بدء العام الدراسي.",
     [("ar03a", "حصر المدارس التي تحتاج إلى ترميم عاجل في الجانب الأيمن من الموصل.")]),
    ("ar04", "JCF-NIN", date(2025, 3, 12), "Mosul", "Housing, land and property", "MoMD",
     "تسريع البت في طلبات تعويض المنازل المدمرة في مدينة الموصل.", []),
    ("ar05", "JCF-NIN", date(2025, 9, 10), "Tal Afar", "Return and integration grants", "MoMD",
     "صرف منح العودة للأسر العائدة إلى قضاء تلعفر دون تأخير.",
     [("ar05a", "تدقيق أسماء الأسر العائدة إلى تلعفر ومطابقتها مع قوائم الوزارة.")]),
    ("ar06", "JCF-NIN", date(2025, 9, 10), "Tal Afar", "Safety and security", "MoI",
     "تعزيز التنسيق مع الشرطة المجتمعية لضمان عودة آمنة إلى تلعفر.", []),
    ("ar07", "ABC-SIN", date(2025, 6, 18), "Al-Ba'aj", "Landmines and explosive remnants of war", "DMA",
     "إزالة الألغام ومخلفات الحرب من الأراضي الزراعية في البعاج.",
     [("ar07a", "مسح الأراضي الزراعية الملوثة بالمتفجرات في البعاج وتحديد أولويات التطهير.")]),
    ("ar08", "ABC-SIN", date(2025, 6, 18), "Sinjar", "Livelihoods and income", "MoLSA",
     "دعم مشاريع سبل العيش للشباب والنساء في سنجار.", []),
    ("ar09", "JCF-ANB", date(2025, 4, 16), "Al-Qa'im", "Civil documentation", "MoI",
     "معالجة ملفات الأسر التي تفتقر إلى البطاقة الوطنية في القائم.",
     [("ar09a", "فتح مكتب مؤقت للأحوال المدنية في القائم لمدة شهرين.")]),
    ("ar10", "JCF-ANB", date(2025, 4, 16), "Falluja", "Security clearance", "MoI",
     "تبسيط إجراءات التدقيق الأمني للعائدين إلى الفلوجة.", []),
    ("ar11", "JCF-ANB", date(2025, 8, 13), "Ramadi", "Basic services and infrastructure", "MoP",
     "إصلاح شبكات المياه والكهرباء في الأحياء المتضررة من الرمادي.",
     [("ar11a", "رفع تقرير عن حالة محطات المياه في الرمادي إلى المحافظة.")]),
    ("ar12", "JCF-ANB", date(2025, 8, 13), "Heet", "Social cohesion and reconciliation", "MoMD",
     "عقد جلسات مصالحة مجتمعية بين العشائر في هيت بمشاركة الوجهاء.", []),
    ("ar13", "JCF-ANB", date(2025, 11, 12), "Al-Rutba", "Camp closure", "MoMD",
     "وضع خطة لإغلاق المخيم المتبقي في الرطبة مع ضمان بدائل سكن للنازحين.",
     [("ar13a", "حصر النازحين في مخيم الرطبة وتصنيفهم حسب مناطق الأصل.")]),
    ("ar14", "JCF-ANB", date(2025, 11, 12), "Anbar", "Psychosocial support", "MoH",
     "توفير خدمات الدعم النفسي والاجتماعي للأطفال العائدين في محافظة الأنبار.", []),
    ("ar15", "JCF-NIN", date(2025, 12, 10), "Sinjar", "Access to closed areas", "MoI",
     "السماح للأسر بالوصول إلى المناطق المغلقة في جنوب سنجار.", []),
    ("ar16", "JCF-NIN", date(2025, 12, 10), "Ninewa", "Data and registration", "MoMD",
     "توحيد قواعد البيانات الخاصة بالنازحين والعائدين بين الوزارة والمحافظة.",
     [("ar16a", "عقد ورشة عمل لتوحيد استمارات تسجيل النازحين.")]),
    ("ar17", "JCF-NIN", date(2026, 2, 11), "Mosul", "Local integration", "MoMD",
     "دعم الاندماج المحلي للنازحين الراغبين في البقاء في الموصل.", []),
    ("ar18", "JCF-NIN", date(2026, 2, 11), "Al-Hamdaniya", "Freedom of movement", "MoI",
     "إزالة القيود على حرية التنقل بين الحمدانية والموصل.", []),
    ("ar19", "JCF-ANB", date(2026, 3, 11), "Haditha", "Compensation", "MoF",
     "صرف التعويضات المتأخرة لأصحاب المحال التجارية في حديثة.", []),
    ("ar20", "JCF-ANB", date(2026, 3, 11), "Falluja", "Livelihoods and income", "MoLSA",
     "تقديم قروض صغيرة للمزارعين العائدين في الفلوجة.",
     [("ar20a", "التنسيق مع المصارف لتسهيل منح القروض للمزارعين.")]),
]


def _org(key: str):
    return db.session.scalar(sa.select(Organisation).where(sa.or_(Organisation.acronym == key,
                                                                  Organisation.name == key)))


def create_arabic_records() -> int:
    """Add the records once (skipped when the first is there); returns how many recommendations were added."""
    if db.session.scalar(sa.select(Recommendation.id).where(Recommendation.text_ar == RECORDS[0][6])):
        return 0
    meetings_by_day: dict = {}
    added = 0
    for key, code, day, place_name, theme_name, addressee, text, action_rows in RECORDS:
        forum = db.session.scalar(sa.select(Forum).where(Forum.code == code))
        place = db.session.scalar(sa.select(Place).where(Place.name == place_name))
        theme = db.session.scalar(sa.select(Theme).where(Theme.name == theme_name))
        org = _org(addressee) or _org("MoMD")
        if forum is None or place is None or theme is None:
            continue
        meeting = meetings_by_day.get((code, day))
        if meeting is None:
            meeting = meetings.create_meeting(SYSTEM, forum, title=f"الاجتماع الشهري لـ{forum.name_ar or forum.name}",
                                              title_ar=f"الاجتماع الشهري لـ{forum.name_ar or forum.name}",
                                              sittings=[{"date": day, "city": place.name_ar or place.name}])
            meetings_by_day[(code, day)] = meeting
        rec = recommendations.create_recommendation(SYSTEM, meeting, text="", text_ar=text, themes=[theme],
                                                    places=[place], addressees=[org])
        for _key, action_text in action_rows:
            actions.create_action(SYSTEM, text=action_text, owner=org, recommendation=rec,
                                  due_on=date(day.year + (day.month > 9), (day.month + 2) % 12 + 1, 15))
        added += 1
    return added


def record_for(key: str):
    """The demo record of a key: (record_type, text it was written with)."""
    for rkey, *_rest, text, action_rows in RECORDS:
        if rkey == key:
            return "recommendation", text
        for akey, action_text in action_rows:
            if akey == key:
                return "action", action_text
    raise KeyError(key)

