"""The same store on a real PostgreSQL server, as a team would share it."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from models import library
from models.operations import add_link, remove_link, set_assessment
from models.store import NewerStoreError, head_revision, open_store

pytestmark = pytest.mark.postgres


def test_new_postgres_store_is_created_at_head_and_seeded(postgres_db, seed_data):
    store = library.open_library(postgres_db)
    try:
        assert store.opened.created
        assert store.engine.dialect.name == "postgresql"
        assert library.export_data(store, library.SEED_SLUG) == seed_data
    finally:
        store.close()
    engine = create_engine(postgres_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
    engine.dispose()


def test_import_export_and_edits_on_postgres(postgres_db, small_case):
    store = library.open_library(postgres_db)
    try:
        assert library.import_data(store, small_case) == "small-case"
        assert library.import_data(store, small_case) == "small-case-2"
        assert library.export_data(store, "small-case") == small_case
        case = library.snapshot(store, "small-case")
        allegation, response = case.claims
        set_assessment(store, response.id, status="unsupported", rationale="No proof.", author="Bo")
        remove_link(store, case.links[0].id)
        link_id, _ = add_link(store, allegation.id, response.id, "rebuts", author="Bo")
        # A second store on the same database (a colleague) sees every edit at once.
        colleague = open_store(postgres_db)
        try:
            seen = library.snapshot(colleague, "small-case")
            assert seen.claim(response.id).status == "unsupported"
            assert seen.claim(response.id).assessed_by == "Bo"
            assert [(lk.id, lk.relation) for lk in seen.links] == [(link_id, "rebuts")]
        finally:
            colleague.close()
    finally:
        store.close()


def test_newer_postgres_store_is_refused_untouched(postgres_db):
    library.open_library(postgres_db).close()
    engine = create_engine(postgres_db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerStoreError, match="9999"):
        open_store(postgres_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()
