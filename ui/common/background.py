"""Long work off the GUI thread: a plain callable on a worker thread, a progress bar and Cancel.

`BackgroundTask` runs `work(job)` on a thread of its own, where `job` is a models.jobs.Job whose
`progress` and `should_cancel` the work calls as it goes. The outcome (a result, an exception,
or the cancellation) comes back to the GUI thread as a queued signal, so the work never touches a
widget and the slots never run on the worker. What the work may do there: plain Python, its own
store session (never the window's), and QPainter on a QPdfWriter or QImage with QFont and
QTextLayout (Qt 6 allows these off the GUI thread once a QGuiApplication exists); no QWidget.

`run_with_progress` is what callers use: it starts a task and shows `ProgressDialog` (a bar,
a line of text and Cancel, modal to its parent window) once the work has taken a moment.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from models.jobs import Cancelled, Job

PROGRESS_EVERY = 0.05  # seconds: progress reaches the GUI thread at most this often
SHOW_AFTER_MS = 300  # work that ends sooner shows no dialog at all

_running = 0  # tasks whose work is under way
_running_lock = threading.Lock()
_collecting = True  # whether automatic collections were on when the first task started


def _hold_collections() -> None:
    """While work runs, the objects that were there before it are left out of collections.

    A full collection holds the GIL, the GUI thread's too, while it walks every object: with a
    large case open that is 0.3 s in the middle of an export. Frozen, the case and the window
    are not walked; and the automatic collections are paused, since what the work makes (a
    long PDF's hundreds of thousands of layout objects) would otherwise be walked again and
    again. Unfrozen, and collections resumed, when the last task ends.
    """
    global _running, _collecting
    with _running_lock:
        _running += 1
        if _running == 1:
            _collecting = gc.isenabled()
            gc.disable()
            gc.freeze()


def _release_collections() -> None:
    # On the worker, as its work ends: even if nobody is left to hear the outcome.
    global _running
    with _running_lock:
        _running -= 1
        if _running == 0:
            gc.unfreeze()
            if _collecting:
                gc.enable()


class BackgroundTask(QObject):
    """One callable run on a worker thread; its outcome is delivered as signals on the GUI thread.

    When the work ends, `finished()` is emitted, then exactly one of `succeeded(result)`,
    `failed(exception)` or `cancelled()`.
    """

    progressed = Signal(int, int)  # (done, total); total 0: how much is left is not known
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    # From the worker; queued, since the task lives on the GUI thread.
    _progress = Signal(int, int)
    _outcome = Signal(str, object)

    def __init__(self, work: Callable[[Job], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_progress = 0.0
        self._running = False
        self._progress.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """True from start() until the outcome has been delivered."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        """True once cancel() was called."""
        return self._stop.is_set()

    def start(self) -> None:
        """Start the work on its own thread."""
        if self._running:
            raise RuntimeError("this task is already running")
        self._running = True
        _hold_collections()
        job = Job(should_cancel=self._stop.is_set, progress=self._report)
        # A daemon: a window closed mid-export does not wait for the last page.
        self._thread = threading.Thread(target=self._run, args=(job,), daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `cancelled` follows once it has."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread has ended (for tests and shutdown); True if it has."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _report(self, done: int, total: int) -> None:
        # Called on the worker, as often as the work likes: only a few reach the event loop.
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_EVERY or (total and done >= total):
            self._last_progress = now
            self._emit(self._progress, done, total)

    def _run(self, job: Job) -> None:
        try:
            outcome: tuple[str, object] = ("succeeded", self._work(job))
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - every failure is handed to the GUI thread
            outcome = ("failed", exc)
        # Done also when Cancel came after the work's last check: what was done stands.
        _release_collections()
        self._emit(self._outcome, *outcome)

    @staticmethod
    def _emit(signal, *args) -> None:
        # RuntimeError: the task was deleted with its window, and nobody is listening.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def _deliver(self, kind: str, value: object) -> None:
        self._running = False
        # The progress dialog closes first: a message box the outcome opens is not behind it.
        self.finished.emit()
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)


class ProgressDialog(QDialog):
    """A line saying what is being done, a progress bar, and Cancel; modal to its window."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(360)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self._task: BackgroundTask | None = None

    def follow(self, task: BackgroundTask) -> None:
        """Show the task's progress; Cancel (or Esc, or closing) cancels it; close when done."""
        self._task = task
        task.progressed.connect(self.set_progress)
        task.finished.connect(self._finished)

    def set_progress(self, done: int, total: int) -> None:
        """Show done of total (a busy bar while the total is not known)."""
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def reject(self) -> None:
        """Cancel the work; the dialog stays, saying so, until the work has stopped."""
        if self._task is not None and self._task.running:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing the dialog is cancelling the work."""
        if self._task is not None and self._task.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _finished(self) -> None:
        self._task = None
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    text: str,
    work: Callable[[Job], object],
    on_success: Callable[[object], None],
    on_failure: Callable[[BaseException], None] | None = None,
    expected: tuple[type[BaseException], ...] = (),
    on_cancel: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Run work(job) off the GUI thread with a progress dialog; its outcome calls back here.

    A failure of one of the `expected` types goes to `on_failure` (a message for the user);
    any other is raised again on the GUI thread, where the application's error hook reports it.
    The dialog appears only if the work takes longer than SHOW_AFTER_MS.
    """
    task = BackgroundTask(work, parent)
    dialog = ProgressDialog(text, parent)
    dialog.setWindowTitle(text)
    dialog.follow(task)

    def failed(exc: BaseException) -> None:
        if on_failure is not None and isinstance(exc, expected):
            on_failure(exc)
        else:
            raise exc

    task.succeeded.connect(on_success)
    task.failed.connect(failed)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    QTimer.singleShot(SHOW_AFTER_MS, dialog, lambda: task.running and dialog.show())
    task.start()
    return task
