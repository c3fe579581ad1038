"""The main window: the composition root that builds the parts and wires them in one place."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QScrollArea,
    QUndoView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from models import library
from models.snapshot import CaseNotFound, CaseSnapshot
from models.store import Store, StoreError
from models.vocabulary import STATUSES
from ui.common.commands import (
    change_relation,
    link_between,
    link_claims,
    mark_status,
    prepare_edits,
    toggle_claim_tag,
    unlink,
)
from ui.common.icons import icon
from ui.common.labels import counted, word
from ui.common.messages import Banner, show_error, show_info
from ui.common.session import CaseSession
from ui.common.theme import apply_theme
from ui.common.tooltips import rich_tooltip
from ui.docks.evidence_library import EvidenceLibrary
from ui.docks.inspector import Inspector
from ui.panes.comparison import ComparisonView
from ui.window import settings as keys
from ui.window.actions import (
    bind_keys,
    build_actions,
    build_context_menus,
    build_menus,
    build_toolbar,
)
from ui.window.case_work import CaseWork
from ui.window.filter_bar import FilterBar
from ui.window.settings import Settings
from ui.window.status_bar import StatusBar

if TYPE_CHECKING:
    # Dialogs, the classroom, the PDF wing and the edits are imported where first used, so
    # that the first paint waits for none of them (tests/ui/window/test_startup.py).
    from models.edit_log import Change
    from ui.classroom.grading import GradingDialog
    from ui.classroom.presentation import PresentationWindow
    from ui.common.background import BackgroundTask
    from ui.common.live import LiveFeed
    from ui.dialogs.connect import ConnectDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.docks.revision import RevisionPanel
    from ui.docks.source_text import SourceTextDock
    from ui.docks.suggestions import SuggestionsDock
    from ui.docks.tag_manager import TagManager
    from ui.window.store_watch import StoreWatch

log = logging.getLogger(__name__)

LIVE_START_MS = 200  # after the first show: hearing colleagues' edits waits for no paint
SOURCE_READING_HEIGHT = 340  # px: how tall "Show in source" makes the source dock, at most half
EVIDENCE_IN_MENU = 25  # records listed in a claim's Attach evidence submenu; the rest: the dock


def _elided(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def dropped_files(mime) -> list[str]:
    """The local files a drag carries."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def is_case_file(path: str) -> bool:
    """Whether a dropped file is a case file (to import) rather than a source (to add)."""
    return path.lower().endswith(".json")


def store_name(url: URL) -> str:
    """The store as a window title names it: the file's name, or user@host/db (no password)."""
    if url.get_backend_name() == "sqlite":
        return Path(url.database).name if url.database else ":memory:"
    user = f"{url.username}@" if url.username else ""
    return f"{user}{url.host or 'localhost'}/{url.database or ''}"


