"""The main window's actions, menus, toolbar and keys, declared once in one table.

`window_table()` lists every menu and every action with its keys and its places (menus and
their sections, the toolbar); `PANE_KEYS` lists the keys that the panes and the link dialog
handle themselves. The window's actions, its menu bar, its toolbar and the F1 list are all
built from these two, so a key cannot be bound in one place and missing from another.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ui.common.icons import icon
from ui.common.translation import Context

Place = tuple[str, int]  # (menu, section): menu items follow table order, sections are separated


Menus = Context("Menus")


@dataclass(frozen=True)
class MenuRow:
    """A menu: on the menu bar (no place) or a submenu at a place in another menu."""

    name: str
    label: str
    place: Place | None = None
    icon: str | None = None


@dataclass(frozen=True)
class ActionRow:
    """An action: its name on `Actions`, its text, keys, tip and where it appears."""

    name: str
    label: str
    icon: str | None = None
    keys: tuple[str, ...] = ()
    tip: str = ""
    menus: tuple[Place, ...] = ()
    toolbar: int | None = None  # position on the toolbar; the tens are groups, separated
    short: str = ""  # the toolbar's shorter text, if any
    checkable: bool = False
    panes: bool = False  # its keys act only while a pane of claims (or the gutter) has the focus


@dataclass(frozen=True)
class KeyRow:
    """A key handled by a pane (or the link dialog) itself, not by a window action."""

    keys: str
    what: str


def window_table() -> tuple[MenuRow | ActionRow, ...]:
    """Every menu and action of the window, in menu order, translated."""
    return (
        MenuRow("file", Menus.tr("&File")),
        MenuRow("edit", Menus.tr("&Edit")),
        MenuRow("view", Menus.tr("&View")),
        MenuRow("classroom", Menus.tr("C&lassroom")),
        MenuRow("case", Menus.tr("&Case")),
        MenuRow("help", Menus.tr("&Help")),
        # File
        ActionRow(
            "new_case",
            Menus.tr("&New case…"),
            "add",
            ("Ctrl+N",),
            Menus.tr("Start a case of your own: its title and the two parties"),
            (("file", 1),),
        ),
        ActionRow(
            "open_case",
            Menus.tr("&Open case…"),
            "open",
            ("Ctrl+O",),
            Menus.tr("Open another case in the store"),
            (("file", 1),),
            toolbar=10,
            short=Menus.tr("Open"),
        ),
        MenuRow("recent", Menus.tr("Open &recent"), ("file", 1), "history"),
        ActionRow(
            "import_case",
            Menus.tr("&Import case file…"),
            "import",
            ("Ctrl+I",),
            Menus.tr("Import a case file into the store"),
            (("file", 1),),
            toolbar=11,
            short=Menus.tr("Import"),
        ),
        ActionRow(
            "export",
            Menus.tr("&Export…"),
            "export",
            ("Ctrl+E",),
            Menus.tr("Export the case"),
            (("file", 2),),
            toolbar=41,
            short=Menus.tr("Export"),
        ),
        ActionRow(
            "restore_backup",
            Menus.tr("&Restore from backup…"),
            "history",
            tip=Menus.tr(
                "Put one of the store's backups in its place (the store is backed up first)"
            ),
            menus=(("file", 3),),
        ),
        ActionRow(
            "quit",
            Menus.tr("&Quit"),
            "quit",
            ("Ctrl+Q",),
            Menus.tr("Close Counterpoint; every edit is already saved"),
            (("file", 4),),
        ),
        # Edit (undo and redo are the undo stack's own actions; the table gives them keys)
        # The toolbar's Undo and Redo keep their short words (the menu and the tooltip name the
        # step), so the toolbar never changes width as the history moves.
        ActionRow(
            "undo",
            Menus.tr("Undo"),
            "undo",
            ("Ctrl+Z",),
            menus=(("edit", 1),),
            toolbar=20,
            short=Menus.tr("Undo"),
        ),
        ActionRow(
            "redo",
            Menus.tr("Redo"),
            "redo",
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            menus=(("edit", 1),),
            toolbar=21,
            short=Menus.tr("Redo"),
        ),
        ActionRow(
            "history",
            Menus.tr("&History"),
            "history",
            ("Ctrl+H",),
            Menus.tr("Show the list of edits that can be undone"),
            (("edit", 2),),
            toolbar=22,
            short=Menus.tr("History"),
        ),
        ActionRow(
            "find",
            Menus.tr("&Find in claims"),
            "search",
            ("Ctrl+F",),
            Menus.tr("Filter the claims by text"),
            (("edit", 3),),
        ),
        ActionRow(
            "clear_filter",
            Menus.tr("&Clear filter"),
            "clear-filter",
            ("Ctrl+Shift+F",),
            Menus.tr("Show every claim"),
            (("edit", 3),),
        ),
        # View
        MenuRow("docks", Menus.tr("&Panels"), ("view", 1)),
        MenuRow("theme", Menus.tr("&Theme"), ("view", 1)),
        ActionRow("theme_light", Menus.tr("&Light"), menus=(("theme", 1),), checkable=True),
        ActionRow("theme_dark", Menus.tr("&Dark"), menus=(("theme", 1),), checkable=True),
        ActionRow(
            "theme_system", Menus.tr("Follow the &system"), menus=(("theme", 1),), checkable=True
        ),
        ActionRow(
            "focus_allegation",
            Menus.tr("Go to the &allegation pane"),
            "allegation",
            ("Ctrl+1",),
            menus=(("view", 2),),
        ),
        ActionRow(
            "focus_response",
            Menus.tr("Go to the &response pane"),
            "response",
            ("Ctrl+2",),
            menus=(("view", 2),),
        ),
        # Classroom
        ActionRow(
            "present",
            Menus.tr("&Present"),
            "present",
            ("F5",),
            Menus.tr("Present the case in a classroom"),
            (("view", 3), ("classroom", 1)),
            toolbar=40,
            short=Menus.tr("Present"),
        ),
        ActionRow(
            "worksheet",
            Menus.tr("Export &worksheet…"),
            "worksheet",
            tip=Menus.tr(
                "A PDF for students: the claims side by side, a blank for each assessment"
            ),
            menus=(("classroom", 2),),
        ),
        ActionRow(
            "answer_key",
            Menus.tr("Export &answer key…"),
            "worksheet",
            tip=Menus.tr("The worksheet with the assessments and rationales filled in"),
            menus=(("classroom", 2),),
        ),
        ActionRow(
            "student_copy",
            Menus.tr("Export &student copy…"),
            "export",
            tip=Menus.tr("A case file with every assessment cleared, for a student to work on"),
            menus=(("classroom", 2),),
        ),
        ActionRow(
            "grade",
            Menus.tr("&Grade student files…"),
            "grade",
            ("Ctrl+G",),
            Menus.tr("Compare returned student copies with this case's assessments"),
            (("classroom", 3),),
        ),
        # Case: single letters, so they act in the panes only (a text field or the source view
        # keeps its letters, and the claim acted on is the one the user is looking at)
        ActionRow(
            "mark_supported",
            Menus.tr("Mark &supported"),
            "supported",
            ("S",),
            Menus.tr("Mark the selected claim as supported"),
            (("case", 1),),
            toolbar=30,
            short=Menus.tr("Supported"),
            panes=True,
        ),
        ActionRow(
            "mark_unsupported",
            Menus.tr("Mark &unsupported assertion"),
            "unsupported",
            ("U",),
            Menus.tr("Mark the selected claim as an unsupported assertion"),
            (("case", 1),),
            toolbar=31,
            short=Menus.tr("Unsupported"),
            panes=True,
        ),
        ActionRow(
            "mark_disputed",
            Menus.tr("Mark &disputed"),
            "disputed",
            ("D",),
            Menus.tr("Mark the selected claim as disputed"),
            (("case", 1),),
            toolbar=32,
            short=Menus.tr("Disputed"),
            panes=True,
        ),
        ActionRow(
            "link",
            Menus.tr("&Link, relink or unlink…"),
            "link",
            ("L",),
            Menus.tr("Link the claims selected on each side, change their relation or unlink them"),
            (("case", 2),),
            toolbar=33,
            short=Menus.tr("Link"),
            panes=True,
        ),
        ActionRow(
            "add_source",
            Menus.tr("&Add source…"),
            "source",
            ("Ctrl+Shift+O",),
            Menus.tr("Add a statement, article or reply from a file (text, HTML, PDF, Word)"),
            (("case", 3),),
        ),
        ActionRow(
            "paste_source",
            Menus.tr("&Paste text as source…"),
            "source",
            ("Ctrl+Shift+V",),
            Menus.tr("Add the clipboard's text as a source"),
            (("case", 3),),
        ),
        ActionRow(
            "delete_source",
            Menus.tr("Delete s&ource…"),
            "delete",
            tip=Menus.tr("Delete the source shown in the Source panel, with its claims"),
            menus=(("case", 3),),
        ),
        # Claims (the Delete key works in a pane only: see ui/window/case_work.py)
        ActionRow(
            "delete_claim",
            Menus.tr("&Delete claim"),
            "delete",
            tip=Menus.tr("Delete the selected claim with its links, tags and evidence (undoable)"),
            menus=(("case", 4),),
        ),
        ActionRow(
            "set_span",
            Menus.tr("Set span from s&election"),
            "edit",
            tip=Menus.tr("The selected claim's text becomes the text selected in the Source panel"),
            menus=(("case", 4),),
        ),
        ActionRow(
            "split_claim",
            Menus.tr("Spli&t claim at cursor"),
            "claim",
            tip=Menus.tr("Split the selected claim where the cursor is in the Source panel"),
            menus=(("case", 4),),
        ),
        ActionRow(
            "merge_claims",
            Menus.tr("&Merge with next claim"),
            "merge",
            tip=Menus.tr("Merge the selected claim with the next claim of its side"),
            menus=(("case", 4),),
        ),
        ActionRow(
            "move_claim",
            Menus.tr("Move to the ot&her side"),
            "link",
            tip=Menus.tr("Move the selected claim to the other side (its links are removed)"),
            menus=(("case", 4),),
        ),
        ActionRow(
            "case_properties",
            Menus.tr("Case p&roperties…"),
            "settings",
            tip=Menus.tr("The case's title, description and the two parties"),
            menus=(("case", 5),),
        ),
        ActionRow(
            "delete_case",
            Menus.tr("Delete &case…"),
            "delete",
            tip=Menus.tr("Delete the case; a case file of it is kept beside the store"),
            menus=(("case", 5),),
        ),
        # Help
        ActionRow(
            "shortcuts",
            Menus.tr("&Keyboard shortcuts"),
            "keyboard",
            ("F1",),
            Menus.tr("List every keyboard shortcut"),
            (("help", 1),),
        ),
        ActionRow("about", Menus.tr("&About Counterpoint"), "app", menus=(("help", 1),)),
    )


def pane_keys() -> tuple[KeyRow, ...]:
    """The keys a pane of claims (ClaimListView) and the link dialog handle themselves."""
    return (
        KeyRow(Menus.tr("Up / Down"), Menus.tr("Previous / next claim in the pane")),
        KeyRow(
            Menus.tr("Home / End, Page Up / Page Down"),
            Menus.tr("First / last claim, a page up or down"),
        ),
        KeyRow(Menus.tr("Tab"), Menus.tr("Jump to the first claim linked to the selected one")),
        KeyRow(
            Menus.tr("1–7 (in the link dialog)"), Menus.tr("Choose the relation; Enter confirms")
        ),
        KeyRow(Menus.tr("Delete (in the link dialog)"), Menus.tr("Unlink the two claims")),
        KeyRow(Menus.tr("Delete (in a pane)"), Menus.tr("Delete the selected claim")),
        KeyRow(
            Menus.tr("A / R / X (in the source, suggestions on)"),
            Menus.tr("Accept the suggested claim to the allegation / the response; reject it"),
        ),
        KeyRow(
            Menus.tr("Enter / Delete (in Suggestions)"),
            Menus.tr("Link the suggested response / dismiss the suggestion"),
        ),
    )


def _plain(label: str) -> str:
    return label.replace("&", "").rstrip(".…")


class Actions:
    """Every action of the window by its table name (the menus and the toolbar hold the same)."""

    def __init__(self, rows: tuple[ActionRow, ...], actions: dict[str, QAction]):
        self._rows = rows
        self._actions = actions

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]
        except KeyError:
            raise AttributeError(name) from None

    def all(self) -> list[QAction]:
        """Every action, in table order."""
        return list(self._actions.values())

    def key_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for F1: every action's keys in table order, then the pane keys."""
        rows = []
        for row in self._rows:
            keys = [k for k in self._actions[row.name].shortcuts() if not k.isEmpty()]
            if keys:
                text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                what = _plain(row.label)
                if row.panes:
                    what = Menus.tr("%1 (in a pane)").replace("%1", what)
                rows.append((text, what))
        return rows + [(key.keys, key.what) for key in pane_keys()]


