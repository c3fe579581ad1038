"""Filtering the panes: what to show (FilterState), a precomputed index, and the filter bar.

The index keeps, per claim, its lower-cased searchable text, status, tags (with their ancestors)
and whether it is linked, so a filter over 20,000 claims is one pass of plain comparisons.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from models.claim_filter import ClaimFilter
from models.snapshot import CaseSnapshot, ClaimView
from models.vocabulary import STATUSES, label
from ui.common.icons import icon

SIDES = ("both", "allegation", "response")


@dataclass(frozen=True)
class FilterState:
    """What the panes show: every field empty means everything."""

    text: str = ""
    status: str | None = None
    tag_id: int | None = None
    side: str = "both"  # which pane(s) the filter applies to; the other shows all
    unanswered: bool = False

    @property
    def active(self) -> bool:
        """Whether anything is filtered."""
        return bool(self.text.strip() or self.status or self.tag_id is not None or self.unanswered)

    def applies_to(self, role: str) -> bool:
        """Whether the filter narrows that side's pane."""
        return self.active and self.side in ("both", role)

    def to_claim_filter(self) -> ClaimFilter | None:
        """The same choice as the exports' filter, or None when nothing is filtered."""
        if not self.active:
            return None
        return ClaimFilter(
            statuses=frozenset({self.status}) if self.status else frozenset(),
            tag_ids=frozenset({self.tag_id}) if self.tag_id is not None else frozenset(),
            sides=frozenset({self.side}) if self.side != "both" else frozenset(),
            text=self.text,
            unanswered=self.unanswered,
        )


UNSUPPORTED_ASSERTIONS = FilterState(status="unsupported")
UNANSWERED_ALLEGATIONS = FilterState(side="allegation", unanswered=True)


class ClaimIndex:
    """Per-claim facts a filter needs, precomputed once per case and patched after edits.

    Status, side and whether a claim is linked are read at once (the status bar counts them);
    the lower-cased searchable text and the tags with their ancestors are built by `prepare()`,
    which the panes call after their first paint, or the first filter that needs them.
    """

    def __init__(self, case: CaseSnapshot):
        self._case = case
        self._facts: dict[int, tuple[str, bool]] = {}  # status, linked
        self._order: dict[str, list[int]] = {"allegation": [], "response": []}
        self._search: dict[int, tuple[str, frozenset[int]]] | None = None
        linked = linked_claims(case)
        for claim in case.claims:
            self._order.setdefault(claim.role, []).append(claim.id)
            self._facts[claim.id] = (claim.status, claim.id in linked)

    @property
    def prepared(self) -> bool:
        """Whether the searchable text and tags are built."""
        return self._search is not None

    def prepare(self) -> None:
        """Build every claim's searchable text and tags (a fifth of a second on 20,000)."""
        if self._search is None:
            parents = {t.id: t.parent_id for t in self._case.tags}
            self._search = {c.id: _searchable(c, parents) for c in self._case.claims}

    def update(self, case: CaseSnapshot, claim_ids) -> None:
        """Re-index edited claims."""
        self._case = case
        parents = {t.id: t.parent_id for t in case.tags} if self._search is not None else {}
        for claim_id in claim_ids:
            if claim_id in self._facts:
                claim = case.claim(claim_id)
                self._facts[claim_id] = (claim.status, bool(case.links_of(claim_id)))
                if self._search is not None:
                    self._search[claim_id] = _searchable(claim, parents)

    def update_links(self, case: CaseSnapshot) -> None:
        """Re-read which claims are linked."""
        self._case = case
        linked = linked_claims(case)
        for claim_id, (status, _linked) in self._facts.items():
            self._facts[claim_id] = (status, claim_id in linked)

    def update_tags(self, case: CaseSnapshot) -> None:
        """Re-read tags (nesting may have changed): the tag index is built again when needed."""
        self._case = case
        self._search = None

    def tally(self, role: str) -> dict[str, int]:
        """One side's claims counted by status, with "total" and "unlinked"."""
        out = {"total": 0, "unlinked": 0}
        facts = self._facts
        for claim_id in self._order.get(role, ()):
            status, linked = facts[claim_id]
            out[status] = out.get(status, 0) + 1
            if not linked:
                out["unlinked"] += 1
        out["total"] = len(self._order.get(role, ()))
        return out

    def matching(self, role: str, state: FilterState) -> list[int] | None:
        """The ids of one side's claims the filter lets through (None: all of them)."""
        if not state.applies_to(role):
            return None
        needle = state.text.strip().casefold()
        status, tag_id, unanswered = state.status, state.tag_id, state.unanswered
        if needle or tag_id is not None:
            self.prepare()
        facts, search = self._facts, self._search
        out = []
        for claim_id in self._order.get(role, ()):
            claim_status, linked = facts[claim_id]
            if status is not None and claim_status != status:
                continue
            if unanswered and linked:
                continue
            if search is not None and (needle or tag_id is not None):
                text, tags = search[claim_id]
                if tag_id is not None and tag_id not in tags:
                    continue
                if needle and needle not in text:
                    continue
            out.append(claim_id)
        return out


