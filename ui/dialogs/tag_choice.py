"""A small dialog to choose a tag from the tree (indented by depth), returned by id."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from models.snapshot import TagView
from ui.common.icons import glyph_icon
from ui.docks.tag_model import tag_depths

TOP_LEVEL = -1  # the choice "(top level)", where a tag can be moved


class TagChoiceDialog(QDialog):
    """Asks for one tag; each entry carries the tag's id, so equal names cannot be confused."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        tags: tuple[TagView, ...],
        exclude: set[int],
        offer_top: bool,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(label)
        if offer_top:
            self.combo.addItem(self.tr("(top level)"), TOP_LEVEL)
        order = tag_depths(tags)
        for tag in sorted(tags, key=lambda t: order[t.id][1]):
            if tag.id not in exclude:
                text = "    " * order[tag.id][0] + tag.name  # QComboBox items are plain text
                self.combo.addItem(glyph_icon(tag.icon, tag.color), text, tag.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label, self.combo)
        form.addRow(buttons)
        self.setMinimumWidth(320)

    def is_empty(self) -> bool:
        """True when there is nothing to choose."""
        return self.combo.count() == 0

    def chosen(self) -> int | None:
        """The chosen tag's id (TOP_LEVEL for the top level), or None."""
        return self.combo.currentData()
