"""Isolation for every test: offscreen Qt, temporary settings and data folders, a fresh store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the English words, whatever the machine's language (a test of another sets it).
os.environ["LANGUAGE"] = "en"
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

POSTGRES_ENV = "COUNTERPOINT_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user folder at a temporary one, so no test touches real settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    # Qt's own per-user folders too (the window's data folder, ui.common.data_folder): test
    # mode puts them under the temporary home's ~/.qttest, whatever the platform.
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from ui.window.app import name_application

    name_application()


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A path for a new SQLite store."""
    return tmp_path / "store.db"


@pytest.fixture
def store(db_path):
    """A new SQLite store seeded with the Huawei case."""
    from models.library import open_library

    opened = open_library(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def cli_db(tmp_path) -> str:
    """A path for the command line's store (its first run creates and seeds it)."""
    return str(tmp_path / "cli.db")


@pytest.fixture
def run_cli():
    """Run main.py in a child process, as from a shell; return the CompletedProcess."""
    import subprocess

    def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run


@pytest.fixture
def seed_data() -> dict:
    """The bundled Huawei case file, parsed and validated."""
    from models.casefile import parse_case
    from models.library import seed_case_bytes

    return parse_case(seed_case_bytes())


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL database, or a skip that says why there is none."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but {POSTGRES_ENV} is not set")
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (set by .ci/run)")
    return url


@pytest.fixture
def postgres_db(postgres_url):
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"cp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    _drop_database(admin, name)
    admin.dispose()


def _drop_database(admin, name: str, timeout: float = 60) -> None:
    """Drop a test database, ending its sessions; if a server process our role may not end is
    in it (an autovacuum worker, seen once in CI), wait until it has left and drop again."""
    import time

    from sqlalchemy import exc, text

    waiting = text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name")
    deadline = time.monotonic() + timeout
    while True:
        with admin.connect() as conn:
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except exc.ProgrammingError:
                if time.monotonic() > deadline:
                    raise
            while conn.execute(waiting, {"name": name}).scalar() and time.monotonic() < deadline:
                time.sleep(0.02)  # polling the server's view of who is in it, not waiting for it


def make_case(**overrides) -> dict:
    """A small valid case file object, for tests that need one they can break."""
    text = "The minister said the vendor hides a backdoor. The vendor said it never did."
    a_start = text.index("the vendor hides a backdoor")
    r_start = text.index("it never did")
    case = {
        "format": "counterpoint-case",
        "version": 1,
        "slug": "small-case",
        "title": "A small case",
        "description": "",
        "sources": [
            {
                "id": "src",
                "title": "A report",
                "publisher": None,
                "url": None,
                "date": "2020-02-14",
                "language": "en",
                "quality_note": None,
                "text": text,
            }
        ],
        "sides": [
            {"id": "side-a", "role": "allegation", "party": "Minister", "description": None},
            {"id": "side-r", "role": "response", "party": "Vendor", "description": None},
        ],
        "claims": [
            {
                "id": "a1",
                "side": "side-a",
                "source": "src",
                "start": a_start,
                "end": a_start + len("the vendor hides a backdoor"),
                "quote": "the vendor hides a backdoor",
                "paraphrase": None,
                "speaker": "The minister",
                "kind": "accusation",
                "status": "unsupported",
                "rationale": "No evidence was offered.",
                "assessed_by": "Tester",
                "tags": ["t1"],
                "evidence": [{"evidence": "e1", "stance": "context", "note": ""}],
                "notes": "",
            },
            {
                "id": "r1",
                "side": "side-r",
                "source": "src",
                "start": r_start,
                "end": r_start + len("it never did"),
                "quote": "it never did",
                "paraphrase": "The vendor denies it.",
                "speaker": "The vendor",
                "kind": "denial",
                "status": "unassessed",
                "rationale": "",
                "assessed_by": None,
                "tags": [],
                "evidence": [],
                "notes": "",
            },
        ],
        "links": [
            {"id": "l1", "allegation": "a1", "response": "r1", "relation": "denies", "note": ""}
        ],
        "evidence": [
            {
                "id": "e1",
                "title": "A standard",
                "kind": "standard",
                "citation": "Standard 1, 2020.",
                "date": "2020",
                "url": None,
                "reliability": "A",
                "credibility": 2,
                "summary": "",
                "tags": [],
            }
        ],
        "tags": [
            {"id": "t0", "name": "Moves", "color": "#445566", "icon": None, "parent": None},
            {
                "id": "t1",
                "name": "Denial",
                "color": "#aa3300",
                "icon": "mdi6.hand-back-left",
                "parent": "t0",
            },
        ],
    }
    case.update(overrides)
    return case


@pytest.fixture
def small_case() -> dict:
    """A small valid case file object."""
    return make_case()
