"""Issue 11 §11: axe-core finds no serious or critical violation on the pages people use most, in English and in
Arabic, on a desktop (1280 px) and a phone (360 px); `lang` and `dir` are right on every one.

axe-core's axe.min.js is vendored in tests/axe/ (MPL-2.0, its licence beside it), injected into Debian's
chromium through Playwright. Every rule runs: a violation is fixed in the app, never by disabling the rule."""
from pathlib import Path

import pytest

from ds_tracker.extensions import db
from conftest import log_in  # the browser and server fixtures are in conftest.py

AXE = (Path(__file__).parent / "axe" / "axe.min.js").read_text(encoding="utf-8")
GRAVE = ("serious", "critical")

# page name -> (who logs in, path); "who" None is the page before logging in
PAGES = {
    "login": (None, "/login"),
    "dashboard": ("chair@test.org", "/forums/{jcf}/dashboard"),
    "meeting": ("sec@test.org", "/meetings/{meeting}"),
    "recommendation": ("sec@test.org", "/recommendations/{rec}"),
    "actions list": ("chair@test.org", "/actions"),
    "what we owe": ("momd@test.org", "/owe"),
    "import review": ("sec@test.org", "/imports/{draft}"),
}


def _violations(page):
    page.add_script_tag(content=AXE)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n')[1])}));
    }""")
    return result


def _audit(browser, base, world, language, width):  # noqa: F811
    figures, found = {}, {}
    for user in world.users.values():
        user.language = language
    db.session.commit()
    for name, (email, path) in PAGES.items():
        context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True,
                                      extra_http_headers={"Accept-Language": language})
        page = context.new_page()
        if email:
            log_in(page, base, email)
        page.goto(base + path.format(jcf=world.jcf.id, meeting=world.meeting.id, rec=world.rec.id,
                                     draft=world.draft.id))
        assert page.evaluate("document.documentElement.lang") == language, (name, language)
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr"), name
        every = _violations(page)
        grave = [v for v in every if v["impact"] in GRAVE]
        figures[name] = f"{len(grave)} ({len(every) - len(grave)} moderate or minor)"
        if grave:
            found[name] = grave
        context.close()
    return figures, found


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_axe_finds_no_serious_or_critical_violation(browser, server, world, language, width):  # noqa: F811
    figures, found = _audit(browser, server, world, language, width)
    print(f"\naxe-core serious+critical violations, {language} at {width} px: "
          + ", ".join(f"{name} {n}" for name, n in figures.items()))
    assert not found, "\n".join(f"{name}: {v['id']} ({v['impact']}) {v['help']}\n    " + "\n    ".join(v["nodes"][:5])
                                for name, vs in found.items() for v in vs)
