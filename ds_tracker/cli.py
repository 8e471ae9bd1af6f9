"""Command-line tasks: `flask --app ds_tracker seed | create-user | ensure-admin`.

What they print for people is in the terminal's language (LANG / LC_ALL starting with "ar": Arabic), through
cli_text (plain gettext, no Flask-Babel at start-up)."""
import os
import secrets

import click
import sqlalchemy as sa
from flask.cli import with_appcontext

from .cli_text import say as _, say_n, terminal_language
from .dates import DateParseError, parse_date
from .extensions import db
from .models import Forum, Organisation, Role, RoleAssignment, User
from .services import SYSTEM, ValidationFailed, accounts


# What `seed` counts, in words (the keys of seed.seed()'s answer).
# What `seed` made, counted in the terminal's language with its plural forms ("1 new place", Arabic's six forms).
SEEDED = {"places": lambda n: say_n("%(num)s new place", "%(num)s new places", n),
          "themes": lambda n: say_n("%(num)s new theme", "%(num)s new themes", n),
          "organisations": lambda n: say_n("%(num)s new organisation", "%(num)s new organisations", n),
          "forums": lambda n: say_n("%(num)s new forum", "%(num)s new forums", n),
          "co-chairs": lambda n: say_n("%(num)s new co-chair", "%(num)s new co-chairs", n)}


class MigrationsGroup(click.Group):
    """`flask db ...`: Flask-Migrate's commands, imported only when one of them is run."""

    def _real(self, ctx):
        from flask.cli import ScriptInfo

        from .extensions import init_migrations
        return init_migrations(ctx.ensure_object(ScriptInfo).load_app())

    def list_commands(self, ctx):
        return self._real(ctx).list_commands(ctx)

    def get_command(self, ctx, name):
        return self._real(ctx).get_command(ctx, name)


@with_appcontext
def _migrations_options(directory, x_arg):
    from flask import g
    g.directory, g.x_arg = directory, x_arg   # what Flask-Migrate's own `db` group does


def register_cli(app):
    if "migrate" not in app.extensions:
        app.cli.add_command(MigrationsGroup("db", help="Perform database migrations.", callback=_migrations_options,
                                            params=[click.Option(["-d", "--directory"], default=None),
                                                    click.Option(["-x", "--x-arg"], multiple=True)]))
    app.cli.add_command(seed_command)
    app.cli.add_command(create_user_command)
    app.cli.add_command(ensure_admin_command)
    app.cli.add_command(demo_data_command)
    app.cli.add_command(reports_group)
    app.cli.add_command(send_reminders_command)
    from .uploads import files_group
    app.cli.add_command(files_group)
    app.cli.add_command(setup_command)
    app.cli.add_command(search_reindex_command)
    from .backup import backup_command, copy_to_command, restore_command
    for command in (backup_command, restore_command, copy_to_command):
        app.cli.add_command(command)
    from .review.cli import review_draft_command
    app.cli.add_command(review_draft_command)


@click.command("setup")
@click.option("--production", is_flag=True, help="No demo data: migrations, reference data, the first admin.")
@click.option("--admin-email", help="The first admin's e-mail (required with --production).")
@click.pass_context
def setup_command(ctx, production, admin_email):
    """Make the database ready: demo mode (`make run`) adds demo data and demo accounts; --production never does.

    Safe to run again: migrations, reference data and the first admin are only added when missing."""
    from flask import current_app
    from flask_migrate import upgrade

    from .extensions import init_migrations
    init_migrations(current_app)   # the command line binds Flask-Migrate only when a command needs it
    demo = bool(current_app.config.get("DEMO_MODE"))
    if production and demo:
        raise click.ClickException(_("DS_DEMO_MODE is on: turn it off for a production set-up."))
    if not production and not demo:
        raise click.ClickException(_("Say which: `setup --production` (real data), or demo mode "
                                     "(DS_DEMO_MODE=true, as `make run` does)."))
    if production and not admin_email:
        raise click.ClickException(_("--admin-email is required: it names the first administrator."))
    upgrade()
    ctx.invoke(seed_command)
    ctx.invoke(ensure_admin_command, email=admin_email or "admin@example.org")
    if demo:
        ctx.invoke(demo_data_command, if_empty=True)
    elif not current_app.config.get("BASE_URL"):
        click.echo(_("Warning: BASE_URL is not set. Password-reset e-mails, reminders and calendar feeds stay "
                     "off until DS_BASE_URL names the site's address (e.g. https://tracker.example.org)."))


