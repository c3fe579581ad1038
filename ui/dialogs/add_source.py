"""Case → Add source…: a file (or the clipboard's text) read in a child process, then described.

The file is read by `models.sources.extract_file` in a child process (ui/common/source_reader.py)
with a progress bar and Cancel, so the window keeps painting however large the file. Then the
dialog shows what was read: the metadata prefilled from the file (all editable) and the first
lines of the text, as plain text. Add puts it in the store through `commands.add_source`; a file
that cannot be read shows its one sentence, and nothing is added.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.sources import ExtractedSource
from ui.common import commands, source_reader
from ui.common.icons import icon
from ui.common.messages import problem_label
from ui.common.session import CaseSession

PREVIEW_LINES = 12
Read = tuple  # what to read: see ui.common.source_reader.Request


def read_path(path: str) -> Read:
    """A read of a file on disk."""
    return ("path", path)


def read_text(text: str, name: str) -> Read:
    """A read of pasted text, as a plain-text source (markup in it stays text)."""
    return ("text", text, name)


class Extraction(QObject):
    """A read of one source in a child process; says how far it is and how it ended.

    A thread of ours waits on the child's messages (waiting holds no lock) and passes them on
    as signals, which Qt delivers on the GUI thread.
    """

    progressed = Signal(int)  # per mille
    succeeded = Signal(object)  # ExtractedSource
    failed = Signal(str)  # the sentence naming the file and what is wrong
    cancelled = Signal()

    def __init__(self, read: Read, parent: QObject | None = None):
        super().__init__(parent)
        self._read = read
        self._process = self._cancel = None
        self._last = -1
        self._listener: threading.Thread | None = None

    def start(self) -> None:
        """Begin reading, in a child process."""
        self._process, receiving, self._cancel = source_reader.start(self._read)
        self._listener = threading.Thread(
            target=self._listen, args=(receiving,), name="source-listener", daemon=True
        )
        self._listener.start()

    def running(self) -> bool:
        """Whether the child is still reading."""
        return self._process is not None and self._process.is_alive()

    def cancel(self) -> None:
        """Ask the read to stop at its next step."""
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, seconds: float = 5.0) -> bool:
        """Wait for the child and the listener to end; a child that does not stop is ended."""
        if self._process is None:
            return True
        self._process.join(seconds)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(seconds)
        if self._listener is not None:
            self._listener.join(seconds)
        return not self._process.is_alive()

    def _listen(self, receiving) -> None:
        # On the listener thread: only reading the pipe and emitting signals.
        ended = False
        try:
            while True:
                message = receiving.recv()
                kind = message[0]
                if kind == "progress":
                    done, total = message[1], message[2]
                    share = 1000 * done // total if total else 0
                    if share != self._last:
                        self._last = share
                        self.progressed.emit(share)
                    continue
                ended = True
                if kind == "done":
                    self.succeeded.emit(message[1])
                elif kind == "cancelled":
                    self.cancelled.emit()
                elif kind == "failed":
                    self.failed.emit(message[1])
                else:
                    self.failed.emit(
                        self.tr("The file could not be read: %1").replace("%1", message[1])
                    )
                break
        except (EOFError, OSError):
            if not ended:  # the child died without a word (killed, out of memory)
                if self._cancel is not None and self._cancel.is_set():
                    self.cancelled.emit()
                else:
                    self.failed.emit(self.tr("The file could not be read: its reader stopped."))
        finally:
            receiving.close()


class AddSourceDialog(QDialog):
    """Reads a source with a progress bar and Cancel, then lets the user describe and add it."""

    def __init__(self, session: CaseSession, read: Read, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addSourceDialog")
        self.setWindowTitle(self.tr("Add source"))
        self.setWindowIcon(icon("source"))
        self.setMinimumWidth(620)
        self._session = session
        self.extracted: ExtractedSource | None = None
        self.source_id: int | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._reading_page(name))
        self.pages.addWidget(self._details_page())
        self.pages.addWidget(self._problem_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.extraction = Extraction(read, self)
        self.extraction.progressed.connect(self.progress.setValue)
        self.extraction.succeeded.connect(self._read)
        self.extraction.failed.connect(self._failed)
        self.extraction.cancelled.connect(self.reject)
        self.finished.connect(lambda _result: self._stop())
        self.extraction.start()

    # --- pages -----------------------------------------------------------------------------

    def _reading_page(self, name: str) -> QWidget:
        page = QWidget()
        reading = QLabel(self.tr("Reading “%1”…").replace("%1", name))
        reading.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("extractionProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelExtraction")
        self.cancel_button.clicked.connect(self.cancel)
        column = QVBoxLayout(page)
        column.addWidget(reading)
        column.addWidget(self.progress)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        return page

    def _details_page(self) -> QWidget:
        page = QWidget()
        self.fields = {
            key: QLineEdit()
            for key in ("title", "publisher", "url", "date", "language", "quality_note")
        }
        for key, box in self.fields.items():
            box.setObjectName(f"source_{key}")
        self.fields["date"].setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.fields["url"].setPlaceholderText("https://")
        self.fields["language"].setPlaceholderText(self.tr("e.g. en"))
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("sourcePreview")
        self.preview.setReadOnly(True)
        self.preview.setFixedHeight(self.preview.fontMetrics().lineSpacing() * 9 + 14)
        self.problem = problem_label()
        form = QFormLayout()
        for key, label in (
            ("title", self.tr("&Title")),
            ("publisher", self.tr("&Publisher")),
            ("url", self.tr("&URL")),
            ("date", self.tr("&Date")),
            ("language", self.tr("&Language")),
            ("quality_note", self.tr("&Quality note")),
        ):
            form.addRow(label, self.fields[key])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add source"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(self.about)
        column.addWidget(QLabel(self.tr("The text begins:")))
        column.addWidget(self.preview)
        column.addWidget(self.problem)
        column.addWidget(buttons)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget()
        self.error = QLabel()
        self.error.setObjectName("sourceError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        nothing = QLabel(self.tr("Nothing was added to the case."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(page)
        column.addWidget(self.error)
        column.addWidget(nothing)
        column.addStretch(1)
        column.addWidget(close)
        return page

    # --- the read --------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop reading; the dialog closes once the reader has stopped."""
        self.cancel_button.setEnabled(False)
        self.extraction.cancel()

    def _stop(self) -> None:
        self.extraction.cancel()
        self.extraction.wait()

    def _read(self, source: ExtractedSource) -> None:
        self.extracted = source
        stem = Path(source.file_name).stem
        values = {
            "title": source.title or stem,
            "publisher": source.publisher,
            "url": source.url,
            "date": source.date,
            "language": source.language,
            "quality_note": "",
        }
        for key, value in values.items():
            self.fields[key].setText(value or "")
        facts = [
            self.tr("%n characters", None, len(source.text)),
            source.extractor,
        ]
        if source.encoding:
            facts.append(source.encoding)
        self.about.setText(" · ".join(facts))
        self.preview.setPlainText("\n".join(source.text.split("\n")[:PREVIEW_LINES]))
        self.pages.setCurrentIndex(1)
        self.fields["title"].setFocus()
        self.fields["title"].selectAll()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.pages.setCurrentIndex(2)

    def values(self) -> dict[str, str | None]:
        """The metadata as edited (empty fields: None)."""
        return {key: box.text().strip() or None for key, box in self.fields.items()}

    def accept(self) -> None:
        """Add the source to the open case; stay open (saying why) if it needs a title."""
        source = self.extracted
        if source is None:
            return
        values = self.values()
        if not values["title"]:
            self.problem.setText(self.tr("A source needs a title."))
            self.problem.show()
            self.fields["title"].setFocus()
            return
        self.source_id = commands.add_source(
            self._session,
            source.text,
            title=values["title"],
            publisher=values["publisher"],
            url=values["url"],
            date=values["date"],
            language=values["language"],
            quality_note=values["quality_note"],
            file_name=source.file_name,
            file_sha256=source.sha256,
            extractor=source.extractor,
            encoding=source.encoding,
        )
        if self.source_id is None:  # refused: the session said why; the fields stay
            self.problem.setText(self.tr("The source was not added; see the message above."))
            self.problem.show()
            return
        super().accept()
