"""Make the README's screenshots by driving the real window offscreen.

Run: .venv/bin/python docs/make_screenshots.py
Writes docs/screenshots/main-window.png (1280x800), main-window-1920.png (1920x1080) and
main-window-dark.png (1280x800, dark palette), each on a fresh copy of the seeded store, with the
second allegation selected so its links and answers are emphasised.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = ROOT / "docs" / "screenshots"
SHOTS = (
    ("main-window.png", 1280, 800, "light"),
    ("main-window-1920.png", 1920, 1080, "light"),
    ("main-window-dark.png", 1280, 800, "dark"),
)


def shoot(name: str, width: int, height: int, theme: str, folder: Path) -> Path:
    """Open the window on a fresh seeded store, select a claim, and save a picture."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.window import settings as keys
    from ui.window.app import open_window
    from ui.window.settings import Settings

    settings = Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    settings.set(keys.THEME, theme)
    window = open_window(str(folder / f"{name}.db"), settings, author="Screenshots")
    window.resize(width, height)
    window.show()
    app = QApplication.instance()
    app.processEvents()
    allegations = window.session.snapshot.claims_of("allegation")
    window.comparison.select_claim(allegations[min(1, len(allegations) - 1)].id)
    for _ in range(5):
        app.processEvents()
    path = OUT / name
    window.grab().save(str(path))
    window.close()
    window.store.close()
    return path


def main() -> int:
    """Write every screenshot; print where."""
    from ui.window.app import application

    application(["make_screenshots"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, width, height, theme in SHOTS:
            print(shoot(name, width, height, theme, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