@click.command("seed")
def seed_command():
    """Load forums, places, themes and organisations. Safe to run again."""
    from .seed import seed
    created = seed()
    db.session.commit()
    click.echo(_("Reference data: %(counts)s", counts=("، " if terminal_language() == "ar" else ", ").join(
        SEEDED[k](n) if k in SEEDED else f"{n} {k}" for k, n in created.items())))


def _parse_role(text: str) -> tuple[Role, Forum | None, Organisation | None]:
    """admin | secretariat:FORUM | co_chair:FORUM | focal_point:ORGANISATION (name, code or acronym)."""
    role_name, _colon, scope = text.partition(":")
    try:
        role = Role(role_name.strip().replace("-", "_"))
    except ValueError:
        raise click.BadParameter(_("unknown role %(role)r; use admin, secretariat, co_chair or focal_point",
                                   role=role_name))
    if role is Role.ADMIN:
        return role, None, None
    if not scope:
        raise click.BadParameter(_("%(role)s needs a scope, e.g. %(role)s:JCF-NIN", role=role.value))
    if role is Role.FOCAL_POINT:
        org = db.session.scalar(sa.select(Organisation).where(
            sa.or_(Organisation.name == scope, Organisation.acronym == scope)))
        if org is None:
            raise click.BadParameter(_("no organisation named %(name)r", name=scope))
        return role, None, org
    forum = db.session.scalar(sa.select(Forum).where(sa.or_(Forum.name == scope, Forum.code == scope)))
    if forum is None:
        raise click.BadParameter(_("no forum named %(name)r", name=scope))
    return role, forum, None


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--password", envvar="DS_NEW_USER_PASSWORD", help="Prompted for when not given.")
@click.option("--language", type=click.Choice(["en", "ar"]), default="en")
@click.option("--role", "roles", multiple=True,
              help="admin, secretariat:FORUM, co_chair:FORUM or focal_point:ORG; repeat for several.")
@click.option("--from", "starts_on", help="First day the roles are held (default: today).")
@click.option("--until", "ends_on", help="Last day the roles are held (default: open-ended).")
def create_user_command(email, name, password, language, roles, starts_on, ends_on):
    """Create an account with its roles."""
    try:
        starts = parse_date(starts_on) if starts_on else None
        ends = parse_date(ends_on) if ends_on else None
    except DateParseError as e:
        raise click.BadParameter(str(e))
    parsed = [_parse_role(r) for r in roles]
    if not password:
        password = click.prompt(_("Password"), hide_input=True, confirmation_prompt=True)
    try:
        user = accounts.create_user(SYSTEM, email=email, password=password, name=name, language=language)
        for role, forum, org in parsed:
            accounts.add_role(SYSTEM, user, role, forum=forum, organisation=org, starts_on=starts, ends_on=ends)
    except ValidationFailed as e:
        db.session.rollback()
        raise click.ClickException("; ".join(f"{k}: {v}" if k else str(v) for k, v in e.errors.items()))
    db.session.commit()
    click.echo(say_n("Created %(email)s with %(num)s role.", "Created %(email)s with %(num)s roles.", len(parsed),
                     email=user.email))


@click.command("ensure-admin")
@click.option("--email", default="admin@example.org", show_default=True)
def ensure_admin_command(email):
    """Create the first admin if there is none. Password: DS_ADMIN_PASSWORD, or generated and printed once."""
    has_admin = db.session.scalar(sa.select(RoleAssignment.id).where(RoleAssignment.role == Role.ADMIN).limit(1))
    if has_admin:
        click.echo(_("An admin account exists already."))
        return
    password = os.environ.get("DS_ADMIN_PASSWORD")
    generated = not password
    if generated:
        password = secrets.token_urlsafe(12)
    try:
        user = db.session.scalar(sa.select(User).where(User.email == email)) or accounts.create_user(
            SYSTEM, email=email, password=password, name="Administrator")
        accounts.add_role(SYSTEM, user, Role.ADMIN)
    except ValidationFailed as e:
        db.session.rollback()
        raise click.ClickException("; ".join(str(v) for v in e.errors.values()))
    db.session.commit()
    click.echo(_("Admin account: %(email)s", email=email))
    if generated:
        click.echo(_("Its password (shown once, note it now): %(password)s", password=password))


