"""Whatever the app accepts, it can give back: the import's limits and the store's agree, so the
case file of any case in the store imports again."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from models import casefile, claim_edits, library
from models.casefile import CaseFileError, case_to_dict, dumps_case, read_case_file
from models.exports import export_snapshot
from models.limits import max_claims
from models.operations import EditRefused
from models.schema import Claim
from tests.conftest import make_case


def _compact(data: dict) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def test_the_size_limit_is_measured_on_the_file_counterpoint_would_write(
    store, tmp_path, monkeypatch
):
    # As the 285,000-claim case was: a compact file under the limit, whose own export is over.
    case = make_case()
    compact, ours = len(_compact(case).encode()), len(dumps_case(case).encode())
    assert compact < ours
    monkeypatch.setattr(casefile, "MAX_FILE_BYTES", (compact + ours) // 2)
    path = tmp_path / "compact.json"
    path.write_text(_compact(case), encoding="utf-8")
    with pytest.raises(CaseFileError, match="as Counterpoint writes it"):
        library.import_file(store, path)
    # At the limit exactly, the compact file is taken, and its export, just as large, comes back.
    monkeypatch.setattr(casefile, "MAX_FILE_BYTES", ours)
    slug = library.import_file(store, path)
    out = tmp_path / "export.json"
    export_snapshot(library.snapshot(store, slug), "json", out)
    assert out.stat().st_size == casefile.MAX_FILE_BYTES
    assert read_case_file(out)["title"] == case["title"]


def _many_claims(count: int) -> dict:
    case = make_case()
    text = "x" * (count + 1)
    case["sources"][0]["text"] = text
    template = dict(case["claims"][0], quote="x", tags=[], evidence=[])
    case["claims"] = [dict(template, id=f"c{i}", start=i, end=i + 1) for i in range(count)]
    case["claims"][-1] = dict(case["claims"][-1], side="side-r")
    case["links"] = []
    return case


def test_a_case_of_more_claims_than_a_case_may_hold_is_refused_with_the_count(store):
    limit = max_claims()
    assert limit == 100_000  # the largest case bench_window measures (issue: scale)
    with pytest.raises(CaseFileError, match=f"at claims: it has {limit + 1:,} items; at most"):
        library.import_data(store, _many_claims(limit + 1))


def test_a_new_claim_past_the_limit_is_refused_and_nothing_changes(store, monkeypatch):
    snap = library.snapshot(store, library.SEED_SLUG)
    monkeypatch.setattr(claim_edits, "max_claims", lambda: len(snap.claims))
    source = snap.sources[0]
    before = library.export_data(store, library.SEED_SLUG)
    with pytest.raises(EditRefused, match=f"at most {len(snap.claims)} claims"):
        claim_edits.create_claim(store, snap.id, "allegation", source.id, 0, 5)
    assert library.export_data(store, library.SEED_SLUG) == before
    with store.reading() as s:
        count = s.execute(select(func.count()).where(Claim.case_id == snap.id)).scalar_one()
    assert count == len(snap.claims)


# The whole 100,000-claim round trip runs in every suite (about 30 s of CPU): a skipped test is
# one CI never runs.
@pytest.mark.parametrize("claims", [5_000, 100_000])
def test_a_big_case_imports_exports_as_a_case_file_and_imports_again(store, tmp_path, claims):
    # As File → Import, File → Export (the case file) and File → Import again do it: the
    # re-imported case is the same case, every claim, link, tag and evidence record.
    from bench.synthetic import make_case as synthetic_case

    data = synthetic_case(claims_per_side=claims // 2, links=claims // 2, evidence=200)
    first = tmp_path / "first.json"
    first.write_text(dumps_case(data), encoding="utf-8")
    slug = library.import_file(store, first)
    exported = tmp_path / "exported.json"
    export_snapshot(library.snapshot(store, slug), "json", exported)
    again = library.import_file(store, exported)
    assert again != slug
    case = library.snapshot(store, again)
    assert len(case.claims) == claims and len(case.links) == claims // 2
    assert case_to_dict(case) == dict(data, slug=again)
