"""How the interface's words are translated: one convention, and the translators loaded once.

The convention (docs/translations.md): inside a QObject subclass a string is
`self.tr("…")`, looked up under the class's name; anywhere else it is `Words.tr("…")`, where
`Words = Context("Words")` is a module-level translation context whose variable is named exactly
as its context. pyside6-lupdate extracts `X.tr("…")` under the context "X", so the name the code
looks a string up under is the name the translator finds it under (tests/ui/test_translations.py
checks every lookup a window, its dialogs and the PDFs make). A plural is `X.tr("%n claims", None,
n)`; a value goes in after the lookup, as %1, %2 through `fill` or as {name} through `.format`.

QtCore only: the PDF wing of the command line uses it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models import i18n
from models.i18n import fill

__all__ = ["Context", "fill", "install_translators"]


class Context:
    """A translation context for code outside a QObject: `Words = Context("Words")`."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The text in the reader's language (with %n replaced by n for a plural)."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)


_installed: list[QTranslator] = []
_installed_code: list[str] = []
_data: list[bytes] = []


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Load the translation for `language` ("" = the system's) into `app`; return its code.

    Counterpoint's own words come from resources/translations/counterpoint_<code>.qm and Qt's
    standard dialogs from Qt's qtbase_<code>.qm; models.i18n (the Qt-free exports) is set to the
    same language. English (the source language, or a language without a translation) loads
    counterpoint_en.qm, which holds only the English plural forms ("1 claim", "2 claims").
    """
    code = i18n.choose(language or None, _system_languages())
    if _installed and _installed[0].parent() is app and _installed_code == [code]:
        return code  # already in (open_window runs once per window)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _installed_code[:] = [code]
    i18n.set_language(code)
    ours = QTranslator(app)
    data = i18n.catalogue_path(code, ".qm").read_bytes()
    if ours.load(data):
        _data[:] = [data]  # Qt reads the bytes in place: they must outlive the translator
        app.installTranslator(ours)
        _installed.append(ours)
    if code == i18n.SOURCE_LANGUAGE:
        return code
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def _system_languages() -> list[str]:
    # Qt reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as models.i18n does without Qt.
    return [name.replace("-", "_") for name in QLocale.system().uiLanguages()]
