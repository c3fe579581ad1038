"""File → Import case file… imports on a worker thread and opens the case when it is in."""

from __future__ import annotations

import json
import threading

import pytest

from models import library
from models.jobs import Cancelled, Job
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal


def _case_file(tmp_path, data) -> str:
    path = tmp_path / "small.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_the_import_runs_off_the_gui_thread_then_opens_the_case(
    qtbot, open_main_window, tmp_path, small_case, monkeypatch
):
    import ui.dialogs.case_chooser

    window = open_main_window()
    path = _case_file(tmp_path, small_case)
    monkeypatch.setattr(ui.dialogs.case_chooser, "choose_case_file", lambda parent: path)
    imported_on = []
    real_import = library.import_file

    def import_file(store, chosen, job):
        imported_on.append(threading.get_ident())
        return real_import(store, chosen, job)

    monkeypatch.setattr(library, "import_file", import_file)
    window.actions.import_case.trigger()
    qtbot.waitUntil(lambda: window.session.slug == small_case["slug"], timeout=20000)
    assert imported_on and imported_on[0] != threading.get_ident()
    assert "Imported the case" in window.status_bar.message_label.message()


def test_a_bad_file_is_a_message_and_adds_nothing(qtbot, open_main_window, tmp_path):
    window = open_main_window()
    before = [c.slug for c in library.cases(window.store)]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "counterpoint-case"', encoding="utf-8")
    said = []
    when_modal(qtbot, lambda box: (said.append(box.informativeText()), box.accept()))
    task = window.import_case_file(str(bad))
    qtbot.waitUntil(lambda: not task.running and bool(said), timeout=20000)
    assert said == ["Nothing was added to the store."]
    assert [c.slug for c in library.cases(window.store)] == before
    assert window.session.slug == library.SEED_SLUG


def test_an_import_cancelled_while_it_writes_adds_nothing(store, tmp_path, small_case):
    asked = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) >= 2  # not before the write: once the case is written, uncommitted

    before = [c.slug for c in library.cases(store)]
    with pytest.raises(Cancelled):
        library.import_file(store, _case_file(tmp_path, small_case), Job(should_cancel))
    assert len(asked) == 2
    assert [c.slug for c in library.cases(store)] == before
