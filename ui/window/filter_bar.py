"""The filter bar: status, tag, side and text controls, and one-click presets.

What a filter keeps is decided in models/claim_filter.py; the panes run it through the index in
models/claim_index.py. The bar only shows a `ClaimFilter` and emits the one the user chose.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from models.claim_filter import ClaimFilter
from models.snapshot import CaseSnapshot
from models.vocabulary import STATUSES
from ui.common.icons import icon
from ui.common.labels import word
from ui.common.tooltips import rich_tooltip

SIDES = ("both", "allegation", "response")

# Typing settles before the panes are filtered: one filter per pause, not one per key.
TEXT_DELAY_MS = 150

UNSUPPORTED_ASSERTIONS = ClaimFilter(statuses=frozenset({"unsupported"}))
# The response pane stays whole, to find the answers to link.
UNANSWERED_ALLEGATIONS = ClaimFilter(sides=frozenset({"allegation"}), unanswered=True)


class FilterBar(QWidget):
    """Status, tag, side and text filters, with one-click presets; emits filterChanged."""

    filterChanged = Signal(object)  # ClaimFilter

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._state = ClaimFilter()
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in claims (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(120)
        self.search.textChanged.connect(self._text_timer.start)
        self.search.returnPressed.connect(self._changed)  # Enter applies at once

        self.status = QComboBox(self)
        self.status.setToolTip(self.tr("Show only claims with this status"))
        self.status.addItem(icon("filter"), self.tr("Any status"), None)
        for status in STATUSES:
            self.status.addItem(icon(status), word(status), status)
        self.status.currentIndexChanged.connect(self._changed)
        # The app's own words are shown whole: the combo is as wide as its widest status.
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.tag = _ElidingCombo(self)
        self.tag.setToolTip(self.tr("Show only claims with this tag (or a tag nested in it)"))
        self.tag.setMinimumContentsLength(9)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.currentIndexChanged.connect(self._changed)
        self.tag.currentIndexChanged.connect(self._tag_shown)

        self.side = QComboBox(self)
        self.side.setToolTip(
            self.tr(
                "Which pane the filter narrows; the other pane shows all, "
                "and so does an export of the filter"
            )
        )
        self.side.addItem(self.tr("Both sides"), "both")
        self.side.addItem(icon("allegation"), self.tr("Allegation"), "allegation")
        self.side.addItem(icon("response"), self.tr("Response"), "response")
        self.side.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        layout.addWidget(self.status)
        layout.addWidget(self.tag, 2)
        layout.addWidget(self.side)
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
        # The bar may squeeze it to its icon (see resizeEvent): its word then is in its tooltip.
        button.setMinimumWidth(button.iconSize().width() + 14)
        return button

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Too narrow for every control with its words (1280 wide, docks open): the two preset
        buttons show their icons only, so the combos keep their words whole."""
        super().resizeEvent(event)
        presets = (self.unsupported, self.unanswered)
        if presets[0].toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            self._full_width = self.sizeHint().width()
        compact = self.width() < getattr(self, "_full_width", 0)
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for button in presets:
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    @property
    def state(self) -> ClaimFilter:
        """The filter as the controls show it (typing not yet settled is not in it)."""
        return self._state

    def claim_filter(self) -> ClaimFilter | None:
        """The filter the panes show, for an export of it (None: everything)."""
        return None if self._state.is_empty else self._state

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
        # Tag names are the user's: the combo elides a long one (its tooltip names it whole),
        # and the list that drops down is wide enough for every name.
        fm = self.tag.view().fontMetrics()
        widest = max(fm.horizontalAdvance(self.tag.itemText(i)) for i in range(self.tag.count()))
        self.tag.view().setMinimumWidth(min(widest + 64, 480))
        self._tag_shown()
        if found < 0 and current is not None:
            self._changed()

    def _tag_shown(self, *_args) -> None:
        general = self.tr("Show only claims with this tag (or a tag nested in it)")
        name = self.tag.currentText().strip() if self.tag.currentData() is not None else ""
        self.tag.setToolTip(rich_tooltip(f"{name}\n{general}") if name else general)

    def set_state(self, state: ClaimFilter) -> None:
        """Show a filter in the controls and apply it (once; not at all if it is the same)."""
        self._text_timer.stop()  # typing still pending is replaced by this filter
        controls = (self.search, self.status, self.tag, self.side)
        for widget in controls:
            widget.blockSignals(True)
        try:
            self.search.setText(state.text)
            status = min(state.statuses) if state.statuses else None
            self.status.setCurrentIndex(max(self.status.findData(status), 0))
            tag_id = min(state.tag_ids) if state.tag_ids else None
            self.tag.setCurrentIndex(max(self.tag.findData(tag_id), 0))
            side = next(iter(state.sides)) if len(state.sides) == 1 else "both"
            self.side.setCurrentIndex(max(self.side.findData(side), 0))
        finally:
            for widget in controls:
                widget.blockSignals(False)
        self._emit(state)

    def filter_by_tag(self, tag_id: int) -> None:
        """Show only claims with this tag (the tag manager asks for it)."""
        self.set_state(replace(self._state, tag_ids=frozenset({tag_id})))

    def clear(self) -> None:
        """Show everything."""
        self.set_state(ClaimFilter())

    def _apply_preset(self, preset: ClaimFilter, on: bool) -> None:
        self.set_state(preset if on else ClaimFilter())

    def _changed(self, *_args) -> None:
        # Every control is read at once, so a pending text goes with a status chosen meanwhile.
        self._text_timer.stop()
        status, tag_id, side = (
            self.status.currentData(),
            self.tag.currentData(),
            self.side.currentData() or "both",
        )
        self._emit(
            ClaimFilter(
                statuses=frozenset({status}) if status else frozenset(),
                tag_ids=frozenset({tag_id}) if tag_id is not None else frozenset(),
                sides=frozenset({side}) if side != "both" else frozenset(),
                text=self.search.text(),
                unanswered=self._state.unanswered,
            )
        )

    def _emit(self, state: ClaimFilter) -> None:
        changed = state != self._state
        self._state = state
        self._sync_presets()
        if changed:
            self.filterChanged.emit(state)

    def _sync_presets(self) -> None:
        self.unsupported.setChecked(self._state == UNSUPPORTED_ASSERTIONS)
        self.unanswered.setChecked(self._state == UNANSWERED_ALLEGATIONS)


class _ElidingCombo(QComboBox):
    """A combo box whose current text, when too long (a user's tag name), ends in "…" rather
    than being cut off mid-letter; its tooltip names it whole."""

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - (
            option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


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
