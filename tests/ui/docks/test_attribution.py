"""The inspector says who wrote the rationale and the notes, and when; who linked and added."""

from __future__ import annotations

from ui.common import commands
from ui.docks.inspector import Inspector


def test_the_inspector_shows_who_and_when(qtbot, session):
    inspector = Inspector(session)
    qtbot.addWidget(inspector)
    inspector.show()
    case = session.snapshot
    claim = case.claims_of("allegation")[0]
    assert commands.write_rationale(session, claim.id, "No proof <b>offered</b>.")
    assert commands.edit_claim(session, claim.id, "notes", "Ask the vendor.")
    session.author = "Bo"  # a colleague links and adds evidence
    linked = {lk.response_id for lk in case.links_of(claim.id)}
    response = next(c.id for c in case.claims_of("response") if c.id not in linked)
    assert commands.link_claims(session, claim.id, response, "rebuts")
    fields = {"title": "A memo", "kind": "document", "citation": "Memo, 2020."}
    evidence_id = commands.new_evidence(session, fields)
    assert evidence_id is not None
    assert commands.attach_evidence(session, claim.id, evidence_id, "supports")
    inspector.show_claim(claim.id)

    shown = session.snapshot.claim(claim.id)
    said = inspector.assessed_by.text()
    assert said.startswith("Rationale by Tester; assessment last changed on ")
    assert shown.assessed.at.strftime("%Y-%m-%d %H:%M UTC") in said
    assert inspector.notes_by.text().startswith("Written by Tester, on ")
    assert not inspector.notes_by.isHidden()
    links = [inspector.links.item(i).text() for i in range(inspector.links.count())]
    assert any(text.startswith("rebuts (by Bo)") for text in links), links
    texts = [
        inspector.evidence.topLevelItem(i).text(1)
        for i in range(inspector.evidence.topLevelItemCount())
    ]
    assert any("Added by Bo, on " in text for text in texts), texts
