"""Make the README's screenshots by driving the real window offscreen.

Run: .venv/bin/python docs/make_screenshots.py (`--own-case`: without the main-window shots;
`--revision`: only the Revision panel's; `--narrow`: only filters-1280.png and pdf-page-1.png)
Writes docs/screenshots/main-window.png (1280x800), main-window-1920.png (1920x1080) and
main-window-dark.png (1280x800, dark palette), each on a fresh copy of the seeded store, with the
second allegation selected so its links and answers are emphasised; then new-case.png (the
New case dialog, filled in), source-suggestions.png (the source view with suggested claims) and
suggestions-panel.png (the Suggestions panel for an allegation); then the user guide's scenes
(docs/guide.md): guide-assess.png, guide-evidence.png, guide-tags.png, guide-link.png,
guide-filters.png, guide-export.png, guide-worksheet.png (page 1 of a worksheet, through
pdftoppm, from poppler-utils) and guide-preferences.png; then revision-dock.png (the
Revision panel after the Huawei article was revised with a cleaner translation of two paragraphs,
docs/fixtures/huawei-revised-translation.txt) and revision-window.png (the window, with the
panes marking the claims to review and those not in the current version); then filters-1280.png
(a long status and tag in the filter at 1280x800, the evidence library in view) and pdf-page-1.png
(page 1 of the Huawei PDF, by pdftoppm). `--guide` makes only the guide's scenes, `--revision`
only the revision's, `--narrow` only the last two; then the pictures of a day at the desk
(issue 13): desk-source-1280.png and desk-source-1920.png (the source view fits),
desk-inspector-1280.png, desk-gutter.png with desk-gutter-legend.png and desk-gutter-tooltip.png,
desk-filter-empty.png and desk-empty-case.png. `--desk` makes only those. Last, window-ja.png
(the window in Japanese, docs/translations.md); `--japanese` makes only that one.
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
    app, window = _open_window(folder, name, (width, height), theme, language)
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


def _open_window(
    folder: Path, name: str, size=(1280, 800), theme: str | None = None, language: str = ""
):
    """The window on a fresh seeded store of its own (`name`.db and .ini), shown and settled."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.window import settings as keys
    from ui.window.app import open_window
    from ui.window.settings import Settings

    settings = Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    if theme:
        settings.set(keys.THEME, theme)
    settings.set(keys.LANGUAGE, language)
    window = open_window(str(folder / f"{name}.db"), settings, author="Screenshots")
    window.resize(*size)
    window.show()
    app = QApplication.instance()
    _settle(app)
    return app, window


def shoot_own_case(folder: Path) -> list[Path]:
    """The parts of "Your own case": the New case dialog, suggested claims, suggested links."""
    from PySide6.QtGui import QTextCursor

    from ui.dialogs.new_case import CaseDialog

    app, window = _open_window(folder, "own")
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


def _guide_window(folder: Path):
    app, window = _open_window(folder, "guide")
    allegation = window.session.snapshot.claims_of("allegation")[1]
    window.comparison.select_claim(allegation.id)
    _settle(app)
    window._update_docks()
    _settle(app)
    return app, window


def _dock_shot(app, window, name: str, out: str, size=(460, 560)) -> Path:
    dock = window.docks[name]
    dock.setFloating(True)  # large enough to read, for the picture
    dock.resize(*size)
    dock.show()
    dock.raise_()
    _settle(app)
    window._update_docks()
    _settle(app)
    path = OUT / out
    dock.grab().save(str(path))
    dock.setFloating(False)
    _settle(app)
    return path


