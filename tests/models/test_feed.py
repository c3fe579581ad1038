"""Two analysts on one store: no lost update, a conflict instead, and a feed that is the history.

Each test runs on SQLite and, with COUNTERPOINT_TEST_POSTGRES_URL set, on PostgreSQL: two
stores on one database are two analysts' sessions.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models import feed, library
from models.claim_edits import update_claim
from models.edit_log import Conflict, EditRefused
from models.operations import remove_assessment, set_assessment, set_relation
from models.store import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request, tmp_path):
    """A new store's path or URL, seeded with the small case, on each database."""
    if request.param == "sqlite":
        return str(tmp_path / "team.db")
    return request.getfixturevalue("postgres_db")


@pytest.fixture
def two(target, small_case):
    """Two analysts' stores on one database, and the case's snapshot both have read."""
    ann = library.open_library(target)
    library.import_data(ann, small_case)
    bo = open_store(target)
    yield ann, bo, library.snapshot(ann, "small-case")
    bo.close()
    ann.close()


def test_two_analysts_on_one_assessment_get_one_conflict_and_lose_nothing(two):
    ann, bo, case = two
    claim = case.claims[1]
    set_assessment(ann, claim.id, rationale="Ann's reading.", author="Ann")
    seen = library.snapshot(ann, "small-case").claim(claim.id)  # both read the same picture
    set_assessment(
        ann, claim.id, rationale="Ann, later.", author="Ann", expected=seen.assessment_version
    )
    with pytest.raises(Conflict) as raised:
        set_assessment(
            bo, claim.id, rationale="Bo's reading.", author="Bo", expected=seen.assessment_version
        )
    conflict = raised.value
    assert conflict.mine == {"rationale": "Bo's reading."}
    assert conflict.theirs == {"rationale": "Ann, later."}
    assert conflict.author == "Ann" and conflict.at is not None
    assert library.snapshot(bo, "small-case").claim(claim.id).rationale == "Ann, later."
    # Bo saw it and applies his own: written over Ann's version, both values in the history.
    change = conflict.apply(bo, "Bo", {"rationale": "Bo's reading."})
    assert library.snapshot(ann, "small-case").claim(claim.id).rationale == "Bo's reading."
    steps = [
        (e.author, e.kind, e.before, e.after)
        for e in feed.claim_history(ann, claim.id)
        if e.kind.startswith("assessment")
    ]
    assert steps[-2:] == [
        (
            "Ann",
            "assessment.rationale",
            {"rationale": "Ann's reading."},
            {"rationale": "Ann, later."},
        ),
        (
            "Bo",
            "assessment.rationale",
            {"rationale": "Ann, later."},
            {"rationale": "Bo's reading."},
        ),
    ]
    # Bo's undo puts Ann's back, since nobody changed it since.
    change.inverse(bo, "Bo")
    assert library.snapshot(ann, "small-case").claim(claim.id).rationale == "Ann, later."


def test_a_first_assessment_by_two_analysts_is_one_conflict(two):
    ann, bo, case = two
    claim = case.claims[0]
    remove_assessment(ann, claim.id, author="Ann")  # the claim has no assessment row now
    set_assessment(ann, claim.id, status="supported", author="Ann", expected=0)
    with pytest.raises(Conflict) as raised:
        set_assessment(bo, claim.id, status="disputed", author="Bo", expected=0)
    assert raised.value.theirs == {"status": "supported"}
    assert library.snapshot(bo, "small-case").claim(claim.id).status == "supported"


def test_the_same_value_from_a_stale_picture_is_no_conflict(two):
    ann, bo, case = two
    claim = case.claims[0]
    set_assessment(
        ann, claim.id, status="disputed", author="Ann", expected=claim.assessment_version
    )
    set_assessment(bo, claim.id, status="disputed", author="Bo", expected=claim.assessment_version)
    assert library.snapshot(ann, "small-case").claim(claim.id).status == "disputed"


