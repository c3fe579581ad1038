"""The window paints on its own thread: Qt hands no fill to a pool of threads to wait for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The real window on the seed case, walked down a pane; then the names of the process's
# threads. Qt names the threads of its pools "Thread (pooled)".
WALK = """
import os, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from ui.window.app import application, open_window

app = application(["test"])
window = open_window(sys.argv[2], author="Tester")
window.resize(1280, 800)
window.show()
pane = window.comparison.view("allegation")
down = Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier
for _ in range(20):
    pane.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, *down))
    app.processEvents()
window.repaint()
for task in os.listdir("/proc/self/task"):
    with open(f"/proc/self/task/{task}/comm") as f:
        print(f.read().strip())
os._exit(0)
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads Linux's /proc")
def test_a_walk_down_a_pane_starts_no_painting_threads(tmp_path):
    # Handing each tall fill to other threads cost more than the fill, and on a busy machine
    # the painting thread waited for a core (a step down a pane: 13% of its time).
    done = subprocess.run(
        [sys.executable, "-c", WALK, str(ROOT), str(tmp_path / "store.db")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    threads = done.stdout.split("\n")
    assert threads[0] and "Thread (pooled)" not in threads
