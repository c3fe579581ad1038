"""Case file version 2 (source versions, claim anchoring) and the store migration that adds them."""

from __future__ import annotations

import copy
import hashlib
import re

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from models import library
from models.casefile import CaseFileError, validate_case
from models.revisions import revise_source
from models.schema import Assessment, Claim, SourceVersion
from models.store import _alembic_config, open_store
from tests.models.test_revisions import PARAGRAPHS, TYPO, TYPO_QUOTE, _case


@pytest.fixture
def revised(store) -> dict:
    """A case revised twice: a proposal, an orphan and an exact claim, as a case-file object."""
    old = "\n\n".join([TYPO, *PARAGRAPHS])
    gone = "The vendor replied that it had never been asked to spy."
    source_id = _case(store, old, [TYPO_QUOTE, gone, "found no hidden access in the code"])
    revise_source(store, source_id, old.replace("backdor", "backdoor"), note="typo", extractor="x")
    revise_source(store, source_id, old.replace("backdor", "backdoor").replace(gone, "No."))
    return library.export_data(store, "rev")


def test_a_revised_case_is_written_as_version_2_and_round_trips_exactly(store, revised):
    assert revised["version"] == 2
    versions = revised["sources"][0]["versions"]
    assert [v["number"] for v in versions] == [1, 2, 3]
    assert versions[1]["note"] == "typo" and versions[1]["extractor"] == "x"
    assert versions[-1]["text"] == revised["sources"][0]["text"]
    states = [c["anchor"]["state"] for c in revised["claims"]]
    assert states == ["proposed", "orphan", "exact"]
    slug = library.import_data(store, copy.deepcopy(revised))
    assert library.export_data(store, slug) == dict(revised, slug=slug)


def test_an_unrevised_case_is_still_written_as_version_1(store, small_case):
    slug = library.import_data(store, copy.deepcopy(small_case))
    exported = library.export_data(store, slug)
    assert exported["version"] == 1 and "versions" not in exported["sources"][0]
    assert "anchor" not in exported["claims"][0]


def _broken(data: dict, change) -> dict:
    data = copy.deepcopy(data)
    change(data)
    return data


def _set_sha(data, n, value):
    data["sources"][0]["versions"][n]["sha256"] = value


def _renumber(data):
    data["sources"][0]["versions"][1]["number"] = 5


def _bad_quote(data):
    data["claims"][1]["quote"] = "The vendor replied that it had never been asked to spy!"


def _wrong_version(data):
    data["claims"][1]["anchor"]["version"] = 9


def _no_candidates(data):
    data["claims"][0]["anchor"]["candidates"] = []


def _exact_with_version(data):
    data["claims"][2]["anchor"]["version"] = 1


def _text_not_last(data):
    data["sources"][0]["text"] += "!"


def _v1_with_versions(data):
    data["version"] = 1
    for claim in data["claims"]:
        del claim["anchor"]


def _v2_without_anchor(data):
    del data["claims"][0]["anchor"]


BAD = [
    ("sha256", lambda d: _set_sha(d, 0, "0" * 64), "SHA-256 of its version 1"),
    ("numbering", _renumber, "numbered 1, 2"),
    ("quote", _bad_quote, "quote does not match"),
    ("version", _wrong_version, "version 9"),
    ("proposal", _no_candidates, "at least one candidate"),
    ("exact", _exact_with_version, "exact claim names no version"),
    ("text", _text_not_last, "not the text of its last version"),
    ("v1", _v1_with_versions, 'sources[0]: it has "versions", which only case-file version 2'),
    ("v2", _v2_without_anchor, 'claims[0]: it has no "anchor", which version 2 requires'),
]


@pytest.mark.parametrize(("name", "change", "message"), BAD, ids=[b[0] for b in BAD])
def test_an_inconsistent_version_2_file_is_refused_with_its_place(revised, name, change, message):
    validate_case(copy.deepcopy(revised))
    with pytest.raises(CaseFileError, match=re.escape(message)):
        validate_case(_broken(revised, change))


def test_the_migration_gives_every_source_version_1_and_keeps_every_claim(db_path):
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
        conn.execute(
            text(
                'INSERT INTO "case" (id, slug, title, description, created_at, updated_at) '
                "VALUES (1, 'old', 'Old case', '', '2020-01-01', '2020-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO source (id, case_id, key, position, title, text) "
                "VALUES (1, 1, 'src', 0, 'A report', 'The vendor denies it.')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO side (id, case_id, key, position, role, party) "
                "VALUES (1, 1, 'a', 0, 'allegation', 'A'), (2, 1, 'r', 1, 'response', 'R')"
            )
        )
        conn.execute(
            text(
                'INSERT INTO claim (id, case_id, key, position, side_id, source_id, start, "end", '
                "quote, kind, notes) VALUES (1, 1, 'c1', 0, 2, 1, 4, 10, 'vendor', 'denial', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO assessment (claim_id, status, rationale, updated_at) "
                "VALUES (1, 'disputed', 'why', '2020-01-01')"
            )
        )
    engine.dispose()
    store = open_store(str(db_path))
    try:
        with store.reading() as s:
            version = s.execute(select(SourceVersion)).scalar_one()
            assert (version.source_id, version.number, version.text) == (
                1,
                1,
                "The vendor denies it.",
            )
            assert version.sha256 == hashlib.sha256(b"The vendor denies it.").hexdigest()
            claim = s.execute(select(Claim)).scalar_one()
            assert (claim.anchor_state, claim.anchor_version, claim.quote) == (
                "exact",
                None,
                "vendor",
            )
            assert s.execute(select(Assessment.status)).scalar_one() == "disputed"
        revised, _ = revise_source(store, 1, "The vendor firmly denies it.")
        assert revised.version == 2 and revised.orphans == 0
    finally:
        store.close()


def test_revise_undo_and_a_version_2_round_trip_on_postgres(postgres_db):
    store = library.open_library(postgres_db)
    try:
        old = "\n\n".join([TYPO, *PARAGRAPHS])
        gone = "The vendor replied that it had never been asked to spy."
        source_id = _case(store, old, [TYPO_QUOTE, gone])
        before = library.snapshot(store, "rev")
        revised, change = revise_source(
            store, source_id, old.replace(gone, "No.").replace("backdor", "backdoor")
        )
        assert (revised.exact, revised.proposed, revised.orphans) == (0, 1, 1)
        data = library.export_data(store, "rev")
        slug = library.import_data(store, copy.deepcopy(data))
        assert library.export_data(store, slug) == dict(data, slug=slug)
        change.inverse(store)
        assert library.snapshot(store, "rev").claims == before.claims
    finally:
        store.close()