def _searchable(claim: ClaimView, parents: dict[int, int | None]) -> tuple[str, frozenset[int]]:
    """A claim's lower-cased searchable text, and its tags with every ancestor."""
    text = (
        f"{claim.quote} {claim.paraphrase or ''} {claim.speaker or ''} "
        f"{claim.rationale} {claim.notes}"
    ).casefold()
    tags: set[int] = set()
    for tag_id in claim.tag_ids:
        seen = 0
        while tag_id is not None and tag_id not in tags and seen < 64:  # loops are refused
            tags.add(tag_id)
            tag_id = parents.get(tag_id)
            seen += 1
    return text, frozenset(tags)


def linked_claims(case: CaseSnapshot) -> set[int]:
    """Every claim at either end of a link."""
    out: set[int] = set()
    for link in case.links:
        out.add(link.allegation_id)
        out.add(link.response_id)
    return out


class FilterBar(QWidget):
    """Status, tag, side and text filters, with one-click presets; emits filterChanged."""

    filterChanged = Signal(object)  # FilterState

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._state = FilterState()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in claims (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(120)
        self.search.textChanged.connect(self._changed)

        self.status = QComboBox(self)
        self.status.setToolTip(self.tr("Show only claims with this status"))
        self.status.addItem(icon("filter"), self.tr("Any status"), None)
        for status in STATUSES:
            self.status.addItem(icon(status), self.tr(label(status)), status)
        self.status.currentIndexChanged.connect(self._changed)
        for combo in (self.status,):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )

        self.tag = QComboBox(self)
        self.tag.setToolTip(self.tr("Show only claims with this tag (or a tag nested in it)"))
        self.tag.setMinimumContentsLength(9)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.currentIndexChanged.connect(self._changed)

        self.side = QComboBox(self)
        self.side.setToolTip(self.tr("Which pane the filter narrows; the other pane shows all"))
        self.side.addItem(self.tr("Both sides"), "both")
        self.side.addItem(icon("allegation"), self.tr("Allegation"), "allegation")
        self.side.addItem(icon("response"), self.tr("Response"), "response")
        self.side.currentIndexChanged.connect(self._changed)

        self.unsupported = self._preset(self.tr("Unsupported"), "unsupported")
        self.unsupported.setToolTip(
            self.tr("Show only the claims marked as unsupported assertions")
        )
        self.unsupported.clicked.connect(lambda on: self._apply_preset(UNSUPPORTED_ASSERTIONS, on))
        self.unanswered = self._preset(self.tr("Unanswered"), "unanswered")
        self.unanswered.setToolTip(
            self.tr("Unanswered allegations: show only allegations no response claim answers")
        )
        self.unanswered.clicked.connect(lambda on: self._apply_preset(UNANSWERED_ALLEGATIONS, on))

        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icon("clear-filter"))
        self.clear_button.setToolTip(self.tr("Clear the filter"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)

        layout.addWidget(self.search, 3)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.tag, 1)
        layout.addWidget(self.side, 1)
        layout.addWidget(self.unsupported)
        layout.addWidget(self.unanswered)
        layout.addWidget(self.clear_button)
        self.set_tags(None)

    def _preset(self, text: str, icon_name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    @property
    def state(self) -> FilterState:
        """The filter as the controls show it."""
        return self._state

    def claim_filter(self) -> ClaimFilter | None:
        """The current filter as the exports understand it (None: everything)."""
        return self.state.to_claim_filter()

    def set_tags(self, case: CaseSnapshot | None) -> None:
        """Offer the tags of a case, nested ones indented under their parents."""
        current = self.tag.currentData()
        with QSignalBlocker(self.tag):
            self.tag.clear()
            self.tag.addItem(icon("tag"), self.tr("Any tag"), None)
            if case is not None:
                depth: dict[int, int] = {}
                parents = {t.id: t.parent_id for t in case.tags}
                for tag in _tree_order(case):
                    parent = parents.get(tag.id)
                    depth[tag.id] = depth.get(parent, -1) + 1 if parent is not None else 0
                    self.tag.addItem(_swatch(tag.color), "    " * depth[tag.id] + tag.name, tag.id)
            found = self.tag.findData(current)
            self.tag.setCurrentIndex(max(found, 0))
        if found < 0 and current is not None:
            self._changed()

    def set_state(self, state: FilterState) -> None:
        """Show a filter in the controls and apply it."""
        controls = (self.search, self.status, self.tag, self.side)
        for widget in controls:
            widget.blockSignals(True)
        try:
            self.search.setText(state.text)
            self.status.setCurrentIndex(max(self.status.findData(state.status), 0))
            self.tag.setCurrentIndex(max(self.tag.findData(state.tag_id), 0))
            self.side.setCurrentIndex(max(self.side.findData(state.side), 0))
        finally:
            for widget in controls:
                widget.blockSignals(False)
        self._state = state
        self._sync_presets()
        self.filterChanged.emit(state)

    def filter_by_tag(self, tag_id: int) -> None:
        """Show only claims with this tag (the tag manager asks for it)."""
        self.set_state(replace(self._state, tag_id=tag_id))

    def clear(self) -> None:
        """Show everything."""
        self.set_state(FilterState())

    def _apply_preset(self, preset: FilterState, on: bool) -> None:
        self.set_state(preset if on else FilterState())

    def _changed(self, *_args) -> None:
        self._state = FilterState(
            text=self.search.text(),
            status=self.status.currentData(),
            tag_id=self.tag.currentData(),
            side=self.side.currentData() or "both",
            unanswered=self._state.unanswered,
        )
        self._sync_presets()
        self.filterChanged.emit(self._state)

    def _sync_presets(self) -> None:
        self.unsupported.setChecked(self._state == UNSUPPORTED_ASSERTIONS)
        self.unanswered.setChecked(self._state == UNANSWERED_ALLEGATIONS)


def _tree_order(case: CaseSnapshot):
    children: dict[int | None, list] = {}
    ids = {t.id for t in case.tags}
    for tag in case.tags:
        parent = tag.parent_id if tag.parent_id in ids else None
        children.setdefault(parent, []).append(tag)
    out, stack, seen = [], list(reversed(children.get(None, []))), set()
    while stack:
        tag = stack.pop()
        if tag.id in seen:
            continue
        seen.add(tag.id)
        out.append(tag)
        stack.extend(reversed(children.get(tag.id, [])))
    out.extend(t for t in case.tags if t.id not in seen)
    return out


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color) if QColor.isValidColorName(color) else QColor("#777777"))
    return QIcon(pixmap)
