"""A filter change is applied once: each pane's model is reset at most once, and not at all when
its rows do not change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.vocabulary import STATUSES
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


class Resets:
    """Counts the resets and layout changes of both panes' models, and the filters applied."""

    def __init__(self, window):
        self.window = window
        self.counts = {"allegation": 0, "response": 0}
        self.filters = 0
        for role, pane in window.comparison.panes.items():
            for signal in (pane.model.modelReset, pane.model.layoutChanged):
                signal.connect(lambda *_a, r=role: self._count(r))
        window.filter_bar.filterChanged.connect(self._filtered)

    def _count(self, role: str) -> None:
        self.counts[role] += 1

    def _filtered(self, _state) -> None:
        self.filters += 1

    def take(self) -> tuple[dict[str, int], int]:
        """The counts since the last take."""
        out = (dict(self.counts), self.filters)
        self.counts = dict.fromkeys(self.counts, 0)
        self.filters = 0
        return out


def _shown(window, role: str) -> int:
    return window.comparison.panes[role].model.rowCount()


def test_typing_applies_the_settled_text_once(qtbot, open_main_window):
    window = open_main_window()
    bar = window.filter_bar
    resets = Resets(window)
    bar.search.setFocus()
    qtbot.keyClicks(bar.search, "snowden")
    qtbot.waitUntil(lambda: bar.state.text == "snowden")
    assert resets.take() == ({"allegation": 1, "response": 1}, 1)
    assert 0 < _shown(window, "response") < len(window.session.snapshot.claims_of("response"))
    # A text typed and taken back before it settles is no change at all.
    qtbot.keyClicks(bar.search, "x")
    qtbot.keyClick(bar.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # Enter applies at once
    assert resets.take() == ({"allegation": 0, "response": 0}, 0)


def test_a_side_and_a_status_reset_only_the_pane_they_narrow(qtbot, open_main_window):
    window = open_main_window()
    bar = window.filter_bar
    resets = Resets(window)
    bar.side.setCurrentIndex(bar.side.findData("allegation"))  # a side alone narrows nothing
    assert resets.take() == ({"allegation": 0, "response": 0}, 1)
    allegations = window.session.snapshot.claims_of("allegation")
    status = next(s for s in STATUSES if not all(c.status == s for c in allegations))
    bar.status.setCurrentIndex(bar.status.findData(status))
    assert resets.take() == ({"allegation": 1, "response": 0}, 1)
    bar.status.setCurrentIndex(bar.status.findData(None))  # any status: the pane whole again
    assert resets.take() == ({"allegation": 1, "response": 0}, 1)


def test_unanswered_resets_the_allegation_pane_once(qtbot, open_main_window):
    window = open_main_window()
    resets = Resets(window)
    qtbot.mouseClick(window.filter_bar.unanswered, Qt.MouseButton.LeftButton)
    assert resets.take() == ({"allegation": 1, "response": 0}, 1)
    qtbot.mouseClick(window.filter_bar.unanswered, Qt.MouseButton.LeftButton)  # off again
    assert resets.take() == ({"allegation": 1, "response": 0}, 1)


def test_following_a_link_to_a_hidden_claim_clears_the_filter_once(qtbot, open_main_window):
    window = open_main_window()
    case, bar, comparison = window.session.snapshot, window.filter_bar, window.comparison
    # An allegation whose answers a status on the response side hides, all of them.
    allegation, status = next(
        (c, s)
        for c in case.claims_of("allegation")
        if case.links_of(c.id)
        for s in {r.status for r in case.claims_of("response")}
        if all(case.claim(lk.response_id).status != s for lk in case.links_of(c.id))
    )
    answers = {lk.response_id for lk in case.links_of(allegation.id)}
    bar.side.setCurrentIndex(bar.side.findData("response"))
    bar.status.setCurrentIndex(bar.status.findData(status))
    comparison.select_claim(allegation.id)
    resets = Resets(window)
    qtbot.keyClick(comparison.view("allegation"), Qt.Key.Key_Tab)  # follow the link
    first = comparison.linked_claims("allegation", allegation.id)[0]
    assert comparison.view("response").current_claim() == first in answers
    assert bar.state.is_empty and bar.status.currentData() is None
    # The allegation pane was whole and stays so; the response pane is reset once.
    assert resets.take() == ({"allegation": 0, "response": 1}, 1)
