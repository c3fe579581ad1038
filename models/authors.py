"""Who makes an edit or an export: the name the history and the export headers record."""

from __future__ import annotations

import getpass
import os


def login_name() -> str:
    """The name of the person at the keyboard, used when no author is given."""
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry in some containers: fall back to the environment
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
