"""Command-line tasks: seed, create-user, ensure-admin; start-up without a secret key or heavy libraries."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Forum, ForumCoChair, Organisation, Place, PlaceKind, Role, Theme, TrailEntry, User


def counts():
    return {m.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(m))
            for m in (Forum, ForumCoChair, Organisation, Place, Theme)}


def test_seed_loads_reference_data_and_is_idempotent(runner):
    first = runner.invoke(args=["seed"])
    assert first.exit_code == 0, first.output
    loaded = counts()
    assert loaded["Forum"] == 12 and loaded["Theme"] == 16
    again = runner.invoke(args=["seed"])
    assert again.exit_code == 0 and counts() == loaded
    assert "0 new places" in again.output

    govs = db.session.scalars(sa.select(Place).where(Place.kind == PlaceKind.GOVERNORATE)).all()
    assert len(govs) == 19   # the 18 governorates and Halabja
    ninewa = next(p for p in govs if p.name == "Ninewa")
    assert {"Nineveh", "Ninawa"} <= set(ninewa.aliases) and ninewa.name_ar == "نينوى"
    duhok = next(p for p in govs if p.name == "Duhok")
    assert duhok.parent.name == "Kurdistan Region"
    jurf = db.session.scalar(sa.select(Place).where(Place.name == "Jurf al-Sakhar"))
    assert "Jurf al-Nasr" in jurf.aliases and jurf.parent.parent.name == "Babylon"

    dma = db.session.scalar(sa.select(Organisation).where(Organisation.acronym == "DMA"))
    assert dma.parent.name == "Ministry of Environment"
    momd = db.session.scalar(sa.select(Organisation).where(Organisation.acronym == "MoMD"))
    assert "Ministry of Migration and Displaced" in momd.aliases
    assert any(c.name == "MoMD Ninewa Branch" for c in momd.children)

    kirkuk = db.session.scalar(sa.select(Forum).where(Forum.code == "JCF-KIR"))
    assert [c.organisation.acronym for c in kirkuk.co_chairs] == ["IRC"]
    assert db.session.scalar(sa.select(Forum).where(Forum.code == "DSTF")).confidential
    # seeded through the service layer: in the trail, by the system
    assert db.session.scalar(sa.select(sa.func.count(TrailEntry.id)).where(TrailEntry.user_id.is_(None))) > 100


def test_seeding_again_gives_an_organisation_the_arabic_name_added_since(runner):
    assert runner.invoke(args=["seed"]).exit_code == 0
    dso = db.session.scalar(sa.select(Organisation).where(Organisation.acronym == "DSO"))
    assert dso.name_ar == "مكتب دعم التنمية"
    dso.name_ar = None        # seeded before the list had its Arabic name
    db.session.commit()
    assert runner.invoke(args=["seed"]).exit_code == 0
    db.session.expire_all()
    assert db.session.get(Organisation, dso.id).name_ar == "مكتب دعم التنمية"


def test_create_user_with_roles(runner):
    runner.invoke(args=["seed"])
    result = runner.invoke(args=["create-user", "--email", "Focal@Unicef.org", "--name", "Layla Hassan",
                                 "--password", "a long password", "--role", "focal_point:UNICEF",
                                 "--role", "co_chair:JCF-NIN", "--from", "1 January 2025"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User).where(User.email == "focal@unicef.org"))
    roles = sorted((a.role.value, a.scope_label) for a in user.roles)
    assert roles == [("co_chair", "JCF Ninewa"), ("focal_point", "UNICEF")]
    assert all(str(a.starts_on) == "2025-01-01" for a in user.roles)


def test_create_user_explains_bad_input(runner):
    runner.invoke(args=["seed"])
    bad_role = runner.invoke(args=["create-user", "--email", "x@y.org", "--name", "X", "--password", "a long password",
                                   "--role", "secretariat:Nowhere"])
    assert bad_role.exit_code != 0 and "no forum named 'Nowhere'" in bad_role.output
    short = runner.invoke(args=["create-user", "--email", "x@y.org", "--name", "X", "--password", "short"])
    assert short.exit_code != 0 and "at least 10 characters" in short.output
    bad_date = runner.invoke(args=["create-user", "--email", "x@y.org", "--name", "X", "--password", "a long password",
                                   "--from", "someday"])
    assert bad_date.exit_code != 0 and "not a date we can read" in bad_date.output
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0   # nothing half-written


def test_ensure_admin_prints_a_generated_password_once(runner, monkeypatch):
    monkeypatch.delenv("DS_ADMIN_PASSWORD", raising=False)
    first = runner.invoke(args=["ensure-admin"])
    assert first.exit_code == 0 and "password (shown once" in first.output
    password = first.output.strip().splitlines()[-1].split(": ", 1)[1]
    admin = db.session.scalar(sa.select(User).where(User.email == "admin@example.org"))
    assert admin.check_password(password) and admin.roles[0].role is Role.ADMIN
    second = runner.invoke(args=["ensure-admin"])
    assert "exists already" in second.output and "password" not in second.output


def test_ensure_admin_uses_the_password_from_the_environment(runner, monkeypatch):
    monkeypatch.setenv("DS_ADMIN_PASSWORD", "from the environment")
    result = runner.invoke(args=["ensure-admin"])
    assert "shown once" not in result.output
    admin = db.session.scalar(sa.select(User).where(User.email == "admin@example.org"))
    assert admin.check_password("from the environment")


def test_production_setup_creates_the_first_admin_and_no_demo_data(runner, monkeypatch):
    from ds_tracker.models import Meeting
    monkeypatch.setenv("DS_ADMIN_PASSWORD", "lantern orchard vivid seven")
    refused = runner.invoke(args=["setup", "--production"])
    assert refused.exit_code != 0 and "--admin-email is required" in refused.output
    result = runner.invoke(args=["setup", "--production", "--admin-email", "chief@unhabitat.org"])
    assert result.exit_code == 0, result.output
    admin = db.session.scalar(sa.select(User).where(User.email == "chief@unhabitat.org"))
    assert admin.roles[0].role is Role.ADMIN and not admin.is_demo
    assert db.session.scalar(sa.select(sa.func.count(Meeting.id))) == 0
    assert not db.session.scalar(sa.select(User.id).where(User.email.like("%@demo.org")))
    assert db.session.scalar(sa.select(sa.func.count(Forum.id))) > 0   # the reference data


def test_setup_says_which_mode_and_production_refuses_demo_mode(app, runner, monkeypatch):
    unsaid = runner.invoke(args=["setup"])
    assert unsaid.exit_code != 0 and "--production" in unsaid.output
    monkeypatch.setitem(app.config, "DEMO_MODE", True)
    mixed = runner.invoke(args=["setup", "--production", "--admin-email", "chief@unhabitat.org"])
    assert mixed.exit_code != 0 and "DS_DEMO_MODE is on" in mixed.output


# --- the command line starts fast and needs no secret key ------------------------------------------------------
ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("alembic", "pdfplumber", "pdfminer", "docx", "openpyxl", "icalendar", "rapidfuzz")


def flask_command(tmp_path, *args):
    """The real `flask` command, as a person types it, with no secret key anywhere (DS_SECRET_KEY="" also hides
    a key in instance/config.py) and a database that does not exist yet."""
    env = {**os.environ, "DS_SECRET_KEY": "", "DATABASE_URL": f"sqlite:///{tmp_path / 'none.sqlite'}"}
    return subprocess.run([str(Path(sys.executable).parent / "flask"), "--app", "ds_tracker", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def test_parsing_a_report_needs_no_secret_key(tmp_path):
    result = flask_command(tmp_path, "reports", "parse", str(ROOT / "tests" / "reports" / "rwg-minutes-2025-04.md"))
    assert result.returncode == 0, result.stderr
    assert "Returns Working Group" in result.stdout and "participants: 8" in result.stdout


def test_commands_that_send_no_link_say_nothing_of_base_url(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DS_BASE_URL"}
    result = subprocess.run([str(Path(sys.executable).parent / "flask"), "--app", "ds_tracker", "reports", "parse",
                             str(ROOT / "tests" / "reports" / "rwg-minutes-2025-04.md")], cwd=ROOT,
                            env={**env, "DS_SECRET_KEY": "k", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite'}"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "BASE_URL" not in result.stderr + result.stdout


def test_serving_without_base_url_warns(monkeypatch, database_url, caplog):
    """`flask run` and a WSGI server (gunicorn) serve pages that mail reset links: there the warning matters."""
    import click

    from ds_tracker import create_app
    config = {"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "k"}
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    create_app(config)                                       # gunicorn
    assert caplog.text.count("BASE_URL is not set") == 1
    monkeypatch.setenv("FLASK_RUN_FROM_CLI", "true")
    for command, warned in (("run", 2), ("backup", 2), ("copy-to", 2)):
        with click.Context(click.Command(command), info_name=command):
            create_app(config)
        assert caplog.text.count("BASE_URL is not set") == warned, command


def test_migrations_still_run_from_the_command_line(tmp_path):
    result = flask_command(tmp_path, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert "(head)" in flask_command(tmp_path, "db", "current").stdout


def test_commands_start_without_the_heavy_libraries():
    """Under the flask command the app loads none of them: each is imported where it is used."""
    code = ("import sys; from ds_tracker import create_app; create_app(); "
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    env = {**os.environ, "FLASK_RUN_FROM_CLI": "true", "DS_SECRET_KEY": "k", "DATABASE_URL": "sqlite://"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


def test_serving_without_a_secret_key_is_refused(monkeypatch, database_url):
    from ds_tracker import create_app
    config = {"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": None}
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY is not set"):
        create_app(config)                    # gunicorn: refuses to start
    monkeypatch.setenv("FLASK_RUN_FROM_CLI", "true")
    app = create_app(config)                  # `flask run`: starts, but answers no request
    with pytest.raises(RuntimeError, match="SECRET_KEY is not set"):
        app.test_client().get("/login")


def test_setup_from_the_command_line_migrates_an_empty_database(tmp_path):
    """`make run` calls `flask setup` under the real command line, where Flask-Migrate is bound lazily."""
    env_key = {"DS_SECRET_KEY": "k", "DS_DEMO_MODE": "true"}
    result = subprocess.run([str(Path(sys.executable).parent / "flask"), "--app", "ds_tracker", "setup"], cwd=ROOT,
                            env={**os.environ, **env_key, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite'}",
                                 "DS_ADMIN_PASSWORD": "lantern orchard vivid seven"},
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    import sqlite3
    with sqlite3.connect(tmp_path / "new.sqlite") as made:           # migrated, seeded, with the demo meetings
        assert made.execute("select count(*) from meetings").fetchone()[0] > 0


# --- issue 11 §1: what the command line says, in the terminal's language ----------------------------------------
ARABIC = {"LANG": "ar_IQ.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def test_the_command_line_speaks_arabic_when_the_terminal_does(app, runner, monkeypatch):
    monkeypatch.delenv("DS_ADMIN_PASSWORD", raising=False)
    seeded = runner.invoke(args=["seed"], env=ARABIC)
    assert seeded.exit_code == 0 and "البيانات المرجعية" in seeded.output and "منتدىً جديداً" in seeded.output
    assert "7 رؤساء مشاركين جدد" in seeded.output            # Arabic's plural forms: 3-10 take the plural
    assert "Reference data" not in seeded.output
    admin = runner.invoke(args=["ensure-admin"], env=ARABIC)
    assert "حساب المسؤول" in admin.output and "كلمة المرور" in admin.output
    again = runner.invoke(args=["ensure-admin"], env=ARABIC)
    assert again.output.strip() == "يوجد حساب مسؤول مسبقاً."
    refused = runner.invoke(args=["create-user", "--email", "a@b.org", "--name", "A", "--password", "x" * 20,
                                  "--role", "focal_point:Nowhere"], env=ARABIC)
    assert refused.exit_code != 0 and "لا توجد جهة باسم" in refused.output
    unsaid = runner.invoke(args=["setup"], env=ARABIC)
    assert unsaid.exit_code != 0 and "حدّد أحد الخيارين" in unsaid.output
    monkeypatch.setitem(app.config, "BASE_URL", None)
    no_address = runner.invoke(args=["send-reminders"], env=ARABIC)
    assert no_address.exit_code != 0 and "لم يُضبط BASE_URL" in no_address.output


def test_lc_all_wins_over_lang_and_english_is_the_default(runner):
    english = runner.invoke(args=["seed"], env={"LANG": "ar_IQ.UTF-8", "LC_ALL": "en_GB.UTF-8"})
    assert "Reference data" in english.output
    plain = runner.invoke(args=["seed"], env={"LANG": "", "LC_ALL": "", "LC_MESSAGES": ""})
    assert "Reference data" in plain.output


def test_arabic_messages_do_not_slow_the_command_line_start():
    """The terminal's language is read with plain gettext on the compiled catalogue: choosing Arabic adds a
    catalogue read to a command's start, not Flask-Babel or a request context."""
    code = ("import sys, time; import ds_tracker; t = time.monotonic(); from ds_tracker.cli_text import say; "
            "text = say('Admin account: %(email)s', email='x'); "
            "print(round(time.monotonic() - t, 3), text.startswith('حساب'))")
    env = {**os.environ, "LANG": "ar_IQ.UTF-8", "LC_ALL": ""}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    seconds, arabic = result.stdout.split()
    assert result.returncode == 0 and arabic == "True" and float(seconds) < 0.25, result.stdout + result.stderr


def test_arabic_counts_take_the_form_their_number_needs(monkeypatch):
    """Arabic has six forms: 11 to 99 take the singular in the accusative (صفاً), 100 to 102 the plain singular
    (صف); the catalogue's rule chose them the other way round ("15 صف", "101 صفاً")."""
    from ds_tracker.cli_text import say_n
    for name, value in ARABIC.items():
        monkeypatch.setenv(name, value)
    said = {n: say_n("%(num)s row", "%(num)s rows", n) for n in (0, 1, 2, 3, 15, 99, 100, 101, 111, 203)}
    assert said[1] == "صف واحد" and said[2] == "صفّان" and said[3] == "3 صفوف"
    assert said[15] == "15 صفاً" and said[99] == "99 صفاً" and said[111] == "111 صفاً"
    assert said[100] == "100 صف" and said[101] == "101 صف" and said[203] == "203 صفوف"
