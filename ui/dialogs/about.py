"""Help → About: the version, and the licences of Counterpoint and of what it ships with."""

from __future__ import annotations

from pathlib import Path

import PySide6
import qtawesome
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import __version__
from ui.common.fonts import FAMILY, JAPANESE_FAMILY
from ui.common.icons import app_icon


def _bundled_font_version(prefix: str) -> str:
    # qtawesome names its font files <font>-<version>.ttf; read the version rather than repeat it.
    for path in Path(qtawesome.__file__).with_name("fonts").glob(f"{prefix}-*.ttf"):
        return path.stem.rsplit("-", 1)[-1]
    return ""


class AboutDialog(QDialog):
    """The version, the licences (Counterpoint, Qt, fonts, icon fonts), and About Qt."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Counterpoint"))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            self.tr(
                "Counterpoint %1\nCompare an allegation with the response to it, claim by claim."
            ).replace("%1", __version__)
        )
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)

        # A plain-text view: nothing here is read as markup, and it can be selected and copied.
        self.credits = QPlainTextEdit(self)
        self.credits.setObjectName("aboutCredits")
        self.credits.setReadOnly(True)
        self.credits.setPlainText(self.credits_text())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        self.about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, self.tr("About Qt")))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.credits, 1)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def credits_text(self) -> str:
        """Each component with its licence, one paragraph each."""
        mdi = _bundled_font_version("materialdesignicons6-webfont")
        paragraphs = [
            self.tr(
                "Counterpoint %1\nMIT licence. Copyright (c) The Counterpoint developers."
            ).replace("%1", __version__),
            self.tr(
                "Qt %1, through PySide6 %2 (Qt for Python)\n"
                "GNU Lesser General Public License v3 (LGPL-3.0). Copyright (c) The Qt Company Ltd."
            )
            .replace("%1", qVersion())
            .replace("%2", PySide6.__version__),
            self.tr(
                "%1 fonts (window and PDFs)\n"
                "Bitstream Vera licence (Copyright (c) 2003 Bitstream, Inc.) and Arev fonts "
                "licence (Copyright (c) 2006 Tavmjong Bah); DejaVu changes are in the public "
                "domain. The text ships as resources/fonts/LICENSE-DejaVu.txt."
            ).replace("%1", FAMILY),
            self.tr(
                "%1 fonts (Japanese in the window and PDFs)\n"
                "A subset of Noto Sans CJK JP, renamed as its licence asks: SIL Open Font "
                "License 1.1. Copyright 2014-2021 Adobe, with Reserved Font Name 'Source'. The "
                "text ships as resources/fonts/LICENSE-NotoSansCJK.txt."
            ).replace("%1", JAPANESE_FAMILY),
            self.tr(
                "Material Design Icons %1 by Pictogrammers (the icons)\n"
                "Apache License 2.0, through QtAwesome %2 (MIT licence, Copyright (c) the Spyder "
                "development team)."
            )
            .replace("%1", mdi)
            .replace("%2", qtawesome.__version__),
            self.tr(
                "QtAwesome also bundles Font Awesome Free (fonts SIL Open Font License 1.1, code "
                "MIT), Elusive Icons (SIL OFL 1.1), Phosphor (MIT), Remix Icon (Apache License "
                "2.0) and Codicons (CC BY 4.0); Counterpoint does not use them."
            ),
        ]
        return "\n\n".join(paragraphs)
