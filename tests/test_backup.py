"""`flask backup`/`restore` round-trip a populated database (files and trail included), restore refuses a database
that holds data unless told --replace, and `copy-to` moves every row to an empty PostgreSQL database with fresh
sequences; each compared table by table (row count and content checksum)."""
import re

import sqlalchemy as sa

from ds_tracker.backup import checksums
from ds_tracker.extensions import db
from ds_tracker.models import Person, StoredFile
from ds_tracker.services import actions


def _populate(world):
    actions.add_note(world.users["focal_momd"], world.action, "Lists shared with the governorate")
    db.session.add(StoredFile(filename="scan.pdf", content_type="application/pdf", size=9,
                              sha256="0" * 64, data=b"%PDF-1.4\x00\xff"))
    db.session.commit()


def test_backup_then_restore_gives_back_every_row_and_file(app, runner, world, tmp_path):
    _populate(world)
    before = checksums(db.engine)
    assert before["stored_files"][0] == 1 and before["trail_entries"][0] > 10
    backup = tmp_path / "office.backup"
    result = runner.invoke(args=["backup", str(backup)])
    assert result.exit_code == 0, result.output

    actions.add_note(world.users["focal_momd"], world.action, "Written after the backup")
    db.session.execute(sa.delete(StoredFile))
    db.session.commit()
    refused = runner.invoke(args=["restore", str(backup)])
    assert refused.exit_code != 0 and "--replace" in refused.output
    assert checksums(db.engine) != before   # refused: nothing changed

    restored = runner.invoke(args=["restore", "--replace", str(backup)])
    assert restored.exit_code == 0, restored.output
    assert checksums(db.engine) == before


def test_restore_refuses_a_file_that_is_not_a_backup(runner, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup")
    result = runner.invoke(args=["restore", str(junk)])
    assert result.exit_code != 0 and "not a backup" in result.output


def test_copy_to_postgresql_keeps_every_row_and_new_records_get_fresh_ids(runner, world, pg_database):
    _populate(world)
    before = checksums(db.engine)
    result = runner.invoke(args=["copy-to", pg_database])
    assert result.exit_code == 0, result.output
    assert "verified" in result.output
    target = sa.create_engine(pg_database)
    try:
        assert checksums(target) == before
        with target.begin() as conn:
            largest = conn.execute(sa.select(sa.func.max(Person.id))).scalar()
            new_id = conn.execute(sa.insert(Person.__table__).values(name="New after the move", aliases=[])
                                  .returning(Person.id)).scalar()
        assert new_id > largest
        again = runner.invoke(args=["copy-to", pg_database])
        assert again.exit_code != 0 and "not empty" in again.output
    finally:
        target.dispose()


def test_copy_to_a_database_that_does_not_exist_says_so_in_a_line(runner, world, pg_database):
    missing = pg_database.rsplit("/", 1)[0] + "/ds_never_created_here"
    result = runner.invoke(args=["copy-to", missing])
    assert result.exit_code != 0 and "Create it first" in result.output and "ds_never_created_here" in result.output
    assert "Traceback" not in result.output


def test_copy_to_counts_rows_in_words_one_row_is_not_rows(runner, world, tmp_path):
    _populate(world)                                  # one stored file
    result = runner.invoke(args=["copy-to", f"sqlite:///{tmp_path / 'copy.sqlite'}"],
                           env={"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.exit_code == 0, result.output
    assert "  stored_files: 1 row\n" in result.output and " 1 rows" not in result.output
    assert re.search(r"Copied and verified: \d+ rows in \d+ tables", result.output)


def test_copy_to_counts_in_arabic_with_arabic_plurals(runner, world, tmp_path):
    _populate(world)
    result = runner.invoke(args=["copy-to", f"sqlite:///{tmp_path / 'copy.sqlite'}"],
                           env={"LANG": "ar_IQ.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.exit_code == 0, result.output
    assert "  stored_files: صف واحد\n" in result.output and "rows" not in result.output
