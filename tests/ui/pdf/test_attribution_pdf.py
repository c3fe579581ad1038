"""The PDF comparison names who wrote each rationale, with the database role on a team store."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from models import library
from models.evidence_edits import create_evidence
from models.exports import ExportOptions, export_snapshot
from models.operations import set_assessment
from tests.team_fixtures import *  # noqa: F403 (fixtures)

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("qapp")]


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
        out = tmp_path / "case.pdf"
        export_snapshot(library.snapshot(store, library.SEED_SLUG), "pdf", out, ExportOptions())
    finally:
        store.close()
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert f"Rationale(Ana,as{role}):Bothciteit." in text
    assert f"addedbyBo,as{role}" in text
