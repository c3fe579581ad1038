"""The window offers the exports and the classroom: Export…, Present (F5), worksheets, grading."""

from __future__ import annotations

import json

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from models import library
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import import_case_file, when_modal
from ui.classroom.grading import GradingDialog
from ui.classroom.presentation import PresentationWindow
from ui.dialogs.export_dialog import ExportDialog
from ui.window.filter_bar import UNSUPPORTED_ASSERTIONS


def _dialog(kind):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def test_ctrl_e_exports_the_case_to_the_file_the_user_chose(qtbot, open_main_window, tmp_path):
    window = open_main_window()
    qtbot.keyClick(
        window.comparison.view("allegation"), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: _dialog(ExportDialog) is not None)
    dialog = _dialog(ExportDialog)
    dialog.select_format("html")
    target = tmp_path / "brief.html"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert window.session.snapshot.title.split()[0] in text
    assert "Exported to" in window.status_bar.message_label.message()


def test_export_offers_only_the_claims_the_filter_shows(qtbot, open_main_window, tmp_path):
    window = open_main_window()
    window.filter_bar.set_state(UNSUPPORTED_ASSERTIONS)
    dialog = window.export_requested("csv")
    assert dialog.filter_check.isEnabled() and dialog.filter_check.isChecked()
    target = tmp_path / "unsupported.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = target.read_text(encoding="utf-8").splitlines()[1:]
    unsupported = [c for c in window.session.snapshot.claims if c.status == "unsupported"]
    assert len(rows) == len(unsupported)


def test_f5_presents_the_case_and_esc_leaves(qtbot, open_main_window):
    window = open_main_window()
    qtbot.keyClick(window.comparison.view("allegation"), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: _dialog(PresentationWindow) is not None)
    shown = _dialog(PresentationWindow)
    assert shown.isFullScreen()
    assert "1 of" in shown.progress_text()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _dialog(PresentationWindow) is None)


def test_classroom_menu_writes_a_worksheet_without_assessments(qtbot, open_main_window, tmp_path):
    window = open_main_window()
    window.actions.worksheet.trigger()
    qtbot.waitUntil(lambda: _dialog(ExportDialog) is not None)
    dialog = _dialog(ExportDialog)
    assert dialog.format_combo.currentData() == "worksheet"
    target = tmp_path / "worksheet.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    case = window.session.snapshot
    assert case.claims[0].rationale[:40] not in text


def test_grade_opens_on_this_case_as_the_key(qtbot, open_main_window):
    window = open_main_window()
    dialog = window.grade_requested()
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, GradingDialog)
    assert library.SEED_SLUG in dialog.key_combo.currentText()
    dialog.reject()


def test_opening_a_student_copy_asks_the_students_name(
    qtbot, open_main_window, tmp_path, monkeypatch
):
    window = open_main_window()
    copy = tmp_path / "copy.json"
    dialog = window.export_requested("student-copy")
    dialog.path_edit.setText(str(copy))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(copy.read_text(encoding="utf-8"))["classroom"]["student"] is None
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ana Lima", True)))
    slug = import_case_file(qtbot, window, copy)
    qtbot.waitUntil(lambda: window.session.snapshot.classroom.student == "Ana Lima")
    assert library.snapshot(window.store, slug).classroom.student == "Ana Lima"


