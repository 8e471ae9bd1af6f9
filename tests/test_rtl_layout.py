"""Issue 11 §5: the layout flips with dir="rtl" because it uses logical CSS properties only, and arrows that point
along the reading direction (Next →, ← Back, old → new) turn round in right-to-left."""
import re
from pathlib import Path

from ds_tracker.extensions import db
from conftest import log_in  # the browser and server fixtures are in conftest.py

PACKAGE = Path(__file__).resolve().parents[1] / "ds_tracker"
PHYSICAL = re.compile(r"\b(?:(?:margin|padding|border)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:"
                      r"|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right))")
ARROW = re.compile(r"[→←⟶⟵⇒⇐➔]")


def _css_and_inline_styles():
    for path in sorted((PACKAGE / "static").rglob("*.css")):
        yield path, path.read_text(encoding="utf-8")
    for path in sorted((PACKAGE / "templates").rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        styles = re.findall(r"<style[^>]*>(.*?)</style>", text, re.S) + re.findall(r'style="([^"]*)"', text)
        yield path, "\n".join(styles)


def test_no_physical_left_or_right_in_css_or_inline_styles():
    found = [f"{path.relative_to(PACKAGE)}: {m.group(0)}" for path, text in _css_and_inline_styles()
             for m in PHYSICAL.finditer(text)]
    assert not found, "Use logical properties (margin-inline-start, text-align: start...):\n  " + "\n  ".join(found)


def test_the_physical_check_fails_on_a_physical_property():
    assert PHYSICAL.search("a { margin-left: 1rem }") and PHYSICAL.search("b {float: right}")
    assert PHYSICAL.search("c { text-align:left }") and PHYSICAL.search(".x{ right: 0 }")
    assert not PHYSICAL.search("a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start }")


def test_every_arrow_in_a_template_is_one_that_turns_round():
    bare = [f"{path.relative_to(PACKAGE)}:{n}" for path in sorted((PACKAGE / "templates").rglob("*.html"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if ARROW.search(line)]
    assert not bare, 'Write arrows as {{ arrow("back") }} or {{ arrow("forward") }} so they turn round in Arabic:\n  ' \
        + "\n  ".join(bare)
    css = (PACKAGE / "static/css/app.css").read_text(encoding="utf-8")
    assert "scaleX(-1)" not in css     # the glyph is chosen by the language: a flip would turn it back


def test_a_back_link_points_left_in_english_and_right_in_arabic(client, world):
    from conftest import login
    login(client, world.users["secretariat"])
    pages = {}
    for language in ("en", "ar"):
        world.users["secretariat"].language = language
        db.session.commit()
        pages[language] = client.get(f"/actions/{world.action.id}/edit").get_data(as_text=True)
    assert "<i class=arrow>←</i>" in pages["en"] and "<i class=arrow>→</i>" not in pages["en"]
    assert "<i class=arrow>→</i>" in pages["ar"] and "<i class=arrow>←</i>" not in pages["ar"]


def test_an_arabic_back_link_points_right(browser, server, world, tmp_path):  # noqa: F811
    """"← مسودات التقارير" on the review screen: in Arabic the arrow stands at the link's right and points right,
    back along a right-to-left reader's way, as drawn on screen (its pixels) and in the text one copies."""
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text="محضر اجتماع\nحضر الاجتماع كل من: أحمد علي", forum=world.jcf)
    world.users["secretariat"].language = "ar"
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{draft.id}")
    link = page.locator("main a", has=page.locator("i.arrow")).first
    assert "مسودات التقارير" in link.inner_text() and "→" in link.inner_text()
    arrow, words = link.locator("i.arrow").bounding_box(), link.bounding_box()
    assert arrow["x"] + arrow["width"] >= words["x"] + words["width"] - 1      # the arrow leads, on the right
    # draw the glyph's pixels: a right-pointing arrow has its head (the taller column of ink) at its right end
    shot = link.locator("i.arrow").screenshot(path=str(tmp_path / "arrow.png"))
    page.screenshot(path=str(tmp_path / "review-ar.png"))
    page.close()
    assert _head_side(shot) == "right"


def _head_side(png: bytes) -> str:
    """Which end of an arrow glyph is its head: the end whose dark pixels span more rows."""
    from io import BytesIO
    from PIL import Image
    img = Image.open(BytesIO(png)).convert("L")
    w, h = img.size
    ink = [[img.getpixel((x, y)) < 128 for y in range(h)] for x in range(w)]
    cols = [x for x in range(w) if any(ink[x])]
    span = lambda x: sum(ink[x])   # noqa: E731
    third = max(1, (cols[-1] - cols[0] + 1) // 3)
    left = max(span(x) for x in cols[:third])
    right = max(span(x) for x in cols[-third:])
    return "right" if right > left else "left"