@click.command("demo-data")
@click.option("--meetings", default=60, show_default=True)
@click.option("--recommendations", default=400, show_default=True)
@click.option("--actions", default=900, show_default=True)
@click.option("--seed", default=1, show_default=True, help="The same seed gives the same data.")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already holds meetings.")
@click.option("--password", envvar="DS_DEMO_PASSWORD", default="demo password",
              help="Password of the demo accounts (DS_DEMO_PASSWORD).")
def demo_data_command(meetings, recommendations, actions, seed, if_empty, password):
    """Fill the database with realistic synthetic meetings, recommendations, actions and escalations."""
    import time

    from .demo import DEMO_USERS, generate
    from .models import Meeting
    if if_empty and db.session.scalar(sa.select(Meeting.id).limit(1)):
        click.echo(_("The database already holds meetings: no demo data added."))
        return
    from .seed import seed as load_reference
    load_reference()
    started = time.monotonic()
    try:
        result = generate(meetings, recommendations, actions, seed, password, progress=click.echo)
    except RuntimeError as e:
        db.session.rollback()
        raise click.ClickException(str(e))
    db.session.commit()
    from .demo_ar import create_arabic_records
    arabic = create_arabic_records()  # meetings written in Arabic, through the services
    db.session.commit()
    from .demo_plans import create_plan_records
    create_plan_records()   # the roadmap, POAs and government decisions of Q1 2024, through the services
    from .demo_library import create_q1_2024_library
    create_q1_2024_library()  # Q1 2024: the JCFs' soft launches, the quarter's documents (the review's demo)
    db.session.commit()
    with db.engine.begin() as conn:  # fresh statistics, so the query planner picks the list indexes
        conn.execute(sa.text("ANALYZE"))
    click.echo(_("Demo data: %(meetings)s, %(recommendations)s, %(actions)s (and %(arabic)s in Arabic) in "
                 "%(seconds).1f s.", meetings=say_n("%(num)s meeting", "%(num)s meetings", result["meetings"]),
                 recommendations=say_n("%(num)s recommendation", "%(num)s recommendations",
                                       result["recommendations"]),
                 actions=say_n("%(num)s action", "%(num)s actions", result["actions"]),
                 arabic=say_n("%(num)s recommendation", "%(num)s recommendations", arabic),
                 seconds=time.monotonic() - started))
    if result["users"]:
        click.echo(_("Demo accounts (password: %(password)r): %(accounts)s", password=password,
                     accounts=", ".join(user[0] for user in DEMO_USERS)))


def _read_report(path):
    """The report's text, or exit 2 with the reason on standard error (import-format.md)."""
    import sys

    from .importer.files import UnreadableFile, read_file
    try:
        return read_file(path)
    except (OSError, UnreadableFile) as e:
        click.echo(_("Cannot read %(path)s: %(reason)s", path=path, reason=e), err=True)
        sys.exit(2)


@click.group("reports")
def reports_group():
    """Read meeting reports: make a draft, or save one as a meeting."""


