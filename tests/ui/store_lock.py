"""Helpers for the tests that the window keeps its SQLite locks: a probe from another process,
and a way to let a file dialog list a folder and close it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

# SQLite's lock bytes (see os_unix.c): a connection that has read the store holds a read lock on
# the shared range; a second client that can take a write lock there believes it is alone, and
# on closing checkpoints and deletes the -wal file.
_PROBE = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002)
except OSError:
    print("held")
else:
    print("free")
"""


def store_lock_held(db: Path) -> bool:
    """Whether some process holds SQLite's shared lock on the store (asked from another one)."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(db)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip() == "held"


def list_then_cancel(folder: Path) -> list[str]:
    """On the next file dialog: show `folder`, wait until listed, cancel; the list says when."""
    wanted = QDir(str(folder)).absolutePath()
    closed: list[str] = []

    def act(dialog: QFileDialog) -> None:
        model = dialog.findChild(QFileSystemModel)

        def loaded(path: str) -> None:
            # The model has taken in every entry (names, sizes, types, icons) before it says so.
            if QDir(path).absolutePath() == wanted and not closed:
                closed.append(path)
                dialog.reject()

        model.directoryLoaded.connect(loaded)
        dialog.setDirectory(wanted)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return closed
