"""A team store on the real PostgreSQL: password apart from the URL, read-only roles, outages."""

from __future__ import annotations

import logging

import pytest

from models import library
from models.operations import set_assessment
from models.store import StoreError, StoreReadOnly, StoreUnreachable, open_store
from models.team import (
    KeyringUnavailable,
    TeamTarget,
    forget_password,
    keyring_available,
    probe,
    save_password,
    saved_password,
    target_from_url,
    without_password,
)
from tests.team_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.postgres


def _first_claim(store) -> int:
    return library.snapshot(store, library.SEED_SLUG).claims[0].id


def test_the_password_is_given_at_connect_time_never_in_the_url(team, caplog):
    caplog.set_level(logging.DEBUG)
    assert team.password and team.password not in team.url
    store = library.open_library(team.url, password=team.password)
    try:
        assert store.engine.url.password is None
        assert team.password not in store.url
        assert store.db_role == team.target.user
        assert not store.read_only
        claim = _first_claim(store)
        set_assessment(store, claim, status="disputed", author="Ana")
        assert library.snapshot(store, library.SEED_SLUG).claim(claim).status == "disputed"
    finally:
        store.close()
    assert team.password not in caplog.text


def test_without_the_password_the_server_refuses_in_words(team, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))  # not the user's ~/.pgpass
    with pytest.raises(StoreError) as refused:
        open_store(team.url)
    assert "password" in str(refused.value).lower()


def test_a_pgpass_file_gives_the_password_when_none_is_kept(team, monkeypatch, tmp_path):
    library.open_library(team.url, password=team.password).close()
    pgpass = tmp_path / "pgpass"
    t = team.target
    pgpass.write_text(f"{t.host}:{t.port}:{t.database}:{t.user}:{team.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    store = open_store(team.url)
    try:
        assert library.snapshot(store, library.SEED_SLUG).claims
    finally:
        store.close()


def test_connect_timeout_is_set_on_every_server_store(team):
    store = library.open_library(team.url, password=team.password)
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw.info.get_parameters().get("connect_timeout") == "5"
    finally:
        store.close()


def test_a_read_only_role_opens_the_store_read_only_and_every_edit_is_refused(team, readonly_role):
    library.open_library(team.url, password=team.password).close()
    role, password = readonly_role()
    url = TeamTarget(team.target.host, team.target.database, role, team.target.port).url_text()
    store = open_store(url, password=password)
    try:
        assert store.read_only and store.db_role == role
        claim = _first_claim(store)  # reading works
        with pytest.raises(StoreReadOnly, match=f"{role} may only read"):
            set_assessment(store, claim, status="supported", author="Ana")
        # The server refuses too: the flag only says so before the server has to.
        store.read_only = False
        with pytest.raises(StoreError, match="permission denied"):
            set_assessment(store, claim, status="supported", author="Ana")
        assert library.snapshot(store, library.SEED_SLUG).claim(claim).status != "supported"
    finally:
        store.close()
    found = probe(TeamTarget(team.target.host, team.target.database, role), password)
    assert found.ok and found.read_only and "may only read" in found.sentence


def test_a_dropped_connection_is_said_and_nothing_is_lost(team, outage):
    store = library.open_library(team.url, password=team.password)
    try:
        claim = _first_claim(store)
        set_assessment(store, claim, status="supported", author="Ana")
        outage.start()
        with pytest.raises(StoreUnreachable, match="connection to the store .* is lost") as lost:
            set_assessment(store, claim, status="unsupported", author="Ana")
        assert team.password not in str(lost.value)
        with pytest.raises(StoreUnreachable):
            store.ping()
        with pytest.raises(StoreUnreachable):
            library.snapshot(store, library.SEED_SLUG)
        outage.end()
        store.ping()
        assert library.snapshot(store, library.SEED_SLUG).claim(claim).status == "supported"
        set_assessment(store, claim, status="unsupported", author="Ana")
        assert library.snapshot(store, library.SEED_SLUG).claim(claim).status == "unsupported"
    finally:
        store.close()


def test_a_server_that_ended_every_session_between_two_edits_goes_unnoticed(team, outage):
    store = library.open_library(team.url, password=team.password)
    try:
        claim = _first_claim(store)
        set_assessment(store, claim, status="supported", author="Ana")  # a connection is kept
        outage.start()  # as a restart does: every session ended...
        outage.end()  # ...and the server is back before the next edit
        set_assessment(store, claim, status="unsupported", author="Ana")
        assert library.snapshot(store, library.SEED_SLUG).claim(claim).status == "unsupported"
    finally:
        store.close()


def test_probe_says_in_words_what_happened(team):
    good = probe(team.target, team.password)
    assert good.ok and not good.read_only and not good.is_store
    assert "empty" in good.sentence
    library.open_library(team.url, password=team.password).close()
    assert probe(team.target, team.password).is_store
    wrong = probe(team.target, "not-the-password")
    assert not wrong.ok and "refused the user name or password" in wrong.sentence
    assert "not-the-password" not in wrong.sentence
    closed = TeamTarget("127.0.0.1", team.target.database, team.target.user, port=1)
    refused = probe(closed, team.password)
    assert not refused.ok and "Nothing answers" in refused.sentence
    missing = probe(TeamTarget("", "db", "me"), None)
    assert not missing.ok and "host" in missing.sentence


def test_urls_kept_never_hold_a_password():
    target = target_from_url(
        "postgresql+psycopg://ana:s3cret@db.example:6543/cases?sslmode=require"
    )
    assert target == TeamTarget("db.example", "cases", "ana", 6543, "require")
    assert "s3cret" not in target.url_text()
    kept = without_password("postgresql+psycopg://ana:s3cret@db.example/cases")
    assert "s3cret" not in kept and "***" not in kept and "ana@db.example" in kept
    assert target_from_url("sqlite:///x.db") is None


def test_the_keyring_keeps_the_password(memory_keyring):
    target = TeamTarget("db.example", "cases", "ana")
    assert keyring_available()
    assert saved_password(target) is None
    save_password(target, "s3cret")
    assert saved_password(target) == "s3cret"
    assert list(memory_keyring.values()) == ["s3cret"]
    forget_password(target)
    assert saved_password(target) is None and not memory_keyring
    forget_password(target)  # twice: nothing to forget, no error


def test_with_no_keyring_backend_nothing_is_kept():
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        target = TeamTarget("db.example", "cases", "ana")
        assert not keyring_available()
        assert saved_password(target) is None
        with pytest.raises(KeyringUnavailable, match="asked each time"):
            save_password(target, "s3cret")
    finally:
        keyring.set_keyring(before)
