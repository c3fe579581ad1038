"""HTML and Markdown against golden files; CSV rows; the filter and grouping of the content."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import replace
from pathlib import Path

import pytest

from models.claim_filter import ClaimFilter
from models.exports import FORMATS, build_content, export_snapshot
from models.exports import html as html_export
from models.exports import markdown as md_export
from models.exports.csv_export import COLUMNS, cell

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"  # regenerate after a deliberate change


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.mark.parametrize(
    ("name", "render"),
    [("huawei.html", html_export.render), ("huawei.md", md_export.render)],
)
def test_huawei_matches_the_golden_file(huawei, options, name, render):
    content = build_content(huawei, replace(options, source_appendix=True))
    _check_golden(name, render(content))


def test_html_is_self_contained(huawei, options):
    page = html_export.render(build_content(huawei, options))
    lowered = page.lower()
    for forbidden in ("<script", "<img", "<link", "@import", "src=", "url("):
        assert forbidden not in lowered
    assert "default-src 'none'" in page


def test_every_quote_appears_in_html_and_markdown(huawei, options):
    content = build_content(huawei, options)
    page, text = html_export.render(content), md_export.render(content)
    for claim in huawei.claims:
        assert html_export.escape(claim.quote) in page
        assert md_export.md(claim.quote) in text


def test_csv_has_one_row_per_claim_with_links_and_evidence(huawei, options, tmp_path):
    out = tmp_path / "claims.csv"
    export_snapshot(huawei, "csv", out, options)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    assert [r["id"] for r in rows] == [c.key for c in huawei.claims]
    first = huawei.claims[0]
    linked = {huawei.claim(lk.response_id).key for lk in huawei.links_of(first.id)}
    assert set(rows[0]["linked_claim_ids"].split("; ")) == linked
    ev_keys = {huawei.evidence_record(a.evidence_id).key for a in first.evidence}
    assert {part.split(" ")[1] for part in rows[0]["evidence_ids"].split("; ")} == ev_keys


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_neutralises_formula_cells(value):
    assert cell(value) == "'" + value
    assert cell("plain") == "plain"


def test_filter_keeps_only_matching_claims(huawei, options):
    flt = ClaimFilter(statuses=frozenset({"unsupported"}))
    content = build_content(huawei, replace(options, claim_filter=flt))
    shown = content.included_claims()
    assert [b.claim.id for b in shown] == [c.id for c in huawei.claims if c.status == "unsupported"]
    # Their other responses are filtered out, so each pair says how many are hidden.
    for pair in content.pairs:
        links = huawei.links_of(pair.allegation.claim.id)
        left_out = [lk for lk in links if huawei.claim(lk.response_id).status != "unsupported"]
        assert pair.hidden == len(left_out)
    assert any(p.hidden for p in content.pairs)
    assert "Unsupported assertion" in content.filter_note


def test_a_filter_on_one_side_exports_the_other_side_whole(huawei, options):
    flt = ClaimFilter(statuses=frozenset({"unsupported"}), sides=frozenset({"allegation"}))
    content = build_content(huawei, replace(options, claim_filter=flt))
    shown = [b.claim for b in content.included_claims()]
    allegations = [c.id for c in shown if c.role == "allegation"]
    unsupported = [c.id for c in huawei.claims_of("allegation") if c.status == "unsupported"]
    assert allegations == unsupported
    assert [c.id for c in shown if c.role == "response"] == [
        c.id for c in huawei.claims_of("response")
    ]
    assert all(p.hidden == 0 for p in content.pairs)
    assert "allegation side only" in content.filter_note


def test_filter_on_a_parent_tag_finds_its_children(huawei):
    parent = next(t for t in huawei.tags if any(c.parent_id == t.id for c in huawei.tags))
    children = {t.id for t in huawei.tags if t.parent_id == parent.id}
    flt = ClaimFilter(tag_ids=frozenset({parent.id}))
    expected = {c.id for c in huawei.claims if set(c.tag_ids) & (children | {parent.id})}
    assert {c.id for c in huawei.claims if flt.matches(c, huawei)} == expected
    text = ClaimFilter(text="WALL STREET")
    assert any(text.matches(c, huawei) for c in huawei.claims)


def test_unanswered_and_unlinked_claims_are_listed(store, options):
    from models.library import import_data, snapshot
    from tests.conftest import make_case

    data = make_case(links=[])
    slug = import_data(store, data)
    content = build_content(snapshot(store, slug), options)
    assert [b.claim.key for b in content.unanswered] == ["a1"]
    assert [b.claim.key for b in content.unlinked] == ["r1"]
    for key in ("html", "md"):
        text = {"html": html_export, "md": md_export}[key].render(content)
        assert "Unanswered allegations" in text and "not linked to an allegation" in text


def test_every_registered_text_format_writes_a_file(huawei, options, tmp_path):
    for key in FORMATS:
        if key == "pdf":
            continue
        out = tmp_path / f"out.{key}"
        export_snapshot(huawei, key, out, options)
        assert out.stat().st_size > 0
