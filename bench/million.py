"""Build a PostgreSQL database of a million recommendations and three million actions in minutes, by COPY.

    .venv/bin/python bench/million.py --base-url postgresql://postgres@127.0.0.1/ds_base \\
        --database-url postgresql://postgres@127.0.0.1/ds_million --copies 32
    .venv/bin/python bench/pages.py --database-url postgresql://postgres@127.0.0.1/ds_million --reuse \\
        --recommendations 1000000 --actions 3000000      # the floor is built with FLOOR_N=1000000

The base is an ordinary demo database (`flask demo-data --recommendations 31250 --actions 93750`; built here when
missing). The target starts as a copy of it (CREATE DATABASE ... TEMPLATE), then each meeting with its sittings,
participants, recommendations (with addressees, places, themes), actions (with supporters) and search entries is
repeated --copies - 1 more times: one `COPY (SELECT ... FROM t CROSS JOIN generate_series(...)) TO STDOUT`
streamed into `COPY t FROM STDIN` per table, ids shifted by a power of ten per copy, references shifted alike,
recommendation references suffixed. Secondary indexes are dropped before and rebuilt after, then VACUUM ANALYZE.
The copies have no trail of their own (the base's 31,250 keep theirs: the pages benched show those).
Prints the build time and the database size.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

# table -> {column: the table its values point into, for the references that move with the copy}
CLONED = {
    "meetings": {},
    "sittings": {"meeting_id": "meetings"},
    "attendances": {"meeting_id": "meetings"},
    "meeting_forums": {"meeting_id": "meetings"},
    "meeting_organisations": {"meeting_id": "meetings"},
    "recommendations": {"meeting_id": "meetings"},
    "recommendation_addressees": {"recommendation_id": "recommendations"},
    "recommendation_places": {"recommendation_id": "recommendations"},
    "recommendation_themes": {"recommendation_id": "recommendations"},
    "actions": {"meeting_id": "meetings", "recommendation_id": "recommendations"},
    "action_supporters": {"action_id": "actions"},
    "search_entries": {},
}
SPECIAL = {
    ("recommendations", "reference"): "reference || '-' || g",
    ("recommendations", "group_id"): "NULL",   # breakout groups stay with the base meeting
    ("search_entries", "record_id"): ("CASE lower(record_type) WHEN 'recommendation' THEN record_id + g * {recommendations} "
                                      "WHEN 'action' THEN record_id + g * {actions} END"),
}


# Rows a copy repeats: the search entries of recommendations and actions (decisions and documents are not copied).
WHERE = {"search_entries": "WHERE lower(record_type) IN ('recommendation', 'action')"}


def libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def offsets(conn) -> dict[str, int]:
    """Per table with an id, a power of ten above its largest id: copy g's ids are id + g * offset."""
    result = {}
    for table in CLONED:
        has_id = conn.execute("SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = 'id'",
                              (table,)).fetchone()
        if has_id:
            largest = conn.execute(f"SELECT COALESCE(MAX(id), 1) FROM {table}").fetchone()[0]
            result[table] = 10 ** math.ceil(math.log10(largest + 1))
    return result


def select_list(conn, table: str, shift: dict[str, int]) -> tuple[list[str], list[str]]:
    columns = [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND is_generated = 'NEVER' "
        "ORDER BY ordinal_position", (table,))]
    exprs = []
    for column in columns:
        if (table, column) in SPECIAL:
            exprs.append(SPECIAL[(table, column)].format(**shift))
        elif column == "id":
            exprs.append(f"id + g * {shift[table]}")
        elif column in CLONED[table]:
            exprs.append(f"{column} + g * {shift[CLONED[table][column]]}")
        else:
            exprs.append(column)
    return columns, exprs


def secondary_indexes(conn) -> list[tuple[str, str]]:
    """(name, definition) of the indexes on the cloned tables that back no constraint (rebuilt after loading)."""
    return conn.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename = ANY(%s) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", (list(CLONED),)).fetchall()


def clone(url: str, copies: int) -> None:
    with psycopg.connect(libpq(url)) as dst, psycopg.connect(libpq(url)) as src:
        shift = offsets(dst)
        indexes = secondary_indexes(dst)
        for name, _ in indexes:
            dst.execute(f'DROP INDEX "{name}"')
        dst.commit()   # else the reading connection waits on these locks while this one waits for its rows
        for table in CLONED:
            started = time.monotonic()
            columns, exprs = select_list(dst, table, shift)
            query = (f"COPY (SELECT {', '.join(exprs)} FROM {table} CROSS JOIN generate_series(1, {copies - 1}) g "
                     f"{WHERE.get(table, '')} ORDER BY g) TO STDOUT")
            with src.cursor().copy(query) as out, dst.cursor().copy(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN") as into:
                for block in out:
                    into.write(block)
            print(f"  {table}: copied in {time.monotonic() - started:.0f} s", flush=True)
        started = time.monotonic()
        for _, definition in indexes:
            dst.execute(definition)
        print(f"  {len(indexes)} indexes rebuilt in {time.monotonic() - started:.0f} s", flush=True)
        for table in shift:
            dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
        dst.commit()
    with psycopg.connect(libpq(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")   # the visibility map too: the counts are index-only scans


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True, help="a demo database (built here when it has no actions)")
    parser.add_argument("--database-url", required=True, help="the database to build (dropped first)")
    parser.add_argument("--copies", type=int, default=32, help="how many times the base's meetings are there")
    parser.add_argument("--meetings", type=int, default=600)
    parser.add_argument("--recommendations", type=int, default=31250)
    parser.add_argument("--actions", type=int, default=93750)
    args = parser.parse_args()
    from pages import _ensure_pg_database, build
    base = args.base_url.replace("postgresql://", "postgresql+psycopg://", 1)
    _ensure_pg_database(base)
    build(base, {**os.environ, "DATABASE_URL": base, "DS_SECRET_KEY": "bench", "DS_DEMO_MODE": "true"}, True, args)
    server, name = libpq(args.database_url).rsplit("/", 1)
    base_name = libpq(base).rsplit("/", 1)[1]
    started = time.monotonic()
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                      "AND pid <> pg_backend_pid()", (base_name,))   # the build's idle pool (this bench's own)
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{base_name}"')
    print(f"copied the base in {time.monotonic() - started:.0f} s; {args.copies - 1} more copies by COPY:")
    clone(args.database_url, args.copies)
    with psycopg.connect(libpq(args.database_url)) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("meetings", "recommendations", "actions", "search_entries", "trail_entries")}
        size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
    print(", ".join(f"{n:,} {t}" for t, n in counts.items()))
    print(f"built in {time.monotonic() - started:.0f} s (after the base); database size {size}")


if __name__ == "__main__":
    main()
