"""Starting the window: the application object, fonts, palette, the store, the first case."""

from __future__ import annotations

import logging
import os
import sys

# The store layer (SQLAlchemy and models/, which never imports Qt) before PySide6: once
# imported, PySide6 reads the source of every module imported after it (shibokensupport's
# feature check), which for SQLAlchemy's 200 modules cost start-up about 40 ms of CPU.
from models import library
from models.store import StoreError, shown_target

# isort: split
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.common.fonts import register_fonts
from ui.common.messages import show_error
from ui.common.theme import apply_font, apply_theme
from ui.common.translation import Context, install_translators
from ui.window import settings as keys
from ui.window.settings import APPLICATION, Settings

log = logging.getLogger(__name__)


App = Context("App")


def name_application() -> None:
    """Name the application, and no organisation: Qt's AppDataLocation is then the data folder
    the command line's platformdirs names (ui.common.data_folder). The settings keep their own
    organisation (ui.window.settings)."""
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APPLICATION)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, named, with the bundled fonts."""
    # Qt's raster painter hands every fill taller than about a hundred lines (a pane's
    # background, the gutter) to a pool of threads and waits for them: for the window's small
    # repaints the hand-over costs more than the fill, and on a busy machine the painting
    # thread waits for a core. Read when Qt first paints, so set before any window shows.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance()
    if app is None:
        name_application()
        app = QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    name_application()
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("counterpoint")
    apply_font(app, register_fonts())
    return app


def open_window(
    db: str,
    settings: Settings | None = None,
    author: str | None = None,
    seed: bool = True,
    password: str | None = None,
):
    """Open the store and a main window on its first (or last used) case.

    `seed=False`: a store created now stays empty (see `models.library.open_library`).
    `password`: a server's, handed to the driver at connect time (never in the URL).

    Raises StoreError if the store cannot be opened; the caller tells the user.
    """
    from ui.window.main_window import MainWindow

    settings = settings or Settings()
    app = application()
    install_translators(app, settings.get(keys.LANGUAGE))  # before any widget has words
    apply_theme(app, settings.get(keys.THEME))
    store = library.open_library(db, seed=seed, password=password)
    window = MainWindow(store, settings, author)
    window.open_initial_case()
    return window


def _kept_password(db: str) -> str | None:
    """A server URL given without a password: the one the keyring keeps for it, if any."""
    if not db.startswith("postgresql"):
        return None
    from sqlalchemy.engine import make_url

    from models.team import saved_password, target_from_url

    target = target_from_url(db)
    if target is None or make_url(db).password:
        return None
    return saved_password(target)


def ask_author_on_first_run(window) -> bool:
    """On the first run, once the window is up, ask who the user is (the login name offered).

    Returns whether it will ask. Not blocking: the window paints and works meanwhile.
    """
    if window.settings.get(keys.AUTHOR):
        return False
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window, lambda: window.ask_author(first_run=True))
    return True


def run(db: str, argv: list[str], case_file: str | None = None) -> int:
    """Run the window until it is closed; return the exit status.

    `case_file`: a case file to show (imported the first time, opened after that). A store
    created to show a case file is not seeded: a student opening their copy on a fresh store
    sees their copy alone, never the example case with its statuses and rationales.
    """
    app = application(argv)
    from ui.common.failures import install  # (lazy: start-up imports stay as they are)

    install(app)  # the log file, and a dialog for any error nothing else handled
    install_translators(app, Settings().get(keys.LANGUAGE))  # (a store error is told in it too)
    try:
        password = _kept_password(db)
        window = open_window(db, seed=case_file is None, password=password)
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
    ask_author_on_first_run(window)
    status = app.exec()
    window.store.close()
    return status
