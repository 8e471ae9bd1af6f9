"""The focal point's page on a slow line: Debian's chromium through Playwright, throttled by CDP network emulation.

    .venv/bin/python bench/owe_3g.py                  # SQLite, in a temporary directory of this run's (see --keep)
    .venv/bin/python bench/owe_3g.py --database-url postgresql://postgres@127.0.0.1/ds_bench

The app is served by gunicorn (2 workers) on loopback. Each run opens a new browser context (empty cache, new
connection) logged in as the demo MoMD focal point, emulates the line (--kbps, --latency-ms) and prints:
  - cold first view of /owe: navigation start to the load event (HTML, CSS and the deferred scripts), and the bytes
    the browser received; target under 2 s;
  - one status update from the list (an open action to "in progress", the row swapped in by htmx); target 0.6 s.
The median of --runs runs is printed, with the same page without compression beside it for comparison.
"""
from __future__ import annotations

import argparse
import os
import secrets
import signal
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import build, login  # noqa: E402  (the page benchmark's database build and login)
import workdir  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FOCAL = "focal.momd@demo.org"


def serve(env: dict, port: int):
    """gunicorn with 2 workers; waits up to 120 s for a slow start and never leaves it running on failure."""
    import subprocess
    import requests
    proc = subprocess.Popen([str(Path(sys.executable).parent / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}",
                             "--log-level", "warning", "ds_tracker:create_app()"], env=env,
                            cwd=Path(__file__).resolve().parent.parent, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/login", timeout=5)
            return proc
        except requests.RequestException:
            time.sleep(0.3)
    stop(proc)
    raise SystemExit(f"the app did not start on port {port}")


def stop(proc) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=10)


def throttle(page, kbps: int, latency_ms: int) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
    rate = kbps * 1000 / 8    # bytes per second
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": latency_ms,
                                                  "downloadThroughput": rate, "uploadThroughput": rate})


def one_run(browser, base: str, cookies: list, args, compressed: bool) -> dict:
    headers = {} if compressed else {"Accept-Encoding": "identity"}
    context = browser.new_context(viewport={"width": 360, "height": 740}, extra_http_headers=headers)
    context.add_cookies(cookies)
    page = context.new_page()
    throttle(page, args.kbps, args.latency_ms)
    started = time.perf_counter()
    page.goto(f"{base}/owe", wait_until="load")
    first_view = time.perf_counter() - started
    received = page.evaluate("""() => performance.getEntriesByType('navigation').concat(
        performance.getEntriesByType('resource')).reduce((n, e) => n + e.transferSize, 0)""")
    html = page.evaluate("performance.getEntriesByType('navigation')[0].transferSize")
    row = page.locator(".owe-list > li[id]:has(button[value=in_progress])").first
    row_id = row.get_attribute("id")
    # Timed in the page, from the tap to the new row settled, so the driver's own waits do not count.
    page.evaluate("""() => {
        document.addEventListener('click', () => { window.tapped = performance.now(); }, true);
        document.body.addEventListener('htmx:afterSettle', () => { window.settled = performance.now(); });
    }""")
    row.locator("button[value=in_progress]").click()
    page.wait_for_selector(f"#{row_id} .saved")
    page.wait_for_function("window.settled !== undefined")
    update = page.evaluate("window.settled - window.tapped") / 1000
    context.close()
    return {"first_view": first_view, "received": received, "html": html, "update": update}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="PostgreSQL database to build into (default: SQLite in the run's "
                                               "directory, see --workdir)")
    parser.add_argument("--reuse", action="store_true", help="keep a database built by an earlier run")
    parser.add_argument("--kbps", type=int, default=400)
    parser.add_argument("--latency-ms", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--meetings", type=int, default=120)
    parser.add_argument("--recommendations", type=int, default=3000)
    parser.add_argument("--actions", type=int, default=10000)
    parser.add_argument("--port", type=int, default=5093)
    workdir.add_options(parser)
    args = parser.parse_args()
    workdir.check_reuse(parser, args)
    with workdir.workdir(args, "ds_owe_3g_") as tmp:
        measure(args, tmp)


def measure(args, tmp: Path) -> None:
    url = args.database_url or f"sqlite:///{tmp / 'ds_owe_3g.sqlite'}"
    url = url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    # Demo mode: the bench logs in with a demo account, which works only there (as bench/pages.py).
    env = {**os.environ, "DATABASE_URL": url, "DS_SECRET_KEY": secrets.token_hex(16), "DS_DEMO_MODE": "true",
           "DS_BASE_URL": f"http://127.0.0.1:{args.port}"}
    build(url, env, args.reuse, args)
    server = serve(env, args.port)
    try:
        from playwright.sync_api import sync_playwright
        base = f"http://127.0.0.1:{args.port}"
        session = login(base, FOCAL)
        cookies = [{"name": c.name, "value": c.value, "url": base} for c in session.cookies]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            results = {True: [], False: []}
            for _ in range(args.runs):
                for compressed in (True, False):
                    results[compressed].append(one_run(browser, base, cookies, args, compressed))
            browser.close()
    finally:
        stop(server)

    print(f"\n/owe as {FOCAL}, chromium at 360 px, {args.kbps} kbps and {args.latency_ms} ms latency, "
          f"median of {args.runs} cold runs")
    print(f"{'':22} {'first view s':>12} {'received KB':>12} {'HTML KB':>8} {'status update s':>16}")
    for compressed, label in ((True, "compressed"), (False, "not compressed")):
        rows = results[compressed]
        med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
        print(f"{label:22} {med['first_view']:12.2f} {med['received'] / 1024:12.1f} {med['html'] / 1024:8.1f} "
              f"{med['update']:16.2f}")
    print("targets: first view under 2 s, one status update under 0.6 s")


if __name__ == "__main__":
    main()