def test_undo_after_a_colleagues_change_is_refused_and_changes_nothing(two):
    ann, bo, case = two
    claim, link = case.claims[0], case.links[0]
    mine = update_claim(ann, claim.id, notes="Ann's note.", author="Ann", expected=claim.version)
    seen = library.snapshot(bo, "small-case").claim(claim.id)
    update_claim(bo, claim.id, notes="Bo's note.", author="Bo", expected=seen.version)
    with pytest.raises(Conflict) as raised:
        mine.inverse(ann, "Ann")
    assert raised.value.author == "Bo" and raised.value.theirs == {"notes": "Bo's note."}
    assert library.snapshot(ann, "small-case").claim(claim.id).notes == "Bo's note."
    # The same for a link's relation.
    other = "rebuts" if link.relation != "rebuts" else "concedes"
    mine = set_relation(ann, link.id, other, author="Ann", expected=link.version)
    set_relation(bo, link.id, "deflects", author="Bo")
    with pytest.raises(Conflict):
        mine.inverse(ann, "Ann")
    assert library.snapshot(ann, "small-case").links[0].relation == "deflects"


def test_the_feed_is_numbered_per_case_and_read_after_a_number(two):
    ann, bo, case = two
    start = feed.last_seq(ann, case.id)
    claim = case.claims[0]
    set_assessment(ann, claim.id, status="supported", author="Ann")
    set_assessment(bo, claim.id, status="unsupported", author="Bo")
    events = feed.events_after(bo, case.id, start)
    assert [e.seq for e in events] == [start + 1, start + 2]
    assert [(e.author, e.after) for e in events] == [
        ("Ann", {"status": "supported"}),
        ("Bo", {"status": "unsupported"}),
    ]
    assert feed.events_after(ann, case.id, start + 1)[0].author == "Bo"
    assert [e.author for e in feed.case_history(ann, case.id, author="Bo")] == ["Bo"]
    assert {"Ann", "Bo"} <= set(feed.authors(ann, case.id))


_WRITER = """
import sys
from models.operations import set_assessment
from models.store import open_store
store = open_store(sys.argv[1])
claim_id, author = int(sys.argv[2]), sys.argv[3]
for n in range(int(sys.argv[4])):
    set_assessment(store, claim_id, rationale=f"{author} {n}", author=author)
store.close()
"""


def test_sequence_numbers_have_no_gap_under_two_writing_processes(two, target):
    ann, bo, case = two
    start = feed.last_seq(ann, case.id)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, target, str(claim.id), name, "25"],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for claim, name in zip(case.claims, ("Ann", "Bo"), strict=True)
    ]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read()
    events = feed.events_after(ann, case.id, start)
    assert [e.seq for e in events] == list(range(start + 1, start + 51))
    assert sorted(e.author for e in events) == ["Ann"] * 25 + ["Bo"] * 25
    assert feed.last_seq(ann, case.id) == start + 50


def test_the_migration_numbers_old_edits_and_goes_back_down(tmp_path, small_case):
    from alembic import command

    from models.store import _alembic_config

    path = tmp_path / "old.db"
    store = library.open_library(str(path))
    library.import_data(store, small_case)
    case = library.snapshot(store, "small-case")
    set_assessment(store, case.claims[0].id, status="supported", author="Ann")
    store.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0005")
    with engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(edit)"))}
        assert "seq" not in columns and "before" not in columns
        assert conn.execute(text("SELECT count(*) FROM edit")).scalar() > 0
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT case_id, seq FROM edit ORDER BY id")).all()
        last = dict(conn.execute(text("SELECT case_id, n FROM case_seq")).all())
        versions = conn.execute(text("SELECT DISTINCT version FROM claim")).scalars().all()
    engine.dispose()
    for case_id in {c for c, _ in rows}:
        numbers = [seq for c, seq in rows if c == case_id]
        assert numbers == list(range(1, len(numbers) + 1))
        assert last[case_id] == len(numbers)
    assert versions == [1]
    reopened = library.open_library(str(path))
    try:
        set_assessment(reopened, case.claims[0].id, status="disputed", author="Bo")
        assert feed.events_after(reopened, case.id, last[case.id])[0].author == "Bo"
    finally:
        reopened.close()


