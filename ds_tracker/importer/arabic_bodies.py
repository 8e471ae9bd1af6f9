"""The body an Arabic post names ("الوكيل المساعد لوزارة الصحة" -> وزارة الصحة, "ممثل جمعية الأمل" -> the body
represented), and the people a run of posts names with no cue before it (split from arabic_news.py). Pure."""
from __future__ import annotations

import re

from .abroad import world_city
from .arabic_news import _BODIES, _GROUPS, _JOBS, _MARKS, _bare, _chunks, _is_body, _is_job, _person, _unprefixed
from .body_of_job import full_body


def body_of_post(post: str, text: str = "") -> str | None:
    """"الوكيل المساعد لوزارة الصحة" -> وزارة الصحة; "وزير الزراعة" -> وزارة الزراعة; "وكيل المحافظة" -> the
    governorate the report names ("بمحافظة مأرب" -> محافظة مأرب); "الأمين العام للجامعة" -> the league named
    in full elsewhere in the report. Pure."""
    words = post.split()
    for k, word in enumerate(words):
        if k and _is_body(word):
            head = next(w for w in _unprefixed(_bare(word)) if w in _BODIES)
            rest = words[k + 1:]
            second = next((j for j, w in enumerate(rest) if _is_job(w) and not _bare(w).startswith("ال")
                           and _bare(w).removeprefix("و") not in _GROUPS), None)
            if second is not None:     # "أمين سر اللجنة مدير إدارة الدفاع المدني": two posts, the body is the last's
                # ("مكتب الأمين العام": a definite post is part of the body's name)
                return body_of_post(" ".join(rest[second:]), text) or " ".join([head] + rest[:second])
            if head.startswith("ال") and (not rest or rest[0][:1] == "ل"):
                return full_body(head, text) if text else None   # "وكيل المحافظة لقطاع الشباب": the report's
            while rest and rest[-1][:1] == "ب" and (rest[-1].startswith("بال") or world_city(rest[-1][1:])):
                rest = rest[:-1]          # "مكتب الصحة بالمحافظة", "... بعدن": where the office is, not its name
            return " ".join([head] + rest)                      # "بمحافظة لحج" names the governorate
    minister = next((k for k, w in enumerate(words) if _bare(w) in ("وزير", "وزيرة", "الوزير", "لوزير")), None)
    if minister is not None and minister + 1 < len(words):      # "نائب وزير الزراعة": of the ministry of it
        return "وزارة " + " ".join(words[minister + 1:])
    return None


_REPRESENTS = ("ممثل", "ممثلة", "مندوب", "مندوبة", "سفير", "سفيرة")     # an ambassador stands for the state named


def represented(post: str) -> str | None:
    """"ممثل جمعية الأمل" -> the body represented, when the post names no body's head word of the list. Pure."""
    words = post.split()
    if len(words) < 2 or _bare(words[0]) not in _REPRESENTS or _is_job(words[1]) or len(words) > 6:
        return None
    return " ".join(words[1:])


def posts_named(text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, post, body) of each post then name a run of posts names ("محافظ الكرك سالم عوض ومدير ..."), with
    no cue before it. Pure."""
    chunks, out, k = _chunks(_MARKS.sub("", text)), [], 0
    while k < len(chunks):
        got = _person(chunks, k, False)
        if not got:
            k += 1
            continue
        (name, post, _), k = got
        post = post[1:] if post and _bare(post.split()[0])[1:] in _JOBS else post
        out.append((name, post, body_of_post(post, text) or represented(post) if post else None))
    return out


_POST_HEADS = r"(?:ال)?(?:وزير|وزيرة|نائب|ممثل|مدير|مديرة|محافظ|رئيس|رئيسة|منسق|مستشار|أمين|وكيل|عضو)"


def joined_posts(position: str) -> tuple[str, list[tuple[str, str | None, str | None]]]:
    """"محافظ الكرك سالم عوض ورئيس بلدية الكرك" before "المهندس فلان": the posts "و" joins before an honorific
    and a name; the name's post is the last, and an earlier post with its own name is that person's. (the last
    post, [(name, post, body)] of the earlier ones). Pure."""
    parts = re.split(r"\s+(?=و" + _POST_HEADS + r"\s)", position)
    if len(parts) == 1:
        return position, []
    return parts[-1][1:], posts_named(" ".join(parts[:-1]))
