"""Presentation mode driven with keys: next and back, reveal, progress, contrast, leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from models import library
from tests.conftest import make_case
from ui.classroom.presentation import PresentationWindow, build_slides, present


def paired_case(pairs: int) -> dict:
    """A case of n allegations, each answered by one response, every claim assessed."""
    data = make_case(slug="paired")
    parts, claims, links = [], [], []
    offset = 0
    for i in range(1, pairs + 1):
        for role, side, words, status in (
            ("a", "side-a", f"allegation {i} says <b>{i}</b> & more", "unsupported"),
            ("r", "side-r", f"response {i} denies it", "supported"),
        ):
            claims.append(
                {
                    "id": f"{role}{i}",
                    "side": side,
                    "source": "src",
                    "start": offset,
                    "end": offset + len(words),
                    "quote": words,
                    "paraphrase": None,
                    "speaker": None,
                    "kind": "accusation" if role == "a" else "denial",
                    "status": status,
                    "rationale": f"Rationale {role}{i}.",
                    "assessed_by": "Teacher",
                    "tags": [],
                    "evidence": [],
                    "notes": "",
                }
            )
            parts.append(words)
            offset += len(words) + 1
        links.append(
            {"id": f"l{i}", "allegation": f"a{i}", "response": f"r{i}", "relation": "denies"}
            | {"note": ""}
        )
    data["sources"][0]["text"] = " ".join(parts)
    data.update(claims=claims, links=links, evidence=[], tags=[])
    return data


@pytest.fixture
def case(store):
    return library.snapshot(store, library.import_data(store, paired_case(11)))


@pytest.fixture
def window(qtbot, case):
    w = PresentationWindow(case)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_keys_move_next_and_back_with_progress(qtbot, window):
    assert window.progress_text() == "1 of 11"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.progress_text() == "2 of 11"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a presenter's clicker
    assert window.progress_text() == "4 of 11"
    assert "4 of 11" in window.visible_text()
    lines = window.visible_text().splitlines()
    # The quote as typed: markup neither rendered (the tags would vanish) nor escaped.
    assert "“allegation 4 says <b>4</b> & more”" in lines
    assert "&lt;" not in window.visible_text() and "&amp;" not in window.visible_text()
    assert "response 4 denies it" in window.visible_text()
    assert "DENIES" in window.visible_text()  # the relation is named
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.progress_text() == "2 of 11"
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.progress_text() == "1 of 11"  # no further back than the first
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.progress_text() == "11 of 11"


def test_r_reveals_assessments_which_hide_again_on_the_next_pair(qtbot, window):
    assert "Rationale a1." not in window.visible_text()
    assert "UNSUPPORTED" not in window.visible_text()
    assert "Assessment hidden" in window.visible_text()
    qtbot.keyClick(window, Qt.Key.Key_R)
    text = window.visible_text()
    assert "Rationale a1." in text and "Rationale r1." in text
    lines = text.splitlines()
    assert "UNSUPPORTED ASSERTION" in lines and "SUPPORTED" in lines  # each badge on its own
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert "Rationale a2." not in window.visible_text()
    assert not window.revealed


def test_esc_leaves(qtbot, window):
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_h_toggles_high_contrast_and_the_flag_starts_in_it(qtbot, window, case):
    background = window.grab().toImage().pixelColor(5, 5)
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.high_contrast
    assert window.grab().toImage().pixelColor(5, 5) == QColor("#000000") != background
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert not window.high_contrast
    contrast = PresentationWindow(case, high_contrast=True)
    qtbot.addWidget(contrast)
    contrast.resize(800, 450)
    assert contrast.grab().toImage().pixelColor(5, 5) == QColor("#000000")


def test_type_grows_with_the_window(qtbot, window):
    def largest() -> int:
        return max(b.font.pixelSize() for b in window._layout())

    big = largest()
    window.resize(960, 540)
    qtbot.waitUntil(lambda: window.width() == 960)
    assert largest() < big
    assert big >= 48  # the allegation reads from the back of a room on 1080 lines


def test_present_opens_full_screen_from_a_session_or_a_snapshot(qtbot, store):
    from ui.common.session import CaseSession

    session = CaseSession(store, author="Teacher")
    session.open_case(library.SEED_SLUG)
    shown = present(session)
    qtbot.addWidget(shown)
    assert shown.windowState() & Qt.WindowState.WindowFullScreen
    assert shown.case is session.snapshot
    other = present(session.snapshot, high_contrast=True)
    qtbot.addWidget(other)
    assert other.high_contrast
    with pytest.raises(ValueError):
        present(CaseSession(store))


def test_a_pair_with_many_responses_is_split_so_every_response_is_shown(qtbot, store):
    case = library.snapshot(store, library.SEED_SLUG)
    window = PresentationWindow(case)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    slides = build_slides(case)
    assert len(slides) == len(case.claims_of("allegation"))
    seen = ""
    for _ in range(len(window.steps())):
        qtbot.keyClick(window, Qt.Key.Key_R)
        seen += window.visible_text()
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    for claim in case.claims:
        assert claim.quote in seen, claim.key
        assert claim.rationale in seen, claim.key
    assert window.progress_text().startswith(f"{len(slides)} of {len(slides)}")


def test_an_empty_case_can_be_walked_without_an_error(qtbot, store):
    data = make_case(slug="empty")
    data.update(claims=[], links=[], evidence=[], tags=[])
    empty = library.snapshot(store, library.import_data(store, data))
    w = PresentationWindow(empty)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Home):
        qtbot.keyClick(w, key)
    qtbot.keyClick(w, Qt.Key.Key_End)
    qtbot.keyClick(w, Qt.Key.Key_R)
    assert w.progress_text() == "0 of 0"
    w.grab()  # paints


def test_repaints_reuse_the_layout_until_something_on_screen_changes(qtbot, window, monkeypatch):
    calls = []
    real = window._lay_out
    monkeypatch.setattr(window, "_lay_out", lambda: calls.append(1) or real())
    qtbot.keyClick(window, Qt.Key.Key_H)  # high contrast: laid out afresh, once
    window.grab()
    window.grab()
    window.visible_text()
    assert len(calls) == 1
    qtbot.keyClick(window, Qt.Key.Key_R)
    window.grab()
    assert len(calls) == 2
    window.resize(1280, 720)
    window.grab()
    assert len(calls) == 3
