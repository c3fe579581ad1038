"""The inspector: everything about the selected claim, each field editable as one undoable edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.attribution import when
from models.snapshot import CaseSnapshot, ClaimView
from models.vocabulary import CLAIM_KINDS, STANCES, STATUSES
from ui.common import commands
from ui.common.icons import glyph_icon, icon
from ui.common.labels import grade_tooltip, word
from ui.common.session import CaseSession
from ui.common.text_field import CommitLineEdit, CommitTextEdit
from ui.common.tooltips import rich_tooltip
from ui.docks.tag_model import tag_depths

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)

STATUS_KEYS = {"supported": "S", "unsupported": "U", "disputed": "D"}
ICON_ROLE = Qt.ItemDataRole.UserRole + 1  # the name of the icon a row of the links shows


class Inspector(QWidget):
    """Shows and edits the selected claim: quote, paraphrase, status, rationale, tags, evidence."""

    showInSourceRequested = Signal(int)  # a claim id
    claimActivated = Signal(int)  # the user chose a linked claim listed here

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._claim_id: int | None = None
        self._filling = False
        self._tags_shown: tuple | None = None  # the snapshot's tags the tag list was built from
        self._tag_items: dict[int, QListWidgetItem] = {}  # its rows, by tag
        self._tags_ticked: set[int] = set()  # the tags ticked there
        self._evidence_shown: tuple | None = None  # (claim id, attachments, their records)
        self._not_saved: dict[tuple[int, str], str] = {}  # refused text of claims not on show

        # Built in named steps, top to bottom as the dock shows them; then laid out in one form.
        self._build_title()
        self._build_claim_fields()
        self._build_assessment()
        self._build_tag_list()
        self._build_evidence()
        self._build_links_and_notes()
        self._build_history()
        self._lay_out()

        session.caseChanged.connect(self._case_changed)
        session.caseLoaded.connect(self._case_loaded)
        session.conflictSettled.connect(self._conflict_settled)

    # --- building --------------------------------------------------------------------------

    def _build_title(self) -> None:
        """The claim's side, key and speaker in bold, with a button to show it in its source."""
        self._title = QLabel()
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._show_source = QToolButton()
        self._show_source.setIcon(icon("show-in-source"))
        self._show_source.setToolTip(self.tr("Show in source"))
        self._show_source.setAccessibleName(self.tr("Show in source"))
        self._show_source.clicked.connect(self._show_in_source)

    def _build_claim_fields(self) -> None:
        """The quote (read-only), paraphrase, speaker and kind."""
        self.quote = QPlainTextEdit()
        self.quote.setReadOnly(True)
        self.quote.setFrameShape(QFrame.Shape.NoFrame)
        self.quote.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.paraphrase = self._text_edit(self.tr("Paraphrase"), "paraphrase")
        self.speaker = CommitLineEdit(lambda text: self._field_edit("speaker", text))
        self.speaker.setAccessibleName(self.tr("Speaker"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for kind in CLAIM_KINDS:
            self.kind.addItem(word(kind), kind)
        self.kind.activated.connect(self._commit_kind)

    def _build_assessment(self) -> None:
        """A button per status, the rationale, and who assessed the claim."""
        self.status_buttons = QButtonGroup(self)
        self.status_buttons.setExclusive(True)
        buttons = []
        for status in STATUSES:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(icon(status))
            button.setAutoRaise(True)
            name = word(status)
            # Its word on the button (rows wrap to the dock's width); the key in the tooltip.
            button.setText(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            key = STATUS_KEYS.get(status)
            button.setToolTip(
                self.tr("Mark %1 (%2 in a pane)").replace("%1", name).replace("%2", key)
                if key
                else self.tr("Mark %1").replace("%1", name)
            )
            button.setAccessibleName(name)
            button.setProperty("status", status)
            self.status_buttons.addButton(button)
            buttons.append(button)
        # Two columns of buttons with their words: a flow layout in the inspector's scroll area
        # was squeezed to one row when the dock was short, hiding the others.
        self._status_row = QWidget()
        grid = QGridLayout(self._status_row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for n, button in enumerate(buttons):
            grid.addWidget(button, n // 2, n % 2, Qt.AlignmentFlag.AlignLeft)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_buttons.buttonClicked.connect(self._commit_status)
        self.rationale = self._text_edit(self.tr("Rationale"), "rationale", grow=(4, 14))
        self.theirs_banner = TheirsBanner(self)
        self.theirs_banner.useTheirsRequested.connect(self._use_theirs)
        self.theirs_banner.keepMineRequested.connect(self._keep_mine)
        # The assessment's version the rationale on show came from; while the user types over
        # a colleague's newer rationale, the one their typing started from (a save conflicts).
        self._rationale_version = 0
        self._typing_over: tuple[int, str] | None = None
        self.assessed_by = QLabel()
        self.assessed_by.setObjectName("assessedBy")
        self.assessed_by.setTextFormat(Qt.TextFormat.PlainText)
        self.assessed_by.setWordWrap(True)

    def _build_tag_list(self) -> None:
        """Every tag of the case with a box, ticked for the claim's."""
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.itemChanged.connect(self._tag_toggled)

    def _build_evidence(self) -> None:
        """The attached evidence records with their grade and stance, and Detach."""
        self.evidence = QTreeWidget()
        self.evidence.setAccessibleName(self.tr("Attached evidence"))
        self.evidence.setHeaderLabels([self.tr("Grade"), self.tr("Evidence"), self.tr("Stance")])
        self.evidence.setRootIsDecorated(False)
        self.evidence.setWordWrap(True)
        header = self.evidence.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.detach = QToolButton()
        self.detach.setIcon(icon("detach"))
        self.detach.setText(self.tr("Detach"))
        self.detach.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.detach.clicked.connect(self._detach_selected)
        self.evidence.itemSelectionChanged.connect(
            lambda: self.detach.setEnabled(bool(self.evidence.selectedItems()))
        )

    def _build_links_and_notes(self) -> None:
        """The claims linked to this one (activating one selects it), and the notes."""
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Linked claims"))
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.links.itemActivated.connect(self._link_activated)  # Enter, double-click
        self.links.itemClicked.connect(self._link_activated)
        self.notes = self._text_edit(self.tr("Notes"), "notes", lines=4)
        self.notes_by = QLabel()
        self.notes_by.setObjectName("notesBy")
        self.notes_by.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_by.setWordWrap(True)

    def _build_history(self) -> None:
        """The claim's history from the case's feed, read only while it is open."""
        self.history_toggle = QToolButton()
        self.history_toggle.setText(self.tr("History"))
        self.history_toggle.setCheckable(True)
        self.history_toggle.setAutoRaise(True)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setToolTip(self.tr("Who changed this claim, when, and what it was"))
        self.history_toggle.toggled.connect(self._history_toggled)
        self.claim_history = QListWidget()
        self.claim_history.setAccessibleName(self.tr("History of the claim"))
        self.claim_history.setWordWrap(True)
        self.claim_history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claim_history.setVisible(False)

    def _lay_out(self) -> None:
        """One form, labels above fields, in a scroll area; a hint while no claim is chosen."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: a dock is narrow, and the fields need the width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        title_row = QHBoxLayout()
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self._show_source, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(title_row)
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("Paraphrase"), self.paraphrase.with_bar())
        form.addRow(self.tr("Speaker"), self.speaker.with_bar())
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self._status_row)
        form.addRow(self.theirs_banner)  # right above the box the user is typing in
        form.addRow(self.tr("Rationale"), self.rationale.with_bar())
        form.addRow("", self.assessed_by)
        form.addRow(self.tr("Tags"), self.tags)
        evidence_box = QVBoxLayout()
        evidence_box.addWidget(self.evidence)
        evidence_box.addWidget(self.detach, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Evidence"), evidence_box)
        form.addRow(self.tr("Linked"), self.links)
        form.addRow(self.tr("Notes"), self.notes.with_bar())
        form.addRow("", self.notes_by)
        form.addRow(self.history_toggle)
        form.addRow(self.claim_history)

        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        self._scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self._scroll = scroll
        empty = QLabel(self.tr("Select a claim to see and edit it here."))
        self._empty = empty
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(empty)
        self._stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        # The wheel scrolls the inspector, not a box it passes over (unless that box has the
        # focus: then the wheel is the box's, to read a long rationale or pick a kind).
        for box in (
            self.quote,
            self.paraphrase,
            self.rationale,
            self.notes,
            self.tags,
            self.evidence,
            self.links,
        ):
            self._pass_wheel(box.viewport(), box)
        self._pass_wheel(self.kind, self.kind)

    def _pass_wheel(self, watched: QWidget, owner: QWidget) -> None:
        watched.setProperty("wheelOwner", owner)
        watched.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """A wheel over an inner box without the focus scrolls the inspector instead."""
        if event.type() == QEvent.Type.Wheel:
            owner = watched.property("wheelOwner")
            if owner is not None and not owner.hasFocus():
                QApplication.sendEvent(self._scroll.verticalScrollBar(), event)
                return True
        return super().eventFilter(watched, event)

    def _text_edit(
        self, name: str, field: str, lines: int = 3, grow: tuple[int, int] | None = None
    ) -> CommitTextEdit:
        save = self._save_rationale if field == "rationale" else self._saver(field)
        edit = CommitTextEdit(save, lines=lines, grow=grow)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("Ctrl+Enter or leave the field to save"))
        return edit

    def _text_fields(self) -> dict[str, CommitTextEdit | CommitLineEdit]:
        return {
            "paraphrase": self.paraphrase,
            "speaker": self.speaker,
            "rationale": self.rationale,
            "notes": self.notes,
        }

    # --- showing ---------------------------------------------------------------------------

    @property
    def claim_id(self) -> int | None:
        """The claim on show."""
        return self._claim_id

    def show_claim(self, claim_id: int | None) -> None:
        """Show a claim (None: nothing); unsaved typing in the previous claim is saved first.

        Text the store refuses is kept for that claim, and shown again, marked as not saved,
        when the claim is shown again.
        """
        if claim_id == self._claim_id:
            return
        self.commit_pending()
        if self._claim_id is not None:
            for name, edit in self._text_fields().items():
                if edit.is_not_saved():
                    self._not_saved[self._claim_id, name] = edit.text_value()
        self._claim_id = claim_id
        self._typing_over = None
        self.theirs_banner.hide()
        self._fill(replace_text=True)

    def commit_pending(self) -> None:
        """Save every text field the user has changed but not yet left."""
        for edit in self._text_fields().values():
            edit.commit()

    def _claim(self) -> ClaimView | None:
        snapshot = self._session.snapshot
        if snapshot is None or self._claim_id is None:
            return None
        try:
            return snapshot.claim(self._claim_id)
        except KeyError:
            return None

    def _fill(self, replace_text: bool) -> None:
        claim = self._claim()
        self._stack.setCurrentIndex(0 if claim is None else 1)
        if claim is None:
            self._claim_id = None
            snapshot = self._session.snapshot
            self._empty.setText(
                self.tr("Select a claim to see and edit it here.")
                if snapshot is not None and snapshot.claims
                else self.tr(
                    "No claims yet. Add a source (Case → Add source…), select a claim's "
                    "words in the Source panel and press New allegation claim or New "
                    "response claim; it shows here to assess."
                )
            )
            return
        snapshot = self._session.snapshot
        self._filling = True
        try:
            side = word(claim.role)
            speaker = claim.speaker or self.tr("no speaker")
            self._title.setText(f"{side} · {claim.key} · {speaker}")
            self.quote.setPlainText(claim.quote)
            for name, edit in self._text_fields().items():
                value = getattr(claim, name) or ""
                if not replace_text:
                    edit.refresh(value)
                    continue
                edit.load(value)
                typed = self._not_saved.pop((claim.id, name), None)
                if typed is not None:
                    edit.show_not_saved(typed)
            self.kind.setCurrentIndex(max(0, self.kind.findData(claim.kind)))
            for button in self.status_buttons.buttons():
                button.setChecked(button.property("status") == claim.status)
            self.status_label.setText(self.tr("Now: %1").replace("%1", word(claim.status)))
            if self._typing_over is None:
                self._rationale_version = claim.assessment_version or 0
            # With a rationale, the assessor is its author (models.operations.set_assessment).
            who = self.tr("Assessed by {0}")
            if claim.rationale.strip():
                who = self.tr("Rationale by {0}")
            said = ""
            if claim.assessed_by:
                stamp = claim.assessed
                said = who.format(stamp.who() if stamp is not None else claim.assessed_by)
                if stamp is not None and stamp.at is not None:
                    said += self.tr("; assessment last changed on {0}").format(when(stamp.at))
            self.assessed_by.setText(said)
            notes = claim.notes_stamp
            self.notes_by.setText(
                self.tr("Written by {0}").format(notes.words())
                if notes is not None and claim.notes.strip()
                else ""
            )
            self.notes_by.setVisible(bool(self.notes_by.text()))
            self._fill_tags(snapshot, claim)
            self._fill_evidence(snapshot, claim)
            self._fill_links(snapshot, claim)
            self._fill_history()
        finally:
            self._filling = False

    def _history_toggled(self, shown: bool) -> None:
        self.history_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.claim_history.setVisible(shown)
        self._fill_history()

    def _fill_history(self) -> None:
        """The steps of the claim's history, newest first (read only while the list is open)."""
        if not self.history_toggle.isChecked() or self._claim_id is None:
            return
        from models.feed import claim_history
        from ui.common.history_words import describe

        claim_id = self._claim_id
        what = self.tr("The history of the claim cannot be read:")
        events = self._session.read(what, lambda store: claim_history(store, claim_id))
        self.claim_history.clear()
        snapshot = self._session.snapshot
        for event in reversed(events or []):
            self.claim_history.addItem(QListWidgetItem(describe(event, snapshot)))
        if not self.claim_history.count():
            self.claim_history.addItem(QListWidgetItem(self.tr("No edits yet")))

    def _fill_tags(self, snapshot: CaseSnapshot, claim: ClaimView) -> None:
        # The list is built when the case's tags change; a new selection only ticks the boxes
        # whose state differs from the claim shown before.
        if self._tags_shown is not snapshot.tags:
            self._build_tags(snapshot)
        chosen = set(claim.tag_ids)
        for tag_id in chosen.symmetric_difference(self._tags_ticked):
            item = self._tag_items.get(tag_id)
            if item is not None:
                checked = tag_id in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._tags_ticked = chosen

    def _build_tags(self, snapshot: CaseSnapshot) -> None:
        self._tags_shown = snapshot.tags
        self._tags_ticked = set()
        self._tag_items = {}
        self.tags.clear()
        depths = tag_depths(snapshot.tags)
        for tag in sorted(snapshot.tags, key=lambda t: depths[t.id][1]):
            item = QListWidgetItem(
                glyph_icon(tag.icon, tag.color), "    " * depths[tag.id][0] + tag.name
            )
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)
            self._tag_items[tag.id] = item
        rows = max(2, min(self.tags.count(), 6))
        self.tags.setFixedHeight(rows * (self.tags.sizeHintForRow(0) or 20) + 6)

    def _fill_evidence(self, snapshot: CaseSnapshot, claim: ClaimView) -> None:
        # Filled again only when what it shows changed. The rows, with their stance boxes, are
        # kept and given the next claim's records: a new box per record on every selection was
        # half of what following the selection cost the inspector.
        records = tuple(snapshot.evidence_record(a.evidence_id) for a in claim.evidence)
        shown = (claim.id, claim.evidence, records)
        if shown == self._evidence_shown:
            return
        self._evidence_shown = shown
        tree = self.evidence
        while tree.topLevelItemCount() > len(records):
            tree.takeTopLevelItem(tree.topLevelItemCount() - 1)  # its stance box goes with it
        for n, (attachment, record) in enumerate(zip(claim.evidence, records, strict=True)):
            item = tree.topLevelItem(n)
            if item is None:
                item = self._evidence_row()
            text = f"{record.title}\n{record.citation}"
            if record.stamp is not None:
                text += "\n" + self.tr("Added by {0}").format(record.stamp.words())
            item.setText(0, record.grade)
            item.setText(1, text)
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(0, grade_tooltip(record.reliability, record.credibility))
            item.setToolTip(1, rich_tooltip(f"{record.citation}\n\n{record.summary}".strip()))
            stance = tree.itemWidget(item, 2)
            stance.setCurrentIndex(stance.findData(attachment.stance))
        tree.clearSelection()
        self.evidence.setVisible(bool(claim.evidence))
        self.detach.setVisible(bool(claim.evidence))
        self.detach.setEnabled(False)
        if claim.evidence:
            row = max(self.evidence.sizeHintForRow(0), self.fontMetrics().lineSpacing() * 2 + 6)
            header = self.evidence.header().sizeHint().height()
            self.evidence.setFixedHeight(header + row * min(len(claim.evidence), 4) + 6)

    def _evidence_row(self) -> QTreeWidgetItem:
        """A new row of the attached evidence, with its stance box (filled by the caller)."""
        item = QTreeWidgetItem(["", "", ""])
        item.setIcon(1, icon("evidence"))
        self.evidence.addTopLevelItem(item)
        stance = QComboBox()
        stance.setAccessibleName(self.tr("Stance"))
        for stance_word in STANCES:
            stance.addItem(word(stance_word), stance_word)
        stance.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel needs the focus first
        self._pass_wheel(stance, stance)
        # The row's record is read when a stance is chosen: the row shows another claim's later.
        stance.activated.connect(lambda _i, box=stance: self._stance_chosen(box))
        self.evidence.setItemWidget(item, 2, stance)
        return item

    def _stance_chosen(self, box: QComboBox) -> None:
        for n in range(self.evidence.topLevelItemCount()):
            item = self.evidence.topLevelItem(n)
            if self.evidence.itemWidget(item, 2) is box:
                self._commit_stance(item.data(0, Qt.ItemDataRole.UserRole), box.currentData())
                return

    def _fill_links(self, snapshot: CaseSnapshot, claim: ClaimView) -> None:
        # The rows are kept and given the next claim's links (fewer or more as needed).
        rows: list[tuple[str, str, int | None, str]] = []  # icon, words, claim, tooltip
        for link in snapshot.links_of(claim.id):
            other_id = link.response_id if claim.role == "allegation" else link.allegation_id
            other = snapshot.claim(other_id)
            relation = word(link.relation)
            quote = " ".join(other.quote.split())
            stamp = link.stamp
            if stamp is not None and (stamp.by or stamp.role):
                relation = self.tr("{0} (by {1})").format(relation, stamp.who())
            tip = other.quote
            if stamp is not None:
                tip += "\n\n" + self.tr("Linked by {0}").format(stamp.words())
            text = f"{relation}: {other.key} “{quote}”"
            rows.append((other.role, text, other.id, rich_tooltip(tip)))
        if not rows:
            rows.append(("unanswered", self.tr("No linked claims"), None, ""))
        links = self.links
        while links.count() > len(rows):
            links.takeItem(links.count() - 1)
        for n, (name, text, other_id, tip) in enumerate(rows):
            item = links.item(n)
            if item is None:
                item = QListWidgetItem()
                links.addItem(item)
            if item.data(ICON_ROLE) != name:
                item.setIcon(icon(name))
                item.setData(ICON_ROLE, name)
            item.setText(text)
            item.setData(Qt.ItemDataRole.UserRole, other_id)
            item.setToolTip(tip)
        links.clearSelection()
        links.setFixedHeight(min(links.count(), 5) * (links.sizeHintForRow(0) or 20) + 6)

    def _case_changed(self, change: Change) -> None:
        if self._claim_id is None:
            return
        if change.structure or self._claim_id in change.claims or change.tags or change.evidence:
            self._check_typing()
            self._fill(replace_text=False)

    def _check_typing(self) -> None:
        """The rationale changed under the user's unsaved typing: say so (theirs / keep mine)."""
        claim, box = self._claim(), self.rationale
        if claim is None or not box.is_dirty():
            return
        theirs = claim.rationale or ""
        if theirs in (box.stored_text(), box.text_value()):
            return
        if self._typing_over is None:  # what the typing started from, before it is refreshed
            self._typing_over = (self._rationale_version, box.stored_text())
        self.theirs_banner.show_theirs(claim.assessed_by, theirs)
        # Once laid out, the banner and the box are scrolled into sight together.
        QTimer.singleShot(0, lambda: self._scroll.ensureWidgetVisible(self.theirs_banner, 0, 0))
        QTimer.singleShot(0, lambda: self._scroll.ensureWidgetVisible(self.rationale, 0, 8))

    def _use_theirs(self) -> None:
        claim = self._claim()
        self.theirs_banner.hide()
        self._typing_over = None
        if claim is not None:
            self.rationale.load(claim.rationale or "")
            self._rationale_version = claim.assessment_version or 0

    def _keep_mine(self) -> None:
        # The text stays; saving it meets the colleague's version as a conflict, settled there.
        self.theirs_banner.hide()
        self.rationale.setFocus()

    def _conflict_settled(self, conflict, values) -> None:
        # The field the user typed in shows what the store now holds: theirs, or the merge.
        kind, _, row = conflict.entity.partition(":")
        if kind not in ("assessment", "claim") or not row.isdigit() or int(row) != self._claim_id:
            return
        written = conflict.theirs if values is None else values
        for name, edit in self._text_fields().items():
            if name in written:
                edit.load(written[name] or "")

    def _case_loaded(self, _snapshot: CaseSnapshot | None) -> None:
        self._evidence_shown = None  # after a refusal a stance box may show what was refused
        self._fill(replace_text=False)

    # --- edits: each one is a named command of ui.common.commands ------------------------

    def _field_edit(self, field: str, value: str) -> bool:
        if self._claim_id is None:
            return True
        return commands.edit_claim(self._session, self._claim_id, field, value)

    def _saver(self, field: str):
        return lambda text: self._field_edit(field, text)

    def _commit_kind(self, _index: int) -> None:
        if not self._filling:
            self._field_edit("kind", self.kind.currentData())

    def _commit_status(self, button) -> None:
        if self._claim_id is not None:
            commands.mark_status(self._session, self._claim_id, button.property("status"))

    def _save_rationale(self, text: str) -> bool:
        if self._claim_id is None:
            return True
        over, self._typing_over = self._typing_over, None
        self.theirs_banner.hide()
        return commands.write_rationale(self._session, self._claim_id, text, over=over)

    def _tag_toggled(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        tag_id = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        # What the boxes show (a refused edit is then unticked again by the next fill).
        (self._tags_ticked.add if checked else self._tags_ticked.discard)(tag_id)
        claim = self._claim()
        if claim is not None and checked != (tag_id in claim.tag_ids):
            commands.toggle_claim_tag(self._session, claim.id, tag_id)

    def _commit_stance(self, evidence_id: int, stance: str) -> None:
        if self._claim_id is not None:
            commands.change_stance(self._session, self._claim_id, evidence_id, stance)

    def _detach_selected(self) -> None:
        items = self.evidence.selectedItems()
        if self._claim_id is not None and items:
            evidence_id = items[0].data(0, Qt.ItemDataRole.UserRole)
            commands.detach_evidence(self._session, self._claim_id, evidence_id)

    def _link_activated(self, item: QListWidgetItem) -> None:
        claim_id = item.data(Qt.ItemDataRole.UserRole)
        if claim_id is not None:
            # Deferred: the window will show that claim here, which clears this very list.
            QTimer.singleShot(0, lambda: self.claimActivated.emit(claim_id))

    def _show_in_source(self) -> None:
        if self._claim_id is not None:
            self.showInSourceRequested.emit(self._claim_id)


class TheirsBanner(QFrame):
    """Under the rationale being typed: a colleague changed it meanwhile; theirs or keep mine."""

    useTheirsRequested = Signal()
    keepMineRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("theirsBanner")
        self.setStyleSheet(
            "#theirsBanner { background: #fff4e5; border: 1px solid #b26a00; }"
            "#theirsBanner QLabel { color: #4a2c00; }"
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 3, 3, 3)
        column.setSpacing(2)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a name and a rationale: plain text
        self.label.setWordWrap(True)
        column.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        # Tool buttons take no focus on a click: the rationale is not left (and saved) first.
        self.use_theirs = QToolButton(self)
        self.use_theirs.setText(self.tr("Use theirs"))
        self.use_theirs.clicked.connect(lambda _=False: self.useTheirsRequested.emit())
        self.keep_mine = QToolButton(self)
        self.keep_mine.setText(self.tr("Keep mine"))
        self.keep_mine.clicked.connect(lambda _=False: self.keepMineRequested.emit())
        for button in (self.use_theirs, self.keep_mine):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        column.addLayout(row)
        self.hide()

    def show_theirs(self, author: str | None, theirs: str) -> None:
        """Say who changed the rationale while the user typed, and to what."""
        who = author or self.tr("A colleague")
        shown = " ".join(theirs.split())
        if len(shown) > 160:
            shown = shown[:159] + "…"
        text = self.tr("%1 changed this rationale while you were typing: “%2”")
        self.label.setText(text.replace("%1", who).replace("%2", shown))
        self.label.setToolTip(theirs)
        self.show()