def _set_up(window: QMainWindow, panes: QWidget, action: QAction, row: ActionRow) -> None:
    if row.icon:
        action.setIcon(icon(row.icon))
    if row.keys:
        action.setShortcuts([QKeySequence(k) for k in row.keys])
    action.setCheckable(row.checkable)
    if row.tip:
        action.setStatusTip(row.tip)
        shortcut = action.shortcut()
        action.setToolTip(
            f"{_plain(row.label)} ({shortcut.toString()})" if not shortcut.isEmpty() else row.tip
        )
    if row.short:
        action.setIconText(row.short)
    if row.panes:
        # Only while the focus is in the panes: elsewhere (the source view, the history, a list
        # of tags or evidence, a text field) the letter is that widget's, and the claim marked
        # is always the one the user is looking at. The menus and the toolbar still trigger it.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        panes.addAction(action)
    else:
        # Window-wide, whichever pane or dock has the focus.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)


def build_actions(window: QMainWindow, panes: QWidget, undo: QAction, redo: QAction) -> Actions:
    """Create the window's actions from the table (undo and redo come from the undo stack).

    `panes` holds the keys of the rows marked `panes` (the comparison view: both panes and the
    gutter between them).
    """
    given = {"undo": undo, "redo": redo}
    rows = tuple(r for r in window_table() if isinstance(r, ActionRow))
    actions: dict[str, QAction] = {}
    for row in rows:
        action = given.get(row.name) or QAction(row.label, window)
        _set_up(window, panes, action, row)
        actions[row.name] = action
    return Actions(rows, actions)


