"""Where a benchmark keeps its SQLite databases and files: a directory of this run's own.

By default a new temporary directory (tempfile.mkdtemp: its own name, readable by its user only), removed when the
run ends however it ends, so two runs or two people never share or overwrite each other's databases. --workdir DIR
names one instead (made if missing, never removed: reuse it with --reuse); --keep keeps the temporary one and says
where it is.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workdir", help="directory for this run's SQLite databases and files (default: a new "
                                          "temporary directory, removed at the end unless --keep)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory at the end (its path is printed; pass it back with "
                             "--workdir DIR --reuse to reuse its database)")


def check_reuse(parser: argparse.ArgumentParser, args) -> None:
    """--reuse needs something to reuse: a database named by --database-url, or a --workdir of an earlier run."""
    if getattr(args, "reuse", False) and not (args.database_url or args.workdir):
        parser.error("--reuse reuses a database of an earlier run: name it with --database-url, or pass "
                     "--workdir DIR (a directory kept with --keep)")


@contextmanager
def workdir(args, prefix: str):
    """The run's directory: --workdir's (kept), else a fresh temporary one (removed at the end unless --keep)."""
    if args.workdir:
        path = Path(args.workdir).resolve()
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        if args.keep:
            print(f"kept {path} (reuse it with --workdir {path} --reuse; remove it when done)")
        else:
            shutil.rmtree(path, ignore_errors=True)