def test_a_student_copy_opened_on_a_fresh_store_is_alone_there(
    qtbot, open_main_window, tmp_path, monkeypatch, settings_path
):
    """`main.py --db student.db COPY.json`: the new store holds the copy, not the seeded key."""
    from PySide6.QtCore import QSettings

    import ui.common.failures
    import ui.window.app as app_module
    from ui.window.settings import Settings

    teacher = open_main_window()
    copy = tmp_path / "copy.json"
    dialog = teacher.export_requested("student-copy")
    dialog.path_edit.setText(str(copy))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ana Lima", True)))
    monkeypatch.setattr(ui.common.failures, "install", lambda app: None)
    student_settings = Settings(
        QSettings(str(tmp_path / "student.ini"), QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(app_module, "Settings", lambda: student_settings)
    seen = {}

    def exec_(self):  # the event loop of run(): wait for the copy, then look at the window
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if hasattr(w, "session") and w is not teacher and w.isVisible()
        )
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.session.snapshot is not None, timeout=20000)
        qtbot.waitUntil(lambda: window.session.snapshot.classroom.student == "Ana Lima")
        seen["cases"] = [c.slug for c in library.cases(window.store)]
        seen["statuses"] = {c.status for c in window.session.snapshot.claims}
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    student_db = tmp_path / "student.db"
    assert app_module.run(str(student_db), ["counterpoint"], str(copy)) == 0
    assert seen["cases"] == [library.SEED_SLUG + "-student"]
    assert seen["statuses"] == {"unassessed"}
    # Without a case file a new store is still seeded, as before.
    assert [c.slug for c in library.cases(teacher.store)] == [library.SEED_SLUG]


def _press(qtbot, box, role):

    for button in box.buttons():
        if box.buttonRole(button) == role:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no {role} button")


def test_the_first_export_on_a_fresh_account_goes_home_then_to_the_last_folder(
    qtbot, open_main_window, tmp_path
):
    from pathlib import Path

    home = Path.home()
    assert not (home / "Documents").exists()  # a fresh account: no documents folder
    window = open_main_window()
    slug = window.session.slug
    dialog = window.export_requested()
    first = Path(dialog.path_edit.text())
    assert first == home / f"{slug}-comparison.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert first.is_file()
    (home / "Documents").mkdir()
    chosen = tmp_path / "handouts"
    chosen.mkdir()
    dialog = window.export_requested("worksheet")
    assert Path(dialog.path_edit.text()).parent == home  # the last folder used beats Documents
    dialog.path_edit.setText(str(chosen / f"{slug}-worksheet.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_requested("answer-key")
    assert Path(dialog.path_edit.text()) == chosen / f"{slug}-answer-key.pdf"
    dialog.reject()


def test_each_format_offers_its_own_name_and_the_sheets_are_portrait(qtbot, open_main_window):
    from pathlib import Path

    window = open_main_window()
    slug = window.session.slug
    dialog = window.export_requested()
    names, orientation = {}, {}
    combo = dialog.format_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        names[dialog.format_key] = Path(dialog.path_edit.text()).name
        orientation[dialog.format_key] = (
            dialog.orientation_combo.isEnabled(),
            dialog.orientation_combo.currentText(),
        )
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert names == {
        "pdf": f"{slug}-comparison.pdf",
        "worksheet": f"{slug}-worksheet.pdf",
        "answer-key": f"{slug}-answer-key.pdf",
        "student-copy": f"{slug}-student-copy.json",
        "json": f"{slug}-case.json",
        "html": f"{slug}-comparison.html",
        "md": f"{slug}-comparison.md",
        "csv": f"{slug}-claims.csv",
        "w3c": f"{slug}-annotations.jsonld",
    }
    assert orientation["worksheet"] == (False, "Portrait")
    assert orientation["answer-key"] == (False, "Portrait")
    assert orientation["pdf"][0] and not orientation["csv"][0]
    dialog.reject()


def test_replacing_an_existing_file_asks_first(qtbot, open_main_window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window = open_main_window()
    target = tmp_path / "brief.html"
    target.write_text("keep me", encoding="utf-8")
    dialog = window.export_requested("html")
    dialog.path_edit.setText(str(target))
    asked = []

    def cancel(box):
        asked.append(box.text())
        _press(qtbot, box, QMessageBox.ButtonRole.RejectRole)

    when_modal(qtbot, cancel)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    # (the box is modal: the click returns once it was answered)
    assert asked == ["brief.html already exists. Replace it?"]
    assert dialog.isVisible() and dialog.task is None
    assert target.read_text(encoding="utf-8") == "keep me"
    when_modal(qtbot, lambda box: _press(qtbot, box, QMessageBox.ButtonRole.AcceptRole))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "<html" in target.read_text(encoding="utf-8").lower()
