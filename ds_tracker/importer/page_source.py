"""A .txt file or pasted text that is a web page's source (a page saved as text, its tags and all): read as the
web page it is, not as text full of "<p>" and "<br>". Only when the text says it is a page (an <html> or <body>
tag) and tags are many; a report that quotes a tag or two stays text. Pure."""
from __future__ import annotations

import re

_PAGE = re.compile(r"(?i)<(?:!doctype\s+html|html|body)\b")
_TAG = re.compile(r"(?i)</?(?:p|br|div|td|tr|li|ul|ol|table|span|b|i|u|h[1-6]|font|a)\b[^<>]{0,300}>")


def page_source(text: str) -> bool:
    """Whether a text is a web page's source."""
    head = text[:200_000]
    return bool(_PAGE.search(head[:20_000])) and len(_TAG.findall(head)) >= 10
