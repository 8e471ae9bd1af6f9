"""`flask backup FILE`, `flask restore FILE [--replace]`, `flask copy-to DATABASE_URL`: a consistent copy of the
whole record (the trail and the stored files included: files live in the database), taken while the app runs.

SQLite: FILE is an SQLite database made by SQLite's online backup API (pages copied under a read transaction, so
writers may go on). PostgreSQL: FILE is a `pg_dump --format=custom` archive (one snapshot), restored by
`pg_restore --clean --single-transaction` (all or nothing). `copy-to` moves an office from SQLite to PostgreSQL:
it migrates the target, copies every table in dependency order, resets the sequences so new records get fresh
ids, then compares every table's row count and content checksum (`checksums`) and fails loudly on a difference.
"""
from __future__ import annotations

import enum
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import date, datetime, time, timezone
from decimal import Decimal
from glob import glob

import click
import sqlalchemy as sa

from .cli_text import say, say_n
from .extensions import db

PG_DUMP_MAGIC = b"PGDMP"
SQLITE_MAGIC = b"SQLite format 3\x00"


# --- what a database holds, comparable across SQLite and PostgreSQL --------------------------------------

def _plain(value):
    """One value as the same plain text on either database (enums by value, times in UTC, files by digest)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, (float, Decimal)):
        return repr(float(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def app_tables():
    from . import models  # noqa: F401 (every model registers its table)
    return db.metadata.sorted_tables


def checksums(engine) -> dict[str, tuple[int, str]]:
    """{table: (rows, sha256 of every row in primary-key order)} for every table of the app and alembic_version."""
    result = {}
    with engine.connect() as conn:
        for table in app_tables():
            digest, count = hashlib.sha256(), 0
            rows = conn.execution_options(stream_results=True, yield_per=500).execute(
                sa.select(table).order_by(*table.primary_key.columns))
            for row in rows:
                digest.update(json.dumps([_plain(v) for v in row], ensure_ascii=False, sort_keys=True).encode())
                digest.update(b"\n")
                count += 1
            result[table.name] = (count, digest.hexdigest())
        versions = sorted(conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars())
        result["alembic_version"] = (len(versions), ",".join(versions))
    return result


def rows_held(engine) -> int:
    """Rows in the app's tables (0 for a database without them or with only its schema)."""
    existing = set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        return sum(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar()
                   for t in app_tables() if t.name in existing)


# --- backup and restore ------------------------------------------------------------------------------

def _libpq_url(url: sa.URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def pg_tool(name: str) -> str:
    """pg_dump/pg_restore: the newest installed (Debian keeps them in /usr/lib/postgresql/<version>/bin)."""
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise click.ClickException(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def backup_to(path: str) -> None:
    engine = db.engine
    folder = os.path.dirname(os.path.abspath(path))
    fd, partial = tempfile.mkstemp(prefix=".backup-", dir=folder)   # renamed into place only when complete
    os.close(fd)
    try:
        if engine.dialect.name == "sqlite":
            target = sqlite3.connect(partial)
            raw = engine.raw_connection()
            try:
                raw.driver_connection.backup(target)
            finally:
                raw.close()
                target.close()
        else:
            subprocess.run([pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                            "--file", partial, "--dbname", _libpq_url(engine.url)], check=True)
        os.replace(partial, path)
    except (subprocess.CalledProcessError, sqlite3.Error) as e:
        raise click.ClickException(f"The backup failed: {e}") from None
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def restore_from(path: str, replace: bool) -> None:
    engine = db.engine
    with open(path, "rb") as f:
        head = f.read(16)
    kind = "sqlite" if head.startswith(SQLITE_MAGIC) else "postgresql" if head.startswith(PG_DUMP_MAGIC) else None
    if kind is None:
        raise click.ClickException(f"{path} is not a backup made by `flask backup`.")
    if kind != engine.dialect.name:
        raise click.ClickException(f"{path} is a {kind} backup and this database is {engine.dialect.name}: restore "
                                   f"it into a {kind} database, then use `flask copy-to`.")
    held = rows_held(engine)
    if held and not replace:
        raise click.ClickException(f"This database is not empty ({held} rows): restoring replaces all of it. "
                                   "Add --replace if that is what you want.")
    db.session.remove()
    engine.dispose()
    if kind == "sqlite":
        source = sqlite3.connect(path)
        raw = engine.raw_connection()
        try:
            source.backup(raw.driver_connection)
        finally:
            raw.close()
            source.close()
    else:
        result = subprocess.run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
                                 "--single-transaction", "--exit-on-error", "--dbname", _libpq_url(engine.url), path],
                                capture_output=True, text=True)
        if result.returncode:
            raise click.ClickException("The restore failed and changed nothing: " + result.stderr.strip()[-500:])
    engine.dispose()


# --- copy to another database ------------------------------------------------------------------------

