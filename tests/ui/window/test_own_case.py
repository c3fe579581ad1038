"""The whole job of issue 9 in the real window: your own case from your own files, to a PDF.

A new case; a DOCX statement added through Case → Add source… and a PDF reply dropped on the
window (both made by the test); six suggested claims accepted to their sides with A and R;
three linked through the Suggestions panel with Enter; assessed; exported as a PDF and read
back; then the window is closed and started again on the same store, and it is all there.
"""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.models.sources.builders import docx_bytes, pdf_bytes
from tests.ui.own_case_fixtures import needs_domain
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.dialogs.add_source import AddSourceDialog
from ui.dialogs.new_case import CaseDialog

STATEMENT = [
    "The company never paid the overtime it owed for May.",
    "Managers told staff to log extra hours as unpaid breaks.",
    "The payroll system deleted the overtime records in June.",
]
REPLY = [
    "The company paid every hour of overtime owed for May.",
    "No manager told staff to log extra hours as breaks.",
    "The overtime records of June were never deleted from payroll.",
]
STATUSES = ("disputed", "unsupported", "supported")


def _on_dialog(qtbot, kind, act):
    """Run act(dialog) once a visible dialog of this kind is up."""

    def check():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def _fill_case(dialog: CaseDialog) -> None:
    dialog.title.setText("Overtime for May")
    dialog.slug.setText("overtime-may")
    dialog.allegation_party.setText("The union")
    dialog.response_party.setText("The company")
    dialog.accept()


def _add_when_read(dialog: AddSourceDialog) -> None:
    if dialog.extracted is None:
        QTimer.singleShot(20, lambda: _add_when_read(dialog))
        return
    dialog.accept()


def _drop(window, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = QPointF(window.rect().center())
    buttons, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime, buttons, plain)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        window, QDropEvent(centre, Qt.DropAction.CopyAction, mime, buttons, plain)
    )


def _accept(qtbot, window, source_id, sentences, key):
    view = window.source_view
    window.docks["source"].show()
    window.docks["source"].raise_()
    view.show_source(source_id)
    if not view.suggestions.active:
        qtbot.mouseClick(view.suggestions.toggle, Qt.MouseButton.LeftButton)
    for sentence in sentences:
        qtbot.waitUntil(lambda s=sentence: any(x.quote == s for x in view.suggestions.shown))
        target = next(x for x in view.suggestions.shown if x.quote == sentence)
        cursor = QTextCursor(view.editor.document())
        cursor.setPosition(view.offsets.to_utf16(target.start + 2))
        view.editor.setTextCursor(cursor)
        view.editor.setFocus()
        qtbot.keyClick(view.editor, key)


def _claim(snapshot, quote):
    return next(c for c in snapshot.claims if c.quote == quote)


