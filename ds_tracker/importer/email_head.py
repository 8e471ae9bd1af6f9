"""What the header readers read. A report pasted from an e-mail: its header block ("From: / Sent: / To: / Cc: / Subject:", "من: / الموضوع:") is
the message's, not the meeting's. Its subject is the title; its sender and recipients are no participants; the day
it was sent is the meeting's only when the text says "today's" (or "yesterday's") meeting. A web page's own title
("... meeting minutes") under its menus is the title. Pure functions."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from .report_title import _kind_and_forum, _title, meeting_title
from .lines import Line
from .reading import dates_in
from .reference import Reference

_LABEL = re.compile(
    r"^\s*(from|sent|to|cc|bcc|subject|date|reply-to|importance|attachments?|من|أرسلت|أُرسلت|ارسلت|المرسل|إلى|الى|"
    r"نسخة(?: إلى| الى)?|الموضوع|التاريخ|المرفقات)\s*:\s*(.*)$", re.I)
_SUBJECT = ("subject", "الموضوع")
_SENDER = ("from", "من", "المرسل")
_SENT = ("sent", "date", "أرسلت", "أُرسلت", "ارسلت", "التاريخ")
_REPLY = re.compile(r"^\s*(?:\[[^\]]{1,20}\]\s*)*(?:(?:re|fw|fwd|aw|wg|tr|رد|توجيه|إعادة توجيه|اعادة توجيه)\s*:\s*"
                    r"(?:\[[^\]]{1,20}\]\s*)*)+", re.I)
_YESTERDAY = re.compile(r"\byesterday'?s?\b|(?<!\w)(?:أمس|الأمس|امس)(?!\w)", re.I)
_TODAY = re.compile(r"\btoday'?s?\b|\bthis morning'?s?\b|(?<!\w)(?:اليوم|صباح اليوم)(?!\w)", re.I)
_MINUTES = re.compile(r"^\s*(?:meeting minutes|minutes|notes|محضر)\s*[-–:]\s*(?=\S)", re.I)


def _blocks(lines: list[Line]) -> list[list[tuple[int, str, str]]]:
    """Runs of three or more labelled lines that name a sender and a subject: [(index, label, value)]."""
    found, run = [], []
    for i, line in enumerate(lines + [Line(no=0, text="-")]):
        m = _LABEL.match(line.text) if not line.is_row else None
        if m:
            run.append((i, m[1].lower(), m[2].strip()))
            continue
        labels = {label for _i, label, _v in run}
        if len(run) >= 3 and labels & set(_SUBJECT) and labels & set(_SENDER):
            found.append(run)
        run = []
    return found


def _subject_alone(lines: list[Line]) -> list[list[tuple[int, str, str]]]:
    """A message pasted from its subject down ("Subject: RWG meeting - summary" then "Dear colleagues,"): the
    subject line opening the text is the block."""
    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    m = _LABEL.match(lines[first].text) if first is not None and not lines[first].is_row else None
    return [[(first, m[1].lower(), m[2].strip())]] if m and m[1].lower() in _SUBJECT and m[2].strip() else []


def email_head(lines: list[Line]) -> tuple[list[Line], dict | None]:
    """The lines with each e-mail header block blanked (numbers kept, so rows still point at their line), and the
    first block's subject and sent day: {"subject": Line, "sent": date | None}, or None when it is no e-mail."""
    blocks = _blocks(lines) or _subject_alone(lines)
    if not blocks:
        return lines, None
    out = list(lines)
    for block in blocks:
        for i, _label, _value in block:
            out[i] = replace(lines[i], text="", cells=[])
    first = blocks[0]
    subject = next((v for _i, label, v in first if label in _SUBJECT), "")
    subject_at = next(i for i, label, _v in first if label in _SUBJECT)
    sent = next((d for _i, label, v in first if label in _SENT for d, guessed in dates_in(v) if not guessed), None)
    return out, {"subject": replace(lines[subject_at], text=_MINUTES.sub("", _REPLY.sub("", subject)).strip()), "sent": sent}


def head_lines(lines: list[Line], mail: dict | None) -> list[Line]:
    """What the header readers (title, days, place) read: the subject first, as a title line, then the rest."""
    if not mail or not mail["subject"].text:
        return lines
    subject = replace(mail["subject"], markdown_heading=1)      # the title line, its date with it
    return [subject, Line(no=subject.no, text="")] + lines


def sent_day(lines: list[Line], mail: dict | None):
    """The meeting's day from the sent day, when the text speaks of today's or yesterday's meeting."""
    if not mail or not mail["sent"]:
        return None
    body = " ".join(l.text for l in lines[:40] if not l.blank)
    if _YESTERDAY.search(body):
        return mail["sent"] - timedelta(days=1)
    if _TODAY.search(body):
        return mail["sent"]
    return None


_MINUTES_WORD = re.compile(r"(?i)\bminutes\b|محضر")


def _from_meeting_title(head: list[Line], ref: Reference) -> list[Line]:
    """The lines the title is read from: from the first line that says it is a meeting's minutes when the first
    one does not (a web page's breadcrumbs and menus above "April 2024 Shelter Cluster meeting minutes")."""
    first = _title(head, ref)
    if meeting_title(first) or _kind_and_forum(first or "", ref, is_title=True)[0] != "other":
        return head
    at = next((i for i, line in enumerate(head[:20]) if not line.blank and len(line.text) < 160
               and _MINUTES_WORD.search(line.text) and meeting_title(line.text)), None)
    return head[at:] if at else head


def _sent_day(result: dict, lines: list[Line], mail: dict | None) -> None:
    """An e-mail whose only day is the one it was sent: the meeting's when it speaks of today's (yesterday's)."""
    if mail and not any(s.get("date") for s in result["sittings"]) and (day := sent_day(lines, mail)):
        place = (result["sittings"] or [{}])[0]
        result["sittings"] = [{"date": day.isoformat(), "city": place.get("city"), "venue": place.get("venue")}]
