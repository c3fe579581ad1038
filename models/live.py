"""Hearing of colleagues' edits: a PostgreSQL listener, an SQLite change counter, and Changes.

Every committed event of the feed is announced on PostgreSQL with NOTIFY on `FEED_CHANNEL`,
its payload only "case_id:seq" (`models.edit_log.log_edit`, in the edit's own transaction, so
it is delivered at commit). `Listener` hears them on a dedicated autocommit psycopg connection,
outside SQLAlchemy's pool, in a thread of its own, and hands each one on as (case_id, seq).
Notifications are not replayed: after a reconnect it says so (`on_reconnect`), and the reader
catches up from the feed (`models.feed.events_after`) whatever it heard.

On SQLite, `DataVersion` reads `PRAGMA data_version` on a connection kept for it: the value
changes only when another connection commits, so a cheap poll says when to catch up.

`change_of(event)` turns a feed event into the `Change` that an edit of that kind returns,
so a colleague's edit repaints exactly what the window's own would have.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from models.edit_log import FEED_CHANNEL, Change

__all__ = ["DataVersion", "Listener", "change_of", "merge_changes", "parse_notice"]

log = logging.getLogger(__name__)

RECONNECT_FIRST_S = 0.2  # the first wait before trying the server again; doubled up to:
RECONNECT_MAX_S = 5.0
CONNECT_TIMEOUT_S = 5

# Claims came, went, were split or merged, or changed side: the reading order changes.
_CLAIM_STRUCTURE = {"create", "delete", "restore", "split", "merge", "unmerge", "side"}


def parse_notice(payload: str) -> tuple[int, int] | None:
    """(case_id, seq) from a notification's payload, None if it is not one of ours."""
    case, _, seq = payload.partition(":")
    try:
        return int(case), int(seq)
    except ValueError:
        return None


def _entity_ids(entity: str | None) -> tuple[str, list[int]]:
    if not entity:
        return "", []
    name, *ids = entity.split(":")
    try:
        return name, [int(i) for i in ids]
    except ValueError:
        return name, []


def change_of(event) -> Change:
    """The `Change` a feed event stands for: what the window re-reads and repaints.

    An event whose reach the feed does not spell out (a tag merged, a source revised, the
    case's fields) reads as a change of the whole case.
    """
    family, _, action = event.kind.partition(".")
    claims = frozenset(event.claims)
    name, ids = _entity_ids(event.entity)
    whole = Change(event.case_id, event.summary, claims, structure=True, whole_case=True)
    if family == "assessment":
        return Change(event.case_id, event.summary, claims)
    if family == "claim":
        return Change(event.case_id, event.summary, claims, structure=action in _CLAIM_STRUCTURE)
    if family == "link" and name == "link" and ids:
        structure = action in {"add", "remove"}
        links = frozenset(ids)
        return Change(event.case_id, event.summary, claims, links=links, structure=structure)
    if family == "tag" and name == "claim_tag" and len(ids) == 2:
        return Change(event.case_id, event.summary, claims, tags=frozenset(ids[1:]))
    if family == "evidence" and name == "claim_evidence" and len(ids) == 2:
        return Change(event.case_id, event.summary, claims, evidence=frozenset(ids[1:]))
    if family == "evidence" and name == "evidence" and ids and action == "fields":
        return Change(event.case_id, event.summary, claims, evidence=frozenset(ids))
    if family == "suggestion":
        return Change(event.case_id, event.summary, claims, suggestions=True)
    return whole


def merge_changes(changes: Iterable[Change]) -> Change | None:
    """One `Change` that touches what all of them touched (None: there were none)."""
    changes = list(changes)
    if not changes:
        return None
    first = changes[0]
    return Change(
        first.case_id,
        "; ".join(c.summary for c in changes),
        claims=frozenset().union(*(c.claims for c in changes)),
        links=frozenset().union(*(c.links for c in changes)),
        evidence=frozenset().union(*(c.evidence for c in changes)),
        tags=frozenset().union(*(c.tags for c in changes)),
        structure=any(c.structure for c in changes),
        whole_case=any(c.whole_case for c in changes),
        suggestions=any(c.suggestions for c in changes),
        sources=frozenset().union(*(c.sources for c in changes)),
    )


class Listener:
    """LISTEN on the feed's channel in a thread; call `on_notice(case_id, seq)` for each.

    The connection is psycopg's own (autocommit, not from the pool) and made from the engine's
    connect arguments. When it drops, the thread tries again (0.2 s, doubling up to 5 s). Each
    time it is (back) up, `on_reconnect()` is called, since what was sent while it was not
    listening is never delivered: the reader catches up from the feed.
    `on_state(connected)` says when it is up or down. The callbacks run on the thread.
    """

    def __init__(
        self,
        engine,
        on_notice: Callable[[int, int], None],
        on_reconnect: Callable[[], None] = lambda: None,
        on_state: Callable[[bool], None] = lambda _up: None,
    ):
        self._args, self._kwargs = engine.dialect.create_connect_args(engine.url)
        self._kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        self._on_notice = on_notice
        self._on_reconnect = on_reconnect
        self._on_state = on_state
        self._stop = threading.Event()
        self._conn = None
        self.connected = False
        self.backend_pid: int | None = None  # the server process serving the connection
        self._thread = threading.Thread(target=self._run, name="feed-listener", daemon=True)

    def start(self) -> Listener:
        """Connect and listen in the background."""
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop listening and close the connection."""
        self._stop.set()
        self._thread.join(timeout)

    def _connect(self):
        import psycopg

        conn = psycopg.connect(*self._args, **self._kwargs, autocommit=True)
        conn.execute(f"LISTEN {FEED_CHANNEL}")
        return conn

    def _run(self) -> None:
        import psycopg

        wait = RECONNECT_FIRST_S
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                log.info("feed listener cannot connect (%s); trying again in %.1f s", exc, wait)
                self._stop.wait(wait)
                wait = min(wait * 2, RECONNECT_MAX_S)
                continue
            wait = RECONNECT_FIRST_S
            self.backend_pid = conn.info.backend_pid
            self.connected = True
            self._on_state(True)
            self._on_reconnect()  # on the first connect too: what came before LISTEN is read
            try:
                while not self._stop.is_set():
                    for notice in conn.notifies(timeout=0.5):
                        if notice.channel != FEED_CHANNEL:
                            continue
                        parsed = parse_notice(notice.payload)
                        if parsed is not None:
                            self._on_notice(*parsed)
            except psycopg.Error as exc:
                log.info("feed listener lost its connection: %s", exc)
            finally:
                self.connected = False
                self.backend_pid = None
                with contextlib.suppress(psycopg.Error):
                    conn.close()
            if not self._stop.is_set():
                self._on_state(False)


class DataVersion:
    """SQLite's change counter for a store file, on a connection kept for reading it."""

    def __init__(self, path: Path):
        # Read-only, autocommit: this connection never writes, nor holds a transaction open.
        self._conn = sqlite3.connect(
            f"file:{Path(path).as_posix()}?mode=ro", uri=True, isolation_level=None
        )
        self._last = self._read()

    def _read(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """Whether another connection committed since the last call (or since opening)."""
        try:
            now = self._read()
        except sqlite3.Error as exc:  # a store being restored, a file gone: ask again later
            log.info("cannot read the store's change counter: %s", exc)
            return False
        changed, self._last = now != self._last, now
        return changed

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()
