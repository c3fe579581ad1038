"""Shared fixtures for the export tests: the Huawei snapshot and fixed export options."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.exports import ExportOptions

EXPORTED_AT = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
ASSESSED_AT = datetime(2024, 4, 30, 9, 15, tzinfo=UTC)
AUTHOR = "A. Analyst"


@pytest.fixture
def huawei(store):
    """The Huawei case as a snapshot, its assessments last changed at ASSESSED_AT (not at the
    import), so the exports that say when do not change with the clock."""
    from sqlalchemy import update

    from models.library import snapshot
    from models.schema import Assessment

    with store.transaction() as s:
        s.execute(update(Assessment).values(updated_at=ASSESSED_AT))
    return snapshot(store, "huawei-backdoor-2020")


@pytest.fixture
def options() -> ExportOptions:
    """Options with a fixed author and time, so outputs do not change with the clock."""
    return ExportOptions(author=AUTHOR, exported_at=EXPORTED_AT)
