"""Long work on a worker thread: its outcome comes back on the GUI thread; Cancel stops it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from models.jobs import Job
from ui.common import background
from ui.common.background import BackgroundTask, ProgressDialog, run_with_progress

GUI = threading.get_ident()


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot):
    ran_on, heard_on = [], []

    def work(job: Job) -> int:
        ran_on.append(threading.get_ident())
        job.progress(1, 2)
        return 42

    task = BackgroundTask(work)
    task.succeeded.connect(lambda result: heard_on.append((threading.get_ident(), result)))
    with qtbot.waitSignal(task.succeeded):
        task.start()
    assert ran_on and ran_on[0] != GUI
    assert heard_on == [(GUI, 42)]
    assert not task.running


def test_a_failure_is_handed_to_the_gui_thread(qtbot):
    def work(job: Job) -> None:
        raise OSError("disk full")

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.failed) as failed:
        task.start()
    assert isinstance(failed.args[0], OSError) and str(failed.args[0]) == "disk full"


def test_cancel_stops_the_work_at_its_next_check(qtbot):
    started = threading.Event()
    checks = []

    def work(job: Job) -> None:
        started.set()
        while True:
            checks.append(1)
            job.check()

    task = BackgroundTask(work)
    task.start()
    started.wait(5)
    with qtbot.waitSignal(task.cancelled):
        task.cancel()
    assert checks and not task.running


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_progress_dialog_shows_progress_and_its_cancel_button_cancels(
    qtbot, parent, monkeypatch
):
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(background, "PROGRESS_EVERY", 0.0)
    halfway, outcome = threading.Event(), []

    def work(job: Job) -> None:
        job.progress(5, 10)
        halfway.set()
        while True:
            job.check()

    task = run_with_progress(
        parent, "Working…", work, on_success=outcome.append, on_cancel=lambda: outcome.append("x")
    )
    dialog = parent.findChild(ProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.bar.value() == 5)
    assert dialog.bar.maximum() == 10 and dialog.label.text() == "Working…"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not task.running)
    assert outcome == ["x"]
    qtbot.waitUntil(lambda: parent.findChild(ProgressDialog) is None)  # closed and gone


def test_quick_work_shows_no_progress_dialog(qtbot, parent):
    results = []
    task = run_with_progress(parent, "Working…", lambda job: 7, on_success=results.append)
    qtbot.waitUntil(lambda: not task.running)
    assert results == [7]
    assert not any(d.isVisible() for d in parent.findChildren(ProgressDialog))


def test_an_expected_failure_is_a_message_and_any_other_reaches_the_error_hook(qtbot, parent):
    said = []

    def fail(exc: BaseException):
        def work(job: Job) -> None:
            raise exc

        return work

    task = run_with_progress(
        parent, "…", fail(OSError("no room")), lambda r: None, said.append, expected=(OSError,)
    )
    qtbot.waitUntil(lambda: not task.running)
    assert [str(e) for e in said] == ["no room"]
    with qtbot.captureExceptions() as raised:
        task = run_with_progress(
            parent, "…", fail(KeyError("bug")), lambda r: None, said.append, expected=(OSError,)
        )
        qtbot.waitUntil(lambda: not task.running)
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], KeyError) and len(said) == 1


def test_what_was_there_before_the_work_is_left_out_of_collections_while_it_runs(qtbot):
    import gc

    # A full collection walks every object with the GIL held: with a large case open it kept
    # the GUI thread from running for 0.3 s in the middle of a 1,000-page export.
    assert gc.get_freeze_count() == 0
    frozen_while_working = []
    release = threading.Event()

    def work(job: Job) -> None:
        release.wait(5)

    task = BackgroundTask(work)
    task.start()
    frozen_while_working.append(gc.get_freeze_count())
    release.set()
    qtbot.waitUntil(lambda: not task.running)
    assert frozen_while_working[0] > 1000
    assert gc.get_freeze_count() == 0
