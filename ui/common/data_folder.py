"""The per-user data folder, for the window: Qt's AppDataLocation.

The application has no organisation name (ui/window/app.py), so Qt names the same folder as the
command line's platformdirs (models.data_folder): `~/.local/share/Counterpoint` on Linux. Every
file the window keeps for the user (the log, deleted cases' files) goes under this one folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_folder() -> Path:
    """The window's per-user data folder (not created here)."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))
