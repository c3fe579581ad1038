"""File → Export…: the dialog writes where the person chose, and says clearly when it cannot."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models.claim_filter import ClaimFilter
from tests.ui.conftest import AUTHOR, HOSTILE


def _dialog(qtbot, session, current_filter=None):
    from ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(session, current_filter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_path(qtbot, dialog, path):
    dialog.path_edit.selectAll()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.path_edit, str(path))


def _click_export(qtbot, dialog):
    # The file is written off the GUI thread: wait until the dialog has heard how it went.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=20000)


def _choose_format(qtbot, dialog, key):
    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Home)
    while dialog.format_key != key:
        qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)


def test_pdf_export_writes_where_the_person_chose(qtbot, session, tmp_path):
    from pypdf import PdfReader

    dialog = _dialog(qtbot, session)
    assert dialog.format_key == "pdf" and dialog.orientation_combo.currentText() == "Landscape"
    target = tmp_path / "brief.pdf"
    _type_path(qtbot, dialog, target)
    qtbot.mouseClick(dialog.appendix_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(target)]
    assert dialog.result() == QDialog.DialogCode.Accepted
    reader = PdfReader(target)
    assert reader.metadata.author == AUTHOR
    assert "Appendix" in "".join(p.extract_text() for p in reader.pages[-2:])


def test_an_unwritable_target_is_shown_in_the_dialog(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session)
    _type_path(qtbot, dialog, tmp_path / "no-such-folder" / "brief.pdf")
    _click_export(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "Cannot write in" in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert not (tmp_path / "no-such-folder").exists()


def test_choosing_csv_disables_page_options_and_swaps_the_extension(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session)
    _type_path(qtbot, dialog, tmp_path / "brief.pdf")
    _choose_format(qtbot, dialog, "csv")
    assert not dialog.page_combo.isEnabled() and not dialog.orientation_combo.isEnabled()
    assert not dialog.appendix_check.isEnabled()
    assert dialog.path_edit.text() == str(tmp_path / "brief.csv")


def test_only_the_current_filter_is_exported(qtbot, session, tmp_path):
    flt = ClaimFilter(statuses=frozenset({"supported"}))
    dialog = _dialog(qtbot, session, flt)
    assert dialog.filter_check.isEnabled() and dialog.filter_check.isChecked()
    _choose_format(qtbot, dialog, "csv")
    target = tmp_path / "supported.csv"
    _type_path(qtbot, dialog, target)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    expected = [c.key for c in session.snapshot.claims if c.status == "supported"]
    assert [r["id"] for r in rows] == expected


def test_without_a_filter_the_filter_option_is_off(qtbot, session):
    dialog = _dialog(qtbot, session, ClaimFilter())
    assert not dialog.filter_check.isEnabled()


def _break_an_evidence_date(session):
    # As a case edited before the edits kept to the case file's limits might hold.
    from sqlalchemy import update

    from models.schema import Evidence

    record = session.snapshot.evidence[0]
    with session.store.transaction() as s:
        s.execute(update(Evidence).where(Evidence.id == record.id).values(date="May 2020"))
    session.open_case(session.snapshot.slug)


def test_a_case_file_the_case_cannot_make_is_a_message_not_a_traceback(qtbot, session, tmp_path):
    import models.grading  # noqa: F401 - registers "student-copy"

    _break_an_evidence_date(session)
    for key in ("student-copy", "json"):
        dialog = _dialog(qtbot, session)
        _choose_format(qtbot, dialog, key)
        _type_path(qtbot, dialog, tmp_path / f"copy-{key}.json")
        _click_export(qtbot, dialog)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert "date" in dialog.error_label.text()
        assert "Nothing was changed" in dialog.error_label.text()
        assert not (tmp_path / f"copy-{key}.json").exists()


def test_the_filter_tooltip_shows_typed_markup_literally(qtbot, session):
    dialog = _dialog(qtbot, session, ClaimFilter(text=HOSTILE))
    tip = dialog.filter_check.toolTip()
    assert "&lt;img" in tip and "<img" not in tip
