"""What a drag carries inside the window: one MIME type per kind of record, and its codec.

A drag carries the id of one record as ASCII digits. Evidence records are dragged from the
library onto a claim; tags are dragged inside the tag manager to nest them.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

EVIDENCE_MIME = "application/x-counterpoint-evidence"
TAG_MIME = "application/x-counterpoint-tag"


def drag_of(mime_type: str, record_id: int) -> QMimeData:
    """A drag that carries one record's id under the MIME type of its kind."""
    mime = QMimeData()
    mime.setData(mime_type, str(record_id).encode("ascii"))
    return mime


def dragged_id(mime: QMimeData, mime_type: str) -> int | None:
    """The id a drag carries under `mime_type`, or None if it carries none (or garbage)."""
    if not mime.hasFormat(mime_type):
        return None
    try:
        return int(bytes(mime.data(mime_type)).decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        return None


def evidence_id_from(mime: QMimeData) -> int | None:
    """The evidence record a drag carries, or None."""
    return dragged_id(mime, EVIDENCE_MIME)


def tag_id_from(mime: QMimeData) -> int | None:
    """The tag a drag carries, or None."""
    return dragged_id(mime, TAG_MIME)
