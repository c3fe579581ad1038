"""A case read from the store holds each value that recurs once, and an edit's re-read compiles
no SQL: a 100,000-claim case fits the window's memory, and an edit costs the same at any size."""

from __future__ import annotations

import gc
import tracemalloc

import pytest
from sqlalchemy.sql.compiler import SQLCompiler

from bench.synthetic import make_case
from models import library
from models.operations import set_assessment
from models.snapshot import refresh_case

SLUG = "synthetic-2000"


@pytest.fixture
def big(store):
    """The store with a 2,000-claim synthetic case (1,000 a side, 40 evidence records)."""
    library.import_data(store, make_case(claims_per_side=1000, links=1000, evidence=40))
    return store


def _one_each(values) -> bool:
    """Whether equal values are one object."""
    values = list(values)
    return len({id(v) for v in values}) == len(set(values))


def test_claims_share_the_values_that_recur(big):
    claims = library.snapshot(big, SLUG).claims
    for field in ("speaker", "kind", "status", "anchor_state"):
        values = [getattr(c, field) for c in claims if getattr(c, field) is not None]
        assert len(set(values)) < len(values) and _one_each(values), field
    for field in ("assessed", "tag_ids", "evidence"):
        values = [getattr(c, field) for c in claims if getattr(c, field)]
        assert len(set(values)) < len(values) and _one_each(values), field


def test_a_claim_costs_little_memory(big):
    library.snapshot(big, SLUG)  # what a first read sets up once (compiled statements, caches)
    gc.collect()
    tracemalloc.start()
    try:
        case = library.snapshot(big, SLUG)
        gc.collect()
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The whole case (claims, links, evidence, sources) per claim; each claim with its own copy
    # of every recurring value, it was 1,490 bytes.
    assert held / len(case.claims) < 1_300


def test_an_edit_s_re_read_compiles_no_sql(big, monkeypatch):
    case = library.snapshot(big, SLUG)
    first, second = case.claims[3], case.claims[4]
    set_assessment(big, first.id, status="disputed")
    with big.reading() as session:
        case = refresh_case(session, case, claims=frozenset({first.id}))
    compiled = []
    made = SQLCompiler.__init__
    monkeypatch.setattr(
        SQLCompiler, "__init__", lambda self, *a, **k: compiled.append(1) or made(self, *a, **k)
    )
    set_assessment(big, second.id, status="disputed")
    compiled.clear()  # the edit's own statements are not the re-read's
    with big.reading() as session:
        case = refresh_case(session, case, claims=frozenset({second.id}))
    assert compiled == []
    assert case.claim(second.id).status == "disputed"
    assert case.claim(first.id).status == "disputed"
