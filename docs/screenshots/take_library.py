"""Screenshots of the library, the coming meetings and the quarterly review draft (issue 14), with Debian's
chromium: `.venv/bin/python docs/screenshots/take_library.py`. Builds a demo database in a temporary folder
and serves it on 127.0.0.1:5102 while photographing (take.py takes the rest of the tour)."""
import os
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
PORT = 5102


def main():
    tmp = Path(tempfile.mkdtemp())
    base = f"http://127.0.0.1:{PORT}"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'shots.sqlite'}", "DS_SECRET_KEY": "screenshots",
           "DS_DEMO_MODE": "true", "DS_BASE_URL": base}
    for args in (["db", "upgrade"], ["demo-data", "--seed", "3"]):
        subprocess.run([str(BIN / "flask"), "--app", "ds_tracker", *args], env=env, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ.update(env)
    import sqlalchemy as sa
    from werkzeug.serving import WSGIRequestHandler, make_server

    from ds_tracker import create_app
    from ds_tracker.extensions import db
    from ds_tracker.models import User
    from ds_tracker.services import reviews
    app = create_app()
    with app.app_context():   # the RWG coordinator's Q1-2024 review, in each language
        coordinator = db.session.scalar(sa.select(User).where(User.email == "secretariat.rwg@demo.org"))
        english, arabic = (reviews.create_review(coordinator, start=date(2024, 1, 1), end=date(2024, 3, 31),
                                                 language=lang, base_url=base) for lang in ("en", "ar"))
        db.session.commit()
        ids = english.id, arabic.id

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs):
            pass
    server = make_server("127.0.0.1", PORT, app, threaded=True, request_handler=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        for name, path, width, email in [
            ("library", "/library?from=2024-01-01&to=2024-03-31", 1280, "secretariat.rwg@demo.org"),
            ("library-search", "/library?q=salinity", 1280, "secretariat.rwg@demo.org"),
            ("coming-meetings", "/upcoming", 1280, "secretariat.rwg@demo.org"),
            ("review-draft", f"/reviews/{ids[0]}", 1280, "secretariat.rwg@demo.org"),
            ("review-print-ar", f"/reviews/{ids[1]}/print", 794, "secretariat.rwg@demo.org"),
        ]:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"{base}/login")
            page.fill("#email", email)
            page.fill("#password", "demo password")
            page.click("main button[type=submit]")
            page.wait_for_load_state()
            page.goto(base + path)
            if name.endswith("print-ar"):
                page.emulate_media(media="print")
            page.screenshot(path=str(HERE / f"{name}.png"), full_page=False)
            page.close()
        browser.close()
    server.shutdown()
    print("screenshots written to", HERE)


if __name__ == "__main__":
    main()
