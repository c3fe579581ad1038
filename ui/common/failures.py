"""Nothing unexpected is silent: the log file, and a dialog for errors nothing else handled.

`install()` is called once at start (ui/window/app.py). It sends INFO and above to a rotating log
file in the user's data folder and warnings to stderr, and routes every uncaught exception
(sys.excepthook: a slot or an event handler that raised; threading.excepthook: a worker thread)
and Qt's own critical and fatal messages to a dialog that says what failed, that every edit made
so far is in the store (each edit commits when it is made), where the log is, and the details
to copy. Qt's warnings are only logged (so they reach the file and stderr).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.translation import Context

log = logging.getLogger("counterpoint")
LOG_NAME = "counterpoint.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
_HANDLED = "counterpointFailureHandler"  # marks our handlers, so install() can run twice


Failures = Context("Failures")


def configure_logging(folder: Path | None = None) -> Path | None:
    """INFO and above to a rotating log file in `folder`, warnings to stderr; the log's path.

    None if the folder cannot be written: then stderr is the only log.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in [h for h in root.handlers if getattr(h, _HANDLED, False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(formatter)
    setattr(stderr, _HANDLED, True)
    root.addHandler(stderr)
    from ui.common.data_folder import data_folder

    path = (folder or data_folder()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file at %s: %s", path, exc)
        return None
    file.setLevel(logging.INFO)
    file.setFormatter(formatter)
    setattr(file, _HANDLED, True)
    root.addHandler(file)
    return path


class FailureReporter(QObject):
    """Turns an unexpected error, from any thread, into one error dialog on the GUI thread."""

    failed = Signal(str, str)  # what failed (one line), the details (the traceback)

    def __init__(self, log_path: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.dialog = None  # the dialog on show; errors while it is open are only logged
        # Emitted from any thread; delivered (queued, if need be) on the thread this lives in.
        self.failed.connect(self._show)

    def exception(self, kind, value, tb) -> None:
        """sys.excepthook: log an uncaught exception and show it."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        self.failed.emit(_what(kind, value), details)

    def thread_exception(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: the same, for a worker thread."""
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        log.error("unexpected error in thread %s\n%s", name, details)
        self.failed.emit(_what(args.exc_type, args.exc_value), details)

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's message handler: debug and info to the log, warnings logged, worse shown."""
        try:
            where = f" ({context.file}:{context.line})" if context.file else ""
            if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
                log.debug("Qt: %s%s", message, where)
            elif kind == QtMsgType.QtWarningMsg:
                log.warning("Qt: %s%s", message, where)
            else:
                log.error("Qt %s: %s%s", kind.name, message, where)
                details = f"{kind.name}: {message}{where}"
                if kind == QtMsgType.QtFatalMsg:  # Qt ends the process when this returns
                    for handler in logging.getLogger().handlers:
                        handler.flush()
                    self._show(Failures.tr("Qt stopped: %1").replace("%1", message), details)
                else:
                    self.failed.emit(
                        Failures.tr("Qt reported an error: %1").replace("%1", message), details
                    )
        except Exception:  # noqa: BLE001 - a handler that raised would lose the message itself
            sys.__stderr__.write(f"Qt: {message}\n")

    def _show(self, what: str, details: str) -> None:
        if self.dialog is not None:
            return  # one at a time: a failure that repeats (a paint, a timer) is logged
        self.dialog = FailureDialog(what, details, self.log_path, QApplication.activeWindow())
        try:
            self.dialog.exec()
        finally:
            self.dialog.deleteLater()
            self.dialog = None


class FailureDialog(QDialog):
    """What failed, that every edit is in the store, where the log is, the details to copy."""

    def __init__(
        self, what: str, details: str, log_path: Path | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counterpoint: something went wrong"))
        self.setMinimumWidth(560)
        if log_path is not None:
            where = self.tr("The details are also in the log: %1").replace("%1", str(log_path))
        else:
            where = self.tr("There is no log file; the details are below.")
        text = "\n\n".join(
            (
                self.tr("An unexpected error stopped what Counterpoint was doing: %1").replace(
                    "%1", what
                ),
                self.tr(
                    "Every edit you made so far is in the store: each one is saved as you make "
                    "it (only text marked “Not saved” is not). You can carry on, or close "
                    "Counterpoint and open it again."
                ),
                where,
            )
        )
        self.message = QLabel(text)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(f"{what}\n\n{details}")
        self.details.setAccessibleName(self.tr("Details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the message and the details on the clipboard, to paste into a report."""
        QApplication.clipboard().setText(f"{self.message.text()}\n\n{self.details.toPlainText()}")


def _what(kind, value) -> str:
    text = str(value).strip().splitlines()[0] if str(value).strip() else ""
    return f"{kind.__name__}: {text}" if text else kind.__name__


def install(app: QCoreApplication, folder: Path | None = None) -> FailureReporter:
    """Configure logging and route every unexpected error to the log and a dialog."""
    path = configure_logging(folder)
    reporter = FailureReporter(path, app)
    sys.excepthook = reporter.exception
    threading.excepthook = reporter.thread_exception
    qInstallMessageHandler(reporter.qt_message)
    log.info("Counterpoint started; log at %s", path)
    return reporter
