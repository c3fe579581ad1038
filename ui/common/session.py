"""The one place where domain edits become undoable commands and Qt signals.

Every edit in the window is a named command of `ui.common.commands`, which goes through
`CaseSession.perform()`: it runs the domain edit at once (so the store holds the edit before the
screen shows it), pushes a thin command onto the undo stack, re-reads what changed and emits one
signal with the `Change`. The command's undo runs the inverse the edit returned (read in the
edit's own transaction), and the `Change` that answers carries the inverse for redo, and so on.
If the store refuses, nothing is pushed, the user is told why, and the screen is re-read from
the store, so it never shows an edit the store does not hold. A refused undo or redo leaves the
history as it was, the command in its place, to be tried again. A slot that reads the store
goes through `CaseSession.read`, which turns a store failure into the same message.

An edit made from a stale picture (a colleague changed the same thing since the snapshot was
read) raises `Conflict` in the store and writes nothing: `perform` asks `conflict_resolver` (the
window's conflict dialog) whether to keep the colleague's value, apply the user's own or a
merge, and only then writes, over the colleague's version. An undo whose thing a colleague
changed since is refused the same way: nothing changes and the step stays, doing nothing.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models import library
from models.authors import login_name
from models.snapshot import CaseSnapshot, paused_gc, refresh_case
from models.store import Store, StoreError, StoreReadOnly, StoreUnreachable
from ui.common.selection import Selection
from ui.common.translation import Context

if TYPE_CHECKING:
    # The edits (models.edit_log and the mapped classes they write through) are imported by
    # the first edit, not by the first paint (tests/ui/window/test_startup.py).
    from models.edit_log import Change, Conflict

log = logging.getLogger(__name__)

Edit = Callable[[Store, "str | None"], "Change"]  # a domain edit, given the store and the author
# Asked when an edit conflicts: the values to write (mine, or a merge), or None to keep theirs.
Resolver = Callable[["Conflict", str], "dict | None"]
T = TypeVar("T")


class EditCommand(QUndoCommand):
    """A thin undoable edit: undo() runs the edit's inverse, redo() the inverse of that."""

    def __init__(self, session: CaseSession, text: str, change: Change):
        super().__init__(text)
        self._session = session
        self.next: Edit | None = change.inverse  # what the next undo (or redo) runs
        self._skip_first_redo = True  # perform() already ran the edit, before pushing

    def redo(self) -> None:
        """Apply the edit again."""
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._session._step(self, undoing=False)

    def undo(self) -> None:
        """Revert the edit."""
        self._session._step(self, undoing=True)


