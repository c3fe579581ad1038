"""The open store's files are read and written only through SQLite: never as a case file, never
replaced by an export, since one open() and close() elsewhere drops the process's SQLite locks."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from models import library
from models.casefile import CaseFileError, read_case_file
from models.exports import export_snapshot
from tests.lock_probe import store_lock_held


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_open_store_is_never_read_as_a_case_file(store, db_path, suffix):
    library.cases(store)
    with pytest.raises(CaseFileError, match="is the open store itself"):
        library.import_file(store, db_path.with_name(db_path.name + suffix))
    assert store_lock_held(db_path)
    store.close()  # once closed, it is a file like any other (and not a case file)
    with pytest.raises(CaseFileError) as refused:
        read_case_file(db_path.with_name(db_path.name + suffix))
    assert "open store" not in str(refused.value)


def test_an_export_never_replaces_the_open_store(store, db_path):
    case = library.snapshot(store, library.SEED_SLUG)
    with pytest.raises(OSError, match="is the open store"):
        export_snapshot(case, "html", db_path)
    with closing(sqlite3.connect(db_path)) as conn:  # SQLite itself, in this process: locks kept
        assert conn.execute('SELECT count(*) FROM "case"').fetchone() == (1,)
    assert store_lock_held(db_path)


def test_the_command_line_refuses_to_import_its_own_store(run_cli, cli_db):
    result = run_cli("--db", cli_db, "import", cli_db)
    assert result.returncode != 0
    assert "is the open store itself" in result.stderr
