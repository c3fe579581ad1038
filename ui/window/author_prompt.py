"""Asking who the user is: on the first run (the login name offered), and from File → Your name.

The name is kept in the settings (`settings.AUTHOR`) and recorded with every edit, in the
history and in the exports. Imported only when the name is asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from models.authors import login_name
from ui.common.translation import Context
from ui.window import settings as keys
from ui.window.settings import Settings

AuthorPrompt = Context("AuthorPrompt")
NAME_LIMIT = 200  # the author table's column


def ask_author(
    parent: QWidget, settings: Settings, chosen: Callable[[str], None], first_run: bool = False
) -> QInputDialog:
    """Open (window-modal, not blocking) the question; `chosen(name)` once a name is given.

    On the first run, Cancel keeps the login name, so the question is not asked again.
    """
    current = settings.get(keys.AUTHOR) or login_name()
    dialog = QInputDialog(parent)
    dialog.setObjectName("authorDialog")
    dialog.setWindowTitle(AuthorPrompt.tr("Your name"))
    dialog.setLabelText(
        AuthorPrompt.tr(
            "Your name is recorded with every edit you make: the case's history, the "
            "inspector and the exports show who assessed, linked or noted what.\n"
            "Colleagues on a team store see it too."
        )
    )
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(current)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setMaxLength(NAME_LIMIT)

    def done(result: int) -> None:
        name = " ".join(dialog.textValue().split()) if result else ""
        if not name and first_run:
            name = current
        if name:
            settings.set(keys.AUTHOR, name)
            settings.sync()
            chosen(name)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
