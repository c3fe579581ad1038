"""Watching a server store: a heartbeat notices a lost server, retries with backoff find it back.

Every check runs on a worker thread (`Store.ping` may wait CONNECT_TIMEOUT_S for a server that
does not answer), so the window never blocks. While the server is out of reach the session
refuses every edit with a sentence that says so; once a check succeeds the session re-reads the
case (`CaseSession.regain_connection`) and the window's banner goes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from models.store import CONNECT_TIMEOUT_S, StoreUnreachable
from ui.common.background import BackgroundTask
from ui.common.session import CaseSession

log = logging.getLogger(__name__)


class StoreWatch(QObject):
    """Checks that the session's server answers; retries, with backoff, while it does not."""

    HEARTBEAT_MS = 15_000  # while connected: how often the server is asked whether it is there
    BACKOFF_MS = (500, 1_000, 2_000, 4_000, 8_000, 15_000)  # while not: the waits between tries

    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._task: BackgroundTask | None = None
        self._attempt = 0
        self._stopped = False
        self.attempts = 0  # checks made since the server was lost (for the banner and tests)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(self.HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.check)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.check)
        session.connectionLost.connect(self._lost)
        self._heartbeat.start()

    @property
    def retrying(self) -> bool:
        """Whether a retry is waiting or running."""
        return self._retry.isActive() or (self._task is not None and self._task.running)

    def check(self) -> None:
        """Ask the server, on a worker thread, whether it answers (one check at a time)."""
        if self._task is not None and self._task.running:
            return
        store = self._session.store
        if self._session.unreachable:
            self.attempts += 1
        task = BackgroundTask(lambda _job: store.ping(), self)
        task.succeeded.connect(lambda _result, s=store: self._answered(s))
        task.failed.connect(lambda exc, s=store: self._failed(s, exc))
        self._task = task
        task.start()

    def stop(self, wait: bool = False) -> None:
        """Stop checking (the window closes, or connects elsewhere).

        A check still under way is waited for only if `wait` (the window closing: its store is
        closed next); otherwise its answer, about a store the window has left, is ignored.
        """
        self._heartbeat.stop()
        self._retry.stop()
        self._stopped = True
        if wait and self._task is not None:
            self._task.wait(CONNECT_TIMEOUT_S + 1)

    def _answered(self, store) -> None:
        if self._stopped or store is not self._session.store:
            return  # a check of a store the window has since left
        if self._session.unreachable:
            self._attempt = 0
            self.attempts = 0
            self._session.regain_connection()

    def _failed(self, store, exc: BaseException) -> None:
        if self._stopped or store is not self._session.store:
            return
        if not isinstance(exc, StoreUnreachable):
            log.info("the store answered the check with an error: %s", exc)
            return
        if self._session.unreachable:
            self._schedule()
        else:
            self._session.lose_connection(str(exc))  # _lost schedules the first retry

    def _lost(self, _why: str) -> None:
        if self._stopped:
            return
        self._attempt = 0
        self._schedule()

    def _schedule(self) -> None:
        delay = self.BACKOFF_MS[min(self._attempt, len(self.BACKOFF_MS) - 1)]
        self._attempt += 1
        self._retry.start(delay)
