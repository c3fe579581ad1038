"""Writing files so that nothing half-written is ever left, with the permissions people expect.

The errors (OSError) say why in the reader's language (models.i18n, context "Files").
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from models.i18n import Context, fill

Files = Context("Files")


class TooLarge(OSError):
    """A file had more bytes than the reader was willing to read."""


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """Read a file's bytes, at most `limit`; raise TooLarge if there are more.

    The bound is on the bytes read, not on the size the file system reports: a device such as
    /dev/zero reports 0 and never ends, a file may grow while it is read. A pipe with no writer
    is opened without waiting (O_NONBLOCK), so it reads as empty instead of hanging.
    """
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # POSIX only; Windows has no FIFOs to wait on
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, Files.tr("it is a folder, not a file"))
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise TooLarge(27, _more_than(limit))  # no need to read it first
        if nonblocking:
            os.set_blocking(fd, True)  # only the open must not wait; a writer's data is read
        chunks, total = [], 0
        while total <= limit:
            chunk = handle.read(min(1 << 20, limit + 1 - total))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
    raise TooLarge(27, _more_than(limit))


def _more_than(limit: int) -> str:
    return fill(Files.tr("it has more than %1 bytes"), f"{limit:,}")


def _umask() -> int:
    # The only portable way to read the umask is to set it and put it back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode(path: Path) -> int:
    """The mode a file written at `path` gets: the existing file's, else what the umask allows."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


# SQLite's locks are POSIX advisory locks: they belong to the process, and closing any descriptor
# of the locked file drops them all, so a store's files must never be opened here outside SQLite
# (another client would then think itself alone and delete the -wal still being written).
# Writing over them would replace the open store. models/store.py names its files here.
_store_files: dict[Path, int] = {}
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def hold_store_file(path: str | os.PathLike) -> None:
    """Mark a database file as open through SQLite in this process, with its companion files."""
    key = Path(path).resolve()
    _store_files[key] = _store_files.get(key, 0) + 1


def release_store_file(path: str | os.PathLike) -> None:
    """The store at path was closed (once for each hold_store_file)."""
    key = Path(path).resolve()
    left = _store_files.get(key, 0) - 1
    if left > 0:
        _store_files[key] = left
    else:
        _store_files.pop(key, None)


def is_store_file(path: str | os.PathLike) -> bool:
    """Whether path is an open store's database or one of SQLite's files beside it."""
    try:
        candidate = Path(path).expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        return False
    for db in _store_files:
        if candidate == db or candidate in {db.with_name(db.name + c) for c in SQLITE_COMPANIONS}:
            return True
        try:  # another name for the same file (a hard link); stat() opens nothing
            if os.path.samefile(candidate, db):
                return True
        except (OSError, ValueError):
            continue
    return False


# Temporary files of write_atomically: `.<name>.<random>.counterpoint.part`, beside the target.
# One older than STALE_PART_SECONDS was left by a write that was killed: the next write in
# that folder removes it (a younger one may be another export still being written).
PART_SUFFIX = ".counterpoint.part"
STALE_PART_SECONDS = 60


def remove_stale_parts(folder: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove what killed writes left in folder (temporary files over a minute old)."""
    now = time.time() if now is None else now
    removed = []
    try:
        leftovers = list(Path(folder).glob(f".*{PART_SUFFIX}"))
    except OSError:
        return removed
    for part in leftovers:
        try:
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    return removed


def _checked_target(path: str | os.PathLike) -> Path:
    if not str(path).strip():
        raise OSError(Files.tr("No file to write was named: give a file name."))
    target = Path(path)
    if target.is_dir():
        raise OSError(fill(Files.tr("Cannot write %1: it is a folder; name a file in it."), target))
    if is_store_file(target):
        raise OSError(
            fill(Files.tr("%1 is the open store; writing there would replace it"), target)
        )
    return target


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder is on disk too. Windows cannot open a folder
    # this way (and needs no such step): there, and on file systems that refuse, skip it.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: str | os.PathLike, content: str | bytes) -> None:
    """Write a file through a temporary file and a rename, so no half-written file is left.

    The temporary file is private (mkstemp makes it 0600); before the rename it is given the mode
    an ordinary new file would have, or the mode of the file it replaces, so that an export can
    be read by whoever could read any other file the person saves.
    """
    path = _checked_target(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    remove_stale_parts(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OSError(
            fill(Files.tr("Cannot write in %1: %2"), path.parent, exc.strerror or exc)
        ) from None
    try:
        mode = file_mode(path)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        if not hasattr(os, "fchmod"):  # Windows: by name, once the file is closed
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
