"""What the window tests of issue 9 share: a mark for tests that need the domain half.

The window half (these tests) was written beside the domain half (models.case_edits and the
commands that call it). Until both are on one branch the tests that need the domain half skip;
a test that only needs to know nothing was dismissed reads "nothing" instead.
"""

from __future__ import annotations

import importlib.util

import pytest

from ui.common import commands

__all__ = ["HAVE_DOMAIN", "dismissals", "needs_domain"]

HAVE_DOMAIN = importlib.util.find_spec("models.case_edits") is not None and hasattr(
    commands, "add_source"
)
needs_domain = pytest.mark.skipif(
    not HAVE_DOMAIN, reason="needs models.case_edits and its commands (issue 9, domain half)"
)


@pytest.fixture
def dismissals(monkeypatch):
    """Nothing dismissed or rejected, where the store cannot yet say (before the merge)."""
    if not HAVE_DOMAIN:
        from ui.docks import claim_suggestions, suggestions

        monkeypatch.setattr(suggestions, "dismissed_pairs", lambda session: set())
        monkeypatch.setattr(claim_suggestions, "rejected_spans", lambda session, source: set())
