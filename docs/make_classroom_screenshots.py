"""Make the classroom screenshots in docs/screenshots/ from the real widgets, offscreen.

Run from the checkout: `.venv/bin/python docs/make_classroom_screenshots.py`. It uses a temporary
store seeded with the Huawei case and a folder of made-up returned student copies.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models import library  # noqa: E402
from models.grading import make_student_copy  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def returned_folder(seed: dict, folder: Path) -> None:
    """A small class: four students with different answers, and two files to skip."""
    key = [c["status"] for c in seed["claims"]]
    others = {"supported": "disputed", "unsupported": "unverifiable", "unverifiable": "disputed"}
    plans = {
        "ana-lima.json": ("Ana Lima", lambda i, s: s),
        "ben-okafor.json": ("Ben Okafor", lambda i, s: others.get(s, s) if i % 4 == 0 else s),
        "chloe-martin.json": ("Chloé Martin", lambda i, s: others.get(s, s) if i % 2 else s),
        "dev-patel.json": ("Dev Patel", lambda i, s: s if i < 6 else "unassessed"),
    }
    for name, (student, answer) in plans.items():
        copy = make_student_copy(seed, student)
        for i, claim in enumerate(copy["claims"]):
            claim["status"] = answer(i, key[i])
        (folder / name).write_text(json.dumps(copy), encoding="utf-8")
    (folder / "eve-half-saved.json").write_text('{"format": "counterpoint-case", "ver', "utf-8")
    (folder / "teacher-key.json").write_text(json.dumps(seed), encoding="utf-8")


def sheet_pages(case, folder: Path) -> None:
    """worksheet-page-1.png and answer-key-page-1.png: page 1 of each sheet, by pdftoppm."""
    import shutil
    import subprocess

    from ui.pdf.worksheet import write_answer_key, write_worksheet

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is not installed: no sheet pages")
        return
    for name, write in (("worksheet", write_worksheet), ("answer-key", write_answer_key)):
        pdf = folder / f"{name}.pdf"
        write(case, pdf)
        stem = OUT / f"{name}-page-1"
        cmd = ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*cmd, str(pdf), str(stem)], check=True)


def main() -> int:
    """Write presentation.png, presentation-revealed.png, grading.png and the sheets' page 1."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.classroom.grading import GradingDialog
    from ui.classroom.presentation import PresentationWindow
    from ui.common.fonts import register_fonts

    app.setFont(QFont(register_fonts(), 10))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = library.open_library(str(Path(tmp) / "shots.db"))
        try:
            case = library.snapshot(store, library.SEED_SLUG)
            window = PresentationWindow(case)
            window.resize(1920, 1080)
            window.show()
            while window.slide_index < 1:  # the second pair, from its first response
                QTest.keyClick(window, Qt.Key.Key_Right)
            window.grab().save(str(OUT / "presentation.png"))
            QTest.keyClick(window, Qt.Key.Key_R)
            window.grab().save(str(OUT / "presentation-revealed.png"))
            window.close()

            folder = Path(tmp) / "returned"
            folder.mkdir()
            returned_folder(library.export_data(store, library.SEED_SLUG), folder)
            dialog = GradingDialog(store, library.SEED_SLUG)
            dialog.resize(1280, 860)
            dialog.show()
            dialog.set_folder(str(folder))
            while dialog.task is not None and dialog.task.running:  # graded in the background
                app.processEvents()
            for _ in range(5):
                app.processEvents()
            dialog.grab().save(str(OUT / "grading.png"))
            dialog.close()
            sheet_pages(case, Path(tmp))
        finally:
            store.close()
    print(f"wrote 5 screenshots in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