def test_undoing_my_own_edits_of_two_fields_of_one_row_is_no_conflict(two):
    ann, bo, case = two
    claim = case.claims[0]
    speaker = update_claim(ann, claim.id, speaker="A spokesperson", expected=claim.version)
    kind = "opinion" if claim.kind != "opinion" else "denial"
    kinded = update_claim(ann, claim.id, kind=kind, expected=claim.version + 1)
    status = set_assessment(ann, claim.id, status="disputed", author="Ann")
    rationale = set_assessment(ann, claim.id, rationale="Why.", author="Ann")
    for change in (rationale, status, kinded, speaker):
        change.inverse(ann, "Ann")
    assert library.snapshot(bo, "small-case").claim(claim.id) == claim
    # A colleague's edit of another field since is no conflict either; of the same field it is.
    mine = update_claim(ann, claim.id, notes="Mine.", author="Ann")
    update_claim(bo, claim.id, speaker="Bo's speaker", author="Bo")
    mine.inverse(ann, "Ann")
    mine = update_claim(ann, claim.id, notes="Mine again.", author="Ann")
    update_claim(bo, claim.id, notes="Bo's.", author="Bo")
    with pytest.raises(Conflict):
        mine.inverse(ann, "Ann")


_RACER = """
import sys
from models.edit_log import Conflict
from models.operations import get_assessment, set_assessment
from models.store import open_store
store = open_store(sys.argv[1])
claim_id, author = int(sys.argv[2]), sys.argv[3]
seen = get_assessment(store, claim_id).version
print("ready", flush=True)
sys.stdin.readline()  # both have read the same version: go
try:
    set_assessment(store, claim_id, rationale=author + "'s", author=author, expected=seen)
    print("written", flush=True)
except Conflict as conflict:
    print("conflict", conflict.theirs["rationale"], flush=True)
store.close()
"""


def test_two_processes_on_one_assessment_at_once_get_exactly_one_conflict(two, target):
    ann, _bo, case = two
    claim = case.claims[1]
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, target, str(claim.id), name],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("Ann", "Bo")
    ]
    for run in runs:
        assert run.stdout.readline().strip() == "ready"
    for run in runs:
        run.stdin.write("go\n")
        run.stdin.flush()
    answers = sorted(run.communicate(timeout=120)[0].strip() for run in runs)
    assert answers[1] == "written" and answers[0].startswith("conflict")
    winner = library.snapshot(ann, "small-case").claim(claim.id).rationale
    assert answers[0] == f"conflict {winner}"  # the loser was told the winner's value
    assert [e.after for e in feed.claim_history(ann, claim.id)][-1] == {"rationale": winner}


