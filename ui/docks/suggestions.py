"""The Suggestions panel: for the current allegation, the response claims that may answer it.

The ranking is `models.suggest_links.LinkIndex`, one per case, built when first asked and again
after claims came or went or changed their words. Each row proposes a relation, marked as a
suggestion. Enter accepts one (a link, made through the link command, so it can be undone);
Delete dismisses it, through the dismiss command, so it stays dismissed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QToolButton, QVBoxLayout, QWidget

from models.snapshot import CaseSnapshot
from ui.common import commands
from ui.common.icons import icon
from ui.common.labels import word
from ui.common.session import CaseSession
from ui.common.tooltips import rich_tooltip

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)

TOP = 5


@dataclass(frozen=True)
class SuggestedLink:
    """One row: a response claim proposed as an answer, with its score and relation."""

    allegation_id: int
    response_id: int
    response_key: str
    quote: str
    score: float
    relation: str


def dismissed_pairs(session: CaseSession) -> set[tuple[str, str]]:
    """The (allegation key, response key) pairs the analyst dismissed in this case."""
    from models.suggestion_edits import rejected_link_pairs

    return set(rejected_link_pairs(session.store, session.snapshot.id))


class SuggestionModel(QAbstractListModel):
    """The suggested links of one allegation, best first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SuggestedLink] = []

    def set_rows(self, rows: list[SuggestedLink]) -> None:
        """Show these suggestions."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SuggestedLink | None:
        """The suggestion on a row, if there is one."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """How many suggestions (a list: no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """The row's text: key, proposed relation (a suggestion), score, then the quote."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = self.tr("%1 · suggested: %2 · %3%").replace("%1", row.response_key)
            head = head.replace("%2", word(row.relation).lower()).replace(
                "%3", str(round(row.score * 100))
            )
            return f"{head}\n{row.quote}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip(row.quote)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("link")
        if role == Qt.ItemDataRole.UserRole:
            return row.response_id
        return None


class _SuggestionList(QListView):
    acceptRequested = Signal(int)  # row
    dismissRequested = Signal(int)  # row

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        row = self.currentIndex().row()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.acceptRequested.emit(row)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row >= 0:
            self.dismissRequested.emit(row)
        else:
            super().keyPressEvent(event)


class SuggestionsDock(QWidget):
    """Suggested answers to the current allegation: Enter links one, Delete dismisses it."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._index = None  # a models.suggest_links.LinkIndex, made when first needed
        self._quotes: dict[int, str] = {}  # the words the index was built on
        self._ids: dict[str, int] = {}  # the claims' ids by key, when the index was built
        self._dismissed: set[tuple[str, str]] | None = None  # read when first needed
        self._allegation_id: int | None = None
        self.model = SuggestionModel(self)
        self.about = QLabel()
        self.about.setObjectName("suggestionsAbout")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.view = _SuggestionList()
        self.view.setObjectName("suggestedLinks")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Suggested links"))
        self.view.acceptRequested.connect(self.accept_row)
        self.view.dismissRequested.connect(self.dismiss_row)
        self.view.doubleClicked.connect(lambda index: self.accept_row(index.row()))
        accept = QToolButton()
        accept.setIcon(icon("link"))
        accept.setText(self.tr("Link (Enter)"))
        accept.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        accept.clicked.connect(lambda: self.accept_row(self.view.currentIndex().row()))
        dismiss = QToolButton()
        dismiss.setIcon(icon("delete"))
        dismiss.setText(self.tr("Dismiss (Delete)"))
        dismiss.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        dismiss.clicked.connect(lambda: self.dismiss_row(self.view.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(accept)
        buttons.addWidget(dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.about)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.about.setText(self.tr("Select an allegation to see the responses that may answer it."))
        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)

    @property
    def allegation_id(self) -> int | None:
        """The allegation whose suggestions are shown."""
        return self._allegation_id

    # --- following the selection -----------------------------------------------------------

    def follow_claim(self, claim_id: int | None) -> None:
        """Show the suggestions for this claim, if it is an allegation."""
        self._allegation_id = None
        snapshot = self._session.snapshot
        claim = None
        if snapshot is not None and claim_id is not None:
            try:
                claim = snapshot.claim(claim_id)
            except KeyError:
                claim = None
        if claim is None or claim.role != "allegation":
            self.model.set_rows([])
            self.about.setText(
                self.tr("Select an allegation to see the responses that may answer it.")
            )
            return
        self._allegation_id = claim.id
        self._fill()

    def _fill(self) -> None:
        snapshot = self._session.snapshot
        if snapshot is None or self._allegation_id is None:
            return
        claim = snapshot.claim(self._allegation_id)
        if self._index is None:
            from models.suggest_links import LinkIndex

            self._index = LinkIndex(snapshot.claims)
            self._quotes = {c.id: c.quote for c in snapshot.claims}
            self._ids = {c.key: c.id for c in snapshot.claims}
        # Nothing here is read per claim of the case: following the selection costs the same
        # on 2,000 claims as on 100,000.
        linked = {
            (claim.key, snapshot.claim(link.response_id).key)
            for link in snapshot.links_of(claim.id)
        }
        if self._dismissed is None:  # read once, again after an edit (a dismissal, its undo)
            self._dismissed = dismissed_pairs(self._session)
        rows = []
        for s in self._index.suggest(claim.key, TOP, linked | self._dismissed):
            response = snapshot.claim(self._ids[s.response_key])
            rows.append(
                SuggestedLink(
                    claim.id, response.id, s.response_key, response.quote, s.score, s.relation
                )
            )
        current = self.view.currentIndex().row()
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(min(max(current, 0), len(rows) - 1)))
            self.about.setText(
                self.tr(
                    "Responses that may answer %1 (suggestions; Enter links, Delete dismisses):"
                ).replace("%1", claim.key)
            )
        else:
            self.about.setText(self.tr("No more suggestions for %1.").replace("%1", claim.key))

    # --- acting on a suggestion ------------------------------------------------------------

    def accept_row(self, row: int) -> bool:
        """Link the allegation with the suggested response, by the proposed relation."""
        suggestion = self.model.row_at(row)
        if suggestion is None:
            return False
        return commands.link_claims(
            self._session, suggestion.allegation_id, suggestion.response_id, suggestion.relation
        )

    def dismiss_row(self, row: int) -> bool:
        """Dismiss a suggestion for good (it can be undone)."""
        suggestion = self.model.row_at(row)
        if suggestion is None:
            return False
        return commands.dismiss_link_suggestion(
            self._session, suggestion.allegation_id, suggestion.response_id
        )

    # --- keeping up with the case ----------------------------------------------------------

    def _case_loaded(self, _snapshot: CaseSnapshot | None) -> None:
        self._index = None
        self._dismissed = None
        if self._allegation_id is not None:
            self.follow_claim(self._allegation_id)

    def _case_changed(self, change: Change) -> None:
        # A claim that came, went or changed its words changes the index; a link or a dismissal
        # changes only what is left out of the list.
        snapshot = self._session.snapshot
        if change.structure or any(self._words_changed(snapshot, c) for c in change.claims):
            self._index = None
        self._dismissed = None  # a dismissal or its undo, here or a colleague's
        if self._allegation_id is not None and self.isVisible():
            self.follow_claim(self._allegation_id)

    def _words_changed(self, snapshot: CaseSnapshot | None, claim_id: int) -> bool:
        # A status or a note is not what the ranking reads; a new span (new words) is.
        try:
            return snapshot is None or snapshot.claim(claim_id).quote != self._quotes.get(claim_id)
        except KeyError:
            return True
