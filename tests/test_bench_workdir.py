"""The benchmarks keep their SQLite databases in a directory of the run's own (not a fixed /tmp name two runs or
two people would share), removed at the end unless --keep; --workdir names one to reuse."""
import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


@pytest.fixture
def pages(monkeypatch):
    import pages
    seen = []

    def measure(sizes, tmp):
        (tmp / "ds_bench.sqlite").write_bytes(b"a database")        # what the real run builds there
        seen.append((tmp, tmp.exists(), sizes.database_url))
    monkeypatch.setattr(pages, "measure", measure)
    handler = signal.getsignal(signal.SIGTERM)
    yield lambda *argv: (monkeypatch.setattr(sys, "argv", ["pages.py", *argv]), pages.main(), seen[-1])[2]
    signal.signal(signal.SIGTERM, handler)


def test_each_run_has_its_own_directory_removed_at_the_end(pages):
    first, existed, _url = pages()
    second, *_ = pages()
    assert existed and first != second
    assert not first.exists() and not second.exists()


def test_keep_leaves_the_directory_and_workdir_reuses_it(pages, tmp_path, capsys):
    kept, *_ = pages("--keep")
    try:
        assert (kept / "ds_bench.sqlite").exists() and str(kept) in capsys.readouterr().out
        again, *_ = pages("--workdir", str(kept), "--reuse")
        assert again == kept and (kept / "ds_bench.sqlite").exists()       # named by the user: never removed
    finally:
        import shutil
        shutil.rmtree(kept, ignore_errors=True)


def test_reuse_without_a_directory_or_database_says_what_to_name(pages, capsys):
    with pytest.raises(SystemExit):
        pages("--reuse")
    assert "--workdir" in capsys.readouterr().err
