"""A claim copied to the clipboard does not crash the application as it quits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from models import library
from ui.common.clipboard import copy_claim
app = QApplication([])
with tempfile.TemporaryDirectory() as folder:
    store = library.open_library(os.path.join(folder, "s.db"))
    case = library.snapshot(store, library.SEED_SLUG)
    copy_claim(case, case.claims[0])
    assert QApplication.clipboard().mimeData().hasHtml()
    store.close()
print("copied")
"""


def test_quitting_with_a_copied_claim_on_the_clipboard_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "copied"
