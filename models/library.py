"""Case-level use of the store: seeding, listing, importing and exporting whole cases."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from sqlalchemy import select

from models.jobs import NO_JOB, Job
from models.snapshot import CaseSnapshot, CaseSummary, list_cases, load_case
from models.store import Store, open_store
from models.tables import Case

# models.casefile (the import, and with it the mapped classes of models.schema) is imported
# where a case is imported or exported: opening a store and reading its cases need neither.

SEED_SLUG = "huawei-backdoor-2020"


def seed_case_bytes() -> bytes:
    """Return the bundled Huawei case file."""
    return resources.files("resources").joinpath("cases", f"{SEED_SLUG}.json").read_bytes()


def open_library(target: str, notice=None, seed: bool = True, password: str | None = None) -> Store:
    """Open a store and, if it was just created, seed it with the Huawei case.

    `notice(sentence)` is told, before an upgrade runs, what it does and where the backup is.
    `seed=False` leaves a new store empty: the window opened on a case file (a student's copy)
    creates its store so, and the student sees their copy alone, not the teacher's example.
    `password`: a server's, given to the driver at connect time (never put in the URL).
    """
    store = open_store(target, notice=notice, password=password)
    if seed and store.opened.created:
        from models.casefile import import_case, parse_case

        data = parse_case(seed_case_bytes(), name=f"{SEED_SLUG}.json")
        with store.transaction() as session:
            import_case(session, data)
    return store


def cases(store: Store) -> list[CaseSummary]:
    """List the cases in the store."""
    with store.reading() as session:
        return list_cases(session)


def snapshot(store: Store, slug: str) -> CaseSnapshot:
    """Read one whole case."""
    with store.reading() as session:
        return load_case(session, slug)


def import_file(store: Store, path: str | os.PathLike, job: Job = NO_JOB) -> str:
    """Validate a case file, then write it in one transaction; return the new case's slug.

    Cancelled (job.check) before the write or while it is made, nothing is added: the
    transaction is rolled back.
    """
    from models.casefile import import_case, read_case_file

    data = read_case_file(path)
    job.check()
    with store.transaction() as session:
        slug = import_case(session, data)
        job.check()
        return slug


def open_or_import(store: Store, path: str | os.PathLike, job: Job = NO_JOB) -> tuple[str, bool]:
    """The case of a case file in the store: (slug, True) if it was imported now.

    A file whose case the store already holds (the same slug and title) is not imported again:
    opening a case file twice opens one case, not copies slug-2, slug-3 beside it.
    """
    from models.casefile import import_case, read_case_file

    data = read_case_file(path)
    held = {c.slug: c.title for c in cases(store)}
    if held.get(data["slug"]) == data["title"]:
        return data["slug"], False
    job.check()
    with store.transaction() as session:
        slug = import_case(session, data)
        job.check()
        return slug, True


def import_data(store: Store, data: dict) -> str:
    """Validate a case-file object, then write it in one transaction; return its slug."""
    from models.casefile import import_case, validate_case

    validate_case(data)
    with store.transaction() as session:
        return import_case(session, data)


def export_data(store: Store, slug: str) -> dict:
    """Return a case as a case-file object."""
    from models.casefile import case_to_dict

    return case_to_dict(snapshot(store, slug))


def first_slug(store: Store) -> str | None:
    """Return the slug of the first case by slug, or None for an empty store."""
    with store.reading() as session:
        return session.execute(select(Case.slug).order_by(Case.slug).limit(1)).scalar()


def default_store_path(checkout: Path, data_home: Path) -> Path:
    """Where the store lives with no option: data.db in a checkout, else the user's data folder."""
    if (checkout / "pyproject.toml").is_file() and (checkout / "models").is_dir():
        return checkout / "data.db"
    data_home.mkdir(parents=True, exist_ok=True)
    return data_home / "data.db"
