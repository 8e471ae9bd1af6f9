"""HTML to blocks: a report saved or copied from Word or a web page, tables included; web-page chrome dropped."""
from __future__ import annotations

import re

from .document import Block, cell_items, clean, square

MAX_ELEMENTS = 400_000
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
         "select", "iframe", "object", "head", "title", "meta", "link"}
_CHROME = re.compile(r"cookie|consent|banner|share|social|breadcrumb|navbar|menu|subscribe|newsletter-signup|"
                     r"site-header|site-footer|masthead|sidebar|skip-link|related|comments?\b|pager|pagination",
                     re.I)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "address", "dd", "dt", "center", "body"}


def read_html(data: bytes | str, unreadable) -> tuple[list[Block], list[str]]:
    import lxml.html
    from lxml import etree
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, no_network=True, huge_tree=False)
        root = lxml.html.document_fromstring(_decoded(data) if isinstance(data, bytes) else data, parser=parser)
    except (etree.ParserError, ValueError):
        raise unreadable("This web page could not be read.") from None
    main = _main(root)
    reader = _Reader()
    reader.walk(main)
    reader.flush()
    return reader.blocks, reader.warnings


def _decoded(data: bytes) -> str:
    """The page's declared charset, else UTF-8, else Windows Arabic (lxml would guess Latin-1)."""
    m = re.search(rb"""charset=["']?([\w-]+)""", data[:4096], re.I)
    for encoding in ([m[1].decode()] if m else []) + ["utf-8", "cp1256", "latin-1"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def _main(root):
    """The page's main content: <main>, else the one <article>, else the body."""
    for path in ("//main", "//*[@role='main']", "//article"):
        found = root.xpath(path)
        if len(found) == 1:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def _is_chrome(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP:
        return True
    if (el.get("role") or "").lower() in _CHROME_ROLES or el.get("hidden") is not None \
            or "display:none" in (el.get("style") or "").replace(" ", "").lower():
        return True
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(marks.strip()) and bool(_CHROME.search(marks)) and tag not in ("table", "tr", "td", "th", "li")


class _Reader:
    def __init__(self):
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.buffer: list[str] = []
        self.seen = 0
        self.lists: list[list] = []    # [ordered, count] per open list

    def flush(self, kind="paragraph", **extra):
        text = clean(" ".join(self.buffer))
        self.buffer = []
        if text:
            self.blocks.append(Block(kind, text, **extra))

    def walk(self, el):
        self.seen += 1
        if self.seen > MAX_ELEMENTS:
            if not self.warnings:
                self.warnings.append("The web page is very long; only its beginning was read.")
            return
        if not isinstance(el.tag, str) or _is_chrome(el):
            if el.tail:
                self.buffer.append(el.tail)
            return
        tag = el.tag.lower()
        if re.fullmatch(r"h[1-6]", tag):
            self.flush()
            self.buffer.append(el.text_content())
            self.flush("heading", level=int(tag[1]))
        elif tag == "table":
            self.flush()
            self.blocks.append(Block("table", rows=_rows(el)))
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([tag == "ol", int(el.get("start") or 1) - 1 if (el.get("start") or "1").isdigit() else 0])
            for child in el:
                self.walk(child)
            self.lists.pop()
        elif tag == "li":
            self.flush()
            self._item(el)
        elif tag == "br":
            self.flush()
        else:
            block = tag in _BLOCKS or tag in ("li", "tr")
            if block:
                self.flush()
            if el.text:
                self.buffer.append(el.text)
            for child in el:
                self.walk(child)
            if block:
                self.flush()
        if el.tail:
            self.buffer.append(el.tail)

    def _item(self, li):
        ordered, count = self.lists[-1] if self.lists else (False, 0)
        number = None
        if ordered:
            count += 1
            self.lists[-1][1] = count
            number = str(count)
        box = li.xpath(".//input[@type='checkbox']")
        checkbox = (box[0].get("checked") is not None) if box else None
        nested = [c for c in li if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol")]
        parts = [li.text or ""]
        for child in li:
            if child in nested:
                break
            if isinstance(child.tag, str) and not _is_chrome(child):
                parts.append(child.text_content())
            parts.append(child.tail or "")
        text = clean(" ".join(parts))
        if text:
            self.blocks.append(Block("item", text, level=len(self.lists), number=number, bullet=not ordered,
                                     checkbox=checkbox))
        for child in nested:
            self.walk(child)
            if child.tail:
                self.buffer.append(child.tail)



def _fill_spans(row: list[str], pending: dict[int, tuple[str, int]]) -> None:
    """Copy into the row the cells that rows above span down into this column (rowspan), as long as they follow."""
    while len(row) in pending:
        text, left = pending[len(row)]
        row.append(text)
        if left - 1 <= 0:
            del pending[len(row) - 1]
        else:
            pending[len(row) - 1] = (text, left - 1)


def _rows(table) -> list[list[str]]:
    """Cells by grid column: colspan fills the first column, rowspan repeats the cell below."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}    # column -> (text, rows left)
    for tr in table.iter("tr"):
        if tr.getparent() is not table and tr.getparent().getparent() is not table:
            continue   # a nested table's rows
        row: list[str] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        for cell in cells:
            _fill_spans(row, pending)
            text = _cell_text(cell)
            col = len(row)
            row.append(text)
            span = _int(cell.get("colspan"))
            row.extend([""] * (span - 1))
            down = _int(cell.get("rowspan"))
            if down > 1:
                pending[col] = (text, down - 1)
        _fill_spans(row, pending)
        rows.append(row)
    return square(rows)


def _cell_text(cell) -> str:
    """A cell holding a list or paragraphs keeps its items apart ("minutes adopted • IOM to share the plan ...")."""
    whole = clean(cell.text_content())
    for path in (".//li[not(ancestor::li)]",):      # list items only: two paragraphs may be one name and job
        items = cell.xpath(path)
        if len(items) >= 2 and re.sub(r"\s", "", "".join(i.text_content() for i in items)) == re.sub(r"\s", "", whole):
            return cell_items([i.text_content() for i in items])
    return whole


def _int(value) -> int:
    return min(int(value), 50) if value and str(value).isdigit() and int(value) > 0 else 1
