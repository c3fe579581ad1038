"""The tag manager: a tree of tags to create, rename, recolour, give icons, nest, merge, delete
and apply to the current claim or evidence record, each as one undoable edit."""

from __future__ import annotations

from itertools import cycle
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.snapshot import CaseSnapshot, tag_descendants
from ui.common import commands
from ui.common.empty_state import EmptyState
from ui.common.icons import glyph_icon, icon, tag_glyph_choices
from ui.common.session import CaseSession
from ui.common.text_field import REFUSED
from ui.dialogs.tag_choice import TOP_LEVEL, TagChoiceDialog
from ui.docks.tag_model import TagModel, tag_depths

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)

__all__ = ["TagManager", "tag_depths"]

NEW_TAG_COLOURS = ("#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#5d4037")


class TagManager(QWidget):
    """Every tag of the case as a tree, with the edits an analyst makes to tags."""

    tagFilterRequested = Signal(int)  # a tag id: show only what carries this tag
    # A right-click: ("tag", the tag's id or -1 off any tag, where); the window's tag menu.
    contextMenuRequested = Signal(str, int, QPoint)

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._claim_id: int | None = None
        self._evidence_id: int | None = None
        self._colours = cycle(NEW_TAG_COLOURS)
        self.model = TagModel(self)
        self.model.renameRequested.connect(self._rename_typed)
        self._names = _NameEditing(self)
        self.model.moveRequested.connect(self.move_tag)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(0, self._names)
        self.tree.setHeaderHidden(False)
        self.tree.setIconSize(QSize(18, 18))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.new_action = self._action("add", self.tr("New tag"), self._new_tag)
        self.new_child_action = self._action(
            "new-sub-tag", self.tr("New sub-tag"), self._new_sub_tag
        )
        self.rename_action = self._action("edit", self.tr("Rename"), self._rename_selected)
        self.colour_action = self._action("colour", self.tr("Colour…"), self._recolour_selected)
        self.icon_action = self._action("tag-icon", self.tr("Icon"), None)
        self.icon_action.setMenu(self._icon_menu())
        self.move_action = self._action("move-under", self.tr("Move under…"), self._move_selected)
        self.merge_action = self._action("merge", self.tr("Merge into…"), self._merge_selected)
        self.delete_action = self._action("delete", self.tr("Delete…"), self._delete_selected)
        self.claim_action = self._action("claim", self.tr("Tag the claim"), self._toggle_claim)
        self.claim_action.setCheckable(True)
        self.evidence_action = self._action(
            "evidence", self.tr("Tag the evidence record"), self._toggle_evidence
        )
        self.evidence_action.setCheckable(True)
        self.filter_action = self._action(
            "filter", self.tr("Show only claims with this tag"), self._filter_selected
        )
        # The toolbar and the context menu offer the same actions in the same order.
        self._menu_actions = (
            self.new_action,
            self.new_child_action,
            self.rename_action,
            self.colour_action,
            self.icon_action,
            self.move_action,
            self.merge_action,
            self.delete_action,
            None,
            self.claim_action,
            self.evidence_action,
            self.filter_action,
        )
        for action in self._menu_actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        self.empty_state = EmptyState(self.tree.viewport())
        self.empty_state.actionRequested.connect(self._new_tag)

        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)
        if session.snapshot is not None:
            self._case_loaded(session.snapshot)
        self._update_actions()

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(icon(name), text, self)
        action.setToolTip(text)
        if slot is not None:
            action.triggered.connect(lambda _=False: slot())
        return action

    def _icon_menu(self) -> QMenu:
        menu = QMenu(self)
        none = menu.addAction(self.tr("Plain tag icon"))
        none.triggered.connect(lambda: self._icon_selected(None))
        for glyph in tag_glyph_choices():
            action = menu.addAction(glyph_icon(glyph), glyph.split(".", 1)[-1].replace("-", " "))
            action.triggered.connect(lambda _=False, g=glyph: self._icon_selected(g))
        return menu

    # --- what is shown ---------------------------------------------------------------------

    def set_current_claim(self, claim_id: int | None) -> None:
        """The claim that "Tag the claim" acts on (None: none)."""
        self._claim_id = claim_id
        self._update_actions()

    def set_current_evidence(self, evidence_id: int | None) -> None:
        """The evidence record that "Tag the evidence record" acts on (None: none)."""
        self._evidence_id = evidence_id
        self._update_actions()

    def selected_tag(self) -> int | None:
        """The id of the selected tag, if any."""
        index = self.tree.currentIndex()
        selected = self.tree.selectionModel().isSelected(index) if index.isValid() else False
        return self.model.tag_id(index) if selected else None

    def select_tag(self, tag_id: int) -> None:
        """Select a tag."""
        index = self.model.index_of(tag_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _case_loaded(self, snapshot: CaseSnapshot | None) -> None:
        self._reload(snapshot)

    def _case_changed(self, change: Change) -> None:
        snapshot = self._session.snapshot
        if snapshot is not None and (change.tags or change.structure):
            self._reload(snapshot)
        else:
            self._update_actions()

    def _reload(self, snapshot: CaseSnapshot | None) -> None:
        selected = self.selected_tag()
        self.model.set_case(snapshot)
        self.tree.expandAll()
        if snapshot is None or snapshot.tags:  # no case: nothing to tag, nothing to offer
            self.empty_state.clear()
        else:
            self.empty_state.say(
                self.tr(
                    "No tags yet: press New tag to make one, then tick it in the Inspector "
                    "or right-click a claim → Tag."
                ),
                self.tr("New tag…"),
            )
        if selected is not None:
            self.select_tag(selected)
        self._update_actions()

    def _current_tags(self) -> tuple[set[int], set[int]]:
        snapshot = self._session.snapshot
        claim_tags: set[int] = set()
        evidence_tags: set[int] = set()
        if snapshot is not None:
            try:
                if self._claim_id is not None:
                    claim_tags = set(snapshot.claim(self._claim_id).tag_ids)
                if self._evidence_id is not None:
                    evidence_tags = set(snapshot.evidence_record(self._evidence_id).tag_ids)
            except KeyError:
                pass
        return claim_tags, evidence_tags

    def _update_actions(self) -> None:
        tag_id = self.selected_tag()
        chosen = tag_id is not None
        for action in (
            self.new_child_action,
            self.rename_action,
            self.colour_action,
            self.icon_action,
            self.move_action,
            self.merge_action,
            self.delete_action,
            self.filter_action,
        ):
            action.setEnabled(chosen)
        claim_tags, evidence_tags = self._current_tags()
        self.claim_action.setEnabled(chosen and self._claim_id is not None)
        self.claim_action.setChecked(chosen and tag_id in claim_tags)
        self.evidence_action.setEnabled(chosen and self._evidence_id is not None)
        self.evidence_action.setChecked(chosen and tag_id in evidence_tags)

    # --- edits (public, so the window and tests can drive them without dialogs) -----------
    # Each is a named command of ui.common.commands.

    def new_tag(
        self, name: str, color: str | None = None, parent_id: int | None = None
    ) -> int | None:
        """Create a tag (a sub-tag if parent_id is given), select it and return its id."""
        tag_id = commands.new_tag(self._session, name, color or next(self._colours), parent_id)
        if tag_id is not None:
            self.select_tag(tag_id)
        return tag_id

    def rename(self, tag_id: int, name: str) -> bool:
        """Rename a tag."""
        return commands.rename_tag(self._session, tag_id, name)

    def recolour(self, tag_id: int, color: str) -> bool:
        """Give a tag another colour (#rrggbb)."""
        return commands.recolour_tag(self._session, tag_id, color)

    def set_icon(self, tag_id: int, glyph: str | None) -> bool:
        """Give a tag another icon (None: the plain tag icon)."""
        return commands.set_tag_icon(self._session, tag_id, glyph)

    def move_tag(self, tag_id: int, parent_id: int | None) -> bool:
        """Nest a tag under another (None: top level)."""
        return commands.move_tag(self._session, tag_id, parent_id)

    def merge(self, source_id: int, target_id: int) -> bool:
        """Merge one tag into another: its uses move to the target and it disappears."""
        return commands.merge_tags(self._session, source_id, target_id)

    def delete(self, tag_id: int) -> bool:
        """Delete a tag and take it off everything; its sub-tags move up."""
        return commands.delete_tag(self._session, tag_id)

    def toggle_on_claim(self, tag_id: int, claim_id: int) -> bool:
        """Apply a tag to a claim, or take it off if the claim has it."""
        return commands.toggle_claim_tag(self._session, claim_id, tag_id)

    def toggle_on_evidence(self, tag_id: int, evidence_id: int) -> bool:
        """Apply a tag to an evidence record, or take it off if the record has it."""
        return commands.toggle_evidence_tag(self._session, evidence_id, tag_id)

    # --- the dialogs in front of the edits -------------------------------------------------

    def _rename_typed(self, tag_id: int, name: str) -> None:
        """A name typed in place; if the store refuses it, the editor opens again with it."""
        self.rename(tag_id, name)
        try:
            stored = self._session.snapshot.tag(tag_id).name
        except (AttributeError, KeyError):
            return  # the tag is gone: nothing to rename
        if stored != name.strip():
            index = self.model.index_of(tag_id)
            self._names.refused = (tag_id, name)
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)

    def _ask_and_create(self, title: str, parent_id: int | None = None) -> None:
        """Ask a new tag's name and make it; a name the store refuses is asked again as typed."""
        label, name = self.tr("Name:"), ""
        while True:
            name, ok = QInputDialog.getText(self, title, label, text=name)
            if not ok or not name.strip():
                return
            if self.new_tag(name.strip(), parent_id=parent_id) is not None:
                return
            label = self.tr("Not saved: %1\n\nName:").replace("%1", self._session.last_refusal)

    def _new_tag(self) -> None:
        self._ask_and_create(self.tr("New tag"))

    def _new_sub_tag(self) -> None:
        parent = self.selected_tag()
        if parent is not None:
            self._ask_and_create(self.tr("New sub-tag"), parent)

    def _rename_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def _recolour_selected(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is None:
            return
        tag = self._session.snapshot.tag(tag_id)
        colour = QColorDialog.getColor(QColor(tag.color), self, self.tr("Tag colour"))
        if colour.isValid():
            self.recolour(tag_id, colour.name())

    def _icon_selected(self, glyph: str | None) -> None:
        tag_id = self.selected_tag()
        if tag_id is not None:
            self.set_icon(tag_id, glyph)

    def _choose_tag(self, title: str, label: str, exclude: set[int], top: bool) -> int | None:
        """Ask for a tag; returns TOP_LEVEL for "top level" when `top` is offered."""
        dialog = TagChoiceDialog(self, title, label, self._session.snapshot.tags, exclude, top)
        if dialog.is_empty() or not dialog.exec():
            return None
        return dialog.chosen()

    def _move_selected(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is None:
            return
        choice = self._choose_tag(
            self.tr("Move tag"),
            self.tr("Move under:"),
            tag_descendants(self._session.snapshot.tags, {tag_id}),
            top=True,
        )
        if choice is not None:
            self.move_tag(tag_id, None if choice == TOP_LEVEL else choice)

    def _merge_selected(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is None:
            return
        target = self._choose_tag(self.tr("Merge tag"), self.tr("Merge into:"), {tag_id}, False)
        if target is not None and self._confirm(
            self.tr("Merge “{0}” into “{1}”? Everything tagged with it gets the other tag.").format(
                self._session.snapshot.tag(tag_id).name, self._session.snapshot.tag(target).name
            )
        ):
            self.merge(tag_id, target)

    def _delete_selected(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is None:
            return
        tag = self._session.snapshot.tag(tag_id)
        uses = self.model.index_of(tag_id).internalPointer().uses
        children = any(t.parent_id == tag_id for t in self._session.snapshot.tags)
        if (not uses and not children) or self._confirm(
            self.tr(
                "Delete the tag “{0}”? It is used %n times. You can undo this.", None, uses
            ).format(tag.name)
        ):
            self.delete(tag_id)

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Tags"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _toggle_claim(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is not None and self._claim_id is not None:
            self.toggle_on_claim(tag_id, self._claim_id)
        self._update_actions()

    def _toggle_evidence(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is not None and self._evidence_id is not None:
            self.toggle_on_evidence(tag_id, self._evidence_id)
        self._update_actions()

    def _filter_selected(self) -> None:
        tag_id = self.selected_tag()
        if tag_id is not None:
            self.tagFilterRequested.emit(tag_id)

    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if index.isValid():
            self.select_tag(self.model.tag_id(index))
        else:
            self.tree.selectionModel().clearSelection()
        tag_id = self.selected_tag()
        at = self.tree.viewport().mapToGlobal(point)
        self.contextMenuRequested.emit("tag", -1 if tag_id is None else tag_id, at)

    # What the window's tag menu (the actions table) triggers.
    def ask_new_tag(self) -> None:
        """Ask a new tag's name and make it."""
        self._new_tag()

    def ask_new_sub_tag(self) -> None:
        """Ask a new sub-tag's name and make it under the selected tag."""
        self._new_sub_tag()

    def rename_selected(self) -> None:
        """Rename the selected tag in place."""
        self._rename_selected()

    def delete_selected(self) -> None:
        """Delete the selected tag (asked first when it is used or has sub-tags)."""
        self._delete_selected()

    def toggle_on_current_claim(self) -> None:
        """Put the selected tag on the current claim, or take it off."""
        self._toggle_claim()

    def filter_selected(self) -> None:
        """Show only the claims with the selected tag."""
        self._filter_selected()

    def current_claim_has(self, tag_id: int) -> bool:
        """Whether the current claim carries the tag."""
        return tag_id in self._current_tags()[0]


class _NameEditing(QStyledItemDelegate):
    """Renaming in place; a name the store refused comes back in the editor, framed red."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.refused: tuple[int, str] | None = None  # (tag id, the name typed)

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802 - Qt override
        """The stored name, or the refused one (Enter saves it again, Escape discards it)."""
        super().setEditorData(editor, index)
        refused, self.refused = self.refused, None
        if refused is None or index.model().tag_id(index) != refused[0]:
            return
        if isinstance(editor, QLineEdit):
            editor.setText(refused[1])
            editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {REFUSED}; }}")
            editor.setToolTip(self.tr("Not saved: Enter saves it again, Escape discards it"))
