"""The analyst's whole day in the real window, by keys and clicks; then a restart finds it all."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models import library
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.common.drag import EVIDENCE_MIME


def _claim(window, claim_id):
    return window.session.snapshot.claim(claim_id)


def test_the_analysts_flow_survives_a_restart(qtbot, open_main_window):
    window = open_main_window()
    left = window.comparison.view("allegation")
    right = window.comparison.view("response")
    case = window.session.snapshot
    allegations = [c.id for c in case.claims_of("allegation")]

    # On open: the first allegation is selected and its pane has the focus.
    assert left.current_claim() == allegations[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is left)

    # Walk the allegations with Down; each one shows in the inspector and emphasises its answers.
    for expected in allegations[1:]:
        qtbot.keyClick(left, Qt.Key.Key_Down)
        assert left.current_claim() == expected
        qtbot.waitUntil(lambda e=expected: window.inspector.claim_id == e)
        linked = {lk.response_id for lk in case.links_of(expected)}
        assert window.comparison.panes["response"].model.emphasised() == linked
    qtbot.keyClick(left, Qt.Key.Key_Home)
    walked = left.current_claim()

    # Tab follows the first link to the response side.
    qtbot.keyClick(left, Qt.Key.Key_Tab)
    target = right.current_claim()
    assert target in {lk.response_id for lk in case.links_of(walked)}
    qtbot.waitUntil(lambda: QApplication.focusWidget() is right)

    qtbot.waitUntil(lambda: window.inspector.claim_id == target)

    # U marks it an unsupported assertion at once, without moving the focus.
    before = _claim(window, target).status
    assert before != "unsupported"
    qtbot.keyClick(right, Qt.Key.Key_U)
    assert _claim(window, target).status == "unsupported"
    assert QApplication.focusWidget() is right

    # The rationale is written in the inspector (Ctrl+Enter commits it).
    rationale = "No evidence offered <b>at all</b> & none cited."
    editor = window.inspector.rationale
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, rationale)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _claim(window, target).rationale == rationale)
    assert _claim(window, target).status == "unsupported"  # typing "u" in text marks nothing

    # Attach evidence by dropping a record on the claim; the stance dialog is answered.
    evidence = next(
        e
        for e in case.evidence
        if e.id not in {a.evidence_id for a in _claim(window, target).evidence}
    )
    when_modal(
        qtbot,
        lambda d: d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click(),
    )
    mime = QMimeData()
    mime.setData(EVIDENCE_MIME, str(evidence.id).encode("ascii"))
    rect = right.visualRect(right.currentIndex())
    drop = QDropEvent(
        rect.center().toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    right.dropEvent(drop)
    assert evidence.id in {a.evidence_id for a in _claim(window, target).evidence}

    # Tag it in the inspector's tag list (a click on the check box).
    tag = next(t for t in case.tags if t.id not in _claim(window, target).tag_ids)
    tags = window.inspector.tags
    item = next(
        tags.item(i)
        for i in range(tags.count())
        if tags.item(i).data(Qt.ItemDataRole.UserRole) == tag.id
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert tag.id in _claim(window, target).tag_ids

    # Undo the tag, redo it.
    # (offscreen, a closed modal dialog does not hand the activation back by itself)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    right.setFocus()
    qtbot.keyClick(right, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tag.id not in _claim(window, target).tag_ids
    qtbot.keyClick(
        right, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tag.id in _claim(window, target).tag_ids

    # Undo all the way back restores the status; redo everything again.
    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert _claim(window, target).status == before
    while stack.canRedo():
        stack.redo()
    assert _claim(window, target).status == "unsupported"

    # Ctrl+Q quits.
    qtbot.keyClick(right, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    window.store.close()

    # Start again on the same store: every edit is there, and on screen.
    again = open_main_window()
    claim = again.session.snapshot.claim(target)
    assert claim.status == "unsupported"
    assert claim.rationale == rationale
    assert evidence.id in {a.evidence_id for a in claim.evidence}
    assert tag.id in claim.tag_ids
    assert again.comparison.select_claim(target)
    qtbot.waitUntil(lambda: again.inspector.rationale.toPlainText() == rationale)
    store_view = library.snapshot(again.store, library.SEED_SLUG).claim(target)
    assert store_view.status == "unsupported"
