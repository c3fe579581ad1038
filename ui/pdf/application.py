"""The QGuiApplication a PDF needs when no window is open (the command line, the benchmark)."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

from ui.common.fonts import register_fonts
from ui.common.translation import install_translators

_app: QGuiApplication | None = None  # kept alive for the process


def ensure_app() -> None:
    """Make sure a Qt application exists (offscreen if there is no display) and fonts are in.

    A QGuiApplication is enough to lay out and paint a PDF; the window's QApplication, when there
    is one, is used as it is.
    """
    global _app
    if QGuiApplication.instance() is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication(["counterpoint"])
        # The command line's PDFs in the user's language (the environment: LANGUAGE, LANG…).
        install_translators(_app)
    register_fonts()
