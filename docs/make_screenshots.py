"""Make the README's screenshots by driving the real window offscreen.

Run: .venv/bin/python docs/make_screenshots.py
Writes docs/screenshots/main-window.png (1280x800), main-window-1920.png (1920x1080) and
main-window-dark.png (1280x800, dark palette), each on a fresh copy of the seeded store, with the
second allegation selected so its links and answers are emphasised; then new-case.png (the
New case dialog, filled in), source-suggestions.png (the source view with suggested claims) and
suggestions-panel.png (the Suggestions panel for an allegation), and last window-ja.png (the
window in Japanese, docs/translations.md).
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


def shoot(name: str, width: int, height: int, theme: str, folder: Path, language: str = "") -> Path:
    """Open the window on a fresh seeded store, select a claim, and save a picture."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.window import settings as keys
    from ui.window.app import open_window
    from ui.window.settings import Settings

    settings = Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    settings.set(keys.THEME, theme)
    settings.set(keys.LANGUAGE, language)
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


def _settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot_own_case(folder: Path) -> list[Path]:
    """The parts of "Your own case": the New case dialog, suggested claims, suggested links."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.new_case import CaseDialog
    from ui.window.app import open_window
    from ui.window.settings import Settings

    app = QApplication.instance()
    settings = Settings(QSettings(str(folder / "own.ini"), QSettings.Format.IniFormat))
    window = open_window(str(folder / "own.db"), settings, author="Screenshots")
    window.resize(1280, 800)
    window.show()
    _settle(app)
    written = []

    dialog = CaseDialog(window)
    dialog.title.setText("Overtime for May 2026")
    dialog._title_edited(dialog.title.text())
    dialog.description.setPlainText("Was the overtime worked in May paid, and were records kept?")
    dialog.allegation_party.setText("The staff union")
    dialog.allegation_description.setPlainText("Says overtime went unpaid, records went missing.")
    dialog.response_party.setText("Northfield Logistics Ltd")
    dialog.response_description.setPlainText("Says every hour was paid and nothing was deleted.")
    dialog.show()
    _settle(app)
    written.append(OUT / "new-case.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()

    source_dock = window.docks["source"]
    source_dock.setFloating(True)  # large enough to read, for the picture
    source_dock.resize(900, 520)
    source_dock.show()
    source_dock.raise_()
    allegation = window.session.snapshot.claims_of("allegation")[1]
    window.comparison.select_claim(allegation.id)
    _settle(app)
    view = window.source_view
    view.suggestions.toggle.setChecked(True)
    _settle(app)
    if view.suggestions.shown:
        cursor = QTextCursor(view.editor.document())
        cursor.setPosition(view.offsets.to_utf16(view.suggestions.shown[0].start))
        view.editor.setTextCursor(cursor)
        view.editor.centerCursor()
    _settle(app)
    written.append(OUT / "source-suggestions.png")
    source_dock.grab().save(str(written[-1]))
    source_dock.setFloating(False)

    window.docks["suggestions"].show()
    window.docks["suggestions"].raise_()
    window.comparison.select_claim(allegation.id)
    _settle(app)
    window._update_docks()
    _settle(app)
    written.append(OUT / "suggestions-panel.png")
    window.grab().save(str(written[-1]))
    window.close()
    window.store.close()
    return written


def main() -> int:
    """Write every screenshot; print where."""
    from ui.window.app import application

    application(["make_screenshots"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        only_own = "--own-case" in sys.argv
        for name, width, height, theme in () if only_own else SHOTS:
            print(shoot(name, width, height, theme, Path(tmp)))
        for path in shoot_own_case(Path(tmp)):
            print(path)
        if not only_own:  # last: it leaves the Japanese translators in
            print(shoot("window-ja.png", 1280, 800, "light", Path(tmp), "ja"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
