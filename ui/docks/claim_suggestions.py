"""Suggested claims in the source view: sentences outlined, accepted or rejected with one key.

With "Suggest claims" on, the shown source's sentences (`models.suggest_claims`) are outlined
over the claim spans, except those the analyst rejected and those already a claim. In the text,
A accepts the suggestion under the cursor (or every suggestion in the selection) to the
allegation, R to the response, X rejects it. An accepted claim takes the suggested speaker and
the kind suggested for its side.

The toggle's menu splits the sentences further into clauses (at ";", ":" and contrastive
conjunctions). An outlined suggestion's ends can be dragged with the mouse (the pointer turns
into a resize arrow over an end); the dragged span is trimmed to its words when let go, and is
what A and R then accept. A dragged suggestion never overlaps its neighbours.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QToolButton

from ui.common import commands
from ui.common.icons import icon
from ui.common.session import CaseSession

if TYPE_CHECKING:  # the splitter loads when suggestions are first asked for
    from models.suggest_claims import ClaimSuggestion

KEYS = {Qt.Key.Key_A: "allegation", Qt.Key.Key_R: "response"}
GRAB = 4  # pixels either side of a suggestion's end where the mouse takes hold of it


def rejected_spans(session: CaseSession, source_id: int) -> set[tuple[int, int]]:
    """The (start, end) spans of a source whose suggestion the analyst rejected."""
    from models.suggestion_edits import rejected_claim_spans

    return set(rejected_claim_spans(session.store, source_id))


def kind_for(quote: str, role: str) -> str:
    """The kind the cue words suggest for a claim of that side."""
    from models.suggest_claims import suggest_kind

    return suggest_kind(quote, role)


class ClaimSuggestions(QObject):
    """The source view's suggested claims: what is shown, and the keys that act on them."""

    claimAccepted = Signal(int)  # the id of a claim made from a suggestion

    def __init__(self, session: CaseSession, dock, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._dock = dock  # the SourceTextDock whose text and highlighter these are
        self._all: list[ClaimSuggestion] = []  # of the shown source, before filtering
        self._all_for: int | None = None
        self.shown: list[ClaimSuggestion] = []  # by start, disjoint
        self._painted: int | None = None  # the source whose suggestions the text shows
        self.toggle = QToolButton()
        self.toggle.setObjectName("suggestClaims")
        self.toggle.setCheckable(True)
        self.toggle.setIcon(icon("claim"))
        self.toggle.setText(self.tr("Suggest claims"))
        self.toggle.setToolTip(
            self.tr(
                "Outline the source's sentences as suggested claims: A accepts one to the "
                "allegation, R to the response, X rejects it (a selection: all in it)"
            )
        )
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(lambda _on: self.refresh())  # (not the bool as rehighlight)
        self.clauses = QAction(self.tr("Split into clauses"), self)
        self.clauses.setObjectName("suggestClauses")
        self.clauses.setCheckable(True)
        self.clauses.setToolTip(
            self.tr("Suggest each clause of a sentence (split at ; and : and at but, while…)")
        )
        self.clauses.toggled.connect(self._clauses_toggled)
        menu = QMenu(self.toggle)
        menu.addAction(self.clauses)
        self.toggle.setMenu(menu)
        self.toggle.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        # Suggestions whose ends the analyst dragged: (source, start, end) as suggested -> span.
        self._moved: dict[tuple[int, int, int], tuple[int, int]] = {}
        self._drag: tuple[int, str] | None = None  # (index in shown, "start" or "end")
        dock.editor.installEventFilter(self)
        dock.editor.viewport().installEventFilter(self)
        dock.editor.viewport().setMouseTracking(True)  # the pointer shows where an end is

    @property
    def active(self) -> bool:
        """Whether suggestions are shown."""
        return self.toggle.isChecked()

    def refresh(self, rehighlight: bool = True) -> None:
        """Outline the shown source's suggestions (none if off, or no source is shown).

        `rehighlight=False`: the text is about to be set, and is highlighted as it goes in.
        """
        dock, snapshot = self._dock, self._session.snapshot
        source_id = dock.source_id
        if not self.active or snapshot is None or source_id is None or dock.is_pending():
            self.shown, self._painted = [], None
            dock.highlighter.set_suggestions([], rehighlight)
            return
        if self._all_for != source_id:
            source = snapshot.source(source_id)
            from models.suggest_claims import suggest_claims

            self._all = suggest_claims(
                source.text, clauses=self.clauses.isChecked(), language=source.language or "en"
            )
            self._all_for = source_id
        taken = {(c.start, c.end) for c in snapshot.claims if c.source_id == source_id}
        hidden = taken | rejected_spans(self._session, source_id)
        text = snapshot.source(source_id).text
        shown = []
        for s in self._all:
            moved = self._moved.get((source_id, s.start, s.end))
            if moved is not None:
                s = replace(s, start=moved[0], end=moved[1], quote=text[moved[0] : moved[1]])
            if (s.start, s.end) not in hidden:
                shown.append(s)
        if shown == self.shown and self._painted == source_id:
            return  # an edit that changed no suggestion: no repaint of the whole text
        self.shown, self._painted = shown, source_id
        to16 = dock.offsets.to_utf16
        spans = [(to16(s.start), to16(s.end)) for s in self.shown]
        dock.highlighter.set_suggestions(spans, rehighlight)

    def _clauses_toggled(self, on: bool) -> None:
        self._all_for = None  # split afresh; dragged ends belong to the other split
        self._moved.clear()
        if on and not self.toggle.isChecked():
            self.toggle.setChecked(True)  # asking for clauses is asking for suggestions
        else:
            self.refresh()

    def forget_source(self) -> None:
        """The source's text changed or another is shown: suggest afresh."""
        self._all_for = self._painted = None

    # --- which suggestions -----------------------------------------------------------------

    def at(self, offset: int) -> ClaimSuggestion | None:
        """The suggestion holding a (Python) offset of the source, if any."""
        i = bisect_right([s.start for s in self.shown], offset) - 1
        if i >= 0 and self.shown[i].start <= offset < self.shown[i].end:
            return self.shown[i]
        return None

    def in_span(self, start: int, end: int) -> list[ClaimSuggestion]:
        """The suggestions that overlap a span of the source."""
        return [s for s in self.shown if s.start < end and s.end > start]

    def under_cursor(self) -> list[ClaimSuggestion]:
        """The suggestions the keys act on: those in the selection, or the one at the cursor."""
        span = self._dock.selected_span()
        if span is not None:
            return self.in_span(*span)
        found = self.at(self._dock.cursor_offset())
        return [found] if found else []

    # --- acting on them --------------------------------------------------------------------

    def accept(self, role: str, suggestions: list[ClaimSuggestion] | None = None) -> list[int]:
        """Make claims on one side from suggestions (default: those under the cursor)."""
        source_id = self._dock.source_id
        chosen = self.under_cursor() if suggestions is None else suggestions
        if source_id is None or not chosen:
            return []
        stack = self._session.undo_stack
        made = []
        if len(chosen) > 1:  # one undo step for a selection's worth
            stack.beginMacro(self.tr("Accept %n suggested claims", None, len(chosen)))
        try:
            for s in chosen:
                claim_id = commands.accept_claim_suggestion(
                    self._session, role, source_id, replace(s, kind=kind_for(s.quote, role))
                )
                if claim_id is None:
                    break  # refused: the session said why; the rest would fare no better
                made.append(claim_id)
        finally:
            if len(chosen) > 1:
                stack.endMacro()
        if made:
            self.claimAccepted.emit(made[-1])
        return made

    def reject(self, suggestions: list[ClaimSuggestion] | None = None) -> int:
        """Reject suggestions (default: those under the cursor); they stay hidden."""
        source_id = self._dock.source_id
        chosen = self.under_cursor() if suggestions is None else suggestions
        if source_id is None:
            return 0
        done = 0
        for s in chosen:
            if commands.reject_claim_suggestion(self._session, source_id, s.start, s.end):
                done += 1
        return done

    # --- dragging an end -------------------------------------------------------------------

    def end_at(self, point: QPoint) -> tuple[int, str] | None:
        """The suggestion end (index in `shown`, "start" or "end") under a viewport point."""
        if not self.shown:
            return None
        editor, to16 = self._dock.editor, self._dock.offsets.to_utf16
        cursor = editor.cursorForPosition(point)
        position = cursor.position()
        offset = self._dock.offsets.to_python(position)
        i = bisect_right([s.start for s in self.shown], offset)
        for k in (i - 1, i):  # the suggestion ending here, or the one starting here
            if not 0 <= k < len(self.shown):
                continue
            for which in ("end", "start"):
                if to16(getattr(self.shown[k], which)) != position:
                    continue
                rect = editor.cursorRect(cursor)
                if abs(rect.x() - point.x()) <= GRAB and rect.top() <= point.y() <= rect.bottom():
                    return (k, which)
        return None

    def _drag_to(self, point: QPoint, final: bool) -> None:
        from models.suggest_claims import trim

        k, which = self._drag
        dock, source_id = self._dock, self._dock.source_id
        text = self._session.snapshot.source(source_id).text
        s = self.shown[k]
        offset = dock.offsets.to_python(dock.editor.cursorForPosition(point).position())
        low = self.shown[k - 1].end if k > 0 else 0
        high = self.shown[k + 1].start if k + 1 < len(self.shown) else len(text)
        if which == "start":
            start, end = max(low, min(offset, s.end - 1)), s.end
        else:
            start, end = s.start, min(high, max(offset, s.start + 1))
        if final:  # a word cut in two is taken whole, then the span is trimmed to its words
            while start > low and text[start - 1].isalnum() and text[start].isalnum():
                start -= 1
            while end < high and text[end - 1].isalnum() and text[end].isalnum():
                end += 1
            start, end = trim(text, start, end)
            if start >= end:
                start, end = s.start, s.end  # nothing left of it: it stays as it was
        original = next(
            (
                k_
                for k_, span in self._moved.items()
                if k_[0] == source_id and span == (s.start, s.end)
            ),
            (source_id, s.start, s.end),
        )
        self._moved[original] = (start, end)
        self.shown[k] = replace(s, start=start, end=end, quote=text[start:end])
        to16 = dock.offsets.to_utf16
        dock.highlighter.set_suggestions([(to16(x.start), to16(x.end)) for x in self.shown])

    def _mouse(self, event) -> bool:
        """Take hold of a suggestion's end, move it, let it go; True when the event is used."""
        point = event.position().toPoint()
        viewport = self._dock.editor.viewport()
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._drag = self.end_at(point)
            return self._drag is not None
        if kind == QEvent.Type.MouseMove:
            if self._drag is not None:
                self._drag_to(point, final=False)
                return True
            if event.buttons() == Qt.MouseButton.NoButton and self.end_at(point) is not None:
                viewport.setCursor(Qt.CursorShape.SizeHorCursor)
                return True  # (the text edit would put its I-beam back)
            return False
        if kind == QEvent.Type.MouseButtonRelease and self._drag is not None:
            self._drag_to(point, final=True)
            self._drag = None
            viewport.setCursor(Qt.CursorShape.IBeamCursor)
            cursor = QTextCursor(self._dock.editor.textCursor())
            cursor.clearSelection()
            self._dock.editor.setTextCursor(cursor)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A, R and X in the source text act on the suggestions under the cursor; the mouse
        drags a suggestion's ends."""
        if (
            self.active
            and watched is self._dock.editor.viewport()
            and event.type()
            in (
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
                QEvent.Type.MouseButtonRelease,
            )
            and self._mouse(event)
        ):
            return True
        if (
            self.active
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier,)
        ):
            key = event.key()
            if key in KEYS:
                self.accept(KEYS[key])
                return True
            if key == Qt.Key.Key_X:
                self.reject()
                return True
        return super().eventFilter(watched, event)
