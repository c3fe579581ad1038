"""Every named command on a bare undo stack (no widgets): undo restores, redo re-applies, exactly.

The state compared is every row of every table of the case (ids, keys, positions, timestamps),
not a view of it; only the edit log and the list of authors grow.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.schema import Base
from ui.common import commands


def _rows(store) -> dict[str, list[tuple]]:
    # The feed (edit, edit_claim, case_seq) and the rows' versions only ever move forward: an
    # undo is a new edit, and puts back the values, not the version.
    with store.reading() as s:
        return {
            name: sorted(
                map(tuple, s.execute(select(*(c for c in table.c if c.name != "version"))).all()),
                key=repr,
            )
            for name, table in Base.metadata.tables.items()
            if name not in ("edit", "edit_claim", "case_seq", "author")
        }


def _claim(snap, *, role=None, tagged=None, evidence=None, linked=None, status=None):
    for c in snap.claims:
        if role and c.role != role:
            continue
        if tagged is not None and bool(c.tag_ids) != tagged:
            continue
        if evidence is not None and bool(c.evidence) != evidence:
            continue
        if linked is not None and bool(snap.links_of(c.id)) != linked:
            continue
        if status and c.status == status:
            continue
        return c
    raise LookupError("no such claim in the seed case")


def _free_tag(snap, claim):
    return next(t for t in snap.tags if t.id not in claim.tag_ids)


def _unlinked_pair(snap):
    linked = {(k.allegation_id, k.response_id) for k in snap.links}
    for a in snap.claims_of("allegation"):
        for r in snap.claims_of("response"):
            if (a.id, r.id) not in linked:
                return a.id, r.id
    raise LookupError


def _used_evidence(snap):
    return next(
        e
        for e in snap.evidence
        if any(a.evidence_id == e.id for c in snap.claims for a in c.evidence)
    )


def _tag_with_child(snap):
    return next(t for t in snap.tags if any(c.parent_id == t.id for c in snap.tags))


FIELDS = dict(title="Memo", kind="document", citation="p. 1", reliability="B", credibility=2)


def _adjacent_pair(snap):
    """Two claims of one side and one source, next to each other in the text."""
    for role in ("allegation", "response"):
        claims = sorted(snap.claims_of(role), key=lambda c: (c.source_id, c.start))
        for a, b in zip(claims, claims[1:], strict=False):
            if a.source_id == b.source_id and b.start >= a.end:
                return a.id, b.id
    raise LookupError


def _splittable(snap):
    """A claim and an offset between two of its words."""
    for c in snap.claims:
        space = c.quote.find(" ", 1)
        if 0 < space < len(c.quote) - 1:
            return c.id, c.start + space
    raise LookupError


def _suggestion(snap):
    from models.suggest_claims import suggest_claims

    source = snap.sources[0]
    taken = {(c.start, c.end) for c in snap.claims}
    found = next(s for s in suggest_claims(source.text) if (s.start, s.end) not in taken)
    return source.id, found


CASE = dict(
    title="Renamed case", slug="renamed", response_party="Someone else", description="Changed."
)

COMMANDS = {
    "edit case": lambda ses, s: commands.edit_case(ses, **CASE),
    "add source": lambda ses, s: commands.add_source(
        ses, "A pasted statement.", title="Pasted", publisher="Me"
    ),
    "delete source": lambda ses, s: commands.delete_source(ses, s.sources[0].id),
    "set span": lambda ses, s: commands.set_claim_span(
        ses, s.claims[0].id, s.claims[0].start, s.claims[0].end - 1
    ),
    "split claim": lambda ses, s: commands.split_claim(ses, *_splittable(s)),
    "merge claims": lambda ses, s: commands.merge_claims(ses, *_adjacent_pair(s)),
    "move claim to the other side": lambda ses, s: commands.move_claim_to_side(
        ses, _claim(s, tagged=True, evidence=True, linked=True).id
    ),
    "accept suggested claim": lambda ses, s: commands.accept_claim_suggestion(
        ses, "response", *_suggestion(s)
    ),
    "reject suggested claim": lambda ses, s: commands.reject_claim_suggestion(
        ses, s.sources[0].id, *(lambda x: (x.start, x.end))(_suggestion(s)[1])
    ),
    "accept suggested link": lambda ses, s: commands.accept_link_suggestion(
        ses, *_unlinked_pair(s), "denies"
    ),
    "dismiss suggested link": lambda ses, s: commands.dismiss_link_suggestion(
        ses, *_unlinked_pair(s)
    ),
    "mark status": lambda ses, s: commands.mark_status(
        ses, _claim(s, status="disputed").id, "disputed"
    ),
    "write rationale": lambda ses, s: commands.write_rationale(ses, s.claims[0].id, "Because."),
    "edit paraphrase": lambda ses, s: commands.edit_claim(ses, s.claims[0].id, "paraphrase", "P"),
    "edit speaker": lambda ses, s: commands.edit_claim(ses, s.claims[0].id, "speaker", "Ann"),
    "change kind": lambda ses, s: commands.edit_claim(ses, s.claims[0].id, "kind", "opinion"),
    "edit notes": lambda ses, s: commands.edit_claim(ses, s.claims[0].id, "notes", "N"),
    "new claim": lambda ses, s: commands.new_claim(ses, "allegation", s.sources[0].id, 0, 9),
    "delete claim": lambda ses, s: commands.delete_claim(
        ses, _claim(s, tagged=True, evidence=True, linked=True).id
    ),
    "link": lambda ses, s: commands.link_claims(ses, *_unlinked_pair(s), "rebuts"),
    "unlink": lambda ses, s: commands.unlink(ses, s.links[0]),
    "relink": lambda ses, s: commands.change_relation(
        ses, s.links[0], "concedes" if s.links[0].relation != "concedes" else "rebuts"
    ),
    "new evidence": lambda ses, s: commands.new_evidence(ses, FIELDS),
    "edit evidence": lambda ses, s: commands.edit_evidence(
        ses, s.evidence[0].id, {"title": "Renamed", "reliability": "E"}
    ),
    "delete evidence": lambda ses, s: commands.delete_evidence(ses, _used_evidence(s).id),
    "attach": lambda ses, s: commands.attach_evidence(
        ses, _claim(s, evidence=False).id, s.evidence[0].id, "contradicts", "note"
    ),
    "detach": lambda ses, s: commands.detach_evidence(
        ses, (c := _claim(s, evidence=True)).id, c.evidence[0].evidence_id
    ),
    "change stance": lambda ses, s: commands.change_stance(
        ses,
        (c := _claim(s, evidence=True)).id,
        c.evidence[0].evidence_id,
        "context" if c.evidence[0].stance != "context" else "supports",
    ),
    "new tag": lambda ses, s: commands.new_tag(ses, "Framing", "#123456", s.tags[0].id),
    "rename tag": lambda ses, s: commands.rename_tag(ses, s.tags[0].id, "Renamed"),
    "recolour tag": lambda ses, s: commands.recolour_tag(ses, s.tags[0].id, "#abcdef"),
    "tag icon": lambda ses, s: commands.set_tag_icon(ses, s.tags[0].id, "fa5s.star"),
    "move tag": lambda ses, s: (
        commands.move_tag(ses, s.tags[-1].id, None)
        if s.tags[-1].parent_id is not None
        else commands.move_tag(ses, s.tags[-1].id, s.tags[0].id)
    ),
    "merge tags": lambda ses, s: commands.merge_tags(ses, _tag_with_child(s).id, s.tags[-1].id),
    "delete tag": lambda ses, s: commands.delete_tag(ses, _tag_with_child(s).id),
    "tag claim": lambda ses, s: commands.tag_claim(
        ses, s.claims[0].id, _free_tag(s, s.claims[0]).id
    ),
    "untag claim": lambda ses, s: commands.untag_claim(
        ses, (c := _claim(s, tagged=True)).id, c.tag_ids[0]
    ),
    "tag evidence": lambda ses, s: commands.tag_evidence(
        ses, s.evidence[0].id, next(t.id for t in s.tags if t.id not in s.evidence[0].tag_ids)
    ),
    "untag evidence": lambda ses, s: commands.untag_evidence(
        ses, (e := next(e for e in s.evidence if e.tag_ids)).id, e.tag_ids[0]
    ),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_undo_restores_and_redo_reapplies_exactly(session, name):
    stack, store = session.undo_stack, session.store
    before = _rows(store)
    assert COMMANDS[name](session, session.snapshot)
    assert stack.count() == 1
    after = _rows(store)
    assert after != before
    for _ in range(2):  # twice: the ids an undo re-creates keep working
        stack.undo()
        assert _rows(store) == before
        stack.redo()
        assert _rows(store) == after
    assert stack.count() == 1


@pytest.mark.parametrize("name", COMMANDS)
def test_no_command_reads_the_store_before_its_transaction(session, monkeypatch, name):
    store = session.store
    calls: list[str] = []
    for kind in ("reading", "transaction"):
        real = getattr(store, kind)
        monkeypatch.setattr(
            store, kind, lambda real=real, kind=kind: (calls.append(kind), real())[1]
        )
    snap = session.snapshot
    for step in (lambda: COMMANDS[name](session, snap), session.undo_stack.undo):
        calls.clear()
        step()
        # One transaction, first; the reads after it are the views catching up.
        assert calls[0] == "transaction" and calls.count("transaction") == 1, calls


def test_the_first_assessment_of_a_claim_undoes_to_none(session):
    from models import operations as ops

    claim = session.snapshot.claims[0]
    ops.remove_assessment(session.store, claim.id)  # a claim never assessed
    session.reload()
    before = _rows(session.store)
    assert commands.mark_status(session, claim.id, "supported")
    session.undo_stack.undo()
    assert _rows(session.store) == before
    assert session.snapshot.claim(claim.id).status == "unassessed"
    session.undo_stack.redo()
    assert session.snapshot.claim(claim.id).status == "supported"


def test_link_then_unlink_undo_and_redo_through_a_recreated_link(session):
    stack = session.undo_stack
    allegation_id, response_id = _unlinked_pair(session.snapshot)
    before = _rows(session.store)
    assert commands.link_claims(session, allegation_id, response_id, "rebuts")
    link = commands.link_between(session, allegation_id, response_id)
    assert commands.unlink(session, link)
    stack.undo()  # the link is back, with the same id
    stack.undo()  # and gone
    assert _rows(session.store) == before
    stack.redo()
    stack.redo()
    assert commands.link_between(session, allegation_id, response_id) is None
    stack.undo()
    assert commands.link_between(session, allegation_id, response_id).id == link.id


def test_a_refused_command_tells_the_user_and_keeps_the_history(session, qtbot):
    assert commands.write_rationale(session, session.snapshot.claims[0].id, "First.")
    with qtbot.waitSignal(session.editFailed) as failed:
        assert not commands.new_tag(session, session.snapshot.tags[0].name, "#123456")
    assert "already a tag" in failed.args[0]
    assert session.undo_stack.count() == 1


def test_case_properties_and_sources_show_at_once_and_go_on_undo(session):
    title = session.snapshot.title
    assert commands.edit_case(session, title="Renamed", slug="renamed", response_party="Someone")
    assert session.snapshot.title == "Renamed" and session.snapshot.sides[1].party == "Someone"
    assert session.slug == "renamed"
    source_id = commands.add_source(session, "Pasted text.", title="Pasted")
    assert session.snapshot.sources[-1].id == source_id
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.snapshot.title == title and session.slug == "huawei-backdoor-2020"
    assert source_id not in {s.id for s in session.snapshot.sources}


def test_a_new_case_opens_with_a_history_of_its_own(session, qtbot):
    assert commands.write_rationale(session, session.snapshot.claims[0].id, "First.")
    with qtbot.waitSignal(session.caseLoaded):
        slug = commands.new_case(
            session, title="River dispute", allegation_party="Ann", response_party="Bob"
        )
    assert slug == "river-dispute" == session.snapshot.slug
    assert session.undo_stack.count() == 0
    with qtbot.waitSignal(session.editFailed) as failed:
        assert (
            commands.new_case(session, title="", allegation_party="A", response_party="B") is None
        )
    assert "title cannot be empty" in failed.args[0] and session.snapshot.slug == slug
