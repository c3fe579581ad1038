"""Shared fixtures for the export tests: the Huawei snapshot and fixed export options."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.exports import ExportOptions

EXPORTED_AT = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
AUTHOR = "A. Analyst"


@pytest.fixture
def huawei(store):
    """The Huawei case as a snapshot."""
    from models.library import snapshot

    return snapshot(store, "huawei-backdoor-2020")


@pytest.fixture
def options() -> ExportOptions:
    """Options with a fixed author and time, so outputs do not change with the clock."""
    return ExportOptions(author=AUTHOR, exported_at=EXPORTED_AT)
