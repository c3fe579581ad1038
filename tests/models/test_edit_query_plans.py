"""An edit reads and writes through the keys: no statement of an everyday edit scans a table
whose size grows with the case (on SQLite, EXPLAIN QUERY PLAN of every statement it sends).

A scan costs nothing on the seed case and tens of milliseconds an edit at 100,000 claims (a
nested outer join once made each status edit scan every assessment of the store).
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from models import library
from models import operations as ops
from models.claim_edits import update_claim
from models.evidence_edits import attach_evidence, detach_evidence
from models.tag_edits import apply_tag, remove_tag

# Tables that grow with the case; a scan of one of these is an edit whose cost grows too.
GROWING = {
    "claim",
    "assessment",
    "link",
    "claim_tag",
    "claim_evidence",
    "evidence",
    "tag",
    "edit",
    "edit_claim",
    "source",
    "side",
}


def _scans(store, edit) -> list[tuple[str, str]]:
    """Run the edit; return (plan line, statement) for each full scan of a growing table."""
    sent: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, many):
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT", "WITH")):
            sent.append((statement, parameters[0] if many else parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        edit()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert sent, "the edit sent no statement"
    found = []
    raw = store.engine.raw_connection()
    try:
        for statement, parameters in sent:
            for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters or ()):
                detail = row[-1]
                m = re.match(r"SCAN (\w+)", detail)
                if m and m.group(1) in GROWING and "INTEGER PRIMARY KEY" not in detail:
                    found.append((detail, statement))
    finally:
        raw.close()
    return found


@pytest.fixture
def case(store):
    return library.snapshot(store, library.first_slug(store))


def _allegation(case):
    return next(c for c in case.claims if c.role == "allegation")


EDITS = {
    "status": lambda s, c: ops.set_assessment(s, _allegation(c).id, status="disputed"),
    "rationale": lambda s, c: ops.set_assessment(s, _allegation(c).id, rationale="Because."),
    "paraphrase": lambda s, c: update_claim(s, _allegation(c).id, paraphrase="In other words."),
    "tag": lambda s, c: apply_tag(
        s, _allegation(c).id, next(t.id for t in c.tags if t.id not in _allegation(c).tag_ids)
    ),
    "untag": lambda s, c: remove_tag(s, _allegation(c).id, _allegation(c).tag_ids[0]),
    "link": lambda s, c: ops.add_link(
        s,
        _allegation(c).id,
        next(
            r.id
            for r in c.claims
            if r.role == "response"
            and r.id not in {lk.response_id for lk in c.links_of(_allegation(c).id)}
        ),
        "rebuts",
    ),
    "unlink": lambda s, c: ops.remove_link(s, c.links_of(_allegation(c).id)[0].id),
    "attach": lambda s, c: attach_evidence(
        s,
        _allegation(c).id,
        next(
            e.id for e in c.evidence if e.id not in {a.evidence_id for a in _allegation(c).evidence}
        ),
        "context",
    ),
    "detach": lambda s, c: detach_evidence(
        s, _allegation(c).id, _allegation(c).evidence[0].evidence_id
    ),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_everyday_edit_scans_no_growing_table(store, case, name):
    scans = _scans(store, lambda: EDITS[name](store, case))
    assert not scans, "\n".join(f"{plan}: {sql}" for plan, sql in scans)
