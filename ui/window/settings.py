"""The window's settings: each declared once with its type and default, kept in QSettings.

Preferences (Edit → Preferences…) and window layout (geometry, dock state, splitter sizes) are
kept apart, as Picard does, so that a layout reset never touches a preference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Counterpoint"
APPLICATION = "Counterpoint"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    """One setting: its key, its type and its default."""

    key: str
    type: type
    default: Any


# Preferences (Edit → Preferences…, ui/dialogs/preferences.py)
THEME = Setting("preferences/theme", str, "system")  # system, light or dark
# Who the edits are by: asked on the first run (the login name offered), changed in Preferences.
AUTHOR = Setting("preferences/author", str, "")  # empty: the login name (models.authors)
# The interface's language: "" follows the system, else a code of models.i18n.available().
LANGUAGE = Setting("preferences/language", str, "")
PAGE_SIZE = Setting("preferences/page_size", str, "A4")  # A4 or Letter (models.exports)
LANDSCAPE = Setting("preferences/landscape", bool, True)  # the PDFs' default orientation
EXPORT_FOLDER = Setting("preferences/export_folder", str, "")  # empty: the Documents folder
# What was open
LAST_CASE = Setting("session/last_case", str, "")
RECENT_CASES = Setting("session/recent_cases", list, [])
LAST_EXPORT_FOLDER = Setting("session/last_export_folder", str, "")  # where the last export went
# Team stores connected to, newest first: URLs without a password (the keyring keeps those).
RECENT_STORES = Setting("session/recent_stores", list, [])
# Layout
GEOMETRY = Setting("layout/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("layout/window_state", QByteArray, QByteArray())
PANE_SPLITTER = Setting("layout/pane_splitter", QByteArray, QByteArray())
GUTTER_WIDTH = Setting("layout/gutter_width", int, 64)  # px, dragged by the user


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings | None = None):
        self.qsettings = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def get(self, setting: Setting) -> Any:
        """Return a setting's value, or its default if it is missing or of the wrong type."""
        raw = self.qsettings.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            return _convert(raw, setting.type)
        except (TypeError, ValueError):  # a hand-edited or foreign settings file
            return _copy(setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        """Store a setting's value."""
        if setting.type is list:
            value = [str(v) for v in value]
        self.qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        """Write pending values to disk."""
        self.qsettings.sync()

    def remember_case(self, slug: str) -> list[str]:
        """Put a case first in the recent list and make it the one to reopen; return the list."""
        recent = [s for s in self.get(RECENT_CASES) if s != slug]
        recent.insert(0, slug)
        del recent[MAX_RECENT:]
        self.set(RECENT_CASES, recent)
        self.set(LAST_CASE, slug)
        return recent

    def remember_store(self, url: str) -> list[str]:
        """Put a team store's URL first in the recent stores, its password taken out."""
        from models.team import without_password

        kept = without_password(url)
        recent = [u for u in self.get(RECENT_STORES) if u != kept]
        recent.insert(0, kept)
        del recent[MAX_RECENT:]
        self.set(RECENT_STORES, recent)
        return recent

    def forget_case(self, slug: str) -> None:
        """Drop a case that is no longer in the store from the recent list."""
        self.set(RECENT_CASES, [s for s in self.get(RECENT_CASES) if s != slug])
        if self.get(LAST_CASE) == slug:
            self.set(LAST_CASE, "")


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _convert(raw: Any, kind: type) -> Any:
    if kind is list:
        # INI files give back a lone string for a one-item list, and nothing for an empty one.
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(v) for v in raw]
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes | bytearray):
            return QByteArray(bytes(raw))
        raise TypeError(raw)
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    return kind(raw)
