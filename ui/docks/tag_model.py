"""The tags of a case as a tree model: name with icon, colour swatch and how often each is used."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from models.snapshot import CaseSnapshot, TagView
from ui.common.drag import TAG_MIME, drag_of, tag_id_from
from ui.common.icons import glyph_icon
from ui.common.tooltips import rich_tooltip


def tag_depths(tags: tuple[TagView, ...]) -> dict[int, tuple[int, int]]:
    """Each tag's nesting depth and its place in tree order (parents before their sub-tags)."""
    children: dict[int | None, list[TagView]] = {}
    known = {t.id for t in tags}
    for tag in tags:
        parent = tag.parent_id if tag.parent_id in known else None
        children.setdefault(parent, []).append(tag)
    result: dict[int, tuple[int, int]] = {}
    stack = [(t, 0) for t in reversed(children.get(None, []))]
    while stack:
        tag, depth = stack.pop()
        if tag.id in result:
            continue  # a loop in a hand-edited file: show each tag once
        result[tag.id] = (depth, len(result))
        stack.extend((c, depth + 1) for c in reversed(children.get(tag.id, [])))
    for tag in tags:  # tags caught in a loop, never reached from the top
        result.setdefault(tag.id, (0, len(result)))
    return result


class TagNode:
    """One tag in the tree, with what the view asks for computed once."""

    __slots__ = ("children", "parent", "row", "tag", "uses")

    def __init__(self, tag: TagView | None, parent: TagNode | None, uses: int = 0):
        self.tag = tag
        self.parent = parent
        self.children: list[TagNode] = []
        self.row = 0
        self.uses = uses


class TagModel(QAbstractItemModel):
    """A tree of tags: column 0 the name (editable, with its icon), column 1 the uses (swatch)."""

    renameRequested = Signal(int, str)  # tag id, new name: typed in place
    moveRequested = Signal(int, object)  # tag id, new parent id (None: top level): dropped

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = TagNode(None, None)
        self._by_id: dict[int, TagNode] = {}

    def set_case(self, snapshot: CaseSnapshot | None) -> None:
        """Show the tags of a case (None: nothing)."""
        self.beginResetModel()
        self._root = TagNode(None, None)
        self._by_id = {}
        if snapshot is not None:
            uses = Counter(t for c in snapshot.claims for t in c.tag_ids)
            uses.update(t for e in snapshot.evidence for t in e.tag_ids)
            order = tag_depths(snapshot.tags)
            for tag in sorted(snapshot.tags, key=lambda t: order[t.id][1]):
                self._by_id[tag.id] = TagNode(tag, None, uses[tag.id])
            for tag in sorted(snapshot.tags, key=lambda t: order[t.id][1]):
                node = self._by_id[tag.id]
                parent = self._by_id.get(tag.parent_id) if order[tag.id][0] else None
                node.parent = parent or self._root
                node.row = len(node.parent.children)
                node.parent.children.append(node)
        self.endResetModel()

    def tag_id(self, index: QModelIndex) -> int | None:
        """The tag id of an index."""
        node = self._node(index)
        return node.tag.id if node.tag else None

    def index_of(self, tag_id: int) -> QModelIndex:
        """The index of a tag (column 0), or an invalid index."""
        node = self._by_id.get(tag_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def _node(self, index: QModelIndex) -> TagNode:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a child of `parent`."""
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The parent of an index (invalid at the top)."""
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The number of sub-tags (only column 0 has children)."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Name and uses."""
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Tag"), self.tr("Uses"))[section] if section in (0, 1) else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Name (plain text), icon in the tag's colour, colour swatch, uses, tooltip."""
        if not index.isValid():
            return None
        tag, node = index.internalPointer().tag, index.internalPointer()
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return tag.name
            if role == Qt.ItemDataRole.DecorationRole:
                return glyph_icon(tag.icon, tag.color)
            if role == Qt.ItemDataRole.ToolTipRole:
                return rich_tooltip(tag.name)
        else:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(node.uses)
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(tag.color)  # views paint a colour as a swatch
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Colour {0}, used %n times", None, node.uses).format(tag.color)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return tag.id
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Renaming in place goes through the tag manager's undoable edit."""
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        tag = index.internalPointer().tag
        if not str(value).strip() or str(value).strip() == tag.name:
            return False
        # Later, not inside the view's commit: the edit re-reads (resets) this model.
        QTimer.singleShot(0, lambda: self.renameRequested.emit(tag.id, str(value)))
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        """Tags can be selected, renamed (name column), dragged and dropped onto."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        """Dropping a tag on another nests it."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        """Drags carry a tag id."""
        return [TAG_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        """The dragged tag's id, as ASCII digits."""
        tags = [i.internalPointer().tag.id for i in indexes if i.isValid()]
        return drag_of(TAG_MIME, tags[0]) if tags else QMimeData()

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Nest the dropped tag under the tag it was dropped on (or at the top level)."""
        tag_id = tag_id_from(data)
        if tag_id is None:
            return False
        parent_id = self.tag_id(parent) if parent.isValid() else None
        node = self._by_id.get(tag_id)
        if node is None or parent_id == tag_id:
            return False
        if (node.parent.tag.id if node.parent.tag else None) != parent_id:
            QTimer.singleShot(0, lambda: self.moveRequested.emit(tag_id, parent_id))
        # False: the edit re-reads the tree; the view must not remove the dragged row itself.
        return False
