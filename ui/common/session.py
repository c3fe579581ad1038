"""The one place where domain edits become undoable commands and Qt signals.

Every edit in the window is a named command of `ui.common.commands`, which goes through
`CaseSession.perform()`: it runs the domain edit at once (so the store holds the edit before the
screen shows it), pushes a thin command onto the undo stack, re-reads what changed and emits one
signal with the `Change`. The command's undo runs the inverse the edit returned (read in the
edit's own transaction), and the `Change` that answers carries the inverse for redo, and so on.
If the store refuses, nothing is pushed, the user is told why, and the screen is re-read from
the store, so it never shows an edit the store does not hold.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models import library
from models.authors import login_name
from models.case_edits import case_slug
from models.edit_log import Change, EditRefused
from models.snapshot import CaseSnapshot, refresh_case
from models.store import Store, StoreError
from ui.common.selection import Selection

log = logging.getLogger(__name__)

Edit = Callable[[Store, "str | None"], Change]  # a domain edit, given the store and the author


class EditCommand(QUndoCommand):
    """A thin undoable edit: undo() runs the edit's inverse, redo() the inverse of that."""

    def __init__(self, session: CaseSession, text: str, change: Change):
        super().__init__(text)
        self._session = session
        self._next = change.inverse  # what the next undo (or redo) runs
        self._skip_first_redo = True  # perform() already ran the edit, before pushing

    def redo(self) -> None:
        """Apply the edit again."""
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._step()

    def undo(self) -> None:
        """Revert the edit."""
        self._step()

    def _step(self) -> None:
        change = self._session._run(self._next, in_stack=True)
        if change is not None:
            self._next = change.inverse


class CaseSession(QObject):
    """The open case: its store, snapshot, undo stack, selection and the edit signals."""

    caseLoaded = Signal(object)  # CaseSnapshot: a (new) case is on screen
    caseChanged = Signal(object)  # Change: an edit, undo or redo was committed
    editFailed = Signal(str)  # a sentence for the user: what was refused and that nothing changed

    def __init__(self, store: Store, author: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author or login_name()
        self.undo_stack = QUndoStack(self)
        self.snapshot: CaseSnapshot | None = None
        self.selection = Selection(self)  # the current claim and evidence record

    @property
    def slug(self) -> str | None:
        """The slug of the open case."""
        return self.snapshot.slug if self.snapshot else None

    def open_case(self, slug: str) -> CaseSnapshot:
        """Load a case and show it; the undo history starts afresh."""
        snapshot = library.snapshot(self.store, slug)
        self.undo_stack.clear()
        self.snapshot = snapshot
        self.selection.keep_to(snapshot)
        self.caseLoaded.emit(snapshot)
        return snapshot

    def reload(self) -> None:
        """Re-read the open case from the store."""
        if self.snapshot is not None:
            self.snapshot = library.snapshot(self.store, self.snapshot.slug)

    def refresh(self, change: Change) -> None:
        """Re-read what an edit touched (only those claims, unless claims came or went)."""
        if self.snapshot is None:
            return
        if change.whole_case:  # the case's title, slug, sides or sources: re-read it all
            self.snapshot = library.snapshot(self.store, case_slug(self.store, change.case_id))
            return
        # refresh_case answers None when claims came or went (the reading order changed);
        # evidence records and tags that came or went are re-read by it, far cheaper.
        with self.store.reading() as session:
            fresh = refresh_case(
                session,
                self.snapshot,
                claims=change.claims,
                evidence=change.evidence,
                links=bool(change.links),
                tags=bool(change.tags),
            )
        if fresh is None:
            self.reload()
        else:
            self.snapshot = fresh

    def perform(self, text: str, edit: Edit) -> Change | None:
        """Run an edit now and make it undoable as `text`; None (the user is told) if refused."""
        change = self._run(edit)
        if change is None:
            return None
        if change.inverse is None:  # every domain edit returns one; a new one must, too
            raise TypeError(f"{change.summary!r} cannot be undone: the edit gave no inverse")
        self.undo_stack.push(EditCommand(self, text, change))
        return change

    def refuse(self, message: str) -> bool:
        """Tell the user an edit cannot be made, before it reaches the store; return False."""
        log.info("edit not made: %s", message)
        self.editFailed.emit(message)
        return False

    def _run(self, edit: Edit | None, in_stack: bool = False) -> Change | None:
        try:
            if edit is None:
                raise EditRefused("This edit cannot be undone.")
            change = edit(self.store, self.author)
        except (StoreError, EditRefused) as exc:
            self._refused(str(exc), in_stack)
            return None
        try:
            self.refresh(change)
        except StoreError as exc:  # committed, but not re-read: show the truth once it reads
            log.warning("could not re-read the case after an edit: %s", exc)
        if change.structure:
            self.selection.keep_to(self.snapshot)
        self.caseChanged.emit(change)
        return change

    def _refused(self, message: str, in_stack: bool) -> None:
        log.warning("edit refused: %s", message)
        if in_stack:
            # An undo or redo failed: the stack no longer matches the store, so its history
            # starts afresh. Deferred, because this runs inside the stack's own undo() or redo().
            # A new edit that is refused changed nothing, and the history stays as it was.
            QTimer.singleShot(0, self.undo_stack.clear)
        with contextlib.suppress(StoreError):
            self.reload()
        if self.snapshot is not None:
            self.selection.keep_to(self.snapshot)
            self.caseLoaded.emit(self.snapshot)
        self.editFailed.emit(message)
