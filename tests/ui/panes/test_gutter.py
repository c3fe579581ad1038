"""The gutter: bands for visible rows, stubs for ends out of view, the selection emphasised."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QRegion
from PySide6.QtWidgets import QAbstractItemView, QApplication

from models.snapshot import CaseSnapshot, LinkView
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.panes.gutter import ABOVE, BELOW, HIDDEN, VISIBLE, CaseLinks, PaneRows, compute_bands


def _rows(ids, first, last, height=10.0):
    row_of = {c: r for r, c in enumerate(ids)}
    return PaneRows(
        first,
        last,
        lambda r: (r - first) * height,
        height,
        lambda c: row_of.get(c, -1),
        lambda r: ids[r] if 0 <= r < len(ids) else None,
    )


def test_bands_for_visible_rows_and_stubs_for_the_rest():
    left_ids = list(range(1, 101))  # allegation claims 1..100
    right_ids = list(range(1001, 1101))  # response claims 1001..1100
    links = [
        LinkView(1, "l1", 5, 1005, "denies", ""),  # both visible
        LinkView(2, "l2", 6, 1090, "rebuts", ""),  # response end below
        LinkView(3, "l3", 50, 1004, "concedes", ""),  # allegation end below
        LinkView(4, "l4", 7, 9999, "deflects", ""),  # response end filtered out
        LinkView(5, "l5", 90, 1095, "clarifies", ""),  # neither end visible: not drawn
        LinkView(6, "l6", 8, 1001, "rebuts", ""),  # response end above
    ]
    table = CaseLinks(CaseSnapshot(1, "c", "Case", "", (), (), (), tuple(links), (), ()))
    bands = {
        b.link_id: b
        for b in compute_bands(_rows(left_ids, 4, 10), _rows(right_ids, 2, 10), table, selected=5)
    }
    assert set(bands) == {1, 2, 3, 4, 6}
    assert bands[1].left_where == VISIBLE and bands[1].right_where == VISIBLE
    assert bands[1].left_y is not None and bands[1].right_y is not None
    assert bands[1].emphasised
    assert bands[2].right_where == BELOW and bands[2].right_y is None
    assert bands[3].left_where == BELOW and bands[3].left_y is None and bands[3].right_y is not None
    assert bands[4].right_where == HIDDEN
    assert bands[6].right_where == ABOVE
    assert not bands[2].emphasised


def test_gutter_follows_scrolling_in_the_real_window(qtbot, open_main_window):
    window = open_main_window()
    gutter = window.comparison.gutter
    right = window.comparison.view("response")
    bands = gutter.bands()
    assert bands and any(b.left_y is not None and b.right_y is not None for b in bands)
    selected = window.comparison.current_claim()
    assert all(b.emphasised for b in bands if selected in _ends(window, b.link_id))
    right.scrollToBottom()
    qtbot.waitUntil(lambda: right.verticalScrollBar().value() > 0)
    after = gutter.bands()
    # The allegations (all on screen) answered near the top now point up to stubs.
    assert any(b.left_y is not None and b.right_where == ABOVE for b in after)
    assert all(b.right_y is None for b in after if b.right_where != VISIBLE)
    right.scrollTo(right.model().row_index(0), QAbstractItemView.ScrollHint.PositionAtTop)


def _ends(window, link_id):
    link = next(lk for lk in window.session.snapshot.links if lk.id == link_id)
    return (link.allegation_id, link.response_id)


class _Painted(QObject):
    """Counts paint events per watched widget, and the region each was asked to paint."""

    def __init__(self, *widgets):
        super().__init__()
        self.count = {w: 0 for w in widgets}
        self.regions = {w: QRegion() for w in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched in self.count:
            self.count[watched] += 1
            self.regions[watched] = self.regions[watched].united(event.region())
        return False


def test_a_walk_down_a_pane_paints_the_gutter_alone_not_its_link_list_nor_under_it(
    qtbot, open_main_window
):
    window = open_main_window()
    comparison, gutter = window.comparison, window.comparison.gutter
    links = gutter.link_list
    pane = comparison.view("response")
    comparison.select_first("response")
    QApplication.processEvents()
    painted = _Painted(gutter, links, links.viewport(), comparison)
    for _ in range(6):
        pane.keyPressEvent(
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
        )
        QApplication.processEvents()
    assert painted.count[gutter] >= 6  # the emphasised links follow the selection
    # The list that names the links for a screen reader is never painted (it draws nothing),
    # and the gutter paints every pixel of its own: the splitter under it is not painted there.
    assert painted.count[links] == painted.count[links.viewport()] == 0
    assert not painted.regions[comparison].intersects(gutter.geometry())
    assert links.model().rowCount() == len(window.session.snapshot.links)


def test_a_dimmed_link_looks_as_its_colour_faded_into_the_gutter(qtbot, open_main_window):
    from ui.common.theme import relation_color

    window = open_main_window()
    gutter = window.comparison.gutter
    background = gutter.palette().window().color()
    for relation, strength in (("denies", 70 / 255), ("concedes", 90 / 255)):
        ink, dimmed = relation_color(relation), gutter._dimmed(relation, background, strength)
        assert dimmed.alpha() == 255  # opaque: drawn three times faster than a faded ink
        for mine, theirs, under in zip(
            dimmed.getRgb()[:3], ink.getRgb()[:3], background.getRgb()[:3], strict=True
        ):
            assert abs(mine - (under + (theirs - under) * strength)) <= 1
