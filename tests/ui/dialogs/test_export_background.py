"""A large export runs off the GUI thread: the window keeps ticking, and Cancel leaves no file."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bench.synthetic import make_case
from models import library
from ui.common import background
from ui.common.background import ProgressDialog
from ui.common.session import CaseSession
from ui.dialogs.export_dialog import ExportDialog

ALLEGATIONS = 800  # about 420 landscape pages with the appendix: a second or more here


@pytest.fixture
def big_session(store, qapp):
    """A session on a synthetic case of 300 allegations and 300 responses."""
    case = make_case(claims_per_side=ALLEGATIONS, links=ALLEGATIONS, evidence=60, tags=10)
    session = CaseSession(store, author="Tester")
    session.open_case(library.import_data(store, case))
    return session


def _dialog(qtbot, session, target) -> ExportDialog:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(target))
    dialog.appendix_check.setChecked(True)
    return dialog


class Ticks:
    """A timer on the GUI thread every 20 ms; the longest the GUI thread was kept from it.

    The machine running the tests is shared, and a process that the system does not schedule
    is not kept waiting by this code: so a gap counts the CPU time this process used in it (the
    worker's, when the GUI thread waits on it), never more than the wall-clock gap.
    """

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.stamps: list[tuple[float, float]] = []
        self.longest = self.longest_wall = 0.0

    def start(self) -> None:
        self.stamps = [(time.perf_counter(), time.process_time())]
        self.timer.start()

    def tick(self) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        last_wall, last_cpu = self.stamps[-1]
        self.stamps.append((wall, cpu))
        self.longest_wall = max(self.longest_wall, wall - last_wall)
        self.longest = max(self.longest, min(wall - last_wall, cpu - last_cpu))

    def stop(self) -> None:
        self.timer.stop()
        self.tick()


def test_a_large_pdf_export_keeps_the_gui_thread_ticking(qtbot, big_session, tmp_path):
    target = tmp_path / "big.pdf"
    dialog = _dialog(qtbot, big_session, target)
    ticks = Ticks()
    ticks.start()
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    ticks.stop()
    took = ticks.stamps[-1][0] - ticks.stamps[0][0]
    stalls = [
        min(b[0] - a[0], b[1] - a[1]) for a, b in zip(ticks.stamps, ticks.stamps[1:], strict=False)
    ]
    first, during = stalls[0], max(stalls[1:])
    print(f"export {took:.2f} s, start {first * 1000:.0f} ms, longest stall {during * 1000:.0f} ms")
    assert target.stat().st_size > 0
    assert len(ticks.stamps) > 10  # the timer ran all along the export
    assert during < 0.100  # while the pages are laid out and written
    # Known and left (see the closing note): as the worker starts, its first text layout makes
    # Qt's font engines for that thread inside one call that holds Python's lock, 0.2-0.3 s at
    # times. Bounded here so that it cannot grow unnoticed.
    assert first < 0.400


def test_cancel_leaves_no_file_and_the_dialog_open(qtbot, big_session, tmp_path, monkeypatch):
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)  # the progress bar at once
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "big.pdf"
    dialog = _dialog(qtbot, big_session, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    def progress() -> ProgressDialog | None:
        shown = QApplication.activeModalWidget()
        return shown if isinstance(shown, ProgressDialog) and shown.isVisible() else None

    qtbot.waitUntil(lambda: progress() is not None)
    assert not dialog.export_button.isEnabled()  # one export at a time
    qtbot.mouseClick(progress().cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=60_000)
    assert "cancelled" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert list(folder.iterdir()) == []  # no file, no temporary file
    assert dialog.export_button.isEnabled()
