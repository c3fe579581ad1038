"""The main window's actions, menus and toolbar, declared in one place with their keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.common.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Actions:
    """Every action of the window (the menus and the toolbar hold the same objects)."""

    open_case: QAction
    import_case: QAction
    export: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    history: QAction
    find: QAction
    clear_filter: QAction
    present: QAction
    worksheet: QAction
    answer_key: QAction
    student_copy: QAction
    grade: QAction
    theme_light: QAction
    theme_dark: QAction
    theme_system: QAction
    mark_supported: QAction
    mark_unsupported: QAction
    mark_disputed: QAction
    link: QAction
    focus_allegation: QAction
    focus_response: QAction
    shortcuts: QAction
    about: QAction

    def all(self) -> list[QAction]:
        """Every action, in menu order."""
        return list(vars(self).values())


def _action(
    window: QMainWindow,
    text: str,
    icon_name: str | None = None,
    keys: QKeySequence.StandardKey | str | list | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if isinstance(keys, list):
        action.setShortcuts([QKeySequence(k) for k in keys])
    elif keys is not None:
        action.setShortcuts(QKeySequence.keyBindings(keys)) if isinstance(
            keys, QKeySequence.StandardKey
        ) else action.setShortcut(QKeySequence(keys))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(
            f"{text.replace('&', '').rstrip('.…')} ({action.shortcut().toString()})"
            if not action.shortcut().isEmpty()
            else tip
        )
    # Window-wide, so the keys work whichever pane or dock has the focus; text fields still get
    # their letters, because Qt lets a focused editor override single-key shortcuts.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def build_actions(window: QMainWindow, undo: QAction, redo: QAction) -> Actions:
    """Create the window's actions (undo and redo come from the undo stack)."""
    undo.setIcon(icon("undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo.setIcon(icon("redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
    themes = [
        _action(window, _tr("&Light"), None),
        _action(window, _tr("&Dark"), None),
        _action(window, _tr("Follow the &system"), None),
    ]
    for theme in themes:
        theme.setCheckable(True)
    return Actions(
        open_case=_action(
            window, _tr("&Open case…"), "open", "Ctrl+O", _tr("Open another case in the store")
        ),
        import_case=_action(
            window,
            _tr("&Import case file…"),
            "import",
            "Ctrl+I",
            _tr("Import a case file into the store"),
        ),
        export=_action(window, _tr("&Export…"), "export", "Ctrl+E", _tr("Export the case")),
        quit=_action(
            window,
            _tr("&Quit"),
            "quit",
            "Ctrl+Q",
            _tr("Close Counterpoint; every edit is already saved"),
        ),
        undo=undo,
        redo=redo,
        history=_action(
            window,
            _tr("&History"),
            "history",
            "Ctrl+H",
            _tr("Show the list of edits that can be undone"),
        ),
        find=_action(
            window, _tr("&Find in claims"), "search", "Ctrl+F", _tr("Filter the claims by text")
        ),
        clear_filter=_action(
            window, _tr("&Clear filter"), "clear-filter", "Ctrl+Shift+F", _tr("Show every claim")
        ),
        present=_action(
            window, _tr("&Present"), "present", "F5", _tr("Present the case in a classroom")
        ),
        worksheet=_action(
            window,
            _tr("Export &worksheet…"),
            "worksheet",
            None,
            _tr("A PDF for students: the claims side by side, a blank for each assessment"),
        ),
        answer_key=_action(
            window,
            _tr("Export &answer key…"),
            "worksheet",
            None,
            _tr("The worksheet with the assessments and rationales filled in"),
        ),
        student_copy=_action(
            window,
            _tr("Export &student copy…"),
            "export",
            None,
            _tr("A case file with every assessment cleared, for a student to work on"),
        ),
        grade=_action(
            window,
            _tr("&Grade student files…"),
            "grade",
            "Ctrl+G",
            _tr("Compare returned student copies with this case's assessments"),
        ),
        theme_light=themes[0],
        theme_dark=themes[1],
        theme_system=themes[2],
        mark_supported=_action(
            window,
            _tr("Mark &supported"),
            "supported",
            "S",
            _tr("Mark the selected claim as supported"),
        ),
        mark_unsupported=_action(
            window,
            _tr("Mark &unsupported assertion"),
            "unsupported",
            "U",
            _tr("Mark the selected claim as an unsupported assertion"),
        ),
        mark_disputed=_action(
            window,
            _tr("Mark &disputed"),
            "disputed",
            "D",
            _tr("Mark the selected claim as disputed"),
        ),
        link=_action(
            window,
            _tr("&Link, relink or unlink…"),
            "link",
            "L",
            _tr("Link the claims selected on each side, change their relation or unlink them"),
        ),
        focus_allegation=_action(window, _tr("Go to the &allegation pane"), "allegation", "Ctrl+1"),
        focus_response=_action(window, _tr("Go to the &response pane"), "response", "Ctrl+2"),
        shortcuts=_action(
            window,
            _tr("&Keyboard shortcuts"),
            "keyboard",
            "F1",
            _tr("List every keyboard shortcut"),
        ),
        about=_action(window, _tr("&About Counterpoint"), "app"),
    )


def build_menus(window: QMainWindow, a: Actions) -> dict[str, QMenu]:
    """Fill the menu bar: File, Edit, View, Case, Help."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addAction(a.open_case)
    menus["recent"] = file_menu.addMenu(icon("history"), _tr("Open &recent"))
    file_menu.addAction(a.import_case)
    file_menu.addSeparator()
    file_menu.addAction(a.export)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(_tr("&Edit"))
    edit_menu.addAction(a.undo)
    edit_menu.addAction(a.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(a.history)
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addAction(a.clear_filter)
    view_menu = bar.addMenu(_tr("&View"))
    menus["docks"] = view_menu.addMenu(_tr("&Panels"))
    theme_menu = view_menu.addMenu(_tr("&Theme"))
    for theme in (a.theme_light, a.theme_dark, a.theme_system):
        theme_menu.addAction(theme)
    view_menu.addSeparator()
    view_menu.addAction(a.focus_allegation)
    view_menu.addAction(a.focus_response)
    view_menu.addSeparator()
    view_menu.addAction(a.present)
    classroom_menu = bar.addMenu(_tr("C&lassroom"))
    classroom_menu.addAction(a.present)
    classroom_menu.addSeparator()
    for action in (a.worksheet, a.answer_key, a.student_copy):
        classroom_menu.addAction(action)
    classroom_menu.addSeparator()
    classroom_menu.addAction(a.grade)
    case_menu = bar.addMenu(_tr("&Case"))
    case_menu.addAction(a.mark_supported)
    case_menu.addAction(a.mark_unsupported)
    case_menu.addAction(a.mark_disputed)
    case_menu.addSeparator()
    case_menu.addAction(a.link)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)
    menus.update(
        file=file_menu,
        edit=edit_menu,
        view=view_menu,
        classroom=classroom_menu,
        case=case_menu,
        help=help_menu,
    )
    return menus


SHORT = {
    "open_case": "Open",
    "import_case": "Import",
    "history": "History",
    "mark_supported": "Supported",
    "mark_unsupported": "Unsupported",
    "mark_disputed": "Disputed",
    "link": "Link",
    "present": "Present",
    "export": "Export",
}


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    """The main toolbar: the actions an analyst uses all day, with short labels."""
    for name, text in SHORT.items():
        getattr(a, name).setIconText(_tr(text))
    bar = window.addToolBar(_tr("Main toolbar"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.open_case, a.import_case, None, a.undo, a.redo, a.history, None):
        bar.addAction(action) if action else bar.addSeparator()
    for action in (a.mark_supported, a.mark_unsupported, a.mark_disputed, a.link):
        bar.addAction(action)
    bar.addSeparator()
    for action in (a.present, a.export):
        bar.addAction(action)
    return bar
