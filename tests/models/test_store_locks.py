"""Waiting for a lock waits: an edit made while another process writes is saved, not refused."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import create_engine, text

from models import library
from models.operations import set_assessment
from models.store import StoreError

# Another process takes the store's write lock, says so, and holds it until told to let go.
_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE assessment SET rationale = 'held' WHERE claim_id = "
             "(SELECT min(claim_id) FROM assessment)")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


def test_edits_wait_for_another_processes_write_and_are_saved(store, db_path):
    case = library.snapshot(store, library.SEED_SLUG)
    claims = [c for c in case.claims if c.role == "allegation"][1:4]
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert library.cases(store)  # reading never waits for a writer
        # The holder lets go after about a second (within the 5 s busy timeout); the edits,
        # each of which reads before it writes, wait for it instead of failing at once.
        release = threading.Timer(1.0, lambda: (holder.stdin.write("\n"), holder.stdin.flush()))
        release.start()
        started = time.monotonic()
        for claim in claims:
            set_assessment(store, claim.id, status="disputed", rationale="Waited.", author="Ana")
        waited = time.monotonic() - started
        release.join()
        assert holder.stdout.readline().strip() == "released"
    finally:
        holder.kill()
        holder.wait()
    assert waited >= 0.5  # the first edit really did wait for the holder
    after = library.snapshot(store, library.SEED_SLUG)
    assert [after.claim(c.id).status for c in claims] == ["disputed"] * 3
    assert [after.claim(c.id).rationale for c in claims] == ["Waited."] * 3


@pytest.mark.postgres
def test_a_row_held_on_postgres_fails_after_the_lock_timeout(postgres_db, monkeypatch):
    import models.store

    monkeypatch.setattr(models.store, "LOCK_TIMEOUT_MS", 300)
    store = library.open_library(postgres_db)
    colleague = create_engine(postgres_db)
    try:
        claim = library.snapshot(store, library.SEED_SLUG).claims[0]
        with colleague.connect() as conn:
            conn.execute(
                text("SELECT * FROM assessment WHERE claim_id = :id FOR UPDATE"), {"id": claim.id}
            )
            started = time.monotonic()
            with pytest.raises(StoreError, match="locked"):
                set_assessment(store, claim.id, status="disputed", author="Ana")
            assert time.monotonic() - started < 5
            conn.rollback()
        # Let go, the same edit goes through.
        set_assessment(store, claim.id, status="disputed", author="Ana")
        assert library.snapshot(store, library.SEED_SLUG).claim(claim.id).status == "disputed"
    finally:
        colleague.dispose()
        store.close()
