"""Drags inside the window: one MIME type per kind, and a drag of one kind is not another."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from ui.common.drag import EVIDENCE_MIME, TAG_MIME, drag_of, evidence_id_from, tag_id_from


def test_a_drag_carries_its_record_and_only_as_its_kind():
    assert evidence_id_from(drag_of(EVIDENCE_MIME, 42)) == 42
    assert tag_id_from(drag_of(TAG_MIME, 7)) == 7
    assert evidence_id_from(drag_of(TAG_MIME, 7)) is None
    assert tag_id_from(drag_of(EVIDENCE_MIME, 42)) is None


def test_a_drag_from_outside_with_garbage_is_refused():
    mime = QMimeData()
    mime.setData(EVIDENCE_MIME, b"\xff not an id")
    assert evidence_id_from(mime) is None
    assert evidence_id_from(QMimeData()) is None
