"""The Case history dock: every edit of the case from its feed, newest first, by author and date.

Created when first asked for (Edit → Case history). It reads the feed through the session
(`CaseSession.read`): the whole filtered history when the case or the filter changes, and after
an edit only the events numbered above the last one it showed (`models.feed.events_after`).
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import feed
from models.feed import Event
from models.snapshot import CaseSnapshot
from ui.common.history_words import describe
from ui.common.session import CaseSession

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)

_NO_LIMIT = QDate(2000, 1, 1)  # a date box at its minimum means "no limit"


def _date_box(special: str) -> QDateEdit:
    box = QDateEdit()
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    box.setMinimumDate(_NO_LIMIT)
    box.setSpecialValueText(special)
    box.setDate(_NO_LIMIT)
    return box


def _local_midnight(day: QDate) -> datetime:
    """The start of a local day, in UTC (the store's time)."""
    local = datetime.combine(day.toPython(), time()).astimezone()
    return local.astimezone(UTC)


class CaseHistory(QWidget):
    """Every edit of the open case, newest first, filterable by author and date range."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._last_seq = 0  # the last event shown: an edit adds only those after it
        self.author = QComboBox()
        self.author.setAccessibleName(self.tr("Author"))
        self.since = _date_box(self.tr("any day"))
        self.since.setAccessibleName(self.tr("From"))
        self.until = _date_box(self.tr("today"))
        self.until.setAccessibleName(self.tr("Until"))
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Edits of the case"))
        self.events.setWordWrap(True)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        # Two rows: the dock is narrow, and no box may be cut off.
        by, dates = QHBoxLayout(), QHBoxLayout()
        by.addWidget(QLabel(self.tr("By")))
        by.addWidget(self.author, 1)
        for label, box in ((self.tr("From"), self.since), (self.tr("until"), self.until)):
            dates.addWidget(QLabel(label))
            dates.addWidget(box, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(by)
        column.addLayout(dates)
        column.addWidget(self.events, 1)
        column.addWidget(self.count)

        self.author.activated.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.until.dateChanged.connect(lambda _d: self.reload())
        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)
        self._case_loaded(session.snapshot)

    # --- the filter --------------------------------------------------------------------------

    def _filter(self) -> dict:
        author = self.author.currentData()
        since = None if self.since.date() == _NO_LIMIT else _local_midnight(self.since.date())
        until = None
        if self.until.date() != _NO_LIMIT:
            until = _local_midnight(self.until.date().addDays(1))  # the whole last day
        return {"author": author, "since": since, "until": until}

    def _keeps(self, event: Event, author, since, until) -> bool:
        at = event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)
        return (
            (author is None or event.author == author)
            and (since is None or at >= since)
            and (until is None or at < until)
        )

    def set_filter(self, author: str | None = None, since=None, until=None) -> None:
        """Show only `author`'s edits (None: everyone's) from day `since` to `until` (QDate)."""
        index = self.author.findData(author) if author is not None else 0
        self.author.setCurrentIndex(max(0, index))
        self.since.setDate(since or _NO_LIMIT)
        self.until.setDate(until or _NO_LIMIT)
        self.reload()

    # --- reading -----------------------------------------------------------------------------

    def _fill_authors(self, case_id: int) -> None:
        chosen = self.author.currentData()
        names = self._session.read(
            self.tr("The case's authors cannot be read:"),
            lambda store: feed.authors(store, case_id),
        )
        self.author.clear()
        self.author.addItem(self.tr("everyone"), None)
        for name in names or []:
            self.author.addItem(name, name)
        self.author.setCurrentIndex(max(0, self.author.findData(chosen)) if chosen else 0)

    def reload(self) -> None:
        """Read the case's history again, with the filter."""
        snapshot = self._session.snapshot
        self.events.clear()
        if snapshot is None:
            self.count.setText("")
            return
        case_id, chosen = snapshot.id, self._filter()
        events = self._session.read(
            self.tr("The history of the case cannot be read:"),
            lambda store: feed.case_history(store, case_id, **chosen),
        )
        self._last_seq = (
            self._session.read(
                self.tr("The history of the case cannot be read:"),
                lambda store: feed.last_seq(store, case_id),
            )
            or 0
        )
        for event in reversed(events or []):
            self.events.addItem(QListWidgetItem(describe(event, snapshot)))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Edits shown: %1").replace("%1", str(self.events.count())))

    def _case_loaded(self, snapshot: CaseSnapshot | None) -> None:
        if snapshot is not None:
            self._fill_authors(snapshot.id)
        self.reload()

    def _case_changed(self, _change: Change) -> None:
        """After an edit: the events after the last one shown, newest at the top."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return
        case_id, after = snapshot.id, self._last_seq
        events = self._session.read(
            self.tr("The history of the case cannot be read:"),
            lambda store: feed.events_after(store, case_id, after),
        )
        if not events:
            return
        self._last_seq = events[-1].seq
        if any(e.author and self.author.findData(e.author) < 0 for e in events):
            self._fill_authors(case_id)
        chosen = self._filter()
        for event in events:
            if self._keeps(event, **chosen):
                self.events.insertItem(0, QListWidgetItem(describe(event, snapshot)))
        self._show_count()
