"""Edits keep to the case file's limits, so an exported case file always imports again; the
files Counterpoint writes get ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import update

from models import library
from models.claim_edits import update_claim
from models.evidence_edits import create_evidence, update_evidence
from models.exports import ExportError, export_snapshot
from models.files import write_atomically
from models.limits import max_length
from models.operations import EditRefused, set_assessment
from models.schema import Evidence

SLUG = library.SEED_SLUG


def _snap(store):
    return library.snapshot(store, SLUG)


def test_the_limits_come_from_the_schema():
    assert max_length("claim", "paraphrase") == 20000
    assert max_length("evidence", "citation") == 4000
    assert max_length("claim", "speaker") == 1000


def test_an_evidence_date_must_be_in_the_case_file_form(store):
    snap = _snap(store)
    record = snap.evidence[0]
    with pytest.raises(EditRefused, match="YYYY-MM-DD"):
        update_evidence(store, record.id, date="May 2020")
    with pytest.raises(EditRefused, match="YYYY-MM-DD"):
        create_evidence(store, snap.id, title="T", kind="report", citation="c", date="2020/05")
    update_evidence(store, record.id, date="2020-05")
    assert _snap(store).evidence_record(record.id).date == "2020-05"


@pytest.mark.parametrize(
    ("edit", "limit"),
    [
        (lambda store, cid, text: update_claim(store, cid, paraphrase=text), 20000),
        (lambda store, cid, text: update_claim(store, cid, notes=text), 20000),
        (lambda store, cid, text: update_claim(store, cid, speaker=text), 1000),
        (lambda store, cid, text: set_assessment(store, cid, rationale=text), 20000),
    ],
    ids=["paraphrase", "notes", "speaker", "rationale"],
)
def test_claim_texts_longer_than_the_case_file_allows_are_refused(store, edit, limit):
    claim = _snap(store).claims[0]
    before = library.export_data(store, SLUG)
    with pytest.raises(EditRefused, match=f"at most {limit:,} characters"):
        edit(store, claim.id, "x" * (limit + 1))
    assert library.export_data(store, SLUG) == before  # nothing was changed
    edit(store, claim.id, "x" * limit)  # the limit itself is fine


def test_evidence_texts_longer_than_the_case_file_allows_are_refused(store):
    record = _snap(store).evidence[0]
    with pytest.raises(EditRefused, match="citation"):
        update_evidence(store, record.id, citation="c" * 4001)
    with pytest.raises(EditRefused, match="summary"):
        update_evidence(store, record.id, summary="s" * 20001)


def test_a_case_edited_to_the_limits_exports_and_imports_again(store, tmp_path):
    snap = _snap(store)
    claim, record = snap.claims[0], snap.evidence[0]
    update_claim(store, claim.id, paraphrase="p" * 20000, speaker="s" * 1000, notes="n" * 20000)
    set_assessment(store, claim.id, rationale="r" * 20000)
    update_evidence(store, record.id, date="2020-05-01", citation="c" * 4000)
    out = tmp_path / "case.json"
    export_snapshot(_snap(store), "json", out)
    assert library.import_file(store, out) == f"{SLUG}-2"


def test_the_json_export_refuses_a_case_the_file_could_not_hold(store, tmp_path):
    # As a case edited before these checks existed might be: the store holds a bad date.
    record = _snap(store).evidence[0]
    with store.transaction() as s:
        s.execute(update(Evidence).where(Evidence.id == record.id).values(date="May 2020"))
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportError, match="date"):
        export_snapshot(_snap(store), "json", folder / "case.json")
    assert not list(folder.iterdir())  # nothing written, not even a temporary file


def _with_umask(mask, action):
    old = os.umask(mask)
    try:
        return action()
    finally:
        os.umask(old)


def test_written_files_get_the_mode_the_umask_allows(tmp_path):
    target = tmp_path / "out.csv"
    _with_umask(0o022, lambda: write_atomically(target, "a,b\n"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    fresh = tmp_path / "other.csv"
    _with_umask(0o027, lambda: write_atomically(fresh, "a,b\n"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("{}")
    target.chmod(0o600)
    _with_umask(0o022, lambda: write_atomically(target, "[]"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "[]"


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "student-copy"])
def test_exports_are_readable_by_others_as_the_umask_says(store, tmp_path, fmt):
    import models.grading  # noqa: F401 - registers "student-copy"

    out = tmp_path / f"case.{fmt}"
    _with_umask(0o022, lambda: export_snapshot(_snap(store), fmt, out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