def build_menus(window: QMainWindow, a: Actions) -> dict[str, QMenu]:
    """Fill the menu bar from the table; the menus by name (submenus included)."""
    table = window_table()
    menus: dict[str, QMenu] = {}
    items: dict[str, list[tuple[int, int, MenuRow | ActionRow]]] = {}
    for order, row in enumerate(table):
        if isinstance(row, MenuRow):
            menu = QMenu(row.label, window)
            if row.icon:
                menu.setIcon(icon(row.icon))
            menus[row.name] = menu
            if row.place is None:
                window.menuBar().addMenu(menu)
            places = (row.place,) if row.place else ()
        else:
            places = row.menus
        for menu_name, section in places:
            items.setdefault(menu_name, []).append((section, order, row))
    for menu_name, entries in items.items():
        menu, last = menus[menu_name], None
        for section, _order, row in sorted(entries, key=lambda e: e[:2]):
            if last is not None and section != last:
                menu.addSeparator()
            last = section
            if isinstance(row, MenuRow):
                menu.addMenu(menus[row.name])
            else:
                menu.addAction(getattr(a, row.name))
    return menus


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    """The main toolbar: the actions an analyst uses all day, in the table's toolbar order."""
    bar = window.addToolBar(Menus.tr("Main toolbar"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    placed = sorted(
        (r.toolbar, r.name)
        for r in window_table()
        if isinstance(r, ActionRow) and r.toolbar is not None
    )
    group = None
    for position, name in placed:
        if group is not None and position // 10 != group:
            bar.addSeparator()
        group = position // 10
        bar.addAction(getattr(a, name))
    return bar
