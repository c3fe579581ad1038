"""models/ is the domain: importing every module of it must not load Qt."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import models

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_model_module_loads_no_qt():
    names = [m.name for m in pkgutil.walk_packages(models.__path__, "models.")]
    names = [n for n in names if ".migrations" not in n]
    assert "models.casefile" in names and "models.store" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'qtpy', 'qtawesome'))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""
