"""The evidence library: model, filter, drag MIME, dialogs, attach with a stance, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from models import library
from tests.conftest import make_case
from tests.ui.conftest import HOSTILE
from ui.common.drag import EVIDENCE_MIME
from ui.common.session import CaseSession
from ui.dialogs.evidence_record import EvidenceDialog, StanceDialog
from ui.docks.evidence_library import EvidenceLibrary


@pytest.fixture
def evidence(session, qtbot):
    widget = EvidenceLibrary(session)
    qtbot.addWidget(widget)
    widget.resize(640, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _when_dialog(qtbot, cls, act):
    """Act on the next modal dialog of a class once it is open."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_models_pass_the_model_tester(evidence, qtmodeltester):
    qtmodeltester.check(evidence.model)
    qtmodeltester.check(evidence.proxy)


def test_every_record_is_listed_and_the_filter_narrows(evidence, session, qtbot):
    assert evidence.proxy.rowCount() == len(session.snapshot.evidence)
    qtbot.keyClicks(evidence.filter, "ETSI")
    assert 0 < evidence.proxy.rowCount() < len(session.snapshot.evidence)
    evidence.filter.clear()
    assert evidence.proxy.rowCount() == len(session.snapshot.evidence)


def test_drag_carries_the_evidence_id_as_ascii(evidence, session):
    index = evidence.proxy.index(2, 1)
    mime = evidence.proxy.mimeData([index])
    assert mime.formats() == [EVIDENCE_MIME]
    assert bytes(mime.data(EVIDENCE_MIME)) == str(session.snapshot.evidence[2].id).encode("ascii")


def test_attach_asks_the_stance_then_undoes(evidence, session, qtbot):
    claim = next(c for c in session.snapshot.claims if not c.evidence)
    record = session.snapshot.evidence[0]

    def choose(dialog: StanceDialog):
        dialog.set_stance("contradicts")
        qtbot.keyClicks(dialog.note_edit, "see p. 4")
        dialog.accept()

    _when_dialog(qtbot, StanceDialog, choose)
    assert evidence.attach_to_claim(claim.id, record.id)
    attached = session.snapshot.claim(claim.id).evidence
    assert [(a.evidence_id, a.stance, a.note) for a in attached] == [
        (record.id, "contradicts", "see p. 4")
    ]
    session.undo_stack.undo()
    assert session.snapshot.claim(claim.id).evidence == ()


def test_attach_button_acts_on_the_current_claim_and_detach(evidence, session, qtbot):
    claim = next(c for c in session.snapshot.claims if not c.evidence)
    evidence.set_current_claim(claim.id)
    evidence.table.selectRow(0)
    assert evidence.attach_button.isEnabled() and not evidence.detach_button.isEnabled()
    _when_dialog(qtbot, StanceDialog, lambda d: d.accept())
    qtbot.mouseClick(evidence.attach_button, Qt.MouseButton.LeftButton)
    assert session.snapshot.claim(claim.id).evidence[0].stance == "supports"
    assert evidence.detach_button.isEnabled()
    qtbot.mouseClick(evidence.detach_button, Qt.MouseButton.LeftButton)
    assert session.snapshot.claim(claim.id).evidence == ()


def test_new_record_through_the_dialog_with_grade_checks(evidence, session, qtbot):
    count = len(session.snapshot.evidence)

    def fill(dialog: EvidenceDialog):
        dialog.accept()  # empty: refused, with a message, and the dialog stays open
        assert dialog.isVisible() and "title" in dialog.error.text()
        qtbot.keyClicks(dialog.title, "A court filing")
        qtbot.keyClicks(dialog.citation, "Case 20-1, 2020.")
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("B"))
        dialog.credibility.setCurrentIndex(dialog.credibility.findData(3))
        assert "Usually reliable" in dialog.reliability.currentText()
        assert "Possibly true" in dialog.credibility.currentText()
        dialog.accept()

    _when_dialog(qtbot, EvidenceDialog, fill)
    new_id = evidence.new_evidence()
    record = session.snapshot.evidence_record(new_id)
    assert (record.title, record.grade) == ("A court filing", "B3")
    assert len(session.snapshot.evidence) == count + 1
    assert evidence.selected_evidence() == new_id
    session.undo_stack.undo()
    assert len(session.snapshot.evidence) == count
    session.undo_stack.redo()
    assert session.snapshot.evidence_record(new_id).title == "A court filing"


def test_edit_and_delete_are_undoable(evidence, session, qtbot):
    before = library.export_data(session.store, library.SEED_SLUG)
    record = session.snapshot.evidence[0]
    evidence.select_evidence(record.id)

    def edit(dialog: EvidenceDialog):
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("E"))
        dialog.accept()

    _when_dialog(qtbot, EvidenceDialog, edit)
    evidence.edit_selected()
    assert session.snapshot.evidence_record(record.id).reliability == "E"
    evidence.delete_selected(confirm=False)
    assert record.id not in {e.id for e in session.snapshot.evidence}
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert library.export_data(session.store, library.SEED_SLUG) == before


