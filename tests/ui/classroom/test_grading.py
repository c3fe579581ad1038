"""The grading window driven with clicks: pick a folder, read the tables, export the CSV."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import Qt

from models import library
from models.grading import make_student_copy
from ui.classroom import grading
from ui.classroom.grading import ClaimSplitModel, GradingDialog, StudentTableModel

KEY = library.SEED_SLUG


@pytest.fixture
def folder(tmp_path, seed_data):
    """Two students (one with an undefined kappa), a damaged file and a non-student file."""
    out = tmp_path / "returned"
    out.mkdir()
    key = {c["id"]: c["status"] for c in seed_data["claims"]}
    for name, student, answers in (
        ("ana.json", "Ana <b>Lima</b>", key),
        ("dana.json", "Dana", {k: s for k, s in key.items() if s == "unsupported"}),
    ):
        copy = make_student_copy(seed_data, student)
        for claim in copy["claims"]:
            claim["status"] = answers.get(claim["id"], "unassessed")
        (out / name).write_text(json.dumps(copy), encoding="utf-8")
    (out / "broken.json").write_text("{not json", encoding="utf-8")
    (out / "teacher.json").write_text(json.dumps(seed_data), encoding="utf-8")
    return out


@pytest.fixture
def dialog(qtbot, store):
    d = GradingDialog(store, KEY)
    qtbot.addWidget(d)
    d.show()
    return d


def graded(qtbot, dialog) -> None:
    """Wait for the grading under way in the background to be shown."""
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running)


def grade(qtbot, dialog, folder) -> None:
    """Grade a folder and wait for the tables."""
    dialog.set_folder(str(folder))
    graded(qtbot, dialog)


def cells(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_choosing_a_folder_grades_it(qtbot, dialog, folder, monkeypatch):
    assert dialog.key_combo.currentData() == KEY
    monkeypatch.setattr(grading, "ask_folder", lambda *a, **k: str(folder))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    graded(qtbot, dialog)
    rows = cells(dialog.student_view)
    assert rows[0] == ["Ana <b>Lima</b>", "ana.json", "21 of 21", "100.0%", "1.00"]
    assert rows[1][0] == "Dana" and rows[1][3] == "100.0%" and rows[1][4] == "undefined"
    skipped = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
    assert any(s.startswith("broken.json: not valid JSON") for s in skipped)
    assert any(s.startswith("teacher.json: not a student copy") for s in skipped)
    assert "2 student files graded" in dialog.summary.text()
    claims = cells(dialog.claim_view)
    assert len(claims) == 21 and claims[0][0] == "us-1"
    assert dialog.export_button.isEnabled()


def test_the_models_pass_the_model_tester(qtmodeltester, store, folder):
    from models.grading import grade_folder

    report = grade_folder(store, KEY, folder)
    students, claims = StudentTableModel(), ClaimSplitModel()
    students.set_report(report)
    claims.set_report(report)
    qtmodeltester.check(students)
    qtmodeltester.check(claims)
    students.set_report(None)
    qtmodeltester.check(students)


def test_export_csv_writes_the_figures(qtbot, dialog, folder, tmp_path, monkeypatch):
    grade(qtbot, dialog, folder)
    target = tmp_path / "grades.csv"
    monkeypatch.setattr(grading, "ask_save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["file"] for r in rows] == ["ana.json", "dana.json"]
    assert rows[1]["kappa"] == ""
    assert "grades.csv" in dialog.summary.text()


def test_a_folder_that_is_not_there_is_a_message_not_a_crash(qtbot, dialog, tmp_path):
    dialog.folder_edit.setFocus()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "nowhere"))
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Return)
    graded(qtbot, dialog)
    assert "not a folder" in dialog.summary.text()
    assert dialog.student_view.model().rowCount() == 0
    assert not dialog.export_button.isEnabled()


def test_the_disagreements_are_listed(qtbot, dialog, store, folder, seed_data):
    copy = make_student_copy(seed_data, "Ben")
    for claim in copy["claims"]:
        claim["status"] = "disputed" if claim["id"] == "us-1" else claim["status"]
    (folder / "ben.json").write_text(json.dumps(copy), encoding="utf-8")
    grade(qtbot, dialog, folder)
    first = dialog.disagreed_list.item(0).text()
    assert first.startswith("us-1: 1 of 3 differ from the key") and "Disputed" in first


def test_quote_tooltips_show_quotes_as_typed(store, folder, qapp):
    from PySide6.QtGui import QTextDocument

    from models.grading import grade_folder

    report = grade_folder(store, KEY, folder)
    claims = ClaimSplitModel()
    claims.set_report(report)
    for row in range(claims.rowCount()):
        tip = claims.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("<p")  # rich text on purpose, so the escapes are read back
        shown = QTextDocument()
        shown.setHtml(tip)
        assert shown.toPlainText() == report.claims[row].quote


def test_a_csv_that_cannot_be_written_is_a_plain_text_message(qtbot, dialog, folder, tmp_path):
    from tests.ui.window_fixtures import when_modal

    grade(qtbot, dialog, folder)
    seen = []

    def read(box):
        seen.append((box.textFormat(), box.text()))
        box.accept()

    when_modal(qtbot, read)
    target = tmp_path / "<b>nowhere</b>" / "grades.csv"
    assert not dialog.export_csv(str(target))
    assert seen and seen[0][0] == Qt.TextFormat.PlainText and "<b>nowhere</b>" in seen[0][1]


def test_grading_runs_off_the_gui_thread_and_cancel_stops_it(qtbot, dialog, folder, monkeypatch):
    import threading

    from PySide6.QtWidgets import QApplication

    from ui.common import background
    from ui.common.background import ProgressDialog

    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    graded_on = []

    def slow_grading(store, slug, chosen, job):
        graded_on.append(threading.get_ident())
        while True:  # a folder of thousands of files
            job.progress(1, 1000)
            job.check()

    monkeypatch.setattr(grading, "grade_folder", slow_grading)
    dialog.set_folder(str(folder))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ProgressDialog))
    progress = QApplication.activeModalWidget()
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    graded(qtbot, dialog)
    assert graded_on and graded_on[0] != threading.get_ident()
    assert dialog.summary.text() == "Grading was cancelled."
    assert dialog.student_view.model().rowCount() == 0 and not dialog.export_button.isEnabled()


@pytest.mark.parametrize("width", [1100, 1280])
def test_the_grading_columns_show_their_headers_whole(qtbot, dialog, folder, width):
    from PySide6.QtWidgets import QStyle

    dialog.resize(width, 760)
    grade(qtbot, dialog, folder)
    qtbot.waitUntil(lambda: dialog.claim_view.model().rowCount() > 0)
    for view in (dialog.student_view, dialog.claim_view):
        header = view.horizontalHeader()
        fm = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        model = view.model()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            size = header.sectionSize(column)
            assert fm.horizontalAdvance(title) + 2 * margin <= size, title
            # Qt's own measure of the header (its words, padding and the sort arrow) fits too.
            assert header.sectionSizeHint(column) <= size, title
        inside = view.viewport().width()
        assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= inside + 1
