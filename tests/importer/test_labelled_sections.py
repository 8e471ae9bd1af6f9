"""Sections a secretariat names in its own words (Arabic "النقاط المتفق عليها", "نقاط العمل", "نقاط للرفع";
English "Points for escalation"), and action points that label their owner and due date on their own line."""
from ds_tracker.importer import parse

ARABIC = """منتدى التنسيق المشترك - نينوى
محضر الاجتماع الشهري
التاريخ: 12 تشرين الثاني 2026
المكان: الموصل

الحضور
| الاسم | الجهة | المنصب |
| أحمد خليل | وزارة الهجرة والمهجرين | مدير فرع نينوى |
| سارة محمود | وزارة المالية | مديرة الموازنة |

النقاط المتفق عليها
1. تحديث مسح نوايا العودة قبل الصيف.
2. تشكيل فريق فرعي معني بالسكن والأراضي والممتلكات.

نقاط العمل
1. مشاركة قائمة العائلات المنتظرة للتدقيق الأمني - المسؤول: وزارة الهجرة والمهجرين – الموعد: 30 تشرين الثاني 2026
2. تأكيد بند الموازنة لمنح العائدين - المسؤول: وزارة المالية – الموعد: 15 كانون الأول 2026

نقاط للرفع
1. رفع تأخر صرف مبالغ التعويضات إلى مجلس الوزراء عبر وزارة الهجرة والمهجرين.
"""

ENGLISH = """Returns Working Group - monthly meeting
Date: 4 December 2026

Agreed points
- Update the return intentions survey before the summer.

Action points
- Share the list of families waiting for clearance | Responsible: MoMD | Due: 20 December 2026
- Confirm the budget line for the returnee grants; Lead: Ministry of Finance; Deadline: 10 January 2027

Points for escalation
- The delay in releasing compensation funds to be raised to the Council of Ministers.
"""


def test_arabic_sections_in_the_secretariats_words_and_labelled_owners_and_dates():
    d = parse(ARABIC)
    assert [p["name"] for p in d["participants"]] == ["أحمد خليل", "سارة محمود"]     # the list ends at the heading
    assert len(d["recommendations"]) == 2
    assert [(a["text"], a["owner"], a["due"]) for a in d["actions"]] == [
        ("مشاركة قائمة العائلات المنتظرة للتدقيق الأمني", "وزارة الهجرة والمهجرين", "2026-11-30"),
        ("تأكيد بند الموازنة لمنح العائدين", "وزارة المالية", "2026-12-15")]
    assert [e["body"] for e in d["escalations"]] == ["Council of Ministers"]


def test_points_for_escalation_is_a_heading_not_an_action_and_labels_follow_any_separator():
    d = parse(ENGLISH)
    assert [(a["owner"], a["due"]) for a in d["actions"]] == [("MoMD", "2026-12-20"),
                                                              ("Ministry of Finance", "2027-01-10")]
    assert not any("escalation" in a["text"].lower() for a in d["actions"])
    assert [e["body"] for e in d["escalations"]] == ["Council of Ministers"]