class MainWindow(QMainWindow):
    """The comparison window: two linked panes, docks around them, menus, status bar."""

    def __init__(self, store: Store, settings: Settings | None = None, author: str | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings or Settings()
        # The name in Preferences, else one given to the window (a test, a script), else the
        # login name (CaseSession).
        self._given_author = author
        self.session = CaseSession(store, self.settings.get(keys.AUTHOR) or author, self)
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)

        self.comparison = ComparisonView(self)
        self.filter_bar = FilterBar(self)
        self.banner = Banner(self)
        # What lasts (a read-only store, a lost connection), apart from the refusals above.
        self.store_banner = Banner(self, dismissible=False)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 2, 4, 0)
        column.setSpacing(2)
        column.addWidget(self.store_banner)
        column.addWidget(self.banner)
        column.addWidget(self.filter_bar)
        column.addWidget(self.comparison, 1)
        self.setCentralWidget(central)

        stack = self.session.undo_stack
        self.actions = build_actions(
            self,
            self.comparison,
            stack.createUndoAction(self, self.tr("Undo")),
            stack.createRedoAction(self, self.tr("Redo")),
        )
        self.menus = build_menus(self, self.actions)
        self.context_menus = build_context_menus(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions)
        self._build_status_bar()
        self.selection = self.session.selection
        self._dock_timer = QTimer(self)
        self._dock_timer.setSingleShot(True)
        self._dock_timer.setInterval(0)
        self._dock_timer.timeout.connect(self._update_docks)
        self._followed: dict[str, int | None] = {}  # what each follower last showed
        self.revisions: RevisionPanel | None = None  # built when first shown or a revision comes
        self._applying_theme = False
        self._build_docks()
        self.case_work = CaseWork(self)
        views = tuple(self.comparison.view(role) for role in ("allegation", "response"))
        bind_keys(
            self,
            self.actions,
            {
                "claims": views,
                "gutter": (self.comparison.gutter,),
                "evidence": (self.evidence_library.table,),
            },
        )
        self.setAcceptDrops(True)  # a case file dropped is imported, a source file added
        from ui.common.focus_ring import install as focus_rings

        focus_rings(QApplication.instance())  # the keyboard focus is always seen
        self.store_watch: StoreWatch | None = None
        self.live: LiveFeed | None = None  # colleagues' edits: started once the window shows
        self._wire()
        self._restore_layout()
        self._tell_upgrade()
        self._watch_store()

    # --- building -----------------------------------------------------------------------------

    def _tell_upgrade(self) -> None:
        """After an upgrade, the status bar says where the store as it was is kept."""
        opened = self.store.opened
        if opened.upgraded_from is None:
            return
        if opened.backup is not None:
            text = self.tr("The store was upgraded from schema %1; it was backed up first to %2.")
            text = text.replace("%2", str(opened.backup))
        else:
            text = self.tr(
                "The store was upgraded from schema %1. Counterpoint makes no backup of a "
                "server's database: backing it up is for you or its administrator."
            )
        self.status_bar.show_message(text.replace("%1", opened.upgraded_from))

    def _build_status_bar(self) -> None:
        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        self.selection_label = self.status_bar.selection_label
        self.count_labels = self.status_bar.count_labels

    def _dock(
        self, name: str, title: str, widget: QWidget | None, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        """A dock around the panes; `widget` None: its content is built when first used."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        # A scroll area lets a dock be narrower than its content wants, so no dock can push
        # the window wider than the screen (1280 px must fit).
        scroller = QScrollArea(dock)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content takes the focus, not it
        if widget is not None:
            scroller.setWidget(widget)
        dock.setWidget(scroller)
        self.addDockWidget(area, dock)
        self.menus["docks"].addAction(dock.toggleViewAction())
        self.docks[name] = dock
        return dock

    def _build_docks(self) -> None:
        """Every dock around the panes, built in this one block.

        The tags, the source and the suggestions wait behind the evidence library's tab: each
        is built (wired, and filled from the open case) when its tab is first shown or it is
        first asked for (`tag_manager`, `source_view`, `suggestions`), not before the first
        paint (tests/ui/window/test_startup.py).
        """
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.docks: dict[str, QDockWidget] = {}
        self.inspector = Inspector(self.session, self)
        self.evidence_library = EvidenceLibrary(self.session, self)
        self.history = QUndoView(self.session.undo_stack, self)
        self.history.setEmptyLabel(self.tr("Case opened"))
        self.history.setObjectName("history")
        self._tab_makers = {
            "tags": self._make_tag_manager,
            "source": self._make_source_view,
            "suggestions": self._make_suggestions,
        }
        self._tab_contents: dict[str, QWidget] = {}

        # The inspector above; the library, tags, source and history as tabs below it.
        inspector = self._dock("inspector", self.tr("Inspector"), self.inspector, right)
        evidence = self._dock("evidence", self.tr("Evidence library"), self.evidence_library, right)
        for name, title, widget in (
            ("tags", self.tr("Tags"), None),
            ("source", self.tr("Source"), None),
            ("suggestions", self.tr("Suggestions"), None),
            ("history", self.tr("History"), self.history),
        ):
            dock = self._dock(name, title, widget, right)
            self.tabifyDockWidget(evidence, dock)
            if widget is None:
                dock.visibilityChanged.connect(
                    lambda visible, n=name: visible and self._tab_content(n)
                )
        self.docks["history"].hide()
        # The evidence library in front: evidence is what an analyst attaches all day.
        evidence.raise_()
        self.resizeDocks([inspector], [410], Qt.Orientation.Horizontal)
        self.resizeDocks([inspector, evidence], [480, 260], Qt.Orientation.Vertical)

    @property
    def tag_manager(self) -> TagManager:
        """The Tags dock's content (built the first time it is shown or asked for)."""
        return self._tab_content("tags")

    @property
    def source_view(self) -> SourceTextDock:
        """The Source dock's content (built the first time it is shown or asked for)."""
        return self._tab_content("source")

    @property
    def suggestions(self) -> SuggestionsDock:
        """The Suggestions dock's content (built the first time it is shown or asked for)."""
        return self._tab_content("suggestions")

    def _tab_content(self, name: str):
        widget = self._tab_contents.get(name)
        if widget is None:
            widget = self._tab_contents[name] = self._tab_makers[name]()
            self.docks[name].widget().setWidget(widget)
            widget.show()  # (a scroll area shown already shows a widget added later only so)
        return widget

    def _make_tag_manager(self) -> TagManager:
        from ui.docks.tag_manager import TagManager

        tags = TagManager(self.session, self)
        tags.tagFilterRequested.connect(self.filter_bar.filter_by_tag)
        tags.contextMenuRequested.connect(self.popup_menu)
        bind_keys(self, self.actions, {"tags": (tags.tree,)})
        return tags

    def _make_source_view(self) -> SourceTextDock:
        from ui.docks.source_text import SourceTextDock

        source = SourceTextDock(self.session, self)
        source.claimActivated.connect(self.comparison.select_claim)
        return source

    def _make_suggestions(self) -> SuggestionsDock:
        from ui.docks.suggestions import SuggestionsDock

        return SuggestionsDock(self.session, self)

    def _wire(self) -> None:
        """Every connection between the parts, in one place."""
        a, session, comparison = self.actions, self.session, self.comparison
        # The case and its edits.
        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)
        session.editFailed.connect(self._edit_failed)
        session.readFailed.connect(self.banner.show_message)
        session.conflict_resolver = self._resolve_conflict
        session.stepped.connect(lambda text: self.status_bar.show_message(text, 6000))
        session.connectionLost.connect(lambda _why: self._show_store_state())
        session.connectionBack.connect(self._connection_back)
        session.colleaguesEdited.connect(self._colleagues_edited)
        # The selection: the panes and the evidence library say what is current; the docks
        # and the status bar follow it on the next turn of the event loop (_update_docks).
        selection = session.selection
        comparison.claimSelected.connect(selection.set_claim)
        self.evidence_library.evidenceSelected.connect(selection.set_evidence)
        # (A lambda: connected directly, QTimer.start would take the id for an interval.)
        selection.currentClaimChanged.connect(lambda _id: self._dock_timer.start())
        selection.currentEvidenceChanged.connect(lambda _id: self._dock_timer.start())
        # Panes.
        comparison.evidenceDropped.connect(self.evidence_library.attach_to_claim)
        comparison.countsChanged.connect(self._update_counts)
        comparison.splitterMoved.connect(  # the gutter's width is the user's: kept at once
            lambda *_: self.settings.set(keys.GUTTER_WIDTH, comparison.gutter_width())
        )
        comparison.firstPainted.connect(lambda: self._dock_timer.start())
        # The edits are imported and mapped once the window shows, not before (nor at the first
        # edit): on the next turns of the event loop, after the docks have filled.
        comparison.firstPainted.connect(lambda: QTimer.singleShot(0, prepare_edits))
        comparison.filterCleared.connect(lambda: self.filter_bar.set_state(comparison.filter))
        self.filter_bar.filterChanged.connect(comparison.set_filter)
        comparison.clearFilterRequested.connect(self.filter_bar.clear)
        # Docks.
        self.inspector.showInSourceRequested.connect(self.show_in_source)
        self.inspector.claimActivated.connect(comparison.select_claim)
        # Menus and keys.
        a.open_case.triggered.connect(self.choose_case)
        a.import_case.triggered.connect(self.import_case_file)
        a.export.triggered.connect(lambda: self.export_requested())
        a.present.triggered.connect(self.present_requested)
        a.worksheet.triggered.connect(lambda: self.export_requested("worksheet"))
        a.answer_key.triggered.connect(lambda: self.export_requested("answer-key"))
        a.student_copy.triggered.connect(lambda: self.export_requested("student-copy"))
        a.grade.triggered.connect(self.grade_requested)
        a.restore_backup.triggered.connect(self.restore_backup)
        a.connect_store.triggered.connect(self.connect_team_store)
        a.author_name.triggered.connect(lambda: self.ask_author())
        a.quit.triggered.connect(self.close)
        work = self.case_work
        a.new_case.triggered.connect(work.new_case)
        a.case_properties.triggered.connect(work.case_properties)
        a.delete_case.triggered.connect(lambda: work.delete_case())
        a.add_source.triggered.connect(work.add_source)
        a.paste_source.triggered.connect(work.paste_source)
        a.delete_source.triggered.connect(work.delete_source)
        a.delete_claim.triggered.connect(work.delete_claim)
        a.set_span.triggered.connect(work.set_span_from_selection)
        a.split_claim.triggered.connect(work.split_at_cursor)
        a.merge_claims.triggered.connect(work.merge_with_next)
        a.move_claim.triggered.connect(work.move_to_other_side)
        a.revise_source.triggered.connect(work.revise_source)
        a.show_revisions.triggered.connect(self.show_revisions)
        # Right-click menus (built from the actions table) and what their rows do.
        comparison.contextMenuRequested.connect(self.popup_menu)
        self.evidence_library.contextMenuRequested.connect(self.popup_menu)
        self.context_menus["claim_tags"].aboutToShow.connect(self._fill_claim_tags)
        self.context_menus["claim_evidence"].aboutToShow.connect(self._fill_claim_evidence)
        a.show_in_source.triggered.connect(self._show_current_in_source)
        a.change_relation.triggered.connect(self.change_current_relation)
        a.unlink.triggered.connect(self.unlink_current)
        library = self.evidence_library
        a.edit_evidence.triggered.connect(library.edit_selected)
        a.attach_evidence.triggered.connect(library.attach_selected)
        a.detach_evidence.triggered.connect(library.detach_selected)
        a.delete_evidence.triggered.connect(lambda: library.delete_selected())
        # The tag manager is built when first asked for (see _build_docks).
        a.new_tag.triggered.connect(lambda: self.tag_manager.ask_new_tag())
        a.new_sub_tag.triggered.connect(lambda: self.tag_manager.ask_new_sub_tag())
        a.rename_tag.triggered.connect(lambda: self.tag_manager.rename_selected())
        a.tag_claim.triggered.connect(lambda: self.tag_manager.toggle_on_current_claim())
        a.filter_tag.triggered.connect(lambda: self.tag_manager.filter_selected())
        a.delete_tag.triggered.connect(lambda: self.tag_manager.delete_selected())
        a.history.triggered.connect(self.show_history)
        a.copy_claim.triggered.connect(self.copy_current_claim)
        a.case_history.triggered.connect(self.show_case_history)
        a.find.triggered.connect(self._focus_search)
        a.clear_filter.triggered.connect(self.filter_bar.clear)
        a.mark_supported.triggered.connect(lambda: self.mark_current("supported"))
        a.mark_unsupported.triggered.connect(lambda: self.mark_current("unsupported"))
        a.mark_disputed.triggered.connect(lambda: self.mark_current("disputed"))
        a.link.triggered.connect(self.link_selected)
        a.focus_allegation.triggered.connect(lambda: self.comparison.view("allegation").setFocus())
        a.focus_response.triggered.connect(lambda: self.comparison.view("response").setFocus())
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        a.preferences.triggered.connect(lambda: self.show_preferences())
        for theme, action in (
            ("light", a.theme_light),
            ("dark", a.theme_dark),
            ("system", a.theme_system),
        ):
            action.triggered.connect(lambda _on=False, t=theme: self.set_theme(t))
        # The desktop's colour scheme, while the theme follows it.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.menus["recent"].aboutToShow.connect(self._fill_recent)
        self.banner.dismissed.connect(self.status_bar.clear_message)
        for dock in self.docks.values():
            dock.visibilityChanged.connect(lambda visible: visible and self._dock_timer.start())

    # --- cases --------------------------------------------------------------------------------

    def open_case(self, slug: str) -> bool:
        """Open a case of the store; on open the first allegation is selected and focused."""
        try:
            if self.session.open_case(slug) is None:
                return False  # the store cannot be read now: the banner says why
        except CaseNotFound as exc:
            self.settings.forget_case(slug)
            show_error(self, self.tr("Cannot open the case"), exc.args[0])
            return False
        self.settings.remember_case(slug)
        self.comparison.select_first("allegation")
        return True

    def open_initial_case(self) -> None:
        """Open the case open last time, else the first case of the store that can be read.

        A case that cannot be read leaves its message in the banner and the next is tried;
        if none can be, the window stays empty with the message.
        """
        summaries = self.session.read(self._unlisted(), library.cases)
        if not summaries:
            return
        last = self.settings.get(keys.LAST_CASE)
        slugs = sorted(c.slug for c in summaries)
        for slug in ([last] if last in slugs else []) + [s for s in slugs if s != last]:
            if self.open_case(slug):  # (the banner keeps naming a case that failed)
                return

    def restore_backup(self) -> bool:
        """File → Restore from backup…: put a backup in the store's place, then reopen."""
        from models.backups import list_backups
        from ui.dialogs.restore_backup import choose_backup

        if self.store.file is None:
            show_info(
                self,
                self.tr("No backups here"),
                self.tr(
                    "Counterpoint keeps backups of a store kept in a file. A server's database "
                    "is backed up and restored with the server's own tools."
                ),
            )
            return False
        chosen = choose_backup(self, list_backups(self.store.file))
        if not chosen:
            return False
        try:
            saved = self.store.restore(chosen)
        except StoreError as exc:
            show_error(self, self.tr("The backup was not restored"), str(exc))
            return False
        self.banner.dismiss()
        self.open_initial_case()  # the undo history starts afresh: it was of another store
        text = self.tr("Restored %1; the store as it was is backed up in %2.")
        self.status_bar.show_message(text.replace("%1", chosen).replace("%2", str(saved)))
        return True

    # --- the store: a team store, read-only, out of reach -------------------------------------

    def connect_team_store(self) -> ConnectDialog:
        """File → Connect to a team store…: the dialog; the window moves to the store it opens."""
        from ui.dialogs.connect import ConnectDialog

        dialog = ConnectDialog(self.settings.get(keys.RECENT_STORES), self)
        dialog.connected.connect(self._team_store_opened)
        dialog.open()
        return dialog

    def _team_store_opened(self, store: Store, said: str) -> None:
        self.settings.remember_store(store.url)
        self.use_store(store)
        self.status_bar.show_message(said, 8000)

    def use_store(self, store: Store) -> None:
        """Leave the open store (closing it) for another: its last case, a fresh history."""
        if self.store_watch is not None:
            self.store_watch.stop()
            self.store_watch.deleteLater()
            self.store_watch = None
        old = self.store
        self.store = store
        self.session.store = store
        self.session.unreachable = ""
        self.session.undo_stack.clear()  # the history was of the other store
        self.session.snapshot = None
        self.banner.dismiss()
        old.close()
        self.open_initial_case()
        self.update_title()
        self._watch_store()

    def _watch_store(self) -> None:
        """A server store is watched (a lost server is noticed, and found back); a file is not."""
        if self.store.engine.dialect.name != "sqlite":
            from ui.window.store_watch import StoreWatch

            self.store_watch = StoreWatch(self.session, self)
        self._show_store_state()

    def _show_store_state(self) -> None:
        """The lasting banner: the connection lost (and being retried), or a read-only store."""
        self.store_banner.setToolTip("")
        if self.session.unreachable:
            text = self.tr(
                "The connection to the store is lost; Counterpoint is reconnecting. Edits are "
                "refused until it is back; every edit made before is in the store."
            )
            self.store_banner.show_message(text)
            self.store_banner.setToolTip(rich_tooltip(self.session.unreachable))
        elif self.store.read_only:
            text = self.tr(
                "Read-only: you are connected as %1, who may only read this store. You can "
                "read, filter and export the case; edits are refused."
            ).replace("%1", self.store.db_role or self.tr("a role"))
            self.store_banner.show_message(text)
        else:
            self.store_banner.hide()

    def _connection_back(self) -> None:
        self._show_store_state()
        self.banner.dismiss()
        self.status_bar.show_message(
            self.tr("Reconnected to the store; the case was read again."), 8000
        )

    def ask_author(self, first_run: bool = False):
        """File → Your name… (and the first run): the name recorded with every edit."""
        from ui.window.author_prompt import ask_author

        def chosen(name: str) -> None:
            self.session.author = name
            self.status_bar.show_message(
                self.tr("Your edits are recorded as %1.").replace("%1", name), 6000
            )

        return ask_author(self, self.settings, chosen, first_run)

    def choose_case(self) -> None:
        """File → Open case…: pick one of the store's cases."""
        from ui.dialogs.case_chooser import choose_case

        cases = self.session.read(self._unlisted(), library.cases)
        slug = choose_case(self, cases, self.session.slug) if cases is not None else None
        if slug:
            self.open_case(slug)

    def import_case_file(
        self, path: str | None = None, reuse: bool = False
    ) -> BackgroundTask | None:
        """File → Import case file…: validate and import off the GUI thread, then open the case.

        Returns the running import (None if no file was chosen); the worker writes through its
        own store session, and the case opens here once it is in. `reuse`: a file whose case
        the store holds already is opened, not imported again.
        """
        from ui.dialogs.case_chooser import choose_case_file

        path = path or choose_case_file(self)
        if not path:
            return None
        from models.casefile import CaseFileError
        from models.jobs import Job
        from ui.common.background import run_with_progress

        store = self.store
        fresh = [True]  # whether the worker imported it (False: the store held it already)

        def work(job: Job) -> str:
            if reuse:
                slug, fresh[0] = library.open_or_import(store, path, job)
                return slug
            return library.import_file(store, path, job)

        def imported(slug: str) -> None:
            self.open_case(slug)
            title = self.session.snapshot.title if self.session.snapshot else slug
            said = self.tr("Imported the case “%1”.")
            if not fresh[0]:
                said = self.tr("Opened the case “%1”: the store holds it already.")
            self.status_bar.show_message(said.replace("%1", title), 8000)

        def refused(exc: BaseException) -> None:
            show_error(
                self,
                self.tr("The case file was not imported"),
                str(exc),
                self.tr("Nothing was added to the store."),
            )

        def cancelled() -> None:
            message = self.tr("The import was cancelled; nothing was added to the store.")
            self.status_bar.show_message(message, 8000)

        return run_with_progress(
            self,
            self.tr("Importing %1…").replace("%1", Path(path).name),
            work,
            on_success=imported,
            on_failure=refused,
            expected=(CaseFileError, StoreError, OSError),
            on_cancel=cancelled,
        )

    def open_case_file(self, path: str) -> BackgroundTask | None:
        """A case file named on the command line: imported the first time, opened after that."""
        return self.import_case_file(path, reuse=True)

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        titles = {c.slug: c.title for c in self.session.read(self._unlisted(), library.cases) or ()}
        for slug in self.settings.get(keys.RECENT_CASES):
            if slug in titles:
                action = menu.addAction(f"{titles[slug]}  ({slug})")
                action.triggered.connect(lambda _on=False, s=slug: self.open_case(s))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent cases")).setEnabled(False)

    def _unlisted(self) -> str:
        return self.tr("The cases of the store cannot be listed:")

    # --- reacting to the session --------------------------------------------------------------

    def update_title(self) -> None:
        """The title names the open case and the store, so a teacher's and a student's windows
        on one machine are told apart."""
        where = store_name(self.store.engine.url)
        if self.store.read_only:
            where += self.tr(" (read-only)")
        case = self.session.snapshot
        self.setWindowTitle(
            f"{case.title} — {where} — Counterpoint" if case else f"{where} — Counterpoint"
        )

    def _case_loaded(self, case: CaseSnapshot | None) -> None:
        self.update_title()
        self.comparison.set_case(case)  # emits countsChanged
        self.filter_bar.set_tags(case)
        if case is not None and case.classroom is not None:
            from ui.classroom.student_name import ask_student_name, needs_student_name

            if needs_student_name(self.session):
                # A student opening a new copy: ask once the window is up, not in the middle.
                QTimer.singleShot(0, lambda: ask_student_name(self.session, self))

    def _case_changed(self, change: Change) -> None:
        if self.session.snapshot is None:
            return
        self.comparison.apply_change(self.session.snapshot, change)
        if change.whole_case:  # the case's title may have changed (an edit or its undo)
            self.update_title()
        if change.tags:
            self.filter_bar.set_tags(self.session.snapshot)
        if self.selection.claim_id in change.claims:
            self._show_selection()

    def _colleagues_edited(self, events: list) -> None:
        """Colleagues' edits just reached the screen: say briefly who did what, to which claim."""
        from ui.common.live import describe

        self.status_bar.show_message(describe(events, self.session.snapshot), 8000)

    def start_live(self) -> LiveFeed:
        """Hear colleagues' edits from now on (once; the window does it after it first shows)."""
        if self.live is None:
            from ui.common.live import LiveFeed

            self.live = LiveFeed(self.session, self)
            self.live.catch_up()  # whatever came in since the case was read
        return self.live

    def _edit_failed(self, message: str) -> None:
        """The store refused an edit: say so where it cannot be missed, without blocking."""
        text = self.tr("Not saved: %1 The screen shows what the store holds.").replace(
            "%1", message
        )
        self.banner.show_message(text)
        self.status_bar.show_message(text)

    def _followers(self) -> tuple:
        """Who follows the selection: (name, widget, setter, the current id it follows).

        A tab dock not built yet follows nothing: it is built when shown, then follows."""
        claim_id, evidence_id = self.selection.claim_id, self.selection.evidence_id
        inspector, library, built = self.inspector, self.evidence_library, self._tab_contents
        followers = [
            ("inspector", inspector, inspector.show_claim, claim_id),
            ("library", library, library.set_current_claim, claim_id),
        ]
        if (tags := built.get("tags")) is not None:
            followers.append(("tags: claim", tags, tags.set_current_claim, claim_id))
            followers.append(("tags: evidence", tags, tags.set_current_evidence, evidence_id))
        if (source := built.get("source")) is not None:
            followers.append(("source", source, source.follow_claim, claim_id))
        if (suggestions := built.get("suggestions")) is not None:
            followers.append(("suggestions", suggestions, suggestions.follow_claim, claim_id))
        if self.revisions is not None:
            followers.append(("revisions", self.revisions, self.revisions.follow_claim, claim_id))
        return tuple(followers)

    def _update_docks(self) -> None:
        # The panes and gutter repaint at once; the docks follow on the next turn of the event
        # loop, so holding Down through a long pane only fills the docks for where it stops.
        # A dock out of sight (closed, or behind another tab) catches up when it is shown.
        # Not before the panes have painted once: the first paint of the window does not wait
        # for the docks' forms (the panes' first paint starts this timer again).
        for name, widget, follow, current in self._followers() if self.comparison.painted else ():
            if self._followed.get(name, -1) == current:
                continue
            if widget.isVisible() and not widget.visibleRegion().isEmpty():
                self._followed[name] = current
                follow(current)
        if "source" in self._tab_contents:
            self.source_view.catch_up()  # its text, if it was chosen while out of sight
        self._show_selection()

    def _show_selection(self) -> None:
        snapshot, claim_id = self.session.snapshot, self.selection.claim_id
        try:
            claim = snapshot.claim(claim_id) if snapshot and claim_id is not None else None
        except KeyError:
            claim = None
        self.selection_label.show_text(f"{claim.key} · {word(claim.status)}" if claim else "")

    def _update_counts(self) -> None:
        counts = self.comparison.counts()
        for role, lab in self.count_labels.items():
            tally = counts.get(role)
            if not tally:
                lab.set_message("")
                continue
            side = self.tr("Allegation") if role == "allegation" else self.tr("Response")
            words = {s: counted(s) for s in STATUSES}
            # Only what there is: no "0 disputed", no "0 unanswered".
            parts = [f"{tally[s]} {words[s]}" for s in STATUSES if tally.get(s)]
            if tally["unlinked"]:
                unlinked = self.tr("unanswered") if role == "allegation" else self.tr("not linked")
                parts.append(f"{tally['unlinked']} {unlinked}")
            total = self.tr("%n claims", None, tally["total"])
            if tally["shown"] != tally["total"]:
                total += self.tr(" (%1 shown)").replace("%1", str(tally["shown"]))
            lab.set_message(
                f"{side}: {total} — " + " · ".join(parts) if parts else f"{side}: {total}"
            )

    # --- commands -----------------------------------------------------------------------------

    def popup_menu(self, kind: str, target: int, at: QPoint) -> QMenu:
        """Pop up the right-click menu of a claim, link, evidence record or tag (the widget
        has made `target` its current one), its rows enabled for what they can act on."""
        a, menu = self.actions, self.context_menus[kind]
        if kind == "evidence":
            claim, attached = self.selection.claim_id, self.evidence_library.attached()
            a.attach_evidence.setEnabled(claim is not None and target not in attached)
            a.detach_evidence.setEnabled(target in attached)
        elif kind == "tag":
            chosen = target >= 0
            for action in (a.new_sub_tag, a.rename_tag, a.filter_tag, a.delete_tag):
                action.setEnabled(chosen)
            a.tag_claim.setEnabled(chosen and self.selection.claim_id is not None)
            a.tag_claim.setChecked(chosen and self.tag_manager.current_claim_has(target))
        elif kind == "link":
            a.change_relation.setEnabled(self.comparison.gutter.link(target) is not None)
        menu.popup(at)
        return menu

    def _menu_claim(self):
        snapshot, claim_id = self.session.snapshot, self.selection.claim_id
        if snapshot is None or claim_id is None:
            return None
        try:
            return snapshot.claim(claim_id)
        except KeyError:
            return None

    def _fill_claim_tags(self) -> None:
        """The claim menu's Tag submenu: every tag, ticked where the claim has it."""
        from ui.docks.tag_model import tag_depths

        menu, claim = self.context_menus["claim_tags"], self._menu_claim()
        menu.clear()
        tags = self.session.snapshot.tags if claim is not None else ()
        depths = tag_depths(tags)
        for tag in sorted(tags, key=lambda t: depths[t.id][1]):
            action = menu.addAction("    " * depths[tag.id][0] + tag.name)
            action.setCheckable(True)
            action.setChecked(tag.id in claim.tag_ids)
            action.triggered.connect(
                lambda _on=False, t=tag.id, c=claim.id: toggle_claim_tag(self.session, c, t)
            )
        if menu.isEmpty():
            menu.addAction(self.tr("No tags yet: make one in the Tags panel")).setEnabled(False)

    def _fill_claim_evidence(self) -> None:
        """The claim menu's Attach evidence submenu: the records not attached yet."""
        menu, claim = self.context_menus["claim_evidence"], self._menu_claim()
        menu.clear()
        if claim is None:
            return
        attached = {e.evidence_id for e in claim.evidence}
        records = sorted(
            (r for r in self.session.snapshot.evidence if r.id not in attached),
            key=lambda r: r.title.casefold(),
        )
        for record in records[:EVIDENCE_IN_MENU]:
            action = menu.addAction(icon("evidence"), _elided(record.title))
            action.setToolTip(record.title)
            action.triggered.connect(
                lambda _on=False, e=record.id, c=claim.id: self.evidence_library.attach_to_claim(
                    c, e
                )
            )
        if not records:
            menu.addAction(self.tr("No evidence record to attach")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(
            icon("evidence"), self.tr("Choose in the Evidence library…")
        ).triggered.connect(self._show_evidence_library)

    def _show_evidence_library(self) -> None:
        self.docks["evidence"].show()
        self.docks["evidence"].raise_()
        self.evidence_library.filter.setFocus()

    def _show_current_in_source(self) -> None:
        claim = self._menu_claim()
        if claim is not None:
            self.show_in_source(claim.id)

    def change_current_relation(self) -> None:
        """The link's menu → Change relation…: the link dialog for its two claims."""
        link = self.comparison.gutter.link(self.comparison.gutter.current_link)
        if link is not None:
            self._ask_link(link.allegation_id, link.response_id)

    def unlink_current(self) -> bool:
        """Delete in the gutter, or the link's menu → Unlink: remove the current link."""
        link = self.comparison.gutter.link(self.comparison.gutter.current_link)
        return link is not None and unlink(self.session, link)

    def mark_current(self, status: str) -> None:
        """Mark the claim selected in the active pane, without moving the focus."""
        claim_id = self.comparison.current_claim()
        if claim_id is not None:
            mark_status(self.session, claim_id, status)

    def copy_current_claim(self) -> None:
        """Ctrl+C in a pane: the selected claim, cited, on the clipboard."""
        from ui.common.clipboard import copy_claim

        case, claim_id = self.session.snapshot, self.comparison.current_claim()
        if case is None or claim_id is None:
            return
        copy_claim(case, case.claim(claim_id))
        self.status_bar.show_message(self.tr("Copied %1.").replace("%1", case.claim(claim_id).key))

    def link_selected(self) -> None:
        """L: link the two selected claims, change their relation, or unlink them."""
        case = self.session.snapshot
        allegation_id, response_id = self.comparison.selected_pair()
        if case is None or allegation_id is None or response_id is None:
            self.status_bar.show_message(self.tr("Select a claim on each side to link them."), 6000)
            return
        self._ask_link(allegation_id, response_id)

    def _ask_link(self, allegation_id: int, response_id: int) -> None:
        """The link dialog for two claims: link them, change their relation or unlink them."""
        from ui.dialogs.relation_dialog import LinkDialog

        case = self.session.snapshot
        existing = link_between(self.session, allegation_id, response_id)
        focus = QApplication.focusWidget()
        dialog = LinkDialog(
            case.claim(allegation_id),
            case.claim(response_id),
            existing.relation if existing else None,
            self,
        )
        if dialog.exec() and dialog.choice is not None:
            choice = dialog.choice
            if choice.action == "link" and choice.relation:
                link_claims(self.session, allegation_id, response_id, choice.relation)
            elif choice.action == "relation" and existing and choice.relation:
                change_relation(self.session, existing, choice.relation)
            elif choice.action == "unlink" and existing:
                unlink(self.session, existing)
        if focus is not None:
            focus.setFocus()

    def show_in_source(self, claim_id: int) -> None:
        """Show a claim's span in the source dock, tall enough to read (at 1280×800 the tabs
        below the inspector are short: the source takes room from the inspector)."""
        dock = self.docks["source"]
        dock.show()
        dock.raise_()
        self.source_view.show_claim(claim_id)
        inspector = self.docks["inspector"]
        if not dock.isFloating() and not inspector.isFloating() and inspector.isVisible():
            total = dock.height() + inspector.height()
            want = min(SOURCE_READING_HEIGHT, total // 2)
            if dock.height() < want:
                self.resizeDocks([inspector, dock], [total - want, want], Qt.Orientation.Vertical)

    def revision_panel(self) -> RevisionPanel:
        """The Revision dock's panel, built (and wired) the first time it is asked for."""
        if self.revisions is None:
            from ui.docks.revision import RevisionPanel

            self.revisions = RevisionPanel(self.session, self)
            # Below the panes: the old and new passages side by side want the width.
            dock = self._dock(
                "revision",
                self.tr("Revision"),
                self.revisions,
                Qt.DockWidgetArea.BottomDockWidgetArea,
            )
            if not self.restoreDockWidget(dock):  # where the user left it last time, if anywhere
                self.resizeDocks([dock], [330], Qt.Orientation.Vertical)
                dock.hide()  # until it is asked for, or a revision leaves claims to review
            # The claim is selected in its pane; the focus stays in the list, to go on with keys.
            self.revisions.claimActivated.connect(
                lambda claim_id: self.comparison.select_claim(claim_id, focus=False)
            )
            self.revisions.useSelectionRequested.connect(self.case_work.anchor_to_selection)
            self.revisions.showInSourceRequested.connect(self.show_source_span)
            dock.visibilityChanged.connect(lambda visible: visible and self._dock_timer.start())
        return self.revisions

    def show_revisions(self) -> RevisionPanel:
        """View → Revisions: the Revision dock, in front."""
        panel = self.revision_panel()
        dock = self.docks["revision"]
        first = dock.isHidden() and not dock.isFloating()
        dock.show()
        dock.raise_()
        if first:  # a hidden dock was not sized: give it room, and the panes the rest
            self.resizeDocks([dock], [300], Qt.Orientation.Vertical)
        return panel

    def show_source_span(self, source_id: int, start: int, end: int) -> None:
        """Show a span of a source's current text, selected, in the Source panel."""
        self.docks["source"].show()
        self.docks["source"].raise_()
        self.source_view.select_span(source_id, start, end)

    def show_history(self) -> None:
        """Edit → History: the undo stack as a list."""
        self.docks["history"].show()
        self.docks["history"].raise_()

    def show_case_history(self):
        """Edit → Case history: every edit of the case from its feed (the dock made when asked)."""
        dock = self.docks.get("case_history")
        if dock is None:
            from ui.docks.history import CaseHistory

            self.case_history = CaseHistory(self.session, self)
            right = Qt.DockWidgetArea.RightDockWidgetArea
            dock = self._dock("case_history", self.tr("Case history"), self.case_history, right)
            self.tabifyDockWidget(self.docks["evidence"], dock)
        dock.show()
        dock.raise_()
        return self.case_history

    def _resolve_conflict(self, conflict, what: str) -> dict | None:
        """A colleague changed what an edit is about: ask the user (ui/dialogs/conflict.py)."""
        from ui.dialogs.conflict import resolve_conflict

        return resolve_conflict(conflict, what, self)

    def show_shortcuts(self) -> None:
        """F1: every keyboard shortcut."""
        from ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.actions.key_rows(), self).exec()

    def show_about(self) -> None:
        """Help → About: the version, the licences, About Qt."""
        from ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def show_preferences(self):
        """Edit → Preferences…: the dialog; what it changes applies at once where it can."""
        from ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.applied.connect(self._preferences_applied)
        dialog.open()
        return dialog

    def _preferences_applied(self) -> None:
        from models.authors import login_name

        self.session.author = self.settings.get(keys.AUTHOR) or self._given_author or login_name()
        self.set_theme(self.settings.get(keys.THEME))

    def export_requested(self, format_key: str | None = None) -> ExportDialog | None:
        """File → Export… (and the classroom exports): the dialog, on the current filter."""
        if self.session.snapshot is None:
            return None
        from ui.dialogs.export_dialog import ExportDialog  # it registers the PDF formats

        get = self.settings.get
        dialog = ExportDialog(
            self.session,
            self.filter_bar.claim_filter(),
            self,
            self.settings,
            page_size=get(keys.PAGE_SIZE),
            landscape=get(keys.LANDSCAPE),
            folder=get(keys.EXPORT_FOLDER),
        )
        if format_key:
            dialog.select_format(format_key)
        dialog.exported.connect(
            lambda path: self.status_bar.show_message(self.tr("Exported to %1").replace("%1", path))
        )
        dialog.open()
        return dialog

    def present_requested(self) -> PresentationWindow | None:
        """View → Present (F5): the open case full screen, one allegation at a time."""
        if self.session.snapshot is None:
            return None
        from ui.classroom.presentation import present

        self.presentation = present(self.session, parent=self)
        return self.presentation

    def grade_requested(self) -> GradingDialog:
        """Classroom → Grade student files…: returned copies against this case's key."""
        from ui.classroom.grading import GradingDialog

        dialog = GradingDialog(self.store, key_slug=self.session.slug, parent=self)
        dialog.open()
        return dialog

    def set_theme(self, theme: str) -> None:
        """View → Theme: apply and remember a palette."""
        self.settings.set(keys.THEME, theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._applying_theme = True
            try:
                apply_theme(app, theme)
            finally:
                self._applying_theme = False
        self._check_theme(theme)
        self.comparison.gutter.update()

    def _system_scheme_changed(self, _scheme=None) -> None:
        """The desktop turned light or dark: follow it, unless the user chose a theme."""
        if self.settings.get(keys.THEME) != "system" or self._applying_theme:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._applying_theme = True  # (setting the scheme hint may tell us again)
            try:
                apply_theme(app, "system")
            finally:
                self._applying_theme = False
        self.comparison.gutter.update()

    def _check_theme(self, theme: str) -> None:
        for name, action in (
            ("light", self.actions.theme_light),
            ("dark", self.actions.theme_dark),
            ("system", self.actions.theme_system),
        ):
            action.setChecked(name == theme)

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # --- layout -------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(keys.PANE_SPLITTER)
        # The splitter's sizes wait for the window's first showing: restored into a splitter
        # not yet laid out, they were squeezed into its few pixels and the split was lost.
        self._splitter_state = splitter
        self.comparison.set_gutter_width(self.settings.get(keys.GUTTER_WIDTH))
        self._check_theme(self.settings.get(keys.THEME))

    def save_layout(self) -> None:
        """Remember geometry, docks and splitter sizes for the next start."""
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.PANE_SPLITTER, QByteArray(self.comparison.saveState()))
        self.settings.set(keys.GUTTER_WIDTH, self.comparison.gutter_width())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """On the first showing, the panes and the gutter get the sizes they had last time; once
        the window is up, it starts hearing colleagues' edits (off the first paint)."""
        super().showEvent(event)
        state, self._splitter_state = getattr(self, "_splitter_state", None), None
        if state is not None:
            if not state.isEmpty():
                self.comparison.restoreState(state)
            self.comparison.set_gutter_width(self.settings.get(keys.GUTTER_WIDTH))
        if self.live is None:
            QTimer.singleShot(LIVE_START_MS, self.start_live)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Files dragged over the window: a case file (.json) to import, or sources to add."""
        files = dropped_files(event.mimeData())
        if any(is_case_file(f) for f in files) or (files and self.session.snapshot is not None):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A dropped case file is imported (as File → Import); any other file becomes a source."""
        files = dropped_files(event.mimeData())
        event.acceptProposedAction()
        cases = [f for f in files if is_case_file(f)]
        sources = [f for f in files if not is_case_file(f)] if self.session.snapshot else []

        # After the drop has finished: the dialogs are modal and must not run inside it.
        def take() -> None:
            for path in cases:
                self.import_case_file(path)
            for path in sources:
                self.case_work.add_source_file(path)

        QTimer.singleShot(0, take)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every edit is already in the store; only the layout is left to keep."""
        self.save_layout()
        if self.store_watch is not None:
            self.store_watch.stop(wait=True)  # a check under way ends before the store closes
        if self.live is not None:
            self.live.stop()
        event.accept()