def shoot_guide(folder: Path) -> list[Path]:
    """The user guide's scenes: one per task that the README's pictures do not show yet."""
    import subprocess

    from PySide6.QtCore import Qt

    from models.exports import export_snapshot
    from models.exports.content import ExportOptions
    from ui.dialogs.preferences import PreferencesDialog
    from ui.dialogs.relation_dialog import LinkDialog

    app, window = _guide_window(folder)
    case = window.session.snapshot
    written = []

    bar = window.filter_bar
    bar.search.setText("backdoor")
    while bar._text_timer.isActive():  # the typed text applies after a pause
        app.processEvents()
    _settle(app, 12)
    written.append(OUT / "guide-filters.png")
    window.grab().save(str(written[-1]))
    bar.clear()
    _settle(app)

    allegation = case.claims_of("allegation")[1]
    link = next(lk for lk in case.links if lk.allegation_id == allegation.id)
    dialog = LinkDialog(case.claim(allegation.id), case.claim(link.response_id), link.relation)
    dialog.show()
    _settle(app)
    written.append(OUT / "guide-link.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()

    export = window.export_requested("pdf")
    _settle(app)
    export.path_edit.setText(f"~/Documents/{case.slug}.pdf")
    _settle(app)
    written.append(OUT / "guide-export.png")
    export.grab().save(str(written[-1]))
    export.reject()

    sheet = folder / "worksheet.pdf"
    export_snapshot(case, "worksheet", sheet, ExportOptions(landscape=False, author="Teacher"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(sheet)]
        + [str(OUT / "guide-worksheet")],
        check=True,
    )
    written.append(OUT / "guide-worksheet.png")

    # The docks last: floated for their pictures, they leave the window's layout changed.
    written += [
        _dock_shot(app, window, "inspector", "guide-assess.png", (460, 640)),
        _dock_shot(app, window, "evidence", "guide-evidence.png", (620, 360)),
        _dock_shot(app, window, "tags", "guide-tags.png", (420, 520)),
    ]

    prefs = PreferencesDialog(window.settings, window)
    prefs.author_edit.setText("Ada Analyst")
    prefs.show()
    _settle(app)
    written.append(OUT / "guide-preferences.png")
    prefs.grab().save(str(written[-1]))
    prefs.close()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    window.store.close()
    return written


REVISION = ROOT / "docs" / "fixtures" / "huawei-revised-translation.txt"


def shoot_revision(folder: Path) -> list[Path]:
    """The Revision panel on the Huawei article revised with a cleaner translation."""
    from models.sources import extract_file

    app, window = _open_window(folder, "rev")
    source = window.session.snapshot.sources[0]
    read = extract_file(REVISION)
    note = "A cleaner translation of two paragraphs"
    window.case_work.revise_with_text(source.id, read.text, note=note, extractor=read.extractor)
    _settle(app)
    panel = window.revisions
    chosen = next(c for c in window.session.snapshot.claims if c.key == "hw-3")
    panel.choose(chosen.id)
    _settle(app)
    written = []
    dock = window.docks["revision"]
    dock.setFloating(True)  # large enough to read, for the picture
    dock.resize(1180, 430)
    dock.show()
    dock.raise_()
    _settle(app)
    written.append(OUT / "revision-dock.png")
    dock.grab().save(str(written[-1]))
    dock.setFloating(False)
    dock.raise_()
    orphan = next(c for c in window.session.snapshot.claims if c.key == "hw-2")
    panel.choose(orphan.id)
    _settle(app)
    window._update_docks()
    _settle(app)
    written.append(OUT / "revision-window.png")
    window.grab().save(str(written[-1]))
    window.close()
    window.store.close()
    return written


def shoot_narrow_desk(folder: Path) -> list[Path]:
    """filters-1280.png: at 1280x800 a long status and a long tag chosen in the filter, the
    evidence library in view; pdf-page-1.png: page 1 of the Huawei PDF (A4 landscape)."""
    import shutil
    import subprocess

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from models.exports import ExportOptions, export_snapshot
    from ui.pdf.formats import register_pdf_formats
    from ui.window.app import open_window
    from ui.window.settings import Settings

    app = QApplication.instance()
    settings = Settings(QSettings(str(folder / "narrow.ini"), QSettings.Format.IniFormat))
    window = open_window(str(folder / "narrow.db"), settings, author="Screenshots")
    window.resize(1280, 800)
    window.show()
    _settle(app)
    bar = window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("unsupported"))
    # The longest tag name that some unsupported claim carries, so the panes are not empty.
    case = window.session.snapshot
    used = {t for c in case.claims if c.status == "unsupported" for t in c.tag_ids}
    shown = [i for i in range(bar.tag.count()) if bar.tag.itemData(i) in used]
    bar.tag.setCurrentIndex(max(shown, key=lambda i: len(bar.tag.itemText(i).strip())))
    _settle(app)
    window.comparison.select_first("allegation")
    window.docks["evidence"].show()
    window.docks["evidence"].raise_()
    _settle(app)
    written = [OUT / "filters-1280.png"]
    window.grab().save(str(written[-1]))
    if shutil.which("pdftoppm") is not None:
        register_pdf_formats()
        pdf = folder / "huawei.pdf"
        export_snapshot(window.session.snapshot, "pdf", pdf, ExportOptions(author="Screenshots"))
        stem = OUT / "pdf-page-1"
        cmd = ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*cmd, str(pdf), str(stem)], check=True)
        written.append(OUT / "pdf-page-1.png")
    window.close()
    window.store.close()
    return written