def test_markup_in_evidence_is_shown_literally(db_path, qtbot):
    case = make_case()
    case["evidence"][0]["title"] = HOSTILE
    case["evidence"][0]["citation"] = HOSTILE
    store = library.open_library(str(db_path))
    session = CaseSession(store)
    session.open_case(library.import_data(store, case))
    widget = EvidenceLibrary(session)
    qtbot.addWidget(widget)
    index = widget.model.index(0, 1)
    assert widget.model.data(index) == HOSTILE
    tooltip = widget.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tooltip and "<img" not in tooltip
    store.close()


def test_attached_records_follow_the_claim_and_only_their_rows_change(evidence, session):
    with_evidence = [c for c in session.snapshot.claims if c.evidence]
    first, second = with_evidence[0], with_evidence[1]
    changed: list[int] = []
    evidence.model.dataChanged.connect(
        lambda top, bottom, _roles: changed.extend(range(top.row(), bottom.row() + 1))
    )

    def bold_ids() -> set[int]:
        model = evidence.model
        return {
            model.record(row).id
            for row in range(model.rowCount())
            if model.index(row, 1).data(Qt.ItemDataRole.FontRole) is not None
        }

    evidence.set_current_claim(first.id)
    assert bold_ids() == {a.evidence_id for a in first.evidence}
    changed.clear()
    evidence.set_current_claim(second.id)
    marked = {a.evidence_id for a in second.evidence}
    assert bold_ids() == marked == evidence.model.attached()
    flipped = {a.evidence_id for a in first.evidence} ^ marked
    assert sorted(changed) == sorted(evidence.model.row_of(e) for e in flipped)
    evidence.set_current_claim(None)
    assert bold_ids() == set()


def test_a_claim_edit_does_not_reread_the_records(evidence, session, monkeypatch):
    from ui.common import commands

    claim = next(c for c in session.snapshot.claims if c.evidence)
    evidence.set_current_claim(claim.id)

    def no_reload(_snapshot):
        raise AssertionError("the records were compared again for a claim-only edit")

    monkeypatch.setattr(evidence, "_reload", no_reload)
    new = "disputed" if claim.status != "disputed" else "supported"
    assert commands.mark_status(session, claim.id, new)
    session.undo_stack.undo()


def test_attaching_twice_is_refused_through_the_session(evidence, session, qtbot):
    claim = next(c for c in session.snapshot.claims if c.evidence)
    with qtbot.waitSignal(session.editFailed) as failed:
        assert not evidence.attach_to_claim(claim.id, claim.evidence[0].evidence_id)
    assert "already attached" in failed.args[0]
    assert session.undo_stack.count() == 0


def test_a_refused_edit_keeps_the_dialog_open_with_what_was_typed(
    evidence, session, locked_store, qtbot
):
    record = session.snapshot.evidence[0]
    evidence.select_evidence(record.id)
    seen = {}

    def edit(dialog: EvidenceDialog):
        dialog.title.setText("A corrected title")
        locked_store.hold()
        dialog.accept()  # refused: the dialog stays, with the title as typed
        seen["open"] = dialog.isVisible()
        seen["title"] = dialog.title.text()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["stored"] = library.snapshot(session.store, library.SEED_SLUG).evidence_record(
            record.id
        )
        locked_store.release()
        dialog.accept()  # OK again, once the store is free: saved and closed

    _when_dialog(qtbot, EvidenceDialog, edit)
    evidence.edit_selected()
    assert seen["open"] and seen["title"] == "A corrected title"
    assert "Not saved" in seen["error"] and "locked" in seen["error"]
    assert seen["stored"].title == record.title
    assert session.snapshot.evidence_record(record.id).title == "A corrected title"


def test_a_refused_attachment_keeps_the_stance_dialog_and_its_note(
    evidence, session, locked_store, qtbot
):
    claim = next(c for c in session.snapshot.claims if not c.evidence)
    record = session.snapshot.evidence[0]
    seen = {}

    def attach(dialog: StanceDialog):
        dialog.set_stance("contradicts")
        dialog.note_edit.setText("Dated after the claim.")
        locked_store.hold()
        dialog.accept()
        seen["open"], seen["note"] = dialog.isVisible(), dialog.note()
        locked_store.release()
        dialog.accept()

    _when_dialog(qtbot, StanceDialog, attach)
    assert evidence.attach_to_claim(claim.id, record.id)
    assert seen == {"open": True, "note": "Dated after the claim."}
    attached = session.snapshot.claim(claim.id).evidence
    assert [(a.evidence_id, a.stance, a.note) for a in attached] == [
        (record.id, "contradicts", "Dated after the claim.")
    ]
