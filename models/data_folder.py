"""The per-user data folder, for the Qt-free command line (platformdirs).

The window asks Qt for the same folder (ui.common.data_folder: QStandardPaths' AppDataLocation,
with the application named Counterpoint and no organisation folder); tests/test_data_folder.py
checks that the two agree. On Linux it is `$XDG_DATA_HOME/Counterpoint` (usually
`~/.local/share/Counterpoint`), on macOS `~/Library/Application Support/Counterpoint`, on
Windows `%APPDATA%\\Counterpoint`.
"""

from __future__ import annotations

from pathlib import Path

APP_FOLDER = "Counterpoint"


def user_data_folder() -> Path:
    """The folder that holds the store, the log and deleted cases' files (not created here)."""
    from platformdirs import user_data_dir

    # appauthor=False and roaming=True: the folder Qt's AppDataLocation names for an application
    # without an organisation (Windows' roaming AppData, as Qt uses).
    return Path(user_data_dir(APP_FOLDER, appauthor=False, roaming=True))
