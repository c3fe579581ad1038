"""The one way the app asks for a file or a folder: a dialog that never opens the files it lists.

Qt's file dialog guesses each listed file's type and icon from its first bytes: it opens the file
and closes it again. SQLite's locks are POSIX advisory locks, which belong to the process and are
all dropped when the process closes any descriptor of the locked file. So a dialog that merely
showed the folder of the open store silently took away the window's locks on it, and the next
client to close (the command line, say) deleted the write-ahead log the window was still writing
to. Every dialog here is Qt's own (never a platform dialog loaded into the process, which sniffs
files too) and gets its icons and types from the name alone.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from ui.common.translation import Context

_STANDARD_ICONS = {
    QAbstractFileIconProvider.IconType.Computer: QStyle.StandardPixmap.SP_ComputerIcon,
    QAbstractFileIconProvider.IconType.Desktop: QStyle.StandardPixmap.SP_DesktopIcon,
    QAbstractFileIconProvider.IconType.Trashcan: QStyle.StandardPixmap.SP_TrashIcon,
    QAbstractFileIconProvider.IconType.Network: QStyle.StandardPixmap.SP_DriveNetIcon,
    QAbstractFileIconProvider.IconType.Drive: QStyle.StandardPixmap.SP_DriveHDIcon,
    QAbstractFileIconProvider.IconType.Folder: QStyle.StandardPixmap.SP_DirIcon,
    QAbstractFileIconProvider.IconType.File: QStyle.StandardPixmap.SP_FileIcon,
}


FileDialogs = Context("FileDialogs")


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from what a file is called and whether it is a folder, never its bytes.

    QFileInfo answers isDir() and suffix() from stat() and the name; nothing here opens a file.
    """

    def __init__(self):
        super().__init__()
        # Made once, on the GUI thread: Qt may ask for icons from its file-listing thread.
        style = QApplication.style()
        self._icons = {kind: style.standardIcon(pixmap) for kind, pixmap in _STANDARD_ICONS.items()}

    def icon(self, which) -> QIcon:  # Qt calls both overloads here: an IconType or a QFileInfo
        kind = QAbstractFileIconProvider.IconType
        if isinstance(which, QFileInfo):
            which = kind.Drive if which.isRoot() else kind.Folder if which.isDir() else kind.File
        return self._icons.get(which, self._icons[kind.File])

    def type(self, info: QFileInfo) -> str:
        """The Type column: Folder, or the file's extension."""
        if info.isDir():
            return FileDialogs.tr("Folder")
        suffix = info.suffix()
        return (
            FileDialogs.tr("%1 file").replace("%1", suffix.upper())
            if suffix
            else FileDialogs.tr("File")
        )


_provider: NameOnlyIconProvider | None = None


def _dialog(parent: QWidget | None, title: str, start: str, filters: str = "") -> QFileDialog:
    global _provider
    if _provider is None:  # the dialog does not own its provider; it must outlive every dialog
        _provider = NameOnlyIconProvider()
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider)
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        dialog.deleteLater()


def ask_open_file(
    parent: QWidget | None, title: str, start: str = "", filters: str = ""
) -> str | None:
    """Ask for an existing file to read; None if cancelled."""
    dialog = _dialog(parent, title, start, filters)
    dialog.setObjectName("openFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def ask_save_file(
    parent: QWidget | None, title: str, start: str = "", filters: str = ""
) -> str | None:
    """Ask where to write a file (confirming before one is replaced); None if cancelled."""
    dialog = _dialog(parent, title, start, filters)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _chosen(dialog)


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """Ask for an existing folder; None if cancelled."""
    dialog = _dialog(parent, title, start)
    dialog.setObjectName("folderDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)
