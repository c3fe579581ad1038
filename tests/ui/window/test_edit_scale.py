"""An edit costs the same at any size: it repaints its row, no pane is reset or laid out again,
the status counts are patched by the change, and the store holds the edit before the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bench.synthetic import make_case
from models import library
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.commands import link_claims, unlink
from ui.panes.claim_delegate import ClaimDelegate
from ui.panes.pane_model import ClaimsModel, Role

SLUG = "synthetic-2000"
KEYS = {"unsupported": Qt.Key.Key_U, "supported": Qt.Key.Key_S, "disputed": Qt.Key.Key_D}


@pytest.fixture
def big_window(open_main_window, db_path):
    """The real window on a 2,000-claim case (1,000 rows a pane)."""
    store = library.open_library(str(db_path))
    try:
        library.import_data(store, make_case(claims_per_side=1000, links=1000, evidence=40))
    finally:
        store.close()
    window = open_main_window()
    assert window.open_case(SLUG)
    return window


class LayoutCounter(ClaimDelegate):
    """The pane's delegate, counting layouts: a layout of the list asks the size of a row once
    (rows have one height), and a repaint alone never asks it."""

    def __init__(self, view, costs):
        super().__init__(view)
        self._costs = costs

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        self._costs.layouts += 1
        return super().sizeHint(option, index)


class Costs:
    """Counts, across both panes, the resets, layout changes and layouts an edit causes."""

    def __init__(self, window):
        self.resets = 0
        self.layouts = 0
        for pane in window.comparison.panes.values():
            for signal in (pane.model.modelReset, pane.model.layoutChanged):
                signal.connect(self._reset)
            pane.view.setItemDelegate(LayoutCounter(pane.view, self))
        _repainted(window)  # the layout a new delegate asks for, done before counting
        self.take()

    def _reset(self, *_args) -> None:
        self.resets += 1

    def take(self) -> tuple[int, int]:
        """(resets, layouts) since the last take."""
        out = (self.resets, self.layouts)
        self.resets = self.layouts = 0
        return out


def _repainted(window) -> None:
    # What the next frame does: both panes and the gutter, whose indexAt lays out a dirty pane.
    window.comparison.repaint()


def _counts_agree(window) -> None:
    index = window.comparison.index
    for role in ("allegation", "response"):
        recounted = index.recount(role)
        kept = {k: n for k, n in recounted.items() if n or k in ("total", "unlinked")}
        assert index.tally(role) == kept


def test_a_status_key_repaints_its_row_without_laying_out_the_pane(big_window, qtbot, monkeypatch):
    window = big_window
    view = window.comparison.view("allegation")
    window.comparison.select_first("allegation")
    claim_id = view.current_claim()
    before = window.session.snapshot.claim(claim_id).status
    status = next(s for s in KEYS if s != before)
    _repainted(window)
    costs = Costs(window)

    qtbot.keyClick(view, KEYS[status])
    _repainted(window)

    assert costs.take() == (0, 0)  # neither reset nor laid out again: the row repainted
    assert library.snapshot(window.store, SLUG).claim(claim_id).status == status
    assert view.claims.data(view.claims.index_of(claim_id), Role.STATUS) == status
    _counts_agree(window)

    window.session.undo_stack.undo()
    _repainted(window)
    assert library.snapshot(window.store, SLUG).claim(claim_id).status == before
    assert view.claims.data(view.claims.index_of(claim_id), Role.STATUS) == before
    window.session.undo_stack.redo()
    _repainted(window)
    assert view.claims.data(view.claims.index_of(claim_id), Role.STATUS) == status
    assert costs.take() == (0, 0)
    _counts_agree(window)


def test_linking_patches_the_link_table_and_the_counts(big_window):
    window = big_window
    session = window.session
    case = session.snapshot
    allegation = next(c for c in case.claims if c.role == "allegation" and not case.links_of(c.id))
    response = next(c for c in case.claims if c.role == "response")
    unanswered = window.comparison.index.tally("allegation")["unlinked"]
    costs = Costs(window)

    assert link_claims(session, allegation.id, response.id, "rebuts")
    _repainted(window)
    assert costs.take()[0] == 0
    assert window.comparison.index.tally("allegation")["unlinked"] == unanswered - 1
    _counts_agree(window)
    reloaded = library.snapshot(window.store, SLUG)
    for claim_id in (allegation.id, response.id):
        assert session.snapshot.links_of(claim_id) == reloaded.links_of(claim_id)
    assert session.snapshot == reloaded
    row = window.comparison.view("allegation").claims.index_of(allegation.id)
    assert row.data(Role.LINK_COUNT) == 1

    link = session.snapshot.links_of(allegation.id)[0]
    unlink(session, link)
    _repainted(window)
    assert window.comparison.index.tally("allegation")["unlinked"] == unanswered
    assert session.snapshot.links_of(allegation.id) == ()
    assert session.snapshot == library.snapshot(window.store, SLUG)
    session.undo_stack.undo()  # the link comes back, in its place
    assert session.snapshot == library.snapshot(window.store, SLUG)
    assert session.snapshot.links_of(allegation.id) == (link,)
    assert costs.take()[0] == 0
    _counts_agree(window)


def test_a_layout_of_a_pane_asks_no_python_for_its_rows():
    # A list view lays out every row after a reset (a filter) and asks the model, per row, for
    # the row's index and the row count: answered in Python, 50,000 rows cost 200 ms a pane.
    assert "rowCount" not in vars(ClaimsModel)
    assert "index" not in vars(ClaimsModel)


def test_the_panes_share_the_filter_index_s_tables_of_their_sides(big_window):
    comparison = big_window.comparison
    for role in ("allegation", "response"):
        model = comparison.view(role).claims
        assert model._all is comparison.index.ids(role)
        assert model._row_of_all is comparison.index.places(role)
        assert model.rowCount() == 1000


def test_a_status_key_repaints_its_row_and_not_the_gutter(big_window, qtbot):
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtWidgets import QApplication

    window = big_window
    view = window.comparison.view("allegation")
    window.comparison.select_first("allegation")
    QApplication.processEvents()
    claim_id = view.current_claim()
    status = next(s for s in KEYS if s != window.session.snapshot.claim(claim_id).status)

    class Painted(QObject):
        def __init__(self):
            super().__init__()
            self.gutter, self.rows = 0, QRect()

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                if watched is window.comparison.gutter:
                    self.gutter += 1
                else:
                    self.rows = self.rows.united(event.rect())
            return False

    painted = Painted()
    window.comparison.gutter.installEventFilter(painted)
    view.viewport().installEventFilter(painted)
    qtbot.keyClick(view, KEYS[status])
    QApplication.processEvents()
    assert window.session.snapshot.claim(claim_id).status == status
    row = view.visualRect(view.claims.index_of(claim_id))
    assert painted.rows == row  # the edited row, and only it
    assert painted.gutter == 0  # a status moves no link
