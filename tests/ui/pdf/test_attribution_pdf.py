"""The PDF comparison names who wrote each rationale, link and evidence record, and when, with
the database role on a team store."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from models import library
from models.attribution import when
from models.evidence_edits import attach_evidence, create_evidence
from models.exports import ExportOptions, export_snapshot
from models.operations import add_link, set_assessment
from tests.team_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.usefixtures("qapp")


def _text(path) -> str:
    """The PDF's text with every space and line break taken out (lines wrap anywhere)."""
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _squeezed(words: str) -> str:
    return "".join(words.split())


def _unlinked_pair(case):
    linked = {(lk.allegation_id, lk.response_id) for lk in case.links}
    return next(
        (a.id, r.id)
        for a in case.claims_of("allegation")
        for r in case.claims_of("response")
        if (a.id, r.id) not in linked
    )


def test_the_comparison_says_who_wrote_what_and_when(store, tmp_path):
    case = library.snapshot(store, library.SEED_SLUG)
    claim = case.claims[0].id
    set_assessment(store, claim, status="disputed", rationale="Both cite it.", author="Ana")
    allegation, response = _unlinked_pair(case)
    link_id, _ = add_link(store, allegation, response, "rebuts", author="Ana")
    evidence_id, _ = create_evidence(
        store, case.id, title="A memo", kind="document", citation="Memo.", author="Bo"
    )
    attach_evidence(store, allegation, evidence_id, "supports", author="Bo")
    seen = library.snapshot(store, library.SEED_SLUG)
    assessed = when(seen.claim(claim).assessed.at)
    linked = when(next(lk for lk in seen.links if lk.id == link_id).stamp.at)
    added = when(seen.evidence_record(evidence_id).stamp.at)

    out = tmp_path / "case.pdf"
    export_snapshot(seen, "pdf", out, ExportOptions())
    text = _text(out)
    assert _squeezed(f"Rationale (Ana; last changed on {assessed}): Both cite it.") in text
    assert _squeezed(f"rebuts by Ana, on {linked}") in text  # under the relation's arrow
    assert _squeezed(f"added by Bo, on {added}") in text


@pytest.mark.postgres
def test_rationale_lines_and_references_name_their_author_and_role(team, tmp_path):
    store = library.open_library(team.url, password=team.password)
    role = team.target.user
    try:
        case = library.snapshot(store, library.SEED_SLUG)
        claim = case.claims[0].id
        set_assessment(store, claim, status="disputed", rationale="Both cite it.", author="Ana")
        create_evidence(
            store, case.id, title="A memo", kind="document", citation="Memo.", author="Bo"
        )
        seen = library.snapshot(store, library.SEED_SLUG)
        out = tmp_path / "case.pdf"
        export_snapshot(seen, "pdf", out, ExportOptions())
    finally:
        store.close()
    text = _text(out)
    assessed = when(seen.claim(claim).assessed.at)
    assert _squeezed(f"Rationale (Ana, as {role}; last changed on {assessed}):") in text
    assert _squeezed(f"added by Bo, as {role}, on ") in text
