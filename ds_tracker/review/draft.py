"""PURE: a review's sections as the text the secretariat edits, and back.

A section is {"key", "heading", "text"}; its text is one line per item: "- sentence [label](https://link)".
Lines the secretariat writes without "- " are paragraphs. The same text feeds the page, print and .docx.
"""
from __future__ import annotations

import re

MAX_SECTIONS = 30
MAX_HEADING = 200
MAX_TEXT = 20_000            # per section: a review is a few pages
LINK = re.compile(r"\[([^\]\n]{1,80})\]\((https?://[^)\s]{1,500})\)")


def item_line(item) -> str:
    # Only absolute links: a draft written without the site's address (the command line, no BASE_URL) has none.
    link = f" [{item.link_label or item.link}]({item.link})" if item.link and item.link.startswith("http") else ""
    return f"- {item.text}{link}"


def from_sections(sections) -> list[dict]:
    """The builders' Sections as editable sections."""
    return [{"key": s.key, "heading": s.heading, "text": "\n".join(item_line(i) for i in s.items)} for s in sections]


def pieces(line: str) -> list[tuple[str, str | None]]:
    """A line as (text, url or None) runs: the links written [label](url) become links."""
    out, at = [], 0
    for m in LINK.finditer(line):
        if m.start() > at:
            out.append((line[at:m.start()], None))
        out.append((m[1], m[2]))
        at = m.end()
    if at < len(line):
        out.append((line[at:], None))
    return out


def blocks(text: str) -> list[tuple[str, str]]:
    """("item" | "paragraph", line) for each non-empty line of a section's text."""
    result = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("- ", "* ", "• ")):
            result.append(("item", line[2:].strip()))
        else:
            result.append(("paragraph", line))
    return result


def tidy(sections: list[dict]) -> tuple[list[dict], dict]:
    """The edited sections in their chosen order, without removed or empty ones; (sections, errors by field)."""
    errors, kept = {}, []
    for i, s in enumerate(sections):
        if s.get("remove"):
            continue
        heading = (s.get("heading") or "").strip()
        text = (s.get("text") or "").replace("\r\n", "\n").strip()
        if not heading and not text:
            continue
        if len(heading) > MAX_HEADING:
            errors[f"heading-{i}"] = "heading"
        if len(text) > MAX_TEXT:
            errors[f"text-{i}"] = "text"
        kept.append({"key": s.get("key") or "added", "heading": heading, "text": text,
                     "order": s.get("order", i)})
    kept.sort(key=lambda s: s["order"])
    if len(kept) > MAX_SECTIONS:
        errors["sections"] = "count"
    return [{k: s[k] for k in ("key", "heading", "text")} for s in kept], errors
