"""The one owner of what the analyst is looking at: the current claim and evidence record.

The panes say which claim is current and the evidence library which record; everything that
acts on "the current claim" or "the current evidence record" (the inspector, the tag manager,
the evidence library, the source view, the status bar, the window's keys) reads it here.
The main window wires producers and followers, in `MainWindow._wire`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models.snapshot import CaseSnapshot


class Selection(QObject):
    """The current claim and the current evidence record of the open case (None: none)."""

    currentClaimChanged = Signal(object)  # claim id or None
    currentEvidenceChanged = Signal(object)  # evidence id or None

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._claim_id: int | None = None
        self._evidence_id: int | None = None

    @property
    def claim_id(self) -> int | None:
        """The current claim."""
        return self._claim_id

    @property
    def evidence_id(self) -> int | None:
        """The current evidence record."""
        return self._evidence_id

    def set_claim(self, claim_id: int | None) -> None:
        """Make a claim current (None: none); says so only when it changes."""
        if claim_id != self._claim_id:
            self._claim_id = claim_id
            self.currentClaimChanged.emit(claim_id)

    def set_evidence(self, evidence_id: int | None) -> None:
        """Make an evidence record current (None: none); says so only when it changes."""
        if evidence_id != self._evidence_id:
            self._evidence_id = evidence_id
            self.currentEvidenceChanged.emit(evidence_id)

    def keep_to(self, snapshot: CaseSnapshot | None) -> None:
        """Forget a current claim or record the case no longer has (deleted, or another case)."""
        if self._claim_id is not None and not _has(snapshot, "claim", self._claim_id):
            self.set_claim(None)
        if self._evidence_id is not None and not _has(
            snapshot, "evidence_record", self._evidence_id
        ):
            self.set_evidence(None)


def _has(snapshot: CaseSnapshot | None, kind: str, row_id: int) -> bool:
    if snapshot is None:
        return False
    try:
        getattr(snapshot, kind)(row_id)
    except KeyError:
        return False
    return True
