"""The author recorded in the history and on exports when none is given."""

from __future__ import annotations

import getpass

from models import authors


def test_the_login_name_falls_back_to_the_environment(monkeypatch):
    def no_passwd_entry():
        raise KeyError("uid not found")

    monkeypatch.setattr(getpass, "getuser", no_passwd_entry)
    monkeypatch.setenv("USER", "analyst")
    assert authors.login_name() == "analyst"
    monkeypatch.delenv("USER")
    monkeypatch.delenv("USERNAME", raising=False)
    assert authors.login_name() == "unknown"
