"""The Revision panel: the claims a revision moved, proposed for review or could not place.

The list groups them with counts ("Moved 12 · For review 3 · Not placed 2"), from
`models.revision_review`, and follows `caseChanged`. For the selected claim it shows the old
passage and the new one side by side, the changed words marked (plain text, formatted with
`QTextCharFormat`), and offers the four answers, each one command of `ui.common.commands`:
Accept, Use candidate (from the list of candidates with their scores), Use selection (the
words selected in the Source panel, which shows the current version) and Keep as orphan.
Selecting an entry asks for the claim to be selected (`claimActivated`). The window builds this
panel only when it is first shown or a revision is made (`MainWindow.revision_panel`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.edit_log import Change
from models.revision_review import (
    GROUPS,
    MOVED,
    ORPHAN,
    REVIEW,
    Passage,
    ReviewEntry,
    candidate_passage,
    review_entries,
    word_changes,
)
from models.revision_review import entry as review_entry
from ui.common import commands
from ui.common.icons import icon
from ui.common.session import CaseSession
from ui.common.tooltips import rich_tooltip

ENTRY = Qt.ItemDataRole.UserRole + 1  # a list item's claim id
REMOVED = QColor("#f6c7c3")
ADDED = QColor("#c8ecc9")
QUOTE = QColor("#fff1b8")


def one_line(text: str, limit: int = 90) -> str:
    """A passage on one line, cut at `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fill_passage(view: QTextEdit, shown: Passage | None, changes: list[tuple[int, int]], mark):
    """Write a passage into a text view as plain text: context muted, the words tinted, the
    changed words marked with `mark` (a QTextCharFormat)."""
    view.clear()
    if shown is None:
        return
    cursor = QTextCursor(view.document())
    muted = QTextCharFormat()
    muted.setForeground(view.palette().placeholderText())
    words = QTextCharFormat()
    words.setBackground(QUOTE)
    words.setForeground(QColor("#000000"))
    cursor.insertText(shown.before, muted)
    at = 0
    for start, end in changes:
        cursor.insertText(shown.words[at:start], words)
        cursor.insertText(shown.words[start:end], mark)
        at = end
    cursor.insertText(shown.words[at:], words)
    cursor.insertText(shown.after, muted)
    view.moveCursor(QTextCursor.MoveOperation.Start)


class RevisionPanel(QWidget):
    """The Revision dock's widget: the review list, the passages side by side, the answers."""

    claimActivated = Signal(int)  # the user chose a claim in the list
    useSelectionRequested = Signal(int)  # place this claim on the Source panel's selection
    showInSourceRequested = Signal(int, int, int)  # source id, start, end in the current text

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revisionPanel")
        self._session = session
        self._entries: dict[int, ReviewEntry] = {}
        self._quotes: dict[int, str] = {}  # the listed claims' quotes, as their rows show them
        self._current: int | None = None
        self._laid_out = False

        self.counts = QLabel(self)
        self.counts.setObjectName("revisionCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("revisionList")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._chosen)
        self._groups: dict[str, QTreeWidgetItem] = {}
        # The reviewer's work first: the proposals, then the orphans, then what merely moved.
        for group, name, glyph in (
            (REVIEW, self.tr("For review"), "to-review"),
            (ORPHAN, self.tr("Not placed"), "orphan"),
            (MOVED, self.tr("Moved"), "revision-moved"),
        ):
            item = QTreeWidgetItem(self.tree)
            item.setIcon(0, icon(glyph))
            item.setData(0, Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            bold = item.font(0)
            bold.setBold(True)
            item.setFont(0, bold)
            self._groups[group] = item

        self.old_title = QLabel(self)
        self.new_title = QLabel(self)
        for label in (self.old_title, self.new_title):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.old_view = self._passage_view("oldPassage")
        self.new_view = self._passage_view("newPassage")
        self.reason = QLabel(self)
        self.reason.setObjectName("revisionReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)

        self.candidates = QListWidget(self)
        self.candidates.setObjectName("candidates")
        self.candidates.currentRowChanged.connect(self._candidate_chosen)
        self.candidates.itemDoubleClicked.connect(lambda _item: self.pick())

        self.accept_button = self._button("accept", self.tr("Accept"), "supported", self.accept)
        self.accept_button.setToolTip(self.tr("Place the claim where the revision proposes"))
        self.pick_button = self._button("pick", self.tr("Use candidate"), "link", self.pick)
        self.pick_button.setToolTip(self.tr("Place the claim on the candidate chosen above"))
        self.selection_button = self._button(
            "useSelection", self.tr("Use selection"), "edit", self.use_selection
        )
        self.selection_button.setToolTip(
            self.tr("Place the claim on the words selected in the Source panel (current version)")
        )
        self.source_button = self._button(
            "showInSource", self.tr("Show in Source"), "show-in-source", self.show_in_source
        )
        self.source_button.setToolTip(
            self.tr("Show the passage in the Source panel, to select the claim's new words there")
        )
        self.keep_button = self._button("keep", self.tr("Keep as orphan"), "orphan", self.keep)
        self.keep_button.setToolTip(
            self.tr("Keep the claim, with everything attached, as not in the current version")
        )

        sides = QWidget(self)
        grid = QHBoxLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        for title, view in ((self.old_title, self.old_view), (self.new_title, self.new_view)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(view, 1)
            grid.addLayout(column, 1)

        detail = QWidget(self)
        lower = QVBoxLayout(detail)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(sides, 1)
        lower.addWidget(self.reason)
        self.candidates_title = QLabel(self.tr("Candidates in the current version:"), self)
        lower.addWidget(self.candidates_title)
        lower.addWidget(self.candidates)
        answers = QHBoxLayout()
        for button in (self.accept_button, self.pick_button, self.keep_button):
            answers.addWidget(button)
        answers.addSpacing(12)
        for button in (self.source_button, self.selection_button):
            answers.addWidget(button)
        answers.addStretch(1)
        lower.addLayout(answers)

        # Side by side when the panel is wide (below the panes), stacked when it is tall.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.counts)
        column.addWidget(self.splitter, 1)

        self._stale = False  # the case changed while the panel was out of sight
        session.caseLoaded.connect(lambda _case: self._refresh_when_seen())
        session.caseChanged.connect(self._case_changed)
        self.refresh()

    def _passage_view(self, name: str) -> QTextEdit:
        view = QTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setAcceptRichText(False)
        view.setMinimumHeight(72)
        return view

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Lay the list beside the passages when wide, above them when tall."""
        super().resizeEvent(event)
        wide = event.size().width() > 1.4 * event.size().height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self._laid_out:
            self._laid_out = True
            self.splitter.setOrientation(orientation)
            whole = event.size().width() if wide else event.size().height()
            share = min(360, whole * 2 // 7) if wide else whole * 2 // 5
            self.splitter.setSizes([share, max(1, whole - share)])

    def _button(self, name: str, text: str, glyph: str, slot) -> QPushButton:
        button = QPushButton(icon(glyph), text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _on=False: slot())
        return button

    # --- what it shows ----------------------------------------------------------------------

    @property
    def current_claim(self) -> int | None:
        """The claim whose passages are shown."""
        return self._current

    def group_of(self, claim_id: int) -> str | None:
        """The group a claim is listed in (None: not listed)."""
        entry = self._entries.get(claim_id)
        return entry.group if entry else None

    def listed(self, group: str) -> list[int]:
        """The claim ids listed in a group, in order."""
        item = self._groups[group]
        return [item.child(n).data(0, ENTRY) for n in range(item.childCount())]

    def refresh(self) -> None:
        """Fill the list again from the open case, keeping the chosen claim if it is listed."""
        self._stale = False
        snapshot = self._session.snapshot
        groups = review_entries(snapshot)
        self._entries = {e.claim_id: e for entries in groups.values() for e in entries}
        self._quotes = {claim_id: snapshot.claim(claim_id).quote for claim_id in self._entries}
        self.tree.blockSignals(True)
        chosen = None
        parts = {}
        for group in GROUPS:
            item = self._groups[group]
            item.takeChildren()
            name = item.data(0, Qt.ItemDataRole.UserRole)
            entries = groups[group]
            item.setText(0, f"{name} ({len(entries)})")
            parts[group] = f"{name} {len(entries)}"
            for e in entries:
                claim = snapshot.claim(e.claim_id)
                child = QTreeWidgetItem(item)
                child.setText(0, f"{e.key} · “{one_line(claim.quote)}”")
                child.setToolTip(0, rich_tooltip(claim.quote))
                child.setData(0, ENTRY, e.claim_id)
                child.setIcon(0, icon(e.role))
                if e.claim_id == self._current:
                    chosen = child
            item.setExpanded(bool(entries))
        # What only moved is there to check, folded while claims wait for an answer.
        waiting = groups[REVIEW] or groups[ORPHAN]
        self._groups[MOVED].setExpanded(bool(groups[MOVED]) and not waiting)
        self.counts.setText(" · ".join(parts[g] for g in GROUPS))
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.tree.setCurrentItem(None)
            self._current = None
        self.tree.blockSignals(False)
        self._show(self._entries.get(self._current) if self._current is not None else None)

    def _case_changed(self, change: Change) -> None:
        # A claim may have been placed or unplaced: the list is read again (from the snapshot
        # alone, a pass over every claim), unless the edited claims would be listed just as
        # they are (a status, a rationale, a tag: nothing the panel shows).
        if (
            change.sources
            or change.structure
            or (change.claims and not self._listed_as_before(change.claims))
        ):
            self._refresh_when_seen()

    def _listed_as_before(self, claim_ids) -> bool:
        snapshot = self._session.snapshot
        if snapshot is None:
            return False
        revised = {s.id for s in snapshot.sources if s.version > 1}
        for claim_id in claim_ids:
            try:
                claim = snapshot.claim(claim_id)
            except KeyError:
                return False
            unmoved = claim.anchor_state == "exact" and claim.source_id not in revised
            found = None if unmoved else review_entry(snapshot, claim)
            if found != self._entries.get(claim_id):
                return False
            if found is not None and self._quotes.get(claim_id) != claim.quote:
                return False
        return True

    def _refresh_when_seen(self) -> None:
        # Out of sight, the list waits: a case of thousands of moved claims is not listed again
        # for every edit nobody is looking at.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Catch up with the edits made while the panel was out of sight."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def follow_claim(self, claim_id: int | None) -> None:
        """Show the selected claim if it is listed (the list keeps its place otherwise)."""
        if claim_id is None or claim_id == self._current or claim_id not in self._entries:
            return
        self.choose(claim_id, activate=False)

    def choose(self, claim_id: int, activate: bool = True) -> bool:
        """Choose a listed claim, as a click on it does."""
        if self._stale:
            self.refresh()
        for group in GROUPS:
            item = self._groups[group]
            for n in range(item.childCount()):
                child = item.child(n)
                if child.data(0, ENTRY) == claim_id:
                    if not activate:
                        self.tree.blockSignals(True)
                    self.tree.setCurrentItem(child)
                    self.tree.blockSignals(False)
                    if not activate:
                        self._current = claim_id
                        self._show(self._entries[claim_id])
                    return True
        return False

    def _chosen(self, item: QTreeWidgetItem | None, previous=None) -> None:
        if item is None:
            return
        claim_id = item.data(0, ENTRY)
        if claim_id is None:  # a group's heading: step over it, the way the keys were going
            tree = self.tree
            up = previous is not None and (
                tree.visualItemRect(previous).top() > tree.visualItemRect(item).top()
            )
            target = item
            while target is not None and target.data(0, ENTRY) is None:
                target = tree.itemAbove(target) if up else tree.itemBelow(target)
            if target is None and previous is not None and previous.data(0, ENTRY) is not None:
                target = previous  # nothing beyond the heading: stay
            if target is not None:
                tree.setCurrentItem(target)
            return
        self._current = claim_id
        self._show(self._entries[claim_id])
        self.claimActivated.emit(claim_id)

    def _show(self, entry: ReviewEntry | None) -> None:
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for button in (
            self.accept_button,
            self.pick_button,
            self.keep_button,
            self.selection_button,
            self.source_button,
        ):
            button.setEnabled(entry is not None)
        if entry is None:
            self.old_title.setText(self.tr("Before"))
            self.new_title.setText(self.tr("Now"))
            self.old_view.clear()
            self.new_view.clear()
            none = not any(self._entries)
            self.reason.setText(
                self.tr("No source of this case has been revised, or nothing moved.")
                if none
                else self.tr("Choose a claim above to see its old and new passage.")
            )
            self.candidates.blockSignals(False)
            return
        snapshot = self._session.snapshot
        source = snapshot.source(entry.source_id)
        for candidate in entry.candidates:
            shown = candidate_passage(snapshot, snapshot.claim(entry.claim_id), candidate)
            text = self.tr("%1 · score %2 · “%3”")
            item = QListWidgetItem(
                text.replace("%1", str(candidate.rank + 1))
                .replace("%2", f"{candidate.score:.2f}")
                .replace("%3", one_line(shown.words, 70))
            )
            item.setData(ENTRY, candidate.rank)
            self.candidates.addItem(item)
        if entry.candidates:
            self.candidates.setCurrentRow(0)
            # As tall as its rows (three at most): the room left goes to the passages.
            rows = min(len(entry.candidates), 3)
            frame = 2 * self.candidates.frameWidth()
            self.candidates.setFixedHeight(rows * self.candidates.sizeHintForRow(0) + frame)
        self.candidates.blockSignals(False)
        self.candidates.setVisible(bool(entry.candidates))
        self.candidates_title.setVisible(bool(entry.candidates))
        self.accept_button.setEnabled(entry.group == REVIEW)
        self.pick_button.setEnabled(bool(entry.candidates))
        self.keep_button.setEnabled(entry.group != MOVED and entry.reason != "kept")
        self._show_passages(entry, entry.new)
        reasons = {
            MOVED: self.tr("Placed in version %1; its words moved or were reviewed."),
            REVIEW: self.tr("Proposed in version %1: a close match, not yet reviewed."),
            ORPHAN: self.tr("Not in the current version (version %1): nothing is placed."),
        }
        said = reasons[entry.group].replace("%1", str(source.version))
        why = {
            "weak": self.tr("Its best candidate is too far from its words to be proposed."),
            "ambiguous": self.tr("Several passages fit it about as well: choose one, or none."),
            "too_short": self.tr("Its quote is too short to be placed on a near match."),
            "short": self.tr("Its quote is short: check the place proposed."),
            "copies": self.tr("Its words occur more than once: check the copy proposed."),
        }
        if entry.reason == "kept":
            said = self.tr("Kept as an orphan: its words are not in the current version.")
        elif entry.group == ORPHAN and not entry.candidates:
            said += " " + self.tr("No passage of the current version is close to it.")
        elif entry.reason in why and entry.group != MOVED:
            said += " " + why[entry.reason]
        self.reason.setText(said)

    def _show_passages(self, entry: ReviewEntry, new: Passage | None) -> None:
        snapshot = self._session.snapshot
        version = snapshot.source(entry.source_id).version
        old = entry.old
        self.old_title.setText(
            self.tr("Version %1").replace("%1", str(old.version))
            if old
            else self.tr("Before (not found)")
        )
        self.new_title.setText(
            self.tr("Version %1 (current)").replace("%1", str(version))
            if new
            else self.tr("Version %1 (current): no passage").replace("%1", str(version))
        )
        removed, added = word_changes(old.words if old else "", new.words if new else "")
        cut = QTextCharFormat()
        cut.setBackground(REMOVED)
        cut.setForeground(QColor("#7f0000"))
        cut.setFontStrikeOut(True)
        put = QTextCharFormat()
        put.setBackground(ADDED)
        put.setForeground(QColor("#0b4d12"))
        put.setFontWeight(QFont.Weight.Bold)
        put.setFontUnderline(True)
        fill_passage(self.old_view, old, removed if new else [], cut)
        fill_passage(self.new_view, new, added if old else [], put)

    def _candidate_chosen(self, row: int) -> None:
        entry = self._entries.get(self._current) if self._current is not None else None
        if entry is None or not 0 <= row < len(entry.candidates):
            return
        snapshot = self._session.snapshot
        shown = candidate_passage(snapshot, snapshot.claim(entry.claim_id), entry.candidates[row])
        self._show_passages(entry, shown)

    # --- the answers ------------------------------------------------------------------------

    def accept(self) -> bool:
        """Accept the proposed place of the chosen claim."""
        return self._current is not None and commands.accept_proposal(self._session, self._current)

    def pick(self) -> bool:
        """Place the chosen claim on the candidate chosen in the list."""
        item = self.candidates.currentItem()
        if self._current is None or item is None:
            return False
        return commands.pick_candidate(self._session, self._current, item.data(ENTRY))

    def keep(self) -> bool:
        """Keep the chosen claim as an orphan."""
        return self._current is not None and commands.keep_orphan(self._session, self._current)

    def use_selection(self) -> None:
        """Ask for the chosen claim to be placed on the Source panel's selection."""
        if self._current is not None:
            self.useSelectionRequested.emit(self._current)

    def show_in_source(self) -> None:
        """Ask for the passage shown on the right to be shown, selected, in the Source panel."""
        entry = self._entries.get(self._current) if self._current is not None else None
        if entry is None:
            return
        row = self.candidates.currentRow()
        if entry.candidates and 0 <= row < len(entry.candidates):
            span = (entry.candidates[row].start, entry.candidates[row].end)
        elif entry.new is not None:
            span = (entry.new.start, entry.new.end)
        else:  # nothing close: where its old offsets fall in the current text
            length = len(self._session.snapshot.source(entry.source_id).text)
            start = min(entry.old.start if entry.old else 0, length)
            span = (start, start)
        self.showInSourceRequested.emit(entry.source_id, *span)
