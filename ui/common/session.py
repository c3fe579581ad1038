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
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
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

    caseLoaded = Signal(object)  # CaseSnapshot: a (new) case is on screen
    caseChanged = Signal(object)  # Change: an edit, undo or redo was committed
    editFailed = Signal(str)  # a sentence for the user: what was refused and that nothing changed
    readFailed = Signal(str)  # a sentence for the user: what could not be read from the store, why
    stepped = Signal(str)  # a sentence for the user: the edit just made, undone or redone

    def __init__(self, store: Store, author: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author or login_name()
        self.undo_stack = QUndoStack(self)
        self.snapshot: CaseSnapshot | None = None
        self.selection = Selection(self)  # the current claim and evidence record
        self.last_refusal = ""  # the last sentence editFailed or readFailed said
        self._put_back_to: int | None = None  # where a refused undo or redo leaves the stack
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
        snapshot = self.read(what, lambda store: library.snapshot(store, slug))
        if snapshot is None:
            return None
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
        """Patch the snapshot with what an edit touched (a whole reload if claims came or went)."""
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

    def perform(self, text: str, edit: Edit) -> Change | None:
        """Run an edit now and make it undoable as `text`; None (the user is told) if refused."""
        change = self.apply(edit)
        if change is None:
            return None
        if change.inverse is None:  # every domain edit returns one; a new one must, too
            raise TypeError(f"{change.summary!r} cannot be undone: the edit gave no inverse")
        self.undo_stack.push(EditCommand(self, text, change))
        self.stepped.emit(text)
        return change

    def apply(self, edit: Edit, whole: bool = False) -> Change | None:
        """Run an edit that is not undone (naming the student of a copy); None if refused.

        `whole`: re-read the whole case after it (it touched what a partial refresh skips).
        """
        try:
            return self._apply(edit, whole)
        except (StoreError, EditRefused) as exc:
            self._refused(str(exc))
            return None

    def read(self, what: str, reader: Callable[[Store], T]) -> T | None:
        """Read the store for a slot; None if it cannot be read (the banner says `what`, why)."""
        try:
            return reader(self.store)
        except StoreError as exc:
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

    def _apply(self, edit: Edit, whole: bool = False) -> Change:
        change = edit(self.store, self.author)
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
        with contextlib.suppress(StoreError):
            self.reload()
        if self.snapshot is not None:
            self.selection.keep_to(self.snapshot)
            self.caseLoaded.emit(self.snapshot)
        self.editFailed.emit(message)
