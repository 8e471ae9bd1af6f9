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
MIRRORED = re.compile(r"<i class=arrow>[→←]</i>")


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
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if ARROW.search(MIRRORED.sub("", line))]
    assert not bare, "Write arrows as <i class=arrow>→</i> so they turn round in Arabic:\n  " + "\n  ".join(bare)
    css = (PACKAGE / "static/css/app.css").read_text(encoding="utf-8")
    assert re.search(r"\[dir=rtl\] i\.arrow\s*\{[^}]*transform:\s*scaleX\(-1\)", css)


def test_arrows_point_the_other_way_in_arabic(browser, server, world):  # noqa: F811
    facing = {}
    for language in ("en", "ar"):
        world.users["secretariat"].language = language
        db.session.commit()
        page = browser.new_page()
        log_in(page, server, "sec@test.org")
        page.goto(f"{server}/actions/{world.action.id}/edit")
        back = page.locator("main a i.arrow").first
        facing[language] = back.evaluate("e => getComputedStyle(e).transform")
        page.close()
    assert facing["en"] == "none" and facing["ar"] == "matrix(-1, 0, 0, 1, 0, 0)"