def copy_to(target_url: str, echo=click.echo) -> dict:
    """Copy every row into an empty database at target_url (migrated first); return the checksums compared."""
    target = sa.create_engine(target_url)
    try:
        with target.connect():
            pass
    except sa.exc.OperationalError as e:   # a database that does not exist yet, or no server: say so in a line
        target.dispose()
        raise click.ClickException(f"Cannot reach the target database ({str(e.orig).strip().splitlines()[-1]}). "
                                   "Create it first (createdb NAME) and check the address.") from None
    try:
        return _copy_and_verify(db.engine, target, target_url, echo)
    finally:
        target.dispose()


def _copy_and_verify(source, target, target_url, echo) -> dict:
    if rows_held(target):
        raise click.ClickException("The target database is not empty: copy-to fills an empty database only.")
    _migrate(target_url)
    with source.connect() as conn:
        source_version = set(conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars())
    with target.connect() as conn:
        target_version = set(conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars())
    if source_version != target_version:
        raise click.ClickException("This database's schema is older than the code's: run `flask db upgrade` first.")
    with source.connect() as src, target.begin() as dst:
        for table in app_tables():
            copied = _copy_table(src, dst, table)
            echo(f"  {table.name}: " + rows_words(copied))
        if dst.dialect.name == "postgresql":
            _reset_sequences(dst)
    before, after = checksums(source), checksums(target)
    different = sorted(name for name in before if before[name] != after.get(name))
    if different:
        raise click.ClickException("The copy differs from this database in: " + ", ".join(different))
    return after


def _migrate(url: str) -> None:
    from flask import current_app
    from flask_migrate import upgrade

    from . import create_app
    from .extensions import init_migrations
    other = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": current_app.config.get("SECRET_KEY") or "copy",
                        "BASE_URL": current_app.config.get("BASE_URL") or "http://localhost", "TESTING": True})
    init_migrations(other)
    with other.app_context():
        upgrade()
        db.session.remove()
        db.engine.dispose()


def _copy_table(src, dst, table) -> int:
    """Rows in primary-key order, in batches; a column naming its own table (a parent) is set once all are in."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    kept = own + [c.name for c in table.columns if c.onupdate is not None]   # an update must not touch updated_dt
    pk = list(table.primary_key.columns)
    binary = any(isinstance(c.type, sa.LargeBinary) for c in table.columns)
    count, parents = 0, []
    result = src.execution_options(stream_results=True).execute(sa.select(table).order_by(*pk))
    for batch in result.mappings().partitions(20 if binary else 2000):
        rows = [dict(r) for r in batch]
        for row in rows:
            if any(row[c] is not None for c in own):
                parents.append({**{f"k_{c.name}": row[c.name] for c in pk}, **{f"v_{c}": row[c] for c in kept}})
                row.update({c: None for c in own})
        dst.execute(table.insert(), rows)
        count += len(rows)
    if parents:
        update = table.update().where(*[c == sa.bindparam(f"k_{c.name}") for c in pk]).values(
            {c: sa.bindparam(f"v_{c}") for c in kept})
        dst.execute(update, parents)
    return count


def _reset_sequences(conn) -> None:
    """Each serial id's sequence continues after the largest id copied."""
    for table in app_tables():
        for column in table.primary_key.columns:
            if isinstance(column.type, sa.Integer) and column.autoincrement in (True, "auto"):
                conn.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX({column.name}), 1), "
                    f"MAX({column.name}) IS NOT NULL) FROM {table.name}"), {"t": table.name, "c": column.name})


# --- commands ---------------------------------------------------------------------------------------

@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
def backup_command(path):
    """Write a consistent copy of the whole database (files included) to PATH, while the app runs."""
    backup_to(path)
    click.echo(f"Backup written to {path} ({os.path.getsize(path) / 1e6:.1f} MB).")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--replace", is_flag=True, help="Replace a database that holds data (everything in it is lost).")
def restore_command(path, replace):
    """Restore a backup made by `flask backup` into this database (empty, unless --replace)."""
    restore_from(path, replace)
    sums = checksums(db.engine)
    click.echo(say("Restored %(path)s: %(rows)s in %(tables)s.", path=path, **_totals(sums)))


@click.command("copy-to")
@click.argument("database_url")
def copy_to_command(database_url):
    """Copy this database, every row (the trail and the files too), into an empty database at DATABASE_URL."""
    from . import normalise_database_url
    sums = copy_to(normalise_database_url(database_url))
    click.echo(say("Copied and verified: %(rows)s in %(tables)s, every table's row count and checksum the same "
                   "on both sides.", **_totals(sums)))


def rows_words(n: int) -> str:
    """"1 row", "2 rows": in the terminal's language, with its plural forms (Arabic has six)."""
    return say_n("%(num)s row", "%(num)s rows", n)


def _totals(sums: dict) -> dict:
    return {"rows": rows_words(sum(n for n, _ in sums.values())),
            "tables": say_n("%(num)s table", "%(num)s tables", len(sums))}
