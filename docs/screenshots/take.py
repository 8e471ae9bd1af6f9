"""Take the README tour's screenshots with Debian's chromium: `.venv/bin/python docs/screenshots/take.py`.

Builds a small demo database in a temporary folder (SHOTS_DB names another file, to keep it), serves the app on
loopback (SHOTS_PORT, else a free port) and photographs the pages, in English and, beside them (-ar), in Arabic
as the demo's Arabic-speaking accounts see them (secretariat.anbar@demo.org, focal.mof@demo.org).
"""
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent


def main():
    db_file = Path(os.environ.get("SHOTS_DB") or Path(tempfile.mkdtemp()) / "shots.sqlite")
    url = f"sqlite:///{db_file}"
    env = {**os.environ, "DATABASE_URL": url, "DS_SECRET_KEY": "screenshots", "DS_DEMO_MODE": "true"}  # demo accounts
    for args in (["db", "upgrade"], ["demo-data", "--meetings", "80", "--recommendations", "600",
                                     "--actions", "1500", "--seed", "3"]):
        subprocess.run([str(BIN / "flask"), "--app", "ds_tracker", *args], env=env, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ.update(env)
    from werkzeug.serving import make_server

    import sqlalchemy as sa
    from ds_tracker import create_app
    from ds_tracker.extensions import db
    app = create_app()
    with app.app_context():
        meeting_id = db.session.execute(sa.text(
            "select a.meeting_id from attendances a join meetings m on m.id=a.meeting_id join forums f on "
            "f.id=m.forum_id where f.code='JCF-NIN' group by a.meeting_id order by count(*) desc, a.meeting_id desc"
        )).scalar()
        forum_id = db.session.execute(sa.text("select id from forums where code='JCF-NIN'")).scalar()
        anbar_id = db.session.execute(sa.text("select id from forums where code='JCF-ANB'")).scalar()
        roadmap_id = db.session.execute(sa.text("select id from plans where kind='roadmap'")).scalar()
        tazade_id = db.session.execute(sa.text("select id from actions where text like '%Tazade%'")).scalar()
        anbar_meeting = db.session.execute(sa.text(
            "select m.id from meetings m join forums f on f.id=m.forum_id left join recommendations r on "
            "r.meeting_id=m.id where f.code='JCF-ANB' group by m.id order by count(r.text_ar) desc, m.id desc")).scalar()
        anbar_rec = db.session.execute(sa.text(
            "select r.id from recommendations r join forums f on f.id=r.forum_id where f.code='JCF-ANB' "
            "and r.text_ar is not null order by r.id limit 1")).scalar()
        rec_id = db.session.execute(sa.text(
            "select r.id from recommendations r join forums f on f.id=r.forum_id where f.code='JCF-NIN' "
            "order by case r.escalation_state when 'decided' then 0 when 'waiting' then 1 when 'planned' then 2 "
            "else 3 end, r.id desc")).scalar()
    from werkzeug.serving import WSGIRequestHandler

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs):
            pass
    server = make_server("127.0.0.1", int(os.environ.get("SHOTS_PORT") or 0), app, threaded=True, request_handler=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"

    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        for name, path, width, email in [
            ("meeting", f"/meetings/{meeting_id}", 1280, "secretariat.ninewa@demo.org"),
            ("recommendation", f"/recommendations/{rec_id}", 1280, "cochair.ninewa@demo.org"),
            ("open-actions", "/actions", 1280, "cochair.ninewa@demo.org"),
            ("open-actions-phone", "/actions", 360, "focal.momd@demo.org"),
            ("dashboard", f"/forums/{forum_id}/dashboard", 1280, "cochair.ninewa@demo.org"),
            ("what-we-owe-phone", "/owe", 360, "focal.momd@demo.org"),
            ("plan", f"/plans/{roadmap_id}", 1280, "secretariat.dstf@demo.org"),
            ("decisions-register", "/decisions", 1280, "secretariat.dstf@demo.org"),
            ("measure-phone", f"/actions/{tazade_id}#indicators", 360, "focal.momd@demo.org"),
            ("meeting-pack-print", f"/forums/{forum_id}/pack", 794, "cochair.ninewa@demo.org"),
            # in Arabic: the demo's Arabic-speaking focal point and governorate secretariat
            ("what-we-owe-phone-ar", "/owe", 360, "focal.mof@demo.org"),
            ("recommendations-ar", "/recommendations?forum=" + str(anbar_id), 1280, "secretariat.anbar@demo.org"),
            ("meeting-ar", f"/meetings/{anbar_meeting}", 1280, "secretariat.anbar@demo.org"),
            ("recommendation-ar", f"/recommendations/{anbar_rec}", 1280, "secretariat.anbar@demo.org"),
            ("open-actions-phone-ar", "/actions", 360, "focal.mof@demo.org"),
            ("dashboard-ar", f"/forums/{anbar_id}/dashboard", 1280, "secretariat.anbar@demo.org"),
            ("meeting-pack-print-ar", f"/forums/{anbar_id}/pack", 794, "secretariat.anbar@demo.org"),
        ]:
            page = browser.new_page(viewport={"width": width, "height": 900 if width > 400 else 780})
            page.goto(f"{base}/login")
            page.fill("#email", email)
            page.fill("#password", "demo password")
            page.click("main button[type=submit]")
            page.wait_for_load_state()
            page.goto(base + path)
            if name.endswith("print"):
                page.emulate_media(media="print")   # what the printed pack looks like
            page.screenshot(path=str(HERE / f"{name}.png"), full_page=False)
            page.close()
        browser.close()
    server.shutdown()
    print("screenshots written to", HERE)


if __name__ == "__main__":
    main()
