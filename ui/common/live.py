"""Live refresh: colleagues' edits reach the open window (the Qt half of `models.live`).

On PostgreSQL a `models.live.Listener` hears each committed event ("case_id:seq") on its own
thread; `LiveFeed` turns that into a signal on the GUI thread and, on the next turn of the event
loop (several notices at once make one catch-up), asks `CaseSession.catch_up` to read the feed
from the last event it holds. After the listener reconnects it catches up whatever it heard,
since notifications sent while it was away are lost. On an SQLite file it polls the file's
change counter (`PRAGMA data_version`) every 500 ms while the window is active, every 2 s while
it is not, and at once when it becomes active again.

`describe(events, snapshot)` is the status bar's sentence: who did what to which claim.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from models.snapshot import CaseSnapshot
from ui.common.labels import counted
from ui.common.session import CaseSession
from ui.common.translation import Context

log = logging.getLogger(__name__)

ACTIVE_POLL_MS = 500
IDLE_POLL_MS = 2000


ColleagueEdits = Context("ColleagueEdits")


class LiveFeed(QObject):
    """Keeps a window's case up to date with what colleagues commit to the same store."""

    noticed = Signal(int, int)  # (case_id, seq) heard from the server (queued from its thread)
    reconnected = Signal()  # the listener is back after a drop: catch up, whatever was heard
    connectionChanged = Signal(bool)  # the listener is up (True) or down

    def __init__(self, session: CaseSession, window: QWidget):
        super().__init__(window)
        self._session = session
        self._window = window
        self.listener = None
        self._counter = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.catch_up)
        self._poll = QTimer(self)
        store = session.store
        if store.engine.dialect.name == "postgresql":
            from models.live import Listener

            self.noticed.connect(self._noticed)
            self.reconnected.connect(self._soon.start)
            self.listener = Listener(
                store.engine,
                on_notice=self.noticed.emit,
                on_reconnect=self.reconnected.emit,
                on_state=self.connectionChanged.emit,
            ).start()
        elif store.file is not None:
            from models.live import DataVersion

            self._counter = DataVersion(store.file)
            self._poll.timeout.connect(self._check_counter)
            self._poll.start(ACTIVE_POLL_MS if window.isActiveWindow() else IDLE_POLL_MS)
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Poll fast while the window is active, and at once when it becomes active."""
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self._poll.setInterval(ACTIVE_POLL_MS)
            self._check_counter()
        elif watched is self._window and event.type() == QEvent.Type.WindowDeactivate:
            self._poll.setInterval(IDLE_POLL_MS)
        return False

    def _noticed(self, case_id: int, seq: int) -> None:
        session = self._session
        snapshot = session.snapshot
        if snapshot is None or case_id != snapshot.id or seq <= session.seen_seq:
            return
        if (case_id, seq) in session.store.written:
            return  # this window's own edit: the screen shows it already
        self._soon.start()

    def _check_counter(self) -> None:
        if self._counter is not None and self._counter.changed():
            self._soon.start()

    def catch_up(self) -> list:
        """Show what colleagues committed since the case's last event on screen."""
        if self._window.isVisible() and self._session.snapshot is not None:
            return self._session.catch_up()
        return []

    def stop(self) -> None:
        """Stop listening or polling (the window is closing)."""
        self._poll.stop()
        self._soon.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        if self._counter is not None:
            self._counter.close()
            self._counter = None


def _key(snapshot: CaseSnapshot | None, claim_id: int) -> str:
    if snapshot is not None:
        try:
            return snapshot.claim(claim_id).key
        except KeyError:
            pass
    return ColleagueEdits.tr("a claim")


def describe_one(event, snapshot: CaseSnapshot | None) -> str:
    """One colleague's edit in a sentence: "Ada marked us-3 unsupported"."""
    who = event.author or ColleagueEdits.tr("A colleague")
    keys = [_key(snapshot, c) for c in event.claims]
    key = keys[0] if keys else ""
    after = event.after or {}
    kind = event.kind
    if kind in ("assessment.status", "assessment.both") and after.get("status"):
        # The status as PRODUCT.md names it ("unsupported"), short enough for the status bar.
        text = ColleagueEdits.tr("%1 marked %2 %3").replace("%3", counted(after["status"]))
    elif kind == "assessment.rationale":
        text = ColleagueEdits.tr("%1 edited the rationale of %2")
    elif kind == "assessment.clear":
        text = ColleagueEdits.tr("%1 cleared the assessment of %2")
    elif kind in ("link.add", "link.remove", "link.relation") and len(keys) == 2:
        text = {
            "link.add": ColleagueEdits.tr("%1 linked %2 and %3"),
            "link.remove": ColleagueEdits.tr("%1 unlinked %2 and %3"),
            "link.relation": ColleagueEdits.tr("%1 changed the link between %2 and %3"),
        }[kind].replace("%3", keys[1])
    elif kind == "tag.apply" and key:
        text = ColleagueEdits.tr("%1 tagged %2")
    elif kind == "tag.remove" and key:
        text = ColleagueEdits.tr("%1 took a tag off %2")
    elif kind == "evidence.attach" and key:
        text = ColleagueEdits.tr("%1 attached evidence to %2")
    elif kind == "evidence.detach" and key:
        text = ColleagueEdits.tr("%1 detached evidence from %2")
    elif kind == "claim.create" and key:
        text = ColleagueEdits.tr("%1 added %2")
    elif kind == "claim.delete":
        text = ColleagueEdits.tr("%1 deleted a claim")
    elif kind.startswith("claim.") and key:
        text = ColleagueEdits.tr("%1 edited %2")
    else:
        text = ColleagueEdits.tr("%1 changed the case")
    return text.replace("%1", who).replace("%2", key)


def describe(events: list, snapshot: CaseSnapshot | None) -> str:
    """The status bar's sentence for colleagues' edits just shown (the last one, and how many)."""
    if not events:
        return ""
    text = describe_one(events[-1], snapshot)
    if len(events) > 1:
        # Short: the status bar's message place is narrow beside the tallies.
        text = (
            ColleagueEdits.tr("%1 (+%2 more)")
            .replace("%1", text)
            .replace("%2", str(len(events) - 1))
        )
    return text
