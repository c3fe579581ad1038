"""Translations without Qt: the Qt-free exports (HTML, Markdown) look their words up here.

The catalogue is read from the same resources/translations/counterpoint_<code>.ts that the
window's QTranslator is compiled from, so a word reads the same in the window, the PDF and an
HTML page. As in ui/ (ui/common/translation.py), a module names its context once,
`Export = Context("Export")`, and looks a string up as `Export.tr("…")` (a plural:
`Export.tr("%n claims", None, n)`); `QT_TRANSLATE_NOOP` marks a table's words. pyside6-lupdate
extracts the strings of models/ as it does those of ui/. The language is set once: by the window
at start-up (ui.common.translation.install_translators) and by the command line from the
environment.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources

from models.vocabulary import label

SOURCE_LANGUAGE = "en"
_language = SOURCE_LANGUAGE
_PLACEHOLDER = re.compile(r"%(\d)")


class Context:
    """A translation context: `Export = Context("Export")`, then `Export.tr("…")` (as in ui/)."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The text in the current language (with %n replaced by n for a plural)."""
        return translate(self.name, text, disambiguation, n)


def word(key: str) -> str:
    """A vocabulary word (status, kind, relation, stance, role) in the current language.

    The English is models.vocabulary's, the context the window's "Words" (ui/common/labels.py).
    """
    return translate("Words", label(key))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a string for extraction under `context`; the lookup happens where it is shown."""
    return text


def fill(text: str, *values: object) -> str:
    """Put values in for %1, %2 … in one pass, so a "%2" inside a value is left as it is."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], text
    )


def catalogue_path(code: str, suffix: str = ".ts"):
    """The translation file of a language (a Traversable inside the resources)."""
    return resources.files("resources").joinpath("translations", f"counterpoint_{code}{suffix}")


def available() -> list[str]:
    """The languages the interface can be shown in: English and every shipped translation."""
    folder = resources.files("resources").joinpath("translations")
    codes = {
        entry.name[len("counterpoint_") : -len(".ts")]
        for entry in folder.iterdir()
        if entry.name.startswith("counterpoint_") and entry.name.endswith(".ts")
    } - {SOURCE_LANGUAGE}
    return [SOURCE_LANGUAGE, *sorted(codes)]


def system_languages(environ=os.environ) -> list[str]:
    """The user's languages from the environment, as Qt reads them: LANGUAGE, LC_ALL, LANG…"""
    names: list[str] = []
    names += [n for n in environ.get("LANGUAGE", "").split(":") if n]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):
            names.append(environ[variable])
            break
    return names


def choose(preferred: str | None, system: list[str]) -> str:
    """The language to show: the preferred one if set, else the first system one we have."""
    have = available()
    for name in [preferred] if preferred else system:
        code = name.split(".")[0].split("@")[0].replace("-", "_")
        if code in ("C", "POSIX", ""):
            return SOURCE_LANGUAGE
        for candidate in (code, code.split("_")[0]):
            if candidate in have:
                return candidate
    return SOURCE_LANGUAGE


def set_language(code: str) -> None:
    """Show the exports in this language (a code from `available()`; anything else: English)."""
    global _language
    _language = code if code in available() else SOURCE_LANGUAGE


def language() -> str:
    """The language exports are written in now."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the current language, %n replaced by n (QCoreApplication.translate's rules)."""
    forms = _catalogue(_language).get((context, text, disambiguation or ""))
    if forms:
        result = forms[_plural_form(_language, n) if n >= 0 and len(forms) > 1 else 0]
    else:
        result = text
    return result.replace("%n", str(n)) if n >= 0 else result


def _plural_form(code: str, n: int) -> int:
    # The translations shipped: Japanese has one form; a new language adds its rule here.
    return 0 if code == "ja" else (0 if n == 1 else 1)


@cache
def _catalogue(code: str) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) -> the finished translation's forms."""
    path = catalogue_path(code)  # English's holds only its plural forms
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ET  # (here: the window's start-up need not import it)

    table: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.fromstring(path.read_bytes()).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.get("type") == "vanished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = forms
    return table