@needs_domain
def test_your_own_case_from_files_to_pdf_and_back(qtbot, open_main_window, tmp_path, db_path):
    statement = tmp_path / "statement.docx"
    statement.write_bytes(docx_bytes(STATEMENT, title="Union statement on overtime"))
    reply = tmp_path / "reply.pdf"
    pdf_bytes_pages = [[line for sentence in REPLY for line in (sentence, "")]]
    reply.write_bytes(pdf_bytes(pdf_bytes_pages, title="Company reply"))

    window = open_main_window()
    # New case (Ctrl+N).
    _on_dialog(qtbot, CaseDialog, _fill_case)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.slug == "overtime-may")
    assert window.session.snapshot.side("allegation").party == "The union"

    # The statement through Case → Add source…, the reply dropped on the window.
    _on_dialog(qtbot, AddSourceDialog, _add_when_read)
    window.case_work.add_source_file(str(statement))
    _on_dialog(qtbot, AddSourceDialog, _add_when_read)
    _drop(window, reply)
    qtbot.waitUntil(lambda: len(window.session.snapshot.sources) == 2, timeout=30_000)
    sources = {s.title: s.id for s in window.session.snapshot.sources}
    assert set(sources) == {"Union statement on overtime", "Company reply"}

    # Six suggested claims to their sides.
    _accept(qtbot, window, sources["Union statement on overtime"], STATEMENT, Qt.Key.Key_A)
    _accept(qtbot, window, sources["Company reply"], REPLY, Qt.Key.Key_R)
    snapshot = window.session.snapshot
    assert [c.quote for c in snapshot.claims_of("allegation")] == STATEMENT
    assert [c.quote for c in snapshot.claims_of("response")] == REPLY

    # Three links through the Suggestions panel, then an assessment of each allegation.
    window.docks["suggestions"].show()
    window.docks["suggestions"].raise_()
    panel = window.suggestions
    for sentence, answer, status in zip(STATEMENT, REPLY, STATUSES, strict=True):
        allegation = _claim(window.session.snapshot, sentence)
        response = _claim(window.session.snapshot, answer)
        window.comparison.select_claim(allegation.id)
        qtbot.waitUntil(lambda a=allegation: panel.allegation_id == a.id)
        qtbot.waitUntil(
            lambda r=response: any(
                panel.model.row_at(i).response_id == r.id for i in range(panel.model.rowCount())
            )
        )
        row = next(
            i
            for i in range(panel.model.rowCount())
            if panel.model.row_at(i).response_id == response.id
        )
        assert row < 3  # the matching answer is among the top three
        panel.view.setCurrentIndex(panel.model.index(row))
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
        window.comparison.select_claim(allegation.id)
        window.mark_current(status)
    snapshot = window.session.snapshot
    assert len(snapshot.links) == 3
    assert [c.status for c in snapshot.claims_of("allegation")] == list(STATUSES)

    # The PDF, read back.
    dialog = window.export_requested("pdf")
    target = tmp_path / "overtime.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Overtime for May" in text
    for sentence in STATEMENT + REPLY:
        assert sentence in text

    # Quit and start again on the same store: it is all there.
    window.close()
    window.store.close()
    again = open_main_window()
    case = again.session.snapshot
    assert case.slug == "overtime-may"
    assert [c.quote for c in case.claims_of("allegation")] == STATEMENT
    assert [c.quote for c in case.claims_of("response")] == REPLY
    assert [c.status for c in case.claims_of("allegation")] == list(STATUSES)
    linked = {
        (case.claim(k.allegation_id).quote, case.claim(k.response_id).quote) for k in case.links
    }
    assert linked == set(zip(STATEMENT, REPLY, strict=True))


def test_ctrl_n_asks_for_a_case_and_cancel_makes_none(qtbot, open_main_window):
    window = open_main_window()
    seen = []

    def cancel(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    _on_dialog(qtbot, CaseDialog, cancel)
    slug = window.session.slug
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["New case"] and window.session.slug == slug


def test_case_properties_show_the_open_case(qtbot, open_main_window):
    window = open_main_window()
    seen = []

    def look(dialog):
        seen.append(dialog.fields())
        dialog.reject()

    _on_dialog(qtbot, CaseDialog, look)
    window.actions.case_properties.trigger()
    case = window.session.snapshot
    assert seen[0].title == case.title and seen[0].slug == case.slug
    assert seen[0].response_party == case.side("response").party


def test_a_file_dropped_on_the_window_is_read_for_adding(qtbot, open_main_window, tmp_path):
    window = open_main_window()
    path = tmp_path / "notes.txt"
    path.write_text("A claim <b>as typed</b>.\n", encoding="utf-8")
    seen = []

    def look(dialog):
        if dialog.extracted is None:
            QTimer.singleShot(20, lambda: look(dialog))
            return
        seen.append(dialog.preview.toPlainText())
        dialog.reject()

    _on_dialog(qtbot, AddSourceDialog, look)
    sources = len(window.session.snapshot.sources)
    _drop(window, path)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0].strip() == "A claim <b>as typed</b>."
    assert len(window.session.snapshot.sources) == sources  # cancelled: nothing added