def _tooltip_picture(app, widget, point, path: Path) -> Path | None:
    """Show a widget's tooltip at a point and save a picture of it (a window of its own)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    )
    _settle(app)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    if not tips:
        return None
    tips[0].grab().save(str(path))
    return path


def shoot_desk(folder: Path) -> list[Path]:
    """Issue 13 (a day at the desk): the source view at 1280 and 1920, the inspector at 1280,
    an empty case, a filter with no result, the gutter widened with its tooltips."""
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtWidgets import QApplication

    from models.case_edits import create_case
    from ui.window.app import open_window
    from ui.window.settings import Settings

    app = QApplication.instance()
    written: list[Path] = []
    for width, height in ((1280, 800), (1920, 1080)):
        settings = Settings(QSettings(str(folder / f"desk{width}.ini"), QSettings.Format.IniFormat))
        window = open_window(str(folder / f"desk{width}.db"), settings, author="Screenshots")
        window.resize(width, height)
        window.show()
        _settle(app)
        allegation = window.session.snapshot.claims_of("allegation")[1]
        window.comparison.select_claim(allegation.id)
        window.show_in_source(allegation.id)
        _settle(app)
        window._update_docks()
        _settle(app)
        written.append(OUT / f"desk-source-{width}.png")
        window.grab().save(str(written[-1]))
        if width == 1280:
            # The inspector with a rationale of several lines (it grows with its text).
            window.inspector.rationale.setPlainText(
                "The response names no document. The 2019 audit it cites says nothing about "
                "remote access, and the vendor's own statement of March 2020 concedes that "
                "maintenance staff could reach the network.\nSee the evidence attached."
            )
            inspector = window.docks["inspector"]
            inspector.setFloating(True)  # as tall as the dock is by default at 1280×800
            inspector.resize(410, 560)
            _settle(app)
            window.inspector._scroll.verticalScrollBar().setValue(160)  # status and rationale
            _settle(app)
            written.append(OUT / "desk-inspector-1280.png")
            inspector.grab().save(str(written[-1]))
            inspector.setFloating(False)
            _settle(app)
            # The gutter dragged wider, and its two tooltips.
            window.comparison.set_gutter_width(120)
            _settle(app)
            comparison = window.comparison
            written.append(OUT / "desk-gutter.png")
            comparison.grab().save(str(written[-1]))
            gutter = comparison.gutter
            legend = _tooltip_picture(
                app, gutter, QPoint(gutter.width() // 2, 6), OUT / "desk-gutter-legend.png"
            )
            band = next(
                (b for b in gutter.bands() if b.left_y is not None and b.right_y is not None),
                None,
            )
            named = None
            if band is not None:
                middle = QPoint(gutter.width() // 2, round((band.left_y + band.right_y) / 2))
                named = _tooltip_picture(app, gutter, middle, OUT / "desk-gutter-tooltip.png")
            written.extend(p for p in (legend, named) if p is not None)
            window.comparison.set_gutter_width(64)
            # A filter that leaves no claim.
            window.filter_bar.search.setText("no such words anywhere")
            for _ in range(40):
                _settle(app, 2)
                if window.comparison.panes["allegation"].model.rowCount() == 0:
                    break
                app.processEvents()
                import time

                time.sleep(0.02)
            _settle(app)
            written.append(OUT / "desk-filter-empty.png")
            window.grab().save(str(written[-1]))
            window.filter_bar.clear()
            # An empty case of one's own.
            slug, _change = create_case(
                window.store,
                title="Overtime for May 2026",
                slug="overtime-may-2026",
                description="",
                allegation_party="The staff union",
                allegation_description="",
                response_party="Northfield Logistics Ltd",
                response_description="",
                author="Screenshots",
            )
            window.open_case(slug)
            window.docks["tags"].show()
            window.docks["tags"].raise_()
            _settle(app)
            written.append(OUT / "desk-empty-case.png")
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
        if "--japanese" in sys.argv:  # only the window in Japanese
            print(shoot("window-ja.png", 1280, 800, "light", Path(tmp), "ja"))
            return 0
        if "--revision" in sys.argv:
            for path in shoot_revision(Path(tmp)):
                print(path)
            return 0
        if "--desk" in sys.argv:  # only the pictures of issue 13
            for path in shoot_desk(Path(tmp)):
                print(path)
            return 0
        if "--narrow" in sys.argv:
            for path in shoot_narrow_desk(Path(tmp)):
                print(path)
            return 0
        only_own = "--own-case" in sys.argv
        only_guide = "--guide" in sys.argv
        for name, width, height, theme in () if only_own or only_guide else SHOTS:
            print(shoot(name, width, height, theme, Path(tmp)))
        for path in () if only_guide else shoot_own_case(Path(tmp)):
            print(path)
        for path in () if only_own else shoot_guide(Path(tmp)):
            print(path)
        for path in () if only_own or only_guide else shoot_revision(Path(tmp)):
            print(path)
        for path in () if only_own or only_guide else shoot_narrow_desk(Path(tmp)):
            print(path)
        for path in () if only_own or only_guide else shoot_desk(Path(tmp)):
            print(path)
        if not (only_own or only_guide):  # last: it leaves the Japanese translators in
            print(shoot("window-ja.png", 1280, 800, "light", Path(tmp), "ja"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
