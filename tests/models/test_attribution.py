"""Who made each assessment, link, evidence record and note, when, and as which database role."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from models import library
from models.attribution import Stamp, when
from models.claim_edits import update_claim
from models.evidence_edits import create_evidence, delete_evidence, update_evidence
from models.exports import build_content
from models.exports import html as html_export
from models.exports import markdown as md_export
from models.operations import add_link, remove_link, set_assessment, set_relation
from tests.team_fixtures import *  # noqa: F403 (fixtures)


def _case(store):
    return library.snapshot(store, library.SEED_SLUG)


def _unlinked_pair(case):
    linked = {(lk.allegation_id, lk.response_id) for lk in case.links}
    for a in case.claims_of("allegation"):
        for r in case.claims_of("response"):
            if (a.id, r.id) not in linked:
                return a.id, r.id
    raise AssertionError("every pair is linked")


def test_links_evidence_and_notes_name_their_author_and_time(store):
    case = _case(store)
    allegation, response = _unlinked_pair(case)
    link_id, _ = add_link(store, allegation, response, "rebuts", author="Ana")
    made = next(lk for lk in _case(store).links if lk.id == link_id).stamp
    assert made.by == "Ana" and made.at is not None and made.role is None  # SQLite: no role

    # A change is Bo's; its undo puts Ana's stamp back, time and all.
    changed = set_relation(store, link_id, "denies", author="Bo")
    assert next(lk for lk in _case(store).links if lk.id == link_id).stamp.by == "Bo"
    changed.inverse(store, "Bo")
    assert next(lk for lk in _case(store).links if lk.id == link_id).stamp == made
    # Removed and put back: the link keeps who made it.
    remove_link(store, link_id, author="Bo").inverse(store, "Bo")
    assert next(lk for lk in _case(store).links if lk.id == link_id).stamp == made

    evidence_id, _ = create_evidence(
        store, case.id, title="A memo", kind="document", citation="Memo, 2020.", author="Ana"
    )
    assert _case(store).evidence_record(evidence_id).stamp.by == "Ana"
    edited = update_evidence(store, evidence_id, summary="Says nothing.", author="Bo")
    assert _case(store).evidence_record(evidence_id).stamp.by == "Bo"
    edited.inverse(store, "Bo")
    assert _case(store).evidence_record(evidence_id).stamp.by == "Ana"
    delete_evidence(store, evidence_id, author="Bo").inverse(store, "Bo")
    assert _case(store).evidence_record(evidence_id).stamp.by == "Ana"

    claim = case.claims[0].id
    assert _case(store).claim(claim).notes_stamp is None  # never written in the app
    noted = update_claim(store, claim, notes="Check the 2019 report.", author="Ana")
    first = _case(store).claim(claim).notes_stamp
    assert first.by == "Ana" and first.at is not None
    update_claim(store, claim, paraphrase="Something else.", author="Bo")  # not the notes
    assert _case(store).claim(claim).notes_stamp == first
    again = update_claim(store, claim, notes="Checked.", author="Bo")
    assert _case(store).claim(claim).notes_stamp.by == "Bo"
    again.inverse(store, "Bo")
    assert _case(store).claim(claim).notes_stamp == first
    noted.inverse(store, "Ana")
    assert _case(store).claim(claim).notes == case.claims[0].notes


def test_imported_rows_claim_no_author_they_do_not_have(store):
    case = _case(store)
    assert all(lk.stamp is None for lk in case.links)
    assert all(e.stamp is None for e in case.evidence)
    assert all(c.notes_stamp is None for c in case.claims)


def test_exports_name_who_linked_and_added(store):
    case = _case(store)
    allegation, response = _unlinked_pair(case)
    add_link(store, allegation, response, "rebuts", author="Ana <b>x</b>")
    evidence_id, _ = create_evidence(
        store, case.id, title="A memo", kind="document", citation="Memo, 2020.", author="Bo"
    )
    from models.evidence_edits import attach_evidence

    attach_evidence(store, allegation, evidence_id, "supports", author="Bo")
    content = build_content(_case(store))
    page, text = html_export.render(content), md_export.render(content)
    assert "(by Ana &lt;b&gt;x&lt;/b&gt;, on " in page and "<b>x</b>" not in page
    assert "added by Bo" in page and "added by Bo" in text
    assert "by Ana" in text


def test_exports_say_when_each_rationale_link_and_record_was_written(store):
    from models.evidence_edits import attach_evidence

    case = _case(store)
    claim = case.claims[0].id
    set_assessment(store, claim, status="disputed", rationale="Both cite it.", author="Ana")
    allegation, response = _unlinked_pair(case)
    link_id, _ = add_link(store, allegation, response, "rebuts", author="Ana")
    evidence_id, _ = create_evidence(
        store, case.id, title="A memo", kind="document", citation="Memo, 2020.", author="Bo"
    )
    attach_evidence(store, allegation, evidence_id, "supports", author="Bo")
    seen = _case(store)
    assessed = when(seen.claim(claim).assessed.at)
    linked = when(next(lk for lk in seen.links if lk.id == link_id).stamp.at)
    added = when(seen.evidence_record(evidence_id).stamp.at)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", assessed)  # as the inspector says it
    content = build_content(seen)
    for text in (html_export.render(content), md_export.render(content)):
        assert f"Rationale (Ana; last changed on {assessed}):" in text
        assert f"by Ana, on {linked}" in text
        assert f"added by Bo, on {added}" in text


def test_a_time_from_a_server_in_another_zone_is_said_in_utc():
    berlin = datetime(2026, 12, 2, 10, 14, tzinfo=ZoneInfo("Europe/Berlin"))
    assert Stamp("Ana", berlin).words() == "Ana, on 2026-12-02 09:14 UTC"


def test_the_csv_carries_who_assessed_and_when(store):
    import csv
    import io

    from models.exports import csv_export

    case = _case(store)
    claim = case.claims[0]
    set_assessment(store, claim.id, status="disputed", rationale="Both cite it.", author="Ana")
    stamp = _case(store).claim(claim.id).assessed
    rows = list(csv.DictReader(io.StringIO(csv_export.render(build_content(_case(store)))[1:])))
    row = next(r for r in rows if r["id"] == claim.key)
    assert row["assessed_by"] == "Ana" and row["assessed_as"] == ""  # SQLite: no role
    assert row["assessed_at"] == stamp.at.isoformat(timespec="seconds")


@pytest.mark.postgres
def test_on_postgres_the_database_role_is_recorded_as_well(team):
    store = library.open_library(team.url, password=team.password)
    role = team.target.user
    try:
        case = _case(store)
        claim = case.claims[0].id
        set_assessment(
            store, claim, status="disputed", rationale="Both sides cite it.", author="Ana"
        )
        allegation, response = _unlinked_pair(case)
        link_id, _ = add_link(store, allegation, response, "rebuts", author="Ana")
        update_claim(store, claim, notes="Ask Bo.", author="Ana")
        evidence_id, _ = create_evidence(
            store, case.id, title="A memo", kind="document", citation="Memo.", author="Ana"
        )
        seen = _case(store)
        assert seen.claim(claim).assessed.role == role
        assert seen.claim(claim).assessed.by == "Ana"
        assert next(lk for lk in seen.links if lk.id == link_id).stamp.role == role
        assert seen.claim(claim).notes_stamp.role == role
        assert seen.evidence_record(evidence_id).stamp.role == role
        assert f"Ana, as {role}" in seen.claim(claim).notes_stamp.words()
        page = html_export.render(build_content(seen))
        assert f"Rationale (Ana, as {role}; last changed on " in page
        assert f"(by Ana, as {role}, on " in page
    finally:
        store.close()
