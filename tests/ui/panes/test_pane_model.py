"""The pane model passes Qt's model tester and updates only what an edit touched."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import library
from models import operations as ops
from ui.panes.pane_model import ClaimsModel, Role


def test_models_pass_the_model_tester(qtmodeltester, store):
    case = library.snapshot(store, library.SEED_SLUG)
    for role in ("allegation", "response"):
        model = ClaimsModel(role)
        model.set_case(case)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == len(case.claims_of(role))
        model.show_only([c.id for c in case.claims_of(role)][:2])
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 2


def test_rows_hold_plain_data_and_refresh_after_an_edit(qtbot, store):
    case = library.snapshot(store, library.SEED_SLUG)
    model = ClaimsModel("allegation")
    model.set_case(case)
    first = case.claims_of("allegation")[0]
    index = model.row_index(0)
    assert index.data(Role.CLAIM_ID) == first.id
    assert index.data(Qt.ItemDataRole.DisplayRole) == " ".join(first.quote.split())
    assert index.data(Role.LINK_COUNT) == len(case.links_of(first.id))
    assert "<script>" not in index.data(Qt.ItemDataRole.ToolTipRole)

    change = ops.set_assessment(store, first.id, status="disputed")
    case = library.snapshot(store, library.SEED_SLUG)
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.update_claims(case, change.claims)
    assert signal.args[0].row() == 0
    assert model.row_index(0).data(Role.STATUS) == "disputed"


def test_emphasis_marks_linked_claims(store):
    case = library.snapshot(store, library.SEED_SLUG)
    model = ClaimsModel("response")
    model.set_case(case)
    linked = [lk.response_id for lk in case.links_of(case.claims_of("allegation")[0].id)]
    model.set_emphasis(linked)
    flags = [model.row_index(r).data(Role.EMPHASIS) for r in range(model.rowCount())]
    assert sum(flags) == len(set(linked))
    assert model.row_of(10**9) == -1


def test_rows_are_made_when_asked_for_and_link_counts_follow_new_links(qtbot, store):
    case = library.snapshot(store, library.SEED_SLUG)
    model = ClaimsModel("allegation")
    model.set_case(case)
    assert model._nodes == {}  # opening a side builds no node per claim
    first = case.claims_of("allegation")[0]
    before = model.row_index(0).data(Role.LINK_COUNT)
    assert len(model._nodes) == 1
    unlinked = next(
        c
        for c in case.claims_of("response")
        if c.id not in {lk.response_id for lk in case.links_of(first.id)}
    )
    ops.add_link(store, first.id, unlinked.id, "rebuts")
    case = library.snapshot(store, library.SEED_SLUG)
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.update_links(case)
    assert signal.args[0].row() == 0
    assert model.row_index(0).data(Role.LINK_COUNT) == before + 1
    # A row not painted before the change reads the new count when it is first asked for.
    assert model.row_index(1).data(Role.LINK_COUNT) == len(case.links_of(model.claim_id(1)))


def test_a_pane_given_its_side_s_ids_and_rows_shares_them(qtmodeltester, store):
    from models.claim_filter import ClaimFilter
    from models.claim_index import ClaimIndex

    case = library.snapshot(store, library.SEED_SLUG)
    index = ClaimIndex(case)
    for role in ("allegation", "response"):
        model = ClaimsModel(role)
        ids, rows = index.ids(role), index.places(role)
        model.set_case(case, ids, rows)
        qtmodeltester.check(model, force_py=True)
        # One copy of a side's claim ids and rows per case, not one in the index and one per
        # pane (100,000 claims: 8 MB); the pane never changes them.
        assert model._all is ids and model._row_of_all is rows
        shown = [c.id for c in case.claims_of(role)]
        assert [model.claim_id(r) for r in range(model.rowCount())] == shown
        model.show_only(shown[1:2])
        assert model.row_of(shown[1]) == 0 and model.row_of(shown[0]) == -1
        model.show_only(None)
        assert [model.row_of(c) for c in shown] == list(range(len(shown)))
        assert ids == shown and rows == {c: n for n, c in enumerate(shown)}
        assert index.matching(role, ClaimFilter(statuses=frozenset({"disputed"}))) is not None