class CaseSession(QObject):
    """The open case: its store, snapshot, undo stack, selection and the edit signals."""

    caseLoaded = Signal(object)  # CaseSnapshot: a (new) case is on screen; None: no case is
    caseChanged = Signal(object)  # Change: an edit, undo or redo was committed
    editFailed = Signal(str)  # a sentence for the user: what was refused and that nothing changed
    readFailed = Signal(str)  # a sentence for the user: what could not be read from the store, why
    stepped = Signal(str)  # a sentence for the user: the edit just made, undone or redone
    connectionLost = Signal(str)  # the server went out of reach: why (edits refused meanwhile)
    connectionBack = Signal()  # it answers again; the case was re-read
    colleaguesEdited = Signal(list)  # [Event]: colleagues' edits just caught up with (catch_up)
    # A conflict was settled: (Conflict, the values written, or None when theirs were kept).
    # A field showing the user's text then shows what the store holds.
    conflictSettled = Signal(object, object)

    def __init__(self, store: Store, author: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author or login_name()
        self.undo_stack = QUndoStack(self)
        self.snapshot: CaseSnapshot | None = None
        self.selection = Selection(self)  # the current claim and evidence record
        self.last_refusal = ""  # the last sentence editFailed or readFailed said
        self._put_back_to: int | None = None  # where a refused undo or redo leaves the stack
        self.unreachable = ""  # while the server is out of reach: why (edits are refused)
        self.conflict_resolver: Resolver | None = None  # None: a conflict is only refused
        self.seen_seq = 0  # the last event of the open case's feed that the snapshot holds
        self.undo_stack.indexChanged.connect(self._put_back)

    @property
    def slug(self) -> str | None:
        """The slug of the open case."""
        return self.snapshot.slug if self.snapshot else None

    def open_case(self, slug: str) -> CaseSnapshot | None:
        """Load a case and show it; the undo history starts afresh.

        None if the store cannot be read (the user is told); CaseNotFound if it has no such case.
        """
        what = self.tr("The case %1 cannot be opened:").replace("%1", slug)
        # The feed's number is read before the case, so no event is missed in between (one
        # read twice is harmless). Reading the case and the views' indexes of it make plain data
        # only (see paused_gc).
        with paused_gc():
            read = self.read(what, lambda store: _snapshot_and_seq(store, slug))
            if read is None:
                return None
            snapshot, self.seen_seq = read
            self.undo_stack.clear()
            self.snapshot = snapshot
            self.selection.keep_to(snapshot)
            self.caseLoaded.emit(snapshot)
        return snapshot

    def close_case(self) -> None:
        """No case is open any more (the last one was deleted): every view shows none."""
        self.undo_stack.clear()
        self.snapshot = None
        self.seen_seq = 0
        self.selection.keep_to(None)
        self.caseLoaded.emit(None)

    def reload(self) -> None:
        """Re-read the open case from the store."""
        if self.snapshot is not None:
            self.snapshot = library.snapshot(self.store, self.snapshot.slug)

    def refresh(self, change: Change) -> None:
        """Patch the snapshot with what an edit touched (a whole reload if claims came or went)."""
        from models.case_edits import case_slug

        if self.snapshot is None:
            return
        if (
            change.whole_case or change.sources
        ):  # the case's title, slug, sides, sources or a revision: re-read it all
            self.snapshot = library.snapshot(self.store, case_slug(self.store, change.case_id))
            return
        # refresh_case answers None when claims came or went (the reading order changed);
        # links, evidence records and tags that came or went it patches or re-reads itself.
        with self.store.reading() as session:
            fresh = refresh_case(
                session,
                self.snapshot,
                claims=change.claims,
                evidence=change.evidence,
                links=change.links,
                tags=bool(change.tags),
            )
        if fresh is None:
            self.reload()
        else:
            self.snapshot = fresh

    def catch_up(self) -> list:
        """Apply colleagues' edits from the feed since `seen_seq`; return their events.

        Only what each event touched is re-read (as for the window's own edits), and one
        caseChanged repaints it, so the selection and the scroll position stay. The events this
        store wrote itself are skipped. `colleaguesEdited` names the others.
        """
        from models.feed import events_after
        from models.live import change_of, merge_changes

        if self.snapshot is None:
            return []
        case_id, after = self.snapshot.id, self.seen_seq
        what = self.tr("Colleagues' edits cannot be shown:")
        events = self.read(what, lambda store: events_after(store, case_id, after))
        if not events:
            return []
        self.seen_seq = max(self.seen_seq, events[-1].seq)
        written = self.store.written
        theirs = [e for e in events if (case_id, e.seq) not in written]
        written.difference_update((case_id, e.seq) for e in events)
        change = merge_changes(change_of(e) for e in theirs)
        if change is None:
            return []
        try:
            self.refresh(change)
        except StoreError as exc:
            log.warning("could not re-read the case after a colleague's edit: %s", exc)
            return []
        if change.structure:
            self.selection.keep_to(self.snapshot)
        self.caseChanged.emit(change)
        self.colleaguesEdited.emit(theirs)
        return theirs

    def perform(self, text: str, edit: Edit) -> Change | None:
        """Run an edit now and make it undoable as `text`; None (the user is told) if refused.

        A conflict with a colleague's edit is settled first (`conflict_resolver`); keeping
        theirs makes no edit (None).
        """
        from models.edit_log import Conflict

        try:
            change = self.apply(edit, conflicts=False)
        except Conflict as conflict:
            change = self._settle(text, conflict)
        if change is None:
            return None
        if change.inverse is None:  # every domain edit returns one; a new one must, too
            raise TypeError(f"{change.summary!r} cannot be undone: the edit gave no inverse")
        self.undo_stack.push(EditCommand(self, text, change))
        self.stepped.emit(text)
        return change

    def apply(self, edit: Edit, whole: bool = False, conflicts: bool = True) -> Change | None:
        """Run an edit that is not undone (naming the student of a copy); None if refused.

        `whole`: re-read the whole case after it (it touched what a partial refresh skips).
        `conflicts`: a conflict is refused like any refusal (False: raised to the caller).
        """
        from models.edit_log import Conflict, EditRefused

        try:
            return self._apply(edit, whole)
        except Conflict as conflict:
            if not conflicts:
                raise
            self._refused(conflict_sentence(conflict))
            return None
        except (StoreError, EditRefused) as exc:
            self._refused(str(exc))
            return None

    def _settle(self, text: str, conflict: Conflict) -> Change | None:
        """Ask what to do about a conflict, and write the answer over the colleague's version."""
        from models.edit_log import Conflict, EditRefused

        while True:
            if self.conflict_resolver is None:
                self._refused(conflict_sentence(conflict))
                return None
            values = self.conflict_resolver(conflict, text)
            if values is None:  # keep theirs: nothing is written; the screen shows theirs
                self._show_store()
                self.conflictSettled.emit(conflict, None)
                who = conflict.author or self.tr("A colleague")
                self.stepped.emit(
                    self.tr("Kept %1’s version: %2").replace("%1", who).replace("%2", text)
                )
                return None
            try:
                change = self._apply(
                    lambda store, author, c=conflict, v=values: c.apply(store, author, v)
                )
            except Conflict as again:  # a third edit came in meanwhile: ask again
                conflict = again
            except (StoreError, EditRefused) as exc:
                self._refused(str(exc))
                return None
            self.conflictSettled.emit(conflict, values)
            return change

    def read(self, what: str, reader: Callable[[Store], T]) -> T | None:
        """Read the store for a slot; None if it cannot be read (the banner says `what`, why)."""
        try:
            return reader(self.store)
        except StoreError as exc:
            if isinstance(exc, StoreUnreachable):
                self.lose_connection(str(exc))
            message = f"{what} {exc}"
            log.warning("store not read: %s", message)
            self.last_refusal = message
            self.readFailed.emit(message)
            return None

    def refuse(self, message: str) -> bool:
        """Tell the user an edit cannot be made, before it reaches the store; return False."""
        log.info("edit not made: %s", message)
        self.last_refusal = message
        self.editFailed.emit(message)
        return False

    def lose_connection(self, why: str) -> None:
        """The server is out of reach: edits are refused until `regain_connection`."""
        first = not self.unreachable
        self.unreachable = why
        if first:
            log.warning("store out of reach: %s", why)
            self.connectionLost.emit(why)

    def regain_connection(self) -> None:
        """The server answers again: re-read the case (what colleagues did meanwhile) and say so."""
        if not self.unreachable:
            return
        self.unreachable = ""
        log.info("store reachable again")
        with contextlib.suppress(StoreError):
            self.reload()
        if self.snapshot is not None:
            self.selection.keep_to(self.snapshot)
            self.caseLoaded.emit(self.snapshot)
        self.connectionBack.emit()

    def _check_writable(self) -> None:
        # Said before the store is asked: on a read-only role, or while the server is out of
        # reach (a connection attempt could take CONNECT_TIMEOUT_S, on the GUI thread).
        if self.store.read_only:
            raise StoreReadOnly(self.store.read_only_sentence())
        if self.unreachable:
            raise StoreUnreachable(
                self.tr(
                    "The store cannot be reached, so nothing was changed; Counterpoint is "
                    "reconnecting. Make the edit again once the connection is back."
                )
            )

    def _apply(self, edit: Edit, whole: bool = False) -> Change:
        self._check_writable()
        try:
            change = edit(self.store, self.author)
        except StoreUnreachable as exc:
            self.lose_connection(str(exc))
            raise
        try:
            self.reload() if whole else self.refresh(change)
        except StoreError as exc:  # committed, but not re-read: show the truth once it reads
            log.warning("could not re-read the case after an edit: %s", exc)
        if change.structure:
            self.selection.keep_to(self.snapshot)
        self.caseChanged.emit(change)
        return change

    def _step(self, command: EditCommand, undoing: bool) -> None:
        """Undo or redo one command for the stack; a refusal keeps the history as it was."""
        from models.edit_log import Conflict, EditRefused

        if self._put_back_to is not None or command.next is None:
            return  # after a refusal in this same undo, or an edit no longer possible: no-op
        name = command.text()
        try:
            change = self._apply(command.next)
        except StoreError as exc:
            # The store could not take it (locked, full, gone): nothing changed, so the
            # command stays where it was and the stack goes back there (_put_back), for a retry.
            position = next(
                i for i in range(self.undo_stack.count()) if self.undo_stack.command(i) is command
            )
            self._put_back_to = position + 1 if undoing else position
            text = self.tr("“%1” was not undone: %2 It stays in the history: undo it again later.")
            if not undoing:
                text = self.tr(
                    "“%1” was not redone: %2 It stays in the history: redo it again later."
                )
            self._refused(text.replace("%1", name).replace("%2", str(exc)))
            return
        except Conflict as conflict:
            # A colleague changed the thing since this edit (or its undo): putting the old value
            # back would overwrite theirs. Nothing changes; the step stays, doing nothing.
            command.next = None
            command.setText(self.tr("%1 (no longer possible)").replace("%1", name))
            text = (
                self.tr("“%1” was not undone: %2")
                if undoing
                else self.tr("“%1” was not redone: %2")
            )
            self._refused(text.replace("%1", name).replace("%2", conflict_sentence(conflict)))
            return
        except EditRefused as exc:
            # What it acts on is gone: it stays in the history as a step that does nothing,
            # so the steps before it can still be undone.
            command.next = None
            command.setText(self.tr("%1 (no longer possible)").replace("%1", name))
            text = self.tr(
                "“%1” can no longer be undone or redone: %2 The rest of the history is kept."
            )
            self._refused(text.replace("%1", name).replace("%2", str(exc)))
            return
        command.next = change.inverse
        done = self.tr("Undone: %1") if undoing else self.tr("Redone: %1")
        self.stepped.emit(done.replace("%1", name))

    def _put_back(self, index: int) -> None:
        # The stack has finished an undo or redo that the store refused: go back to where the
        # refused command still stands (its redo or undo is skipped, so nothing runs).
        target = self._put_back_to
        if target is None:
            return
        if index != target:
            self.undo_stack.setIndex(target)  # emits indexChanged(target): handled just below
        else:
            self._put_back_to = None

    def _refused(self, message: str) -> None:
        log.warning("edit refused: %s", message)
        self.last_refusal = message
        self._show_store()
        self.editFailed.emit(message)

    def _show_store(self) -> None:
        """Re-read the case and show it as the store holds it (out of reach: the snapshot stays
        the last the store held)."""
        if not self.unreachable:
            with contextlib.suppress(StoreError):
                self.reload()
        if self.snapshot is not None:
            self.selection.keep_to(self.snapshot)
            self.caseLoaded.emit(self.snapshot)


Conflicts = Context("Conflicts")


def _snapshot_and_seq(store: Store, slug: str) -> tuple[CaseSnapshot, int]:
    """The case and the number of the last event it holds (read first: none slips between)."""
    from sqlalchemy import select

    from models.tables import CASE_TABLE, Case, CaseSeq

    with store.reading() as s:
        seq = s.execute(
            select(CaseSeq.n).join(CASE_TABLE, Case.id == CaseSeq.case_id).where(Case.slug == slug)
        ).scalar()
    return library.snapshot(store, slug), seq or 0


def when(at) -> str:
    """A time from the store (UTC), as the user reads it: local, to the minute."""
    if at is None:
        return ""
    if at.tzinfo is None:  # SQLite gives back the UTC it was given, without the zone
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def conflict_sentence(conflict: Conflict) -> str:
    """Say who changed the thing since, and when, and that nothing was changed."""
    who = conflict.author or Conflicts.tr("A colleague")
    if conflict.at is None:
        text = Conflicts.tr("%1 changed it since you last saw it; nothing was changed.")
        return text.replace("%1", who)
    text = Conflicts.tr("%1 changed it at %2, since you last saw it; nothing was changed.")
    return text.replace("%1", who).replace("%2", when(conflict.at))
