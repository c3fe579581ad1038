"""Backups of an SQLite store: before an upgrade, one a day, and putting one back.

Every copy is made with SQLite's online backup API (a file copy would miss the -wal), given the
store's own file mode, and checked with `PRAGMA integrity_check` before it counts; a copy that
fails half-way (a full disk) is removed, so a backup that exists is a whole one.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from models.files import file_mode
from models.i18n import Context, fill

log = logging.getLogger(__name__)
Backups = Context("Backups")

DAILY_KEPT = 7  # daily backups kept: the last week of work can be put back
_DAILY = "daily-"


class BackupError(OSError):
    """A backup could not be made; the message says why, for the user, and nothing was left."""


@dataclass(frozen=True)
class Backup:
    """One backup file of a store: where it is, when it was made, how big it is."""

    path: Path
    made: datetime
    size: int


def backup_folder(store_path: Path) -> Path:
    """The folder beside the store that holds its daily and restore backups."""
    return store_path.with_name(store_path.name + ".backups")


def _copy_database(source: Path, target: Path) -> None:
    """Copy a consistent image of the database at source (WAL included) into target."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst, pages=256)
        # One self-contained file: a backup must not need a -wal beside it to be read.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()


def verified(path: Path) -> bool:
    """Whether the SQLite file at path reads whole (`PRAGMA integrity_check` says ok)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def make_backup(store_path: Path, target: Path) -> Path:
    """Back the store up into target (a new file with the store's mode); BackupError if not.

    A partial copy (a full disk, a failed check) is removed before the error is raised.
    """
    mode = file_mode(store_path)
    try:
        # Created empty with the store's mode first: SQLite would give it the umask's.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        os.chmod(target, mode)  # the umask may have narrowed it
    except OSError as exc:
        raise BackupError(
            fill(Backups.tr("Cannot make the backup %1: %2."), target, exc.strerror or exc)
        ) from None
    try:
        _copy_database(store_path, target)
        if not verified(target):
            raise BackupError(
                fill(Backups.tr("The backup %1 did not read back whole; it was removed."), target)
            )
    except (OSError, sqlite3.Error) as exc:
        for leftover in (target, *(target.with_name(target.name + c) for c in ("-journal",))):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, BackupError):
            raise
        full = getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc).lower()
        why = Backups.tr("the disk is full") if full else getattr(exc, "strerror", None) or exc
        raise BackupError(
            fill(
                Backups.tr("Cannot make the backup %1: %2. The partial copy was removed."),
                target,
                why,
            )
        ) from None
    return target


def upgrade_backup(store_path: Path, revision: str) -> Path:
    """The backup made before upgrading from revision: made once, reused by a retry.

    A retry after a failed upgrade finds the backup it made, whole and newer than the store and
    its -wal (so nothing was written since), and does not pile up another one.
    """
    for earlier in sorted(store_path.parent.glob(f"{store_path.name}.backup-{revision}-*")):
        if _newer_than_store(earlier, store_path) and verified(earlier):
            log.info("reusing the backup %s made before an earlier upgrade", earlier)
            return earlier
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return make_backup(
        store_path, store_path.with_name(f"{store_path.name}.backup-{revision}-{stamp}")
    )


def _newer_than_store(backup: Path, store_path: Path) -> bool:
    made = backup.stat().st_mtime_ns
    for part in (store_path, store_path.with_name(store_path.name + "-wal")):
        try:
            if part.stat().st_mtime_ns > made:
                return False
        except FileNotFoundError:
            continue
    return True


def list_backups(store_path: Path) -> list[Backup]:
    """The store's daily and restore backups, newest first."""
    folder = backup_folder(store_path)
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        info = path.stat()
        found.append(Backup(path, datetime.fromtimestamp(info.st_mtime), info.st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


_running: dict[Path, threading.Thread] = {}


def start_daily_backup(store_path: Path) -> threading.Thread:
    """Make today's backup on a thread of its own (see daily_backup); wait_for_backup joins it."""
    key = Path(store_path).resolve()
    thread = threading.Thread(
        target=daily_backup, args=(Path(store_path),), name="daily-backup", daemon=True
    )
    _running[key] = thread
    thread.start()
    return thread


def wait_for_backup(store_path: Path, timeout: float | None = 60.0) -> None:
    """Wait until a backup started by start_daily_backup for this store is done."""
    thread = _running.pop(Path(store_path).resolve(), None)
    if thread is not None:
        thread.join(timeout)


def daily_backup(
    store_path: Path, today: date | None = None, kept: int = DAILY_KEPT
) -> Path | None:
    """At the first open of a day, back the store up into its backups folder; keep `kept` days.

    Returns the new backup, or None if today's exists. A failure is logged, never raised: the
    store itself is fine, and opening it must not depend on a backup.
    """
    today = today or date.today()
    folder = backup_folder(store_path)
    target = folder / f"{_DAILY}{today.isoformat()}.db"
    if target.exists():
        return None
    partial = folder / f".{target.name}.{os.getpid()}.part"  # renamed once verified: a kill
    try:  # leaves no half-made backup under today's name
        folder.mkdir(mode=0o700, exist_ok=True)
        for stale in folder.glob(f".{_DAILY}*.part"):
            if stale != partial:
                stale.unlink(missing_ok=True)
        make_backup(store_path, partial).replace(target)
        made = target
    except OSError as exc:
        log.warning("no daily backup of %s: %s", store_path, exc)
        return None
    dailies = sorted(folder.glob(f"{_DAILY}????-??-??.db"), reverse=True)
    for old in dailies[kept:]:
        old.unlink(missing_ok=True)
    log.info("daily backup of the store: %s", made)
    return made


def backup_before_restore(store_path: Path) -> Path:
    """A backup of the store as it is, made before another backup is put in its place."""
    folder = backup_folder(store_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    return make_backup(store_path, folder / f"before-restore-{stamp}.db")


def copy_into(backup: Path, destination: sqlite3.Connection) -> None:
    """Put the backup's content into an open store connection (the backup API, page by page)."""
    if not verified(backup):
        raise BackupError(
            fill(Backups.tr("The backup %1 is damaged; nothing was restored."), backup)
        )
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        source.backup(destination)
    finally:
        source.close()
