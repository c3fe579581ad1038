"""The main window's actions, menus, toolbar and keys, declared once in one table.

`window_table()` lists every menu and every action with its keys and its places (menus and
their sections, the toolbar, the right-click menus of a claim, a link, an evidence record and a
tag); `PANE_KEYS` lists the keys that the panes and the link dialog handle themselves. The
window's actions, its menu bar, its toolbar, its context menus and the F1 list are all built from
these two, so a key cannot be bound in one place and missing from another.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ui.common.icons import icon
from ui.common.translation import Context

Std = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey  # a key of ours, or a standard key each platform binds
Place = tuple[str, int]  # (menu, section): menu items follow table order, sections are separated

# The right-click menus, by what was clicked: a claim card, a link in the gutter, a row of the
# evidence library, a tag. Rows name them in `context`; the window pops them up.
CONTEXTS = ("claim", "link", "evidence", "tag")

# Where a row's keys act when it names one in `within` (besides the window, its default): the
# window binds each to its widgets (`bind_keys`), so Delete deletes what has the focus.
WITHIN = {
    "claims": QT_TRANSLATE_NOOP("Menus", "in a pane"),
    "gutter": QT_TRANSLATE_NOOP("Menus", "in the links between the panes"),
    "evidence": QT_TRANSLATE_NOOP("Menus", "in the evidence library"),
    "tags": QT_TRANSLATE_NOOP("Menus", "in the tag list"),
}


Menus = Context("Menus")


@dataclass(frozen=True)
class MenuRow:
    """A menu: on the menu bar (no place) or a submenu at a place in another menu."""

    name: str
    label: str
    place: Place | None = None
    icon: str | None = None
    context: Place | None = None  # a submenu of a right-click menu, filled when shown


@dataclass(frozen=True)
class ActionRow:
    """An action: its name on `Actions`, its text, keys, tip and where it appears."""

    name: str
    label: str
    icon: str | None = None
    # Standard keys first where there is one (each platform gets its own binding); a string
    # after one is the fallback, used only where the platform binds the standard key to nothing.
    keys: tuple[Key, ...] = ()
    tip: str = ""
    menus: tuple[Place, ...] = ()
    toolbar: int | None = None  # position on the toolbar; the tens are groups, separated
    short: str = ""  # the toolbar's shorter text, if any
    checkable: bool = False
    panes: bool = False  # its keys act only while a pane of claims (or the gutter) has the focus
    context: tuple[Place, ...] = ()  # places in the right-click menus (CONTEXTS)
    within: str = ""  # its keys act only in these widgets (a key of WITHIN; see bind_keys)


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
            (Std.New,),
            Menus.tr("Start a case of your own: its title and the two parties"),
            (("file", 1),),
        ),
        ActionRow(
            "open_case",
            Menus.tr("&Open case…"),
            "open",
            (Std.Open,),
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
            "connect_store",
            Menus.tr("Connect to a &team store…"),
            "team",
            tip=Menus.tr("Open a case store shared on a PostgreSQL server"),
            menus=(("file", 1),),
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
            "author_name",
            Menus.tr("Your &name…"),
            "author",
            tip=Menus.tr("The name recorded with every edit you make"),
            menus=(("file", 3),),
        ),
        ActionRow(
            "quit",
            Menus.tr("&Quit"),
            "quit",
            (Std.Quit, "Ctrl+Q"),
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
            (Std.Undo,),
            menus=(("edit", 1),),
            toolbar=20,
            short=Menus.tr("Undo"),
        ),
        ActionRow(
            "redo",
            Menus.tr("Redo"),
            "redo",
            (Std.Redo,),
            menus=(("edit", 1),),
            toolbar=21,
            short=Menus.tr("Redo"),
        ),
        ActionRow(
            "copy_claim",
            Menus.tr("&Copy quote with citation"),
            "copy",
            (Std.Copy,),
            Menus.tr("Copy the selected claim's quote, speaker and source, as text and as HTML"),
            (("edit", 2),),
            panes=True,
            context=(("claim", 3),),
        ),
        ActionRow(
            "history",
            Menus.tr("&History"),
            "history",
            ("Ctrl+Shift+H",),  # not Ctrl+H: on macOS Cmd+H hides the application
            Menus.tr("Show the list of edits that can be undone"),
            (("edit", 2),),
            toolbar=22,
            short=Menus.tr("History"),
        ),
        ActionRow(
            "preferences",
            Menus.tr("&Preferences…"),
            "settings",
            (Std.Preferences, "Ctrl+,"),
            Menus.tr("Your name, the language, the theme, the page and the export folder"),
            (("edit", 4),),
        ),
        ActionRow(
            "case_history",
            Menus.tr("&Case history"),
            "history",
            ("Ctrl+Shift+Y",),  # (Ctrl+Shift+H is the undo history)
            Menus.tr("Every edit of the case: who made it, when, and what it changed"),
            (("edit", 2),),
        ),
        ActionRow(
            "find",
            Menus.tr("&Find in claims"),
            "search",
            (Std.Find,),
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
            "show_revisions",
            Menus.tr("Re&visions"),
            "revision",
            tip=Menus.tr(
                "The claims a revised source moved, proposed for review or could not place"
            ),
            menus=(("view", 1),),
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
            ("Ctrl+Shift+R",),  # not Ctrl+G: Find next on macOS
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
            context=(("claim", 1),),
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
            context=(("claim", 1),),
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
            context=(("claim", 1),),
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
            context=(("claim", 2),),
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
            "revise_source",
            Menus.tr("Re&vise source…"),
            "revision",
            tip=Menus.tr(
                "Bring in a new version of the source shown in the Source panel; every claim is "
                "moved to where its words now are, offered for review, or kept"
            ),
            menus=(("case", 3),),
        ),
        ActionRow(
            "delete_source",
            Menus.tr("Delete s&ource…"),
            "delete",
            tip=Menus.tr("Delete the source shown in the Source panel, with its claims"),
            menus=(("case", 3),),
        ),
        # Claims (Delete deletes the claim in a pane only: elsewhere it is the widget's own key)
        ActionRow(
            "delete_claim",
            Menus.tr("&Delete claim"),
            "delete",
            (Std.Delete,),
            tip=Menus.tr("Delete the selected claim with its links, tags and evidence (undoable)"),
            menus=(("case", 4),),
            context=(("claim", 4),),
            within="claims",
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
        # Right-click menus only: a claim card (with the marks, Link and Delete claim above)
        MenuRow("claim_tags", Menus.tr("&Tag"), icon="tag", context=("claim", 2)),
        MenuRow(
            "claim_evidence", Menus.tr("Attach &evidence"), icon="attach", context=("claim", 2)
        ),
        ActionRow(
            "show_in_source",
            Menus.tr("Show in s&ource"),
            "show-in-source",
            tip=Menus.tr("Show the claim's words in the Source panel"),
            context=(("claim", 3),),
        ),
        # … a link in the gutter
        ActionRow(
            "change_relation",
            Menus.tr("Change &relation…"),
            "link",
            tip=Menus.tr("Choose another relation for this link"),
            context=(("link", 1),),
        ),
        ActionRow(
            "unlink",
            Menus.tr("&Unlink"),
            "unlink",
            (Std.Delete,),
            Menus.tr("Remove this link (undoable)"),
            context=(("link", 2),),
            within="gutter",
        ),
        # … a row of the evidence library
        ActionRow(
            "edit_evidence",
            Menus.tr("&Edit evidence record…"),
            "edit",
            tip=Menus.tr("Edit the record's title, citation, grade and summary"),
            context=(("evidence", 1),),
        ),
        ActionRow(
            "attach_evidence",
            Menus.tr("&Attach to the selected claim…"),
            "attach",
            tip=Menus.tr("Attach the record to the selected claim, with a stance"),
            context=(("evidence", 2),),
        ),
        ActionRow(
            "detach_evidence",
            Menus.tr("De&tach from the selected claim"),
            "detach",
            tip=Menus.tr("Detach the record from the selected claim"),
            context=(("evidence", 2),),
        ),
        ActionRow(
            "delete_evidence",
            Menus.tr("&Delete evidence record"),
            "delete",
            (Std.Delete,),
            Menus.tr("Delete the record and detach it from every claim (undoable)"),
            context=(("evidence", 3),),
            within="evidence",
        ),
        # … a tag
        ActionRow(
            "new_tag",
            Menus.tr("&New tag…"),
            "add",
            tip=Menus.tr("Make a new tag"),
            context=(("tag", 1),),
        ),
        ActionRow(
            "new_sub_tag",
            Menus.tr("New &sub-tag…"),
            "new-sub-tag",
            tip=Menus.tr("Make a new tag under this one"),
            context=(("tag", 1),),
        ),
        ActionRow(
            "rename_tag",
            Menus.tr("&Rename"),
            "edit",
            tip=Menus.tr("Rename the tag"),
            context=(("tag", 1),),
        ),
        ActionRow(
            "tag_claim",
            Menus.tr("Tag the selected &claim"),
            "claim",
            tip=Menus.tr("Put this tag on the selected claim, or take it off"),
            context=(("tag", 2),),
            checkable=True,
        ),
        ActionRow(
            "filter_tag",
            Menus.tr("Show only claims with this &tag"),
            "filter",
            tip=Menus.tr("Filter the panes by this tag and its sub-tags"),
            context=(("tag", 2),),
        ),
        ActionRow(
            "delete_tag",
            Menus.tr("&Delete tag"),
            "delete",
            (Std.Delete,),
            Menus.tr("Delete the tag and take it off everything (undoable)"),
            context=(("tag", 3),),
            within="tags",
        ),
        # Help
        ActionRow(
            "shortcuts",
            Menus.tr("&Keyboard shortcuts"),
            "keyboard",
            (Std.HelpContents, "F1"),
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
            Menus.tr("Escape / Shift+Tab (in a pane)"),
            Menus.tr("Leave the panes for the next / the previous part of the window"),
        ),
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
            if row.within:
                keys = key_sequences(row.keys)
            if keys:
                text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                what = _plain(row.label)
                if row.panes:
                    what = Menus.tr("%1 (in a pane)").replace("%1", what)
                elif row.within:
                    what = f"{what} ({Menus.tr(WITHIN[row.within])})"
                rows.append((text, what))
        return rows + [(key.keys, key.what) for key in pane_keys()]


# Keys a platform keeps for itself (Qt writes Cmd as Ctrl on macOS), or binds to a standard
# action that we do not mean: no row of ours may use them (tests/ui/window/test_standard_keys.py).
RESERVED_KEYS = {
    "Ctrl+H": "macOS: hide the application",
    "Ctrl+Alt+H": "macOS: hide the other applications",
    "Ctrl+M": "macOS: minimise the window",
    "Ctrl+G": "macOS: find next",
    "Ctrl+Shift+G": "macOS: find previous",
    "Ctrl+Space": "macOS: Spotlight; input method switching elsewhere",
    "Ctrl+Tab": "switching tabs and windows",
    "Alt+Tab": "switching applications",
    "Alt+F4": "Windows and Linux: close the window",
    "Ctrl+Esc": "Windows: the Start menu",
    "Ctrl+Alt+Del": "Windows and Linux: the system",
    "Ctrl+Alt+T": "Linux: a terminal",
    "Ctrl+Alt+L": "Linux: lock the screen",
    "Ctrl+Alt+Left": "Linux: the workspace on the left",
    "Ctrl+Alt+Right": "Linux: the workspace on the right",
}


def key_sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    """The shortcuts of a row: each standard key's bindings here, else the fallback after it."""
    found: list[QKeySequence] = []
    standard = False
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            standard = True
            found += [k for k in QKeySequence.keyBindings(key) if not k.isEmpty()]
        elif not (standard and found):  # a fallback only if the standard key gave nothing
            found.append(QKeySequence(key))
    unique: list[QKeySequence] = []
    for k in found:
        if k not in unique:
            unique.append(k)
    return unique