@reports_group.command("parse")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the draft as JSON (../shared/import-format.md).")
def reports_parse(path, as_json):
    """Print the draft a report becomes; nothing is saved."""
    import json

    from .importer import parse
    from .services.imports import reference_from_db
    text, warnings = _read_report(path)
    try:
        reference = reference_from_db()
    except sa.exc.SQLAlchemyError:   # no database yet: the seed lists are the same reference data
        db.session.rollback()
        reference = None
    draft = parse(text, reference)
    draft["warnings"] = warnings + draft["warnings"]
    if as_json:
        click.echo(json.dumps(draft, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{draft['title']} ({draft['kind']}{', ' + draft['forum'] if draft['forum'] else ''})")
        for key in ("sittings", "participants", "sessions", "groups", "recommendations", "actions", "commitments",
                    "escalations"):
            click.echo(f"  {key}: {len(draft[key])}")
        for w in draft["warnings"]:
            click.echo("  " + _("warning: %(warning)s", warning=w))


@reports_group.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--forum", "forum_name", help="Forum name or code (default: the one the report names, else workshops).")
@click.option("--as", "as_user", required=True, help="E-mail of the user the trail records as importing it.")
def reports_import(path, forum_name, as_user):
    """Save a report as a meeting without review (for loading past reports in bulk)."""
    from .services import PermissionDenied
    from .services import imports as service
    user = db.session.scalar(sa.select(User).where(User.email == as_user.strip().lower()))
    if user is None:
        raise click.BadParameter(_("no user %(email)r", email=as_user), param_hint="--as")
    forum = None
    if forum_name:
        forum = db.session.scalar(sa.select(Forum).where(sa.or_(Forum.name == forum_name, Forum.code == forum_name)))
        if forum is None:
            raise click.BadParameter(_("no forum named %(name)r", name=forum_name), param_hint="--forum")
    text, warnings = _read_report(path)
    try:
        draft = service.create_draft(user, text=text, filename=path.rsplit("/", 1)[-1], warnings=warnings, forum=forum)
        workshops = db.session.scalar(sa.select(Forum).where(Forum.code == "WS"))
        meeting = service.save(user, draft, forum=forum or draft.forum or workshops, skip_unowned=True)
    except ValidationFailed as e:
        db.session.rollback()
        raise click.ClickException("; ".join(f"{k}: {v}" if k else str(v) for k, v in e.errors.items()))
    except PermissionDenied as e:
        db.session.rollback()
        raise click.ClickException(str(e.message))
    db.session.commit()
    click.echo(_("Saved meeting %(id)s: %(title)s (%(participants)s, %(recommendations)s).", id=meeting.id,
                 title=meeting.title,
                 participants=say_n("%(num)s participant", "%(num)s participants", len(meeting.attendances)),
                 recommendations=say_n("%(num)s recommendation", "%(num)s recommendations",
                                       len(draft.data["recommendations"]))))
    for item in draft.data.get("skipped", []):
        click.echo("  " + _("not saved (no owner organisation named): %(text)s", text=item["text"]))


@click.command("send-reminders")
@click.option("--digests/--no-digests", default=True, help="Also send the secretariats' weekly digests.")
def send_reminders_command(digests):
    """E-mail what is due or overdue (once a day per person) and weekly digests (once a week per forum)."""
    from .links import BaseUrlMissing, base_url
    from .reminders import send_digests, send_due_reminders
    try:   # links in e-mails name the configured address; without one, no mail goes out
        base = base_url()
    except BaseUrlMissing as e:
        raise click.ClickException(_(str(e)))
    sent = send_due_reminders(base)
    weekly = send_digests(base) if digests else 0
    click.echo(_("Sent %(reminders)s and %(digests)s.",
                 reminders=say_n("%(num)s reminder", "%(num)s reminders", sent),
                 digests=say_n("%(num)s digest", "%(num)s digests", weekly)))


@click.command("search-reindex")
def search_reindex_command():
    """Rebuild every search entry (after the search document changes, e.g. Arabic stems were added)."""
    from .models import Action, Recommendation
    from .services.actions import reindex as reindex_action
    from .services.recommendations import reindex as reindex_recommendation
    count = 0
    for rec in db.session.scalars(sa.select(Recommendation).where(Recommendation.deleted_dt.is_(None))):
        reindex_recommendation(rec)  # and its actions
        count += 1
    for action in db.session.scalars(sa.select(Action).where(Action.deleted_dt.is_(None),
                                                             Action.recommendation_id.is_(None))):
        reindex_action(action)
        count += 1
    from .models import Commitment, Decision, Plan
    from .services.plans import reindex_commitment, reindex_plan
    from .services.register import reindex as reindex_decision
    for model, reindex in ((Plan, reindex_plan), (Commitment, reindex_commitment), (Decision, reindex_decision)):
        for record in db.session.scalars(sa.select(model).where(model.deleted_dt.is_(None))):
            reindex(record)
            count += 1
    db.session.commit()
    click.echo(say_n("Reindexed %(num)s record.", "Reindexed %(num)s records.", count))
