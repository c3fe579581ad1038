"""Starting the window: the application object, fonts, palette, the store, the first case."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from models import library
from models.store import StoreError, shown_target
from ui.common.fonts import register_fonts
from ui.common.messages import show_error
from ui.common.theme import apply_font, apply_theme
from ui.common.translation import Context, install_translators
from ui.window import settings as keys
from ui.window.settings import APPLICATION, ORGANIZATION, Settings

log = logging.getLogger(__name__)


App = Context("App")


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, named, with the bundled fonts."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("counterpoint")
    apply_font(app, register_fonts())
    return app


def open_window(db: str, settings: Settings | None = None, author: str | None = None):
    """Open the store and a main window on its first (or last used) case.

    Raises StoreError if the store cannot be opened; the caller tells the user.
    """
    from ui.window.main_window import MainWindow

    settings = settings or Settings()
    app = application()
    install_translators(app, settings.get(keys.LANGUAGE))  # before any widget has words
    apply_theme(app, settings.get(keys.THEME))
    store = library.open_library(db)
    window = MainWindow(store, settings, author)
    window.open_initial_case()
    return window


def run(db: str, argv: list[str], case_file: str | None = None) -> int:
    """Run the window until it is closed; return the exit status.

    `case_file`: a case file to show (imported the first time, opened after that).
    """
    app = application(argv)
    from ui.common.failures import install  # (lazy: start-up imports stay as they are)

    install(app)  # the log file, and a dialog for any error nothing else handled
    install_translators(app, Settings().get(keys.LANGUAGE))  # (a store error is told in it too)
    try:
        window = open_window(db)
    except StoreError as exc:
        shown = shown_target(db)  # a URL's password is never shown nor logged
        log.error("cannot open the store %s: %s", shown, exc)
        show_error(
            None,
            App.tr("Counterpoint cannot open the store"),
            str(exc),
            App.tr("The store at %1 was left as it is.").replace("%1", shown),
        )
        return 1
    window.show()
    if case_file:
        window.open_case_file(case_file)
    status = app.exec()
    window.store.close()
    return status
