"""File → Connect to a team store…: host, port, database, user, password and TLS mode.

"Test connection" and "Connect" both run on a worker thread (connecting waits at most
CONNECT_TIMEOUT_S for a server that does not answer), and the result is said in words in the
dialog, which stays open on a failure. On success the dialog hands the window the open store;
the password is remembered only in the system keyring (if the box is ticked and there is one),
never in the settings: the recent stores are URLs without it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.authors import login_name
from models.store import Store, StoreError
from models.team import (
    DEFAULT_PORT,
    SSL_MODES,
    KeyringUnavailable,
    Probe,
    TeamTarget,
    forget_password,
    keyring_available,
    probe,
    save_password,
    saved_password,
    target_from_url,
)
from ui.common.background import BackgroundTask
from ui.common.icons import icon

log = logging.getLogger(__name__)


class ConnectDialog(QDialog):
    """Asks where a team store is and how to log in; tests and opens it off the GUI thread."""

    connected = Signal(object, str)  # (the open Store, a sentence for the status bar)

    def __init__(self, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a team store"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(520)
        self._task: BackgroundTask | None = None
        self.store: Store | None = None  # the store opened, once Connect succeeded

        self.recent = QComboBox()
        self.recent.setObjectName("recentStores")
        self._recent_targets = [t for t in (target_from_url(u) for u in recent) if t is not None]
        self.recent.addItem(self.tr("A new team store"), None)
        for target in self._recent_targets:
            self.recent.addItem(
                f"{target.user}@{target.host}:{target.port}/{target.database}", target
            )
        self.recent.activated.connect(self._recent_chosen)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("db.example.org or 192.0.2.10"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("the database that holds the cases"))
        self.user = QLineEdit(login_name())
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: ~/.pgpass, or no password"))
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("sslmode")
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self.sslmode.setToolTip(
            self.tr(
                "libpq's TLS mode: “require” encrypts; “verify-full” also checks the server's "
                "certificate and name (the safe choice across a network you do not own)."
            )
        )
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setObjectName("rememberPassword")
        self.keyring_note = QLabel()
        self.keyring_note.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_note.setWordWrap(True)
        if keyring_available():
            self.remember.setChecked(True)
            self.keyring_note.hide()
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                self.tr(
                    "There is no system keyring on this computer, so the password is asked "
                    "each time. To avoid typing it, put it in ~/.pgpass (libpq reads it); "
                    "Counterpoint never writes it to a file."
                )
            )
        self.result = QLabel()
        self.result.setObjectName("connectResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Recent"), self.recent)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("TL&S mode"), self.sslmode)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.connect_button = QPushButton(self.tr("Co&nnect"))  # (&C is Cancel)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.open_store)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        if self._recent_targets:
            self.recent.setCurrentIndex(1)
            self._recent_chosen(1)

    # --- the fields -------------------------------------------------------------------------

    def target(self) -> TeamTarget:
        """Where the fields say the store is (no password)."""
        return TeamTarget(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=self.sslmode.currentData(),
        )

    def fill(self, target: TeamTarget) -> None:
        """Fill the fields from a target, and the password from the keyring if it keeps one."""
        self.host.setText(target.host)
        self.port.setValue(target.port)
        self.database.setText(target.database)
        self.user.setText(target.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(target.sslmode)))
        self.password.setText(saved_password(target) or "")

    def _recent_chosen(self, index: int) -> None:
        target = self.recent.itemData(index)
        if isinstance(target, TeamTarget):
            self.fill(target)

    @property
    def busy(self) -> bool:
        """Whether a test or a connection is under way."""
        return self._task is not None and self._task.running

    def _say(self, sentence: str, ok: bool | None = None) -> None:
        self.result.setText(sentence)
        color = {True: "#2e7d32", False: "#c62828"}.get(ok)  # type: ignore[arg-type]
        self.result.setStyleSheet(f"color: {color};" if color else "")

    def _run(self, what: str, work, done) -> None:
        if self.busy:
            return
        problem = self.target().problem()
        if problem is not None:
            self._say(problem, False)
            return
        self._say(what)
        for button in (self.test_button, self.connect_button):
            button.setEnabled(False)
        task = BackgroundTask(lambda _job: work(), self)
        task.finished.connect(self._idle)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _idle(self) -> None:
        for button in (self.test_button, self.connect_button):
            button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreError):
            raise exc
        self._say(str(exc), False)

    # --- test and connect -------------------------------------------------------------------

    def test_connection(self) -> None:
        """Try the connection on a worker thread; the result is said below the fields."""
        target, password = self.target(), self.password.text() or None
        self._run(
            self.tr("Testing the connection…"),
            lambda: probe(target, password),
            self._tested,
        )

    def _tested(self, found: Probe) -> None:
        self._say(found.sentence, found.ok)

    def open_store(self) -> None:
        """Open (creating, the first time, and seeding) the store on a worker thread."""
        from models import library

        target, password = self.target(), self.password.text() or None
        self._run(
            self.tr("Connecting…"),
            lambda: library.open_library(target.url_text(), password=password),
            lambda store: self._opened(store, target, password),
        )

    def _opened(self, store: Store, target: TeamTarget, password: str | None) -> None:
        self.store = store
        said = self.tr("Connected to %1 as %2.").replace("%1", store.url)
        said = said.replace("%2", store.db_role or target.user)
        if self.remember.isChecked() and password:
            try:
                save_password(target, password)
            except KeyringUnavailable as exc:
                said += " " + str(exc)
        else:
            forget_password(target)
        self.connected.emit(store, said)
        self.accept()

    def reject(self) -> None:
        """Cancel: a connection still being made is closed once it is made."""
        task = self._task
        if task is not None and task.running:
            task.succeeded.disconnect()
            task.succeeded.connect(lambda result: isinstance(result, Store) and result.close())
        super().reject()
