"""A report pasted from an e-mail: the subject is the title, the sender and recipients are no participants, the
day it was sent is the meeting's only when the text says today's or yesterday's meeting, and a deadline's day is
never the meeting's (a stranger pasted an e-mail: its title was "Dear all")."""
from ds_tracker.importer import parse

OUTLOOK = """From: Sara Ahmed <sara.ahmed@undp.org>
Sent: Tuesday, 4 March 2025 14:02
To: JCF Ninewa members
Cc: Omar Khalid <omar.khalid@ocha.org>
Subject: RE: FW: Minutes - JCF Ninewa monthly meeting

Dear all,

Please find below the minutes of yesterday's meeting.

Participants: Ahmed Ali (MoMD), Layla Hassan (UNHCR)

Action points
- UNHCR to share the return figures by 10 March 2025.
"""


def test_an_outlook_reply_gives_its_subject_as_title_and_yesterday_as_the_day():
    draft = parse(OUTLOOK)
    assert draft["title"] == "JCF Ninewa monthly meeting"
    assert [s["date"] for s in draft["sittings"]] == ["2025-03-03"]           # sent the 4th, "yesterday's meeting"
    assert [p["name"] for p in draft["participants"]] == ["Ahmed Ali", "Layla Hassan"]   # not Sara, not Omar
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("UNHCR", "2025-03-10")]


def test_the_subjects_own_date_wins_and_a_mail_that_says_no_day_gives_none():
    dated = parse(OUTLOOK.replace("monthly meeting", "meeting, 2 March 2025"))
    assert [s["date"] for s in dated["sittings"]] == ["2025-03-02"]
    undated = parse(OUTLOOK.replace("yesterday's", "the last"))
    assert not [s for s in undated["sittings"] if s.get("date")]       # not the sent day, not the due day
    assert undated["title"] == "JCF Ninewa monthly meeting"


def test_a_forwarded_gmail_message_in_arabic():
    text = ("---------- Forwarded message ---------\n"
            "من: سارة أحمد <sara@example.org>\n"
            "التاريخ: الثلاثاء 4 آذار 2025\n"
            "الموضوع: إعادة توجيه: محضر اجتماع منتدى التنسيق المشترك في نينوى\n"
            "إلى: أعضاء المنتدى\n\n"
            "السادة الأعزاء،\nنرفق لكم محضر اجتماع اليوم.\n\nالحاضرون:\n١. أحمد علي – وزارة الهجرة والمهجرين\n")
    draft = parse(text)
    assert draft["title"] == "محضر اجتماع منتدى التنسيق المشترك في نينوى"
    assert [s["date"] for s in draft["sittings"]] == ["2025-03-04"]
    assert [p["name"] for p in draft["participants"]] == ["أحمد علي"]


def test_a_deadline_near_the_top_is_not_the_meeting_day():
    draft = parse("Shelter cluster coordination meeting\n\nPartners to send their 4W data by 15 May 2024.\n"
                  "Cluster lead to share the gap analysis no later than 20 May 2024.\n")
    assert not [s for s in draft["sittings"] if s.get("date")]          # the review screen asks for the day
    assert "2024-05-15" in [a["due"] for a in draft["actions"]]
