"""Fixtures shared by the widget tests: a case session on the seeded store, hostile text."""

from __future__ import annotations

import pytest

# Markup that must show as typed: a bold tag and an image that Qt would load from disk.
HOSTILE = '<b>x</b> <img src="file:///etc/hostname">'
AUTHOR = "Tester"


@pytest.fixture
def session(store, qapp):
    """A CaseSession with the Huawei case open, as the window makes one."""
    from models import library
    from ui.common.session import CaseSession

    opened = CaseSession(store, author=AUTHOR)
    opened.open_case(library.SEED_SLUG)
    return opened