def _wait_for_a_lock_wait(url: str, still: Callable[[], bool], timeout: float = 30) -> None:
    """Return once a session of the database at `url` waits for a lock another one holds."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    deadline = time.monotonic() + timeout
    try:
        with engine.connect() as conn:
            while not conn.execute(waiting).scalar():
                assert still() and time.monotonic() < deadline, "nobody waited for the lock"
                time.sleep(0.005)  # polling the server's view of the waits, not waiting for it
    finally:
        engine.dispose()


def _ann_holds_while_bo_waits(url, monkeypatch, module, ann_edit, bo_edit, *, before_event=False):
    """Ann's edit runs until it is inside `module.log_edit` (before writing its event, or just
    after), her transaction open; then Bo's runs and must wait for it; then Ann commits. Returns
    what each edit returned, or the exception it raised, by name."""
    held, go = threading.Event(), threading.Event()
    real_log_edit = module.log_edit

    def ann_pauses(session, *args, **kwargs):
        ann = threading.current_thread().name == "Ann"
        if ann and before_event:
            held.set()
            go.wait(30)
        seq = real_log_edit(session, *args, **kwargs)
        if ann and not before_event:
            held.set()
            go.wait(30)
        return seq

    monkeypatch.setattr(module, "log_edit", ann_pauses)
    done: dict[str, object] = {}

    def run(name, edit):
        try:
            done[name] = edit()
        except Exception as exc:  # noqa: BLE001 - the test reports it
            done[name] = exc

    ann = threading.Thread(target=run, args=("Ann", ann_edit), name="Ann")
    ann.start()
    assert held.wait(30)
    bo = threading.Thread(target=run, args=("Bo", bo_edit), name="Bo")
    bo.start()
    _wait_for_a_lock_wait(url, bo.is_alive)  # Bo waits for Ann's transaction
    go.set()
    ann.join(30)
    bo.join(30)
    return done


@pytest.mark.postgres
def test_two_analysts_adding_a_link_at_the_same_moment_both_get_one(postgres_db, monkeypatch):
    from models import operations

    ann = library.open_library(postgres_db)
    bo = open_store(postgres_db)
    try:
        case = library.snapshot(ann, library.SEED_SLUG)
        linked = {(lk.allegation_id, lk.response_id) for lk in case.links}
        allegations = [c.id for c in case.claims if c.role == "allegation"]
        responses = [c.id for c in case.claims if c.role == "response"]
        pairs = [(a, r) for a in allegations for r in responses if (a, r) not in linked][:2]
        # Ann's link is in the store but not committed yet when Bo adds his.
        made = _ann_holds_while_bo_waits(
            postgres_db,
            monkeypatch,
            operations,
            lambda: operations.add_link(ann, *pairs[0], "denies", author="Ann")[0],
            lambda: operations.add_link(bo, *pairs[1], "denies", author="Bo")[0],
        )
        assert isinstance(made["Ann"], int) and isinstance(made["Bo"], int), made
        keys = {lk.id: lk.key for lk in library.snapshot(bo, library.SEED_SLUG).links}
        assert keys[made["Ann"]] != keys[made["Bo"]]
        assert {e.author for e in feed.events_after(ann, case.id, 0)[-2:]} == {"Ann", "Bo"}
    finally:
        bo.close()
        ann.close()


@pytest.mark.postgres
def test_two_analysts_making_a_tag_of_one_name_at_once_make_one(postgres_db, monkeypatch):
    from models import tag_edits

    ann = library.open_library(postgres_db)
    bo = open_store(postgres_db)
    try:
        case = library.snapshot(ann, library.SEED_SLUG)
        parent = case.tags[0].id

        def make(store, name):
            return lambda: tag_edits.create_tag(
                store, case.id, "Whataboutism", "#336699", parent_id=parent, author=name
            )[0]

        # Ann's tag is in the store but not committed yet when Bo makes one of the same name.
        made = _ann_holds_while_bo_waits(
            postgres_db, monkeypatch, tag_edits, make(ann, "Ann"), make(bo, "Bo")
        )
        assert isinstance(made["Ann"], int), made
        assert isinstance(made["Bo"], EditRefused) and "Whataboutism" in str(made["Bo"]), made
        names = [t.name for t in library.snapshot(bo, library.SEED_SLUG).tags]
        assert names.count("Whataboutism") == 1
    finally:
        bo.close()
        ann.close()


@pytest.mark.postgres
def test_a_claim_made_while_a_colleague_deletes_its_source_is_refused_not_deadlocked(
    postgres_db, monkeypatch
):
    from models import case_edits
    from models.claim_edits import create_claim

    ann = library.open_library(postgres_db)
    bo = open_store(postgres_db)
    try:
        case = library.snapshot(ann, library.SEED_SLUG)
        source = case.sources[0]
        # Ann's delete has taken the source's rows and not yet written its event when Bo makes
        # a claim from the same source.
        done = _ann_holds_while_bo_waits(
            postgres_db,
            monkeypatch,
            case_edits,
            lambda: case_edits.delete_source(ann, source.id, author="Ann"),
            lambda: create_claim(bo, case.id, "allegation", source.id, 0, 40, author="Bo"),
            before_event=True,
        )
        assert not isinstance(done["Ann"], Exception), done  # the delete went through
        assert isinstance(done["Bo"], EditRefused), done  # refused, in words, not a deadlock
        assert "source" in str(done["Bo"])
        sources = library.snapshot(bo, library.SEED_SLUG).sources
        assert all(s.id != source.id for s in sources)
    finally:
        bo.close()
        ann.close()
