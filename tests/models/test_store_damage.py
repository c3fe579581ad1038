"""Damaged and foreign stores are refused in words of their own, and left exactly as they were."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from models import library
from models.store import StoreError, open_store


def _state(folder):
    """Every file of the folder with the hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _journal_mode(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def test_a_foreign_sqlite_file_is_refused_with_its_bytes_and_journal_mode_unchanged(db_path):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('bread')")
    conn.close()
    before = _state(db_path.parent)
    with pytest.raises(StoreError, match="not a Counterpoint store and was left untouched"):
        open_store(str(db_path))
    assert _state(db_path.parent) == before
    assert _journal_mode(db_path) == "delete"


def test_an_empty_file_is_refused_not_seeded(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(StoreError, match="is empty") as err:
        library.open_library(str(db_path))
    assert "left untouched" in str(err.value)
    assert db_path.read_bytes() == b""
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def _damaged(db_path, how: str) -> None:
    library.open_library(str(db_path)).close()
    data = db_path.read_bytes()
    if how == "truncated":
        db_path.write_bytes(data[: len(data) // 3])
    elif how == "garbled":
        db_path.write_bytes(data[:100] + bytes(range(256)) * 20 + data[100 + 256 * 20 :])
    else:  # not SQLite at all
        db_path.write_text("These are my notes, not a database.\n" * 50)


@pytest.mark.parametrize("how", ["truncated", "garbled", "text"])
def test_a_damaged_or_non_sqlite_file_is_refused_in_words_about_reading(db_path, how):
    _damaged(db_path, how)
    before = _state(db_path.parent)
    with pytest.raises(StoreError) as err:
        library.open_library(str(db_path))
    message = str(err.value)
    assert message.startswith(f"Cannot read the store {db_path}: the file is damaged")
    assert "refused the change" not in message
    assert _state(db_path.parent) == before
