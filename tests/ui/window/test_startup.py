"""Start-up: the first paint of the window imports only what it needs."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

# `python main.py --db DB`, watched: at the first paint of both panes, print the imported
# modules in the order they were imported, and leave. The test, not the app, carries the hook
# (importing Qt only after the app's modules, so that the app's own order shows).
FIRST_PAINT = """
import json, os, sys
sys.path.insert(0, sys.argv[1])
import main
from ui.window import app
from PySide6.QtCore import QEvent, QObject

opened = app.open_window

class FirstPaint(QObject):
    def __init__(self, viewports):
        super().__init__()
        self.waiting = set(viewports)
        for viewport in viewports:
            viewport.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.waiting.discard(watched)
            if not self.waiting:
                from PySide6.QtGui import QFontDatabase

                families = QFontDatabase.families()
                print(json.dumps({"modules": list(sys.modules), "families": families}), flush=True)
                os._exit(0)
        return False

def open_and_watch(*args, **kwargs):
    window = opened(*args, **kwargs)
    panes = [window.comparison.view(role).viewport() for role in ("allegation", "response")]
    window.first_paint = FirstPaint(panes)
    return window

app.open_window = open_and_watch
sys.exit(main.main(["--db", sys.argv[2]]))
"""

# What the first paint never needs: each is imported when its feature is first used.
NOT_AT_START = (
    "alembic",  # only to create, check or upgrade a store not at the head revision
    "jsonschema",  # only to read a case file
    "fastjsonschema",
    "ui.classroom",  # presentation, grading, the student's name
    "models.grading",
    "ui.dialogs",
    "ui.common.file_dialogs",
    "models.sources",  # the source-file readers (PDF, DOCX, HTML): when a source is read
    "ui.pdf",  # the PDF wing: when an export is asked for
    "models.exports",  # the exporters: when an export is asked for
    "models.live",  # hearing colleagues' edits: started once the window shows
    "ui.common.live",
    # The ORM (the mapped classes, about 20 ms to map) and the edits that write through it:
    # the first read selects from the Core tables of models.tables.
    "models.schema",
    "models.operations",
    "models.edit_log",
    "models.rows",
    "models.case_edits",
    "models.claim_edits",
    "models.evidence_edits",
    "models.tag_edits",
    "models.suggestion_edits",
    "models.casefile",  # the case-file import (and the seed case, when a store is created)
    "models.case_versions",
    # The docks behind the evidence library's tab: built when their tab is first shown.
    "ui.docks.tag_manager",
    "ui.docks.source_text",
    "ui.docks.claim_suggestions",
    "ui.docks.suggestions",
)


def at_first_paint(db: str) -> dict:
    """Open the window on the store in a fresh process; at first paint, the modules imported
    (in the order their import began) and the font families known."""
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(ROOT), db],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def modules_at_first_paint(db: str) -> list[str]:
    """The modules imported at first paint, in the order their import began."""
    return at_first_paint(db)["modules"]


def test_first_paint_on_an_existing_store_imports_only_what_it_needs(db_path):
    from models import library

    library.open_library(str(db_path)).close()  # the seeded store, as a second start finds it
    modules = modules_at_first_paint(str(db_path))
    assert "ui.panes.comparison" in modules  # the hook saw the real window paint
    early = [m for m in modules if any(m == p or m.startswith(p + ".") for p in NOT_AT_START)]
    assert not early, f"imported before the first paint: {early}"


def test_the_store_layer_is_imported_before_qt(db_path):
    # PySide6 reads the source of every module imported after it (its __feature__ check):
    # SQLAlchemy's modules imported after Qt cost start-up about 40 ms of CPU.
    from models import library

    library.open_library(str(db_path)).close()
    modules = modules_at_first_paint(str(db_path))
    assert modules.index("sqlalchemy.orm") < modules.index("PySide6.QtCore")
    assert modules.index("models.snapshot") < modules.index("PySide6.QtCore")


def test_the_first_paint_loads_the_one_icon_font_it_draws_from(db_path):
    # qtawesome's own icon() loads and hashes its twelve fonts and their charmaps (about 25 ms);
    # the window draws from Material Design Icons alone.
    from models import library

    library.open_library(str(db_path)).close()
    families = at_first_paint(str(db_path))["families"]
    assert any("Material Design Icons" in f for f in families)
    others = ("Font Awesome", "Phosphor", "remixicon", "Elusive", "codicon")
    assert not [f for f in families if any(o.lower() in f.lower() for o in others)]
