"""Search as you type in a real browser: the address bar always names the results shown, and Back/Forward
show the box and the results of the address they go to."""
from urllib.parse import parse_qs, urlparse

from conftest import log_in


def _query(page):
    return parse_qs(urlparse(page.url).query).get("q", [""])[0]


def _type(page, text):
    page.fill("#q", text)
    page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=text)


def _entries(page):
    return page.evaluate("history.length")


def test_typing_keeps_the_address_bar_and_back_forward_in_step_with_the_results(browser, server, world):
    """Typing replaces the address (one entry however many pauses); Enter or the button adds one entry, not a
    copy of the typed one: Back goes to the previous search in one press."""
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/search")
    page.evaluate("window.notReloaded = true")
    start = _entries(page)
    _type(page, "Sin")
    _type(page, "Sinjar")
    page.wait_for_selector("#results li:has-text('Resume return approvals')")
    assert page.evaluate("window.notReloaded") is True            # the live request, not a submit
    assert _entries(page) == start                                # typing added no entry
    page.press("#q", "Enter")
    page.wait_for_function("n => history.length === n", arg=start + 1)
    page.press("#q", "Enter")                                     # the same search again: nothing new
    page.wait_for_timeout(300)
    assert _entries(page) == start + 1 and _query(page) == "Sinjar"
    _type(page, "suspended files")
    page.wait_for_selector("#results li:has-text('Share the list of suspended files')")
    assert "Resume return approvals" not in page.inner_text("#results")
    assert _query(page) == "suspended files" == page.input_value("#q")
    page.click("main button[type=submit]")
    page.wait_for_function("n => history.length === n", arg=start + 2)
    assert _query(page) == "suspended files" == page.input_value("#q")
    page.click("form.language-switch button")                   # Arabic, on the same search
    page.wait_for_selector("html[lang=ar]")
    assert _query(page) == "suspended files" == page.input_value("#q")
    page.go_back()
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'suspended files'")

    page.go_back()                                                # one press: the previous search
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'Sinjar'")
    page.wait_for_selector("#results li:has-text('Resume return approvals')")
    assert page.input_value("#q") == "Sinjar"
    assert "suspended files" not in page.inner_text("#results")
    page.go_back()
    page.wait_for_function("!new URLSearchParams(location.search).get('q')")
    page.wait_for_function("!document.querySelector('#results a')")
    assert page.input_value("#q") == ""
    page.go_forward()
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'Sinjar'")
    page.wait_for_selector("#results li:has-text('Resume return approvals')")
    assert page.input_value("#q") == "Sinjar"
    page.close()


def test_a_search_address_opened_afresh_shows_its_box_and_results_without_javascript(browser, server, world):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/search")
    page.fill("#q", "Sinjar")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert _query(page) == "Sinjar" == page.input_value("#q")
    assert "Resume return approvals" in page.inner_text("#results")
    context.close()


def test_back_to_a_search_htmx_no_longer_caches_gets_the_whole_page_and_live_results_name_their_address(
        client, world, login_as):
    login_as("secretariat")
    live = client.get("/search?q=+Sinjar+", headers={"HX-Request": "true"})
    assert live.headers["HX-Push-Url"] == "/search?q=Sinjar"
    assert 'id="q"' not in live.get_data(as_text=True)          # typing swaps the results only
    restored = client.get("/search?q=Sinjar", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    page = restored.get_data(as_text=True)
    assert 'id="q"' in page and 'value="Sinjar"' in page and "Resume return approvals" in page
