"""One per-user data folder: the window's (Qt) and the command line's (platformdirs) agree."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

# Run with Qt's test mode off (it is on in this process): the real folders of a fresh home.
PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication
from ui.window.app import name_application
name_application()
app = QCoreApplication([])
from ui.common.data_folder import data_folder
from models.data_folder import user_data_folder
print(json.dumps({"qt": str(data_folder()), "cli": str(user_data_folder())}))
"""


def _folders(env: dict[str, str]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_and_the_command_line_name_the_same_folder(tmp_path):
    base = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    # With XDG_DATA_HOME, and without it (the ~/.local/share the docs name).
    given = _folders({**base, "XDG_DATA_HOME": str(tmp_path / "data")})
    assert given["qt"] == given["cli"] == str(tmp_path / "data" / "Counterpoint")
    default = _folders(base)
    assert default["qt"] == default["cli"] == str(tmp_path / ".local" / "share" / "Counterpoint")


def test_the_docs_name_that_folder():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`~/.local/share/Counterpoint`" in readme
    assert "`~/Library/Application Support/Counterpoint`" in readme
    assert "`%APPDATA%\\Counterpoint`" in readme


def test_tests_keep_qt_and_the_environment_off_the_users_folders(qapp, tmp_path_factory):
    from PySide6.QtCore import QStandardPaths

    from models.data_folder import user_data_folder
    from ui.common.data_folder import data_folder

    assert QStandardPaths.isTestModeEnabled()
    temporary = Path(tmp_path_factory.getbasetemp())
    assert data_folder().is_relative_to(temporary)
    assert user_data_folder().is_relative_to(temporary)


def test_an_installed_copy_keeps_its_store_in_that_folder(tmp_path, monkeypatch):
    import main
    from models.data_folder import user_data_folder
    from models.library import default_store_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main.user_data_home() == user_data_folder()
    installed = tmp_path / "site-packages"
    installed.mkdir()
    assert default_store_path(installed, main.user_data_home()) == (
        tmp_path / "data" / "Counterpoint" / "data.db"
    )
