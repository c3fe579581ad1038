"""A student copy asks for the student's name when first opened, and only then."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from models import library
from models.casefile import parse_case
from models.grading import student_copy_json
from ui.classroom.student_name import ask_student_name, needs_student_name
from ui.common.session import CaseSession


def test_the_name_is_asked_once_and_recorded(qtbot, store, monkeypatch):
    slug = library.import_data(store, parse_case(student_copy_json(store, library.SEED_SLUG)))
    session = CaseSession(store, author="pupil")
    session.open_case(slug)
    assert needs_student_name(session)
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("  Ana Lima ", True)
    )
    with qtbot.waitSignal(session.caseChanged):
        assert ask_student_name(session) == "Ana Lima"
    assert library.export_data(store, slug)["classroom"]["student"] == "Ana Lima"
    assert not needs_student_name(session)
    assert ask_student_name(session) is None and len(asked) == 1


def test_cancelling_leaves_the_copy_unnamed_and_other_cases_are_not_asked(store, monkeypatch):
    slug = library.import_data(store, parse_case(student_copy_json(store, library.SEED_SLUG)))
    session = CaseSession(store, author="pupil")
    session.open_case(slug)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert ask_student_name(session) is None
    assert needs_student_name(session)
    session.open_case(library.SEED_SLUG)
    assert not needs_student_name(session)
