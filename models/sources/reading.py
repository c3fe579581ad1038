"""Reading a file's bytes within a bound, and telling its kind from its content, not its name."""

from __future__ import annotations

import os
import stat
import zipfile
from io import BytesIO
from pathlib import Path

from models.i18n import QT_TRANSLATE_NOOP, fill
from models.sources.base import Job, SourceFileError, SourceFiles

_CHUNK = 1024 * 1024

# What each extension promises; a file whose content is another kind is refused.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".pdf": "pdf",
    ".docx": "docx",
}

# What each kind is called in a refusal (looked up, in the reader's language, when one is made).
KIND_NAMES = {
    "text": QT_TRANSLATE_NOOP("SourceFiles", "plain text"),
    "markdown": QT_TRANSLATE_NOOP("SourceFiles", "Markdown"),
    "html": QT_TRANSLATE_NOOP("SourceFiles", "a web page (HTML)"),
    "mhtml": QT_TRANSLATE_NOOP("SourceFiles", "a saved web page (MHTML)"),
    "pdf": QT_TRANSLATE_NOOP("SourceFiles", "a PDF"),
    "docx": QT_TRANSLATE_NOOP("SourceFiles", "a Word document (DOCX)"),
}


def size_words(size: int) -> str:
    """A byte count as a person reads it: "50 MiB", "1,000 bytes"."""
    if size >= 1024 * 1024 and size % (1024 * 1024) == 0:
        return fill(SourceFiles.tr("%1 MiB"), size // (1024 * 1024))
    return fill(SourceFiles.tr("%1 bytes"), f"{size:,}")


def read_bounded(path: str | os.PathLike, limit: int, job: Job) -> bytes:
    """The file's bytes: only a regular file, and never more than limit + 1 bytes read."""
    name = Path(path).name
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SourceFileError(name, SourceFiles.tr("“%1” does not exist.")) from None
    except IsADirectoryError:
        raise SourceFileError(name, _is_a_folder()) from None
    except OSError as exc:
        raise SourceFileError(
            name, SourceFiles.tr("“%1” cannot be opened (%2)."), exc.strerror
        ) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise SourceFileError(name, _is_a_folder())
        raise SourceFileError(
            name, SourceFiles.tr("“%1” is not a regular file (a device or a pipe).")
        )
    with os.fdopen(fd, "rb", buffering=0) as handle:
        chunks: list[bytes] = []
        read = 0
        # The bound is on the bytes read, not on the size stat reports: a file can grow, and
        # some files (under /proc, on network mounts) report a size that is not their length.
        while read <= limit:
            job.check()
            chunk = handle.read(min(_CHUNK, limit + 1 - read))
            if not chunk:
                break
            chunks.append(chunk)
            read += len(chunk)
        if read > limit:
            raise SourceFileError(
                name,
                SourceFiles.tr("“%1” is larger than %2, the most a source may be."),
                size_words(limit),
            )
    return b"".join(chunks)


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "damaged-zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        return "office-other"
    return "zip"


def sniff(data: bytes) -> str:
    """What the content is: a kind of EXTENSIONS, or another word naming what it is instead."""
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "binary"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    lowered = text[:1024].lower()
    if lowered.startswith(b"mime-version:") or (
        b"content-type: multipart/related" in lowered and b"mime-version" in lowered
    ):
        return "mhtml"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head:
        # Looks like text; a UTF-16 file's markup is found after decoding it.
        probe = lowered
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            probe = head.decode("utf-16", "ignore").lower().lstrip("\ufeff \t\r\n").encode()
        if probe.startswith((b"<!doctype html", b"<html", b"<?xml")) and (
            not probe.startswith(b"<?xml") or b"<html" in probe
        ):
            return "html"
        if probe.startswith(b"<") and any(
            tag in probe for tag in (b"<head", b"<body", b"<title", b"<meta", b"<p>", b"<div")
        ):
            return "html"
        return "text"
    return "binary"


_REFUSALS = {
    "damaged-zip": QT_TRANSLATE_NOOP(
        "SourceFiles",
        "“%1” is a damaged zip archive, so it cannot be read as a Word document (DOCX).",
    ),
    "office-other": QT_TRANSLATE_NOOP(
        "SourceFiles",
        "“%1” is a spreadsheet or a presentation; only Word documents (DOCX) can be added.",
    ),
    "zip": QT_TRANSLATE_NOOP(
        "SourceFiles", "“%1” is a zip archive, not a document Counterpoint can read."
    ),
    "ole": QT_TRANSLATE_NOOP(
        "SourceFiles",
        "“%1” is an old-style Office file (.doc); save it as DOCX or PDF and add that.",
    ),
    "rtf": QT_TRANSLATE_NOOP(
        "SourceFiles", "“%1” is in Rich Text Format; save it as DOCX or PDF and add that."
    ),
    "binary": QT_TRANSLATE_NOOP(
        "SourceFiles", "“%1” is not a text, web page, PDF or Word document."
    ),
}


def _is_a_folder() -> str:
    return SourceFiles.tr("“%1” is a folder, not a file.")


def kind_of(name: str, data: bytes) -> str:
    """The kind to extract, from the content; refused if it is not what the extension says."""
    if not data:
        raise SourceFileError(name, SourceFiles.tr("“%1” is empty."))
    found = sniff(data)
    claimed = EXTENSIONS.get(Path(name).suffix.lower())
    if claimed == "docx" and found in ("zip", "damaged-zip"):
        return "docx"  # the DOCX reader says what is missing or broken
    if found in _REFUSALS:
        raise SourceFileError(name, SourceFiles.tr(_REFUSALS[found]))
    if claimed is None:
        return found
    if claimed == found:
        return found
    # Markdown and plain text are both text; a text file may hold anything, markup included.
    if claimed in ("text", "markdown") and found in ("text", "html"):
        return claimed
    if claimed == "html" and found == "text":
        return "html"
    raise SourceFileError(
        name,
        SourceFiles.tr("“%1” is named as %2 but its content is %3."),
        SourceFiles.tr(KIND_NAMES[claimed]),
        SourceFiles.tr(KIND_NAMES[found]) if found in KIND_NAMES else found,
    )
