"""Markdown for summaries and minutes, always sanitised before it reaches a page.

markdown-it-py (CommonMark) renders in time linear in its input; Python-Markdown's link patterns backtrack
(20 KB of `[` took over a minute). Input is bounded too, so one save costs at most a couple of seconds, and
minutes and summaries are rendered once, when saved (Meeting.minutes_html), never on a page view.
"""
from __future__ import annotations

import nh3
from flask_babel import lazy_gettext as _l
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

MAX_MARKDOWN_CHARS = 100_000   # three times the longest report seen; minutes are cut nowhere, refused above
MAX_SUMMARY_CHARS = 20_000
TOO_LONG = _l("This text is too long: keep it under %(n)s characters (attach the full report instead).")

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "blockquote", "code", "pre",
                "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}, "ol": {"start"}}   # a list keeps its numbers

# breaks: a line typed on its own line stays on its own line, as a secretariat typing in a text box expects (and the
# minutes kept from a report need no "\" at each line's end to keep its lines)
_renderer = MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("table")
_renderer.validateLink = lambda url: True   # every link is rendered; nh3 drops unsafe schemes below


def render_markdown(source: str | None, limit: int = MAX_MARKDOWN_CHARS) -> Markup:
    """Sanitised HTML. Text over the limit (it can only come from outside the forms) is shown as plain text."""
    if not source:
        return Markup("")
    if len(source) > limit:
        return Markup('<p class="plain-text">') + escape(source) + Markup("</p>")
    html = _renderer.render(source)
    clean = nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                      url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow")
    return Markup(clean)


def render_short_markdown(source: str | None) -> Markup:
    """The template filter, for short texts rendered on view (a session's summary)."""
    return render_markdown(source, MAX_SUMMARY_CHARS)


def stored_html(html: str | None) -> Markup:
    """HTML that render_markdown produced when the text was saved."""
    return Markup(html or "")
