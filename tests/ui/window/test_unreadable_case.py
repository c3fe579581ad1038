"""A last case that cannot be read: the window opens another one and says which failed."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from models import library
from models.store import StoreError
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.window import settings as keys
from ui.window.settings import Settings


def test_the_window_opens_another_case_when_the_last_one_cannot_be_read(
    open_main_window, db_path, settings_path, small_case, monkeypatch
):
    store = library.open_library(str(db_path))
    library.import_data(store, small_case)
    store.close()
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set(keys.LAST_CASE, "small-case")
    readable = library.snapshot

    def snapshot(store, slug):
        if slug == "small-case":  # its pages are damaged, say
            raise StoreError("Cannot read the store: the file is damaged (malformed).")
        return readable(store, slug)

    monkeypatch.setattr(library, "snapshot", snapshot)
    window = open_main_window(settings=settings)
    assert window.session.slug == library.SEED_SLUG
    assert window.comparison.view("allegation").model().rowCount() > 0
    assert window.banner.isVisible()
    assert "small-case" in window.banner.text() and "damaged" in window.banner.text()
