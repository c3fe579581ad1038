"""Asking a student for their name the first time a student copy is opened.

Entry point for the main window, right after a case is opened (e.g. on CaseSession.caseLoaded):

    from ui.classroom.student_name import ask_student_name
    ask_student_name(self.session, parent=self)

It does nothing unless the open case is a student copy whose student has not been named.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from models.grading import set_student_name
from ui.common.translation import Context

StudentCopy = Context("StudentCopy")


def needs_student_name(session) -> bool:
    """Whether the open case is a student copy still waiting for the student's name."""
    case = session.snapshot
    return case is not None and case.classroom is not None and not case.classroom.student


def ask_student_name(session, parent: QWidget | None = None) -> str | None:
    """Ask for and record the student's name on a new student copy; return it (None: skipped).

    If the store refuses the name, it is asked again with the name as typed and the reason.
    """
    if not needs_student_name(session):
        return None
    prompt = StudentCopy.tr(
        "This is a student copy of a case. Type your name, so your teacher knows whose it is:"
    )
    name = ""
    while True:
        name, ok = QInputDialog.getText(
            parent, StudentCopy.tr("Your name"), prompt, QLineEdit.EchoMode.Normal, name
        )
        if not ok or not name.strip():
            return None  # asked again the next time the copy is opened
        if _record(session, name):
            return session.snapshot.classroom.student
        # Refused: asked again with the name as typed and the reason, to save again or cancel.
        prompt = StudentCopy.tr("Your name was not saved: %1\n\nSave it again:").replace(
            "%1", session.last_refusal
        )


def _record(session, name: str) -> bool:
    case_id = session.snapshot.id
    change = session.apply(
        lambda store, _author: set_student_name(store, case_id, name, author=name.strip()),
        whole=True,
    )
    return change is not None
