"""Asking a student for their name the first time a student copy is opened.

Entry point for the main window, right after a case is opened (e.g. on CaseSession.caseLoaded):

    from ui.classroom.student_name import ask_student_name
    ask_student_name(self.session, parent=self)

It does nothing unless the open case is a student copy whose student has not been named.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from models.grading import set_student_name
from models.operations import EditRefused
from models.store import StoreError
from ui.common.messages import show_error


def tr(text: str) -> str:
    """Translate a string of the student-copy prompt."""
    return QCoreApplication.translate("StudentCopy", text)


def needs_student_name(session) -> bool:
    """Whether the open case is a student copy still waiting for the student's name."""
    case = session.snapshot
    return case is not None and case.classroom is not None and not case.classroom.student


def ask_student_name(session, parent: QWidget | None = None) -> str | None:
    """Ask for and record the student's name on a new student copy; return it (None: skipped)."""
    if not needs_student_name(session):
        return None
    name, ok = QInputDialog.getText(
        parent,
        tr("Your name"),
        tr("This is a student copy of a case. Type your name, so your teacher knows whose it is:"),
        QLineEdit.EchoMode.Normal,
        "",
    )
    if not ok or not name.strip():
        return None  # asked again the next time the copy is opened
    try:
        change = set_student_name(session.store, session.snapshot.id, name, author=name.strip())
    except (EditRefused, StoreError) as exc:
        show_error(parent, tr("Name not saved"), str(exc))
        return None
    session.reload()
    session.caseChanged.emit(change)
    return session.snapshot.classroom.student
