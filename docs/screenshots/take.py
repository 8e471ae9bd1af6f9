"""Take the README tour's screenshots with Debian's chromium: `.venv/bin/python docs/screenshots/take.py [NAME...]`
(names, e.g. `library review-draft`, take only those shots).

Builds a small demo database in a temporary folder (SHOTS_DB names another file, to keep it), serves the app on
loopback (SHOTS_PORT, else a free port) and photographs the pages, in English and, beside them (-ar), in Arabic
as the demo's Arabic-speaking accounts see them (secretariat.anbar@demo.org, focal.mof@demo.org). The library,
the coming meetings and a quarterly review (the RWG coordinator's Q1 2024, in each language) are in the tour too.
"""
import os
import socket
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
DEMO = ["demo-data", "--meetings", "80", "--recommendations", "600", "--actions", "1500", "--seed", "3"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(base: str):
    """The demo database, and the app serving it (the review's links point at `base`)."""
    db_file = Path(os.environ.get("SHOTS_DB") or Path(tempfile.mkdtemp()) / "shots.sqlite")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db_file}", "DS_SECRET_KEY": "screenshots",
           "DS_DEMO_MODE": "true", "DS_BASE_URL": base}     # demo mode: the demo accounts log in
    for args in (["db", "upgrade"], DEMO):
        subprocess.run([str(BIN / "flask"), "--app", "ds_tracker", *args], env=env, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ.update(env)
    from ds_tracker import create_app
    return create_app()


def _ids(app, base: str) -> dict:
    """The records the tour shows: the busiest meetings, a decided recommendation, the roadmap, a review."""
    import sqlalchemy as sa
    from ds_tracker.extensions import db
    from ds_tracker.models import User
    from ds_tracker.services import reviews
    one = lambda sql: db.session.execute(sa.text(sql)).scalar()  # noqa: E731
    with app.app_context():
        coordinator = db.session.scalar(sa.select(User).where(User.email == "secretariat.rwg@demo.org"))
        review_en, review_ar = (reviews.create_review(coordinator, start=date(2024, 1, 1), end=date(2024, 3, 31),
                                                      language=lang, base_url=base) for lang in ("en", "ar"))
        db.session.commit()
        return dict(
            meeting=one("select a.meeting_id from attendances a join meetings m on m.id=a.meeting_id join forums f"
                        " on f.id=m.forum_id where f.code='JCF-NIN' group by a.meeting_id"
                        " order by count(*) desc, a.meeting_id desc"),
            forum=one("select id from forums where code='JCF-NIN'"),
            anbar=one("select id from forums where code='JCF-ANB'"),
            roadmap=one("select id from plans where kind='roadmap'"),
            tazade=one("select id from actions where text like '%Tazade%'"),
            anbar_meeting=one("select m.id from meetings m join forums f on f.id=m.forum_id left join recommendations"
                              " r on r.meeting_id=m.id where f.code='JCF-ANB' group by m.id"
                              " order by count(r.text_ar) desc, m.id desc"),
            anbar_rec=one("select r.id from recommendations r join forums f on f.id=r.forum_id"
                          " where f.code='JCF-ANB' and r.text_ar is not null order by r.id limit 1"),
            rec=one("select r.id from recommendations r join forums f on f.id=r.forum_id where f.code='JCF-NIN'"
                    " order by case r.escalation_state when 'decided' then 0 when 'waiting' then 1"
                    " when 'planned' then 2 else 3 end, r.id desc"),
            review_en=review_en.id, review_ar=review_ar.id)


def shots(i: dict) -> list[tuple[str, str, int, str]]:
    """(file name, page, viewport width, who looks): a name with "print" is taken as printed."""
    return [
        ("meeting", f"/meetings/{i['meeting']}", 1280, "secretariat.ninewa@demo.org"),
        ("recommendation", f"/recommendations/{i['rec']}", 1280, "cochair.ninewa@demo.org"),
        ("open-actions", "/actions", 1280, "cochair.ninewa@demo.org"),
        ("open-actions-phone", "/actions", 360, "focal.momd@demo.org"),
        ("dashboard", f"/forums/{i['forum']}/dashboard", 1280, "cochair.ninewa@demo.org"),
        ("what-we-owe-phone", "/owe", 360, "focal.momd@demo.org"),
        ("plan", f"/plans/{i['roadmap']}", 1280, "secretariat.dstf@demo.org"),
        ("decisions-register", "/decisions", 1280, "secretariat.dstf@demo.org"),
        ("measure-phone", f"/actions/{i['tazade']}#indicators", 360, "focal.momd@demo.org"),
        ("meeting-pack-print", f"/forums/{i['forum']}/pack", 794, "cochair.ninewa@demo.org"),
        ("library", "/library?from=2024-01-01&to=2024-03-31", 1280, "secretariat.rwg@demo.org"),
        ("library-search", "/library?q=salinity", 1280, "secretariat.rwg@demo.org"),
        ("coming-meetings", "/upcoming", 1280, "secretariat.rwg@demo.org"),
        ("review-draft", f"/reviews/{i['review_en']}", 1280, "secretariat.rwg@demo.org"),
        # in Arabic: the demo's Arabic-speaking focal point, governorate secretariat and the review in Arabic
        ("what-we-owe-phone-ar", "/owe", 360, "focal.mof@demo.org"),
        ("recommendations-ar", f"/recommendations?forum={i['anbar']}", 1280, "secretariat.anbar@demo.org"),
        ("meeting-ar", f"/meetings/{i['anbar_meeting']}", 1280, "secretariat.anbar@demo.org"),
        ("recommendation-ar", f"/recommendations/{i['anbar_rec']}", 1280, "secretariat.anbar@demo.org"),
        ("open-actions-phone-ar", "/actions", 360, "focal.mof@demo.org"),
        ("dashboard-ar", f"/forums/{i['anbar']}/dashboard", 1280, "secretariat.anbar@demo.org"),
        ("meeting-pack-print-ar", f"/forums/{i['anbar']}/pack", 794, "secretariat.anbar@demo.org"),
        ("review-print-ar", f"/reviews/{i['review_ar']}/print", 794, "secretariat.rwg@demo.org"),
    ]


def photograph(base: str, wanted) -> None:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        for name, path, width, email in wanted:
            page = browser.new_page(viewport={"width": width, "height": 900 if width > 400 else 780})
            page.goto(f"{base}/login")
            page.fill("#email", email)
            page.fill("#password", "demo password")
            page.click("main button[type=submit]")
            page.wait_for_load_state()
            page.goto(base + path)
            if "print" in name:
                page.emulate_media(media="print")   # what the printed page looks like
            page.screenshot(path=str(HERE / f"{name}.png"), full_page=False)
            page.close()
        browser.close()


def main(names=()):
    port = int(os.environ.get("SHOTS_PORT") or _free_port())
    base = f"http://127.0.0.1:{port}"
    app = build(base)
    wanted = [s for s in shots(_ids(app, base)) if not names or s[0] in names]
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs):
            pass
    server = make_server("127.0.0.1", port, app, threaded=True, request_handler=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        photograph(base, wanted)
    finally:
        server.shutdown()
    print("screenshots written to", HERE)


if __name__ == "__main__":
    main(sys.argv[1:])
