"""Translations end to end: every string looked up is extracted under the context it is looked up
in; plurals are %n forms; the committed .ts are current and complete; the .qm are what the .ts
give; the language setting and the system's language choose the translation."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from models import i18n
from tests.conftest import ROOT
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.translation import install_translators
from ui.window import settings as keys
from ui.window.settings import Settings

FOLDER = ROOT / "resources" / "translations"
_spec = importlib.util.spec_from_file_location("make_translations", FOLDER / "make_translations.py")
make_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_translations)

Key = tuple[str, str]  # (context, source)


def read_ts(path: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts, by (context, source)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[Key, ET.Element]:
    """What pyside6-lupdate finds in the code today, in a fresh .ts."""
    ts = tmp_path_factory.mktemp("lupdate") / "extracted_xx.ts"
    make_translations.extract(ts)
    return read_ts(ts)


class Recorder(QTranslator):
    """Installed first, it sees every lookup Qt makes (self.tr, Context.tr, translate)."""

    def __init__(self):
        super().__init__()
        self.lookups: list[tuple[str, str, int]] = []

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        self.lookups.append((context or "", source or "", n))
        return None  # untranslated: Qt goes on to the next class of the hierarchy, as it would


def ours(lookups, extracted_contexts: set[str]):
    """The lookups our code made, grouped: self.tr asks each class of the MRO in turn."""
    groups: list[tuple[list[str], str, int]] = []
    for context, source, n in lookups:
        if (
            groups
            and groups[-1][1] == source
            and groups[-1][2] == n
            and context not in groups[-1][0]
        ):
            groups[-1][0].append(context)
        else:
            groups.append(([context], source, n))
    # Qt's own words (QDialogButtonBox, QLineEdit's menu…) are asked under Qt's classes only.
    return [g for g in groups if any(not _is_qt(c) or c in extracted_contexts for c in g[0])]


def _is_qt(context: str) -> bool:
    return bool(re.fullmatch(r"Q[A-Z]\w*", context)) or context.startswith("QtPrivate")


def _drive_the_window(qtbot, window):
    """Walk the window as a person would: a claim selected, the docks, menus and dialogs."""
    from ui.classroom.grading import GradingDialog
    from ui.classroom.presentation import PresentationWindow
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.case_chooser import CaseChooser
    from ui.dialogs.evidence_record import EvidenceDialog, StanceDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.new_case import CaseDialog
    from ui.dialogs.relation_dialog import LinkDialog
    from ui.dialogs.restore_backup import RestoreBackupDialog
    from ui.dialogs.shortcuts import ShortcutsDialog

    case = window.session.snapshot
    allegation = next(c for c in case.claims if c.role == "allegation")
    response = next(c for c in case.claims if c.role == "response")
    window.session.selection.set_claim(allegation.id)
    qtbot.wait(50)  # the docks follow one event-loop turn later
    for dock in window.docks.values():
        dock.show()
    window.show_in_source(allegation.id)
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        menu.aboutToShow.emit()
    from models import library

    dialogs = [
        AboutDialog(window),
        ShortcutsDialog(window.actions.key_rows(), window),
        ExportDialog(window.session, None, window),
        CaseDialog(window),
        CaseChooser(library.cases(window.store), case.slug, window),
        LinkDialog(allegation, response, "denies", window),
        EvidenceDialog(window, "Evidence"),
        StanceDialog(window, case.evidence[0].title, allegation.key),
        RestoreBackupDialog([], window),
        GradingDialog(window.store, key_slug=case.slug, parent=window),
        PresentationWindow(case),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(10)
        dialog.close()


def _all_exports(tmp_path, case):
    """Every paged and text export of the case (the PDF wing and models/exports)."""
    from models.exports import ExportOptions, export_snapshot
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()
    for key in ("pdf", "worksheet", "answer-key", "html", "md"):
        options = ExportOptions(source_appendix=True)
        export_snapshot(case, key, str(tmp_path / f"out.{key}"), options)


def test_every_lookup_is_extracted_under_its_context(
    qtbot, open_main_window, extracted, tmp_path, monkeypatch
):
    recorder = Recorder()
    app = QCoreApplication.instance()
    app.installTranslator(recorder)
    text_lookups: list[tuple[str, str, int]] = []
    real = i18n.translate

    def recording(context, text, disambiguation=None, n=-1):
        text_lookups.append((context, text, n))
        return real(context, text, disambiguation, n)

    monkeypatch.setattr(i18n, "translate", recording)
    import ui.window.app

    # A translator installed after the recorder would answer first and hide the lookups from it.
    monkeypatch.setattr(ui.window.app, "install_translators", lambda app, language="": "en")
    try:
        window = open_main_window()
        _drive_the_window(qtbot, window)
        _all_exports(tmp_path, window.session.snapshot)
    finally:
        app.removeTranslator(recorder)
    contexts = {c for c, _ in extracted}
    groups = ours(recorder.lookups, contexts)
    assert len(groups) > 300  # the window, its dialogs and the PDFs were really walked
    missing = sorted(
        {(tuple(cs), s) for cs, s, _ in groups if not any((c, s) in extracted for c in cs)}
    )
    assert missing == [], f"looked up but not extracted under that context: {missing[:20]}"
    assert len(text_lookups) > 40  # HTML and Markdown looked their words up
    missing = sorted({(c, s) for c, s, _ in text_lookups if s and (c, s) not in extracted})
    assert missing == [], f"models/exports words not extracted: {missing[:20]}"
    # (b) a number's lookup is a %n plural, extracted as one
    plural = {(cs[0], s) for cs, s, n in groups if n >= 0} | {
        (c, s) for c, s, n in text_lookups if n >= 0
    }
    assert plural, "no plural was looked up"
    for context, source in plural:
        assert "%n" in source, (context, source)
    numerus = {k for k, m in extracted.items() if m.get("numerus") == "yes"}
    assert {k for k in plural if k in extracted} <= numerus


def test_no_string_is_a_plural_spelt_by_hand(extracted):
    handmade = [
        s for _, s in extracted if re.search(r"\w\(s\)|\{n\} (claim|link|response|time)s\b", s)
    ]
    assert handmade == []  # "claim(s)", "{n} claims": a %n form is what a translator can plural
    assert all("%n" in s for (_, s), m in extracted.items() if m.get("numerus") == "yes")


def test_the_code_extracts_into_no_empty_or_unknown_context(extracted):
    assert "" not in {c for c, _ in extracted}  # a bare tr() outside a class: never found
    # Every context is a QObject class that calls self.tr or a Context("Name") of that name.
    sources = "\n".join((ROOT / p).read_text(encoding="utf-8") for p in make_translations.sources())
    for context in {c for c, _ in extracted}:
        assert re.search(
            rf'class {context}\b|{context} = Context\("{context}"\)|"{context}"', sources
        ), context


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("counterpoint_*.ts")), ids=lambda p: p.name)
def test_each_translation_is_current_with_the_code(ts, extracted):
    committed = read_ts(ts)
    wanted = set(extracted)
    if ts.name.endswith("_en.ts"):  # English holds only the plural forms
        wanted = {k for k, m in extracted.items() if m.get("numerus") == "yes"}
    assert wanted - set(committed) == set(), (
        "new strings: run python resources/translations/make_translations.py and translate them"
    )
    assert set(committed) - wanted == set(), "strings the code no longer has"


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("counterpoint_*.ts")), ids=lambda p: p.name)
def test_every_entry_is_translated_and_keeps_its_placeholders(ts):
    for (context, source), message in read_ts(ts).items():
        translation = message.find("translation")
        assert translation.get("type") is None, (context, source, translation.get("type"))
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        assert all(f.strip() for f in forms), (context, source)
        for form in forms:
            for pattern in (r"%\d", r"\{\w*\}", r"%n"):
                assert sorted(re.findall(pattern, form)) == sorted(re.findall(pattern, source)) or (
                    pattern == "%n" and message.get("numerus") == "yes" and len(forms) > 1
                ), (context, source, form)
            if re.search(r"&\w", source) and "(*" not in source:
                assert re.search(r"&\w", form), (context, source, form)  # the menu key


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("counterpoint_*.ts")), ids=lambda p: p.name)
def test_the_committed_qm_is_what_the_ts_gives(ts, tmp_path):
    built = tmp_path / ts.with_suffix(".qm").name
    make_translations.release(ts, built)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.name} changed: run python resources/translations/make_translations.py"
    )


def test_the_language_setting_and_the_system_choose_the_translation(qapp, monkeypatch):
    assert i18n.available() == ["en", "ja"]
    assert i18n.choose("", ["ja_JP.UTF-8"]) == "ja"
    assert i18n.choose("en", ["ja_JP"]) == "en"  # the setting wins over the system
    assert i18n.choose(None, ["C"]) == "en"
    assert i18n.choose(None, ["fr_FR", "ja"]) == "ja"
    assert i18n.system_languages({"LANGUAGE": "ja:en", "LANG": "C"}) == ["ja", "en", "C"]
    try:
        assert install_translators(qapp, "ja") == "ja"
        assert QCoreApplication.translate("Menus", "&File") == "ファイル(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"  # qtbase
        assert i18n.translate("Export", "Summary") == "概要"
        assert install_translators(qapp, "en") == "en"
        assert QCoreApplication.translate("ClaimPane", "%n claims", None, 1) == "1 claim"
        assert QCoreApplication.translate("ClaimPane", "%n claims", None, 2) == "2 claims"
        assert i18n.translate("Export", "Summary") == "Summary"
    finally:
        install_translators(qapp, "en")


def test_the_window_starts_in_the_language_of_its_setting(qtbot, open_main_window, settings_path):
    stored = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    stored.set(keys.LANGUAGE, "ja")
    try:
        window = open_main_window(settings=stored)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "ファイル(&F)", titles
        assert window.comparison.panes["allegation"].count.text().startswith("主張"), (
            "the pane's count"
        )
    finally:
        install_translators(QCoreApplication.instance(), "en")


def test_the_store_s_refusals_read_in_the_window_s_language(
    qtbot, open_main_window, settings_path, tmp_path
):
    """A Japanese window says in Japanese why the store refused an edit or a file (the sentences
    are models/'s, set to the window's language at start-up), the user's own data kept as typed."""
    from PySide6.QtCore import Qt

    from models.limits import max_length
    from ui.common.commands import link_claims
    from ui.dialogs.add_source import AddSourceDialog, read_path

    stored = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    stored.set(keys.LANGUAGE, "ja")
    try:
        window = open_main_window(settings=stored)
        claim_id = window.session.selection.claim_id
        before = window.session.snapshot.claim(claim_id).paraphrase
        # (a) A paraphrase longer than the case file allows, typed in the inspector.
        limit = max_length("claim", "paraphrase")
        paraphrase = window.inspector.paraphrase
        paraphrase.setFocus()
        paraphrase.setPlainText("長" * (limit + 1))
        with qtbot.waitSignal(window.session.editFailed) as failed:
            qtbot.keyClick(paraphrase, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        said = f"言い換えは最大 {limit:,} 文字ですが、これは {limit + 1:,} 文字あります。"
        assert failed.args[0] == said + "何も変更されていません。"
        assert window.banner.isVisible() and said in window.banner.text()
        assert window.session.snapshot.claim(claim_id).paraphrase == before
        # (b) A file that cannot become a source, read in the child process: its name kept.
        bad = tmp_path / "回答 <b>.pdf"
        bad.write_bytes(b"%PDF-1.7 this is not a PDF at all")
        dialog = AddSourceDialog(window.session, read_path(str(bad)), bad.name, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=20000)
        assert "「回答 <b>.pdf」は壊れています: PDF として読み込めません。" in dialog.error.text()
        assert dialog.error.textFormat() == Qt.TextFormat.PlainText
        dialog.reject()
        # (c) Linking two claims that are linked already (models/operations.py), and a link's
        # note longer than the case file allows: the field's name in Japanese too.
        link = window.session.snapshot.links[0]
        links = len(window.session.snapshot.links)
        with qtbot.waitSignal(window.session.editFailed) as failed:
            link_claims(window.session, link.allegation_id, link.response_id, "rebuts")
        assert failed.args[0] == "この 2 つの主張はすでにリンクされています。"
        limit = max_length("link", "note")
        with qtbot.waitSignal(window.session.editFailed) as failed:
            link_claims(
                window.session, link.allegation_id, link.response_id, "rebuts", "注" * (limit + 1)
            )
        assert failed.args[0].startswith(f"リンクのメモは最大 {limit:,} 文字ですが")
        assert len(window.session.snapshot.links) == links
    finally:
        install_translators(QCoreApplication.instance(), "en")