def _set_up(window: QMainWindow, panes: QWidget, action: QAction, row: ActionRow) -> None:
    if row.icon:
        action.setIcon(icon(row.icon))
    if row.keys and not row.within:
        action.setShortcuts(key_sequences(row.keys))
    elif row.keys:
        # Not a shortcut: a shortcut of an action in a menu matches through the menu bar while
        # a dialog of the window has the focus (Delete in the link dialog would delete the
        # claim). `bind_keys` filters the keys of its widgets; the menus show them after a tab.
        native = key_sequences(row.keys)[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(f"{row.label}\t{native}")
    action.setCheckable(row.checkable)
    if row.tip:
        action.setStatusTip(row.tip)
        shortcut = action.shortcut()
        action.setToolTip(
            f"{_plain(row.label)} ({shortcut.toString()})" if not shortcut.isEmpty() else row.tip
        )
    if row.short:
        action.setIconText(row.short)
    if row.within:
        pass  # its keys act only in the widgets `bind_keys` gives it
    elif row.panes:
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
            if row.context is not None:
                continue  # a right-click menu's submenu: see build_context_menus
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
    _fill(menus, items, a)
    return menus


def build_context_menus(window: QMainWindow, a: Actions) -> dict[str, QMenu]:
    """The right-click menus (CONTEXTS) and their submenus, by name, from the same table."""
    menus: dict[str, QMenu] = {kind: QMenu(window) for kind in CONTEXTS}
    items: dict[str, list[tuple[int, int, MenuRow | ActionRow]]] = {}
    for order, row in enumerate(window_table()):
        if isinstance(row, MenuRow):
            if row.context is None:
                continue
            menu = QMenu(row.label, window)
            if row.icon:
                menu.setIcon(icon(row.icon))
            menus[row.name] = menu
            places: tuple[Place, ...] = (row.context,)
        else:
            places = row.context
        for menu_name, section in places:
            items.setdefault(menu_name, []).append((section, order, row))
    for kind in CONTEXTS:
        menus[kind].setObjectName(f"{kind}ContextMenu")
    _fill(menus, items, a)
    return menus


def _fill(
    menus: dict[str, QMenu], items: dict[str, list[tuple[int, int, MenuRow | ActionRow]]], a
) -> None:
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


class _Keys(QObject):
    """The keys of the rows marked `within`, for the widgets of one place: a key pressed while
    one of them has the focus triggers its action (Delete in a pane deletes the claim, in the
    tag list the tag); anywhere else, a text field or a dialog, the key keeps its meaning."""

    def __init__(self, parent: QObject, keys: dict[QKeyCombination, QAction]):
        super().__init__(parent)
        self._keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Trigger the action of a key pressed in the watched widget."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._keys.get(event.keyCombination())
            if action is not None and action.isEnabled():
                action.trigger()
                return True
        return super().eventFilter(watched, event)


def bind_keys(window: QMainWindow, a: Actions, places: dict[str, tuple[QWidget, ...]]) -> None:
    """Give the keys of each row marked `within` to its widgets (see `_Keys`)."""
    keys: dict[str, dict[QKeyCombination, QAction]] = {}
    for row in window_table():
        if isinstance(row, ActionRow) and row.within:
            for sequence in key_sequences(row.keys):
                keys.setdefault(row.within, {})[sequence[0]] = getattr(a, row.name)
    for place, widgets in places.items():
        binder = _Keys(window, keys.get(place, {}))
        for widget in widgets:
            widget.installEventFilter(binder)


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
