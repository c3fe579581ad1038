"""What the Revision panel lists: the claims a revision moved, proposed for review or left out.

Read from a case snapshot alone, so the list is the same after undo, redo or reopening the case:
an exact claim on a revised source *moved* if its words are not at the same offsets in the
version before the current one; a *proposed* claim waits for review; an *orphan* is not placed.
`word_changes` marks the words that differ between an old passage and a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from models.anchoring_views import CandidateView
from models.snapshot import CaseSnapshot, ClaimView

MOVED, REVIEW, ORPHAN = "moved", "review", "orphan"
GROUPS = (MOVED, REVIEW, ORPHAN)
CONTEXT = 80  # characters of surrounding text shown either side of a passage
_TOKENS = re.compile(r"\s+|\S+")  # words with their punctuation, and the spaces between


@dataclass(frozen=True)
class Passage:
    """A span of one version's text with some of its surroundings, for showing side by side."""

    version: int
    before: str
    words: str
    after: str
    start: int
    end: int


@dataclass(frozen=True)
class ReviewEntry:
    """One claim in the Revision panel: its group, its old passage, where it is (or may be) now."""

    claim_id: int
    group: str  # MOVED, REVIEW or ORPHAN
    key: str
    role: str
    source_id: int
    old: Passage | None  # where its words were (None: not found in the version before)
    new: Passage | None  # where they are now, or the best candidate (None: no candidate)
    candidates: tuple[CandidateView, ...]
    reason: str | None


def passage(text: str, version: int, start: int, end: int, context: int = CONTEXT) -> Passage:
    """The span [start, end) of `text` with up to `context` characters either side, cut at words."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    before, after = text[lo:start], text[end:hi]
    if lo > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if hi < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return Passage(version, before, text[start:end], after, start, end)


def moved(snapshot: CaseSnapshot, claim: ClaimView) -> bool:
    """Whether an exact claim's words are not at the same offsets in the previous version."""
    if claim.anchor_state != "exact":
        return False
    source = snapshot.source(claim.source_id)
    if source.version < 2:
        return False
    previous = source.version_text(source.version - 1)
    return previous[claim.start : claim.end] != claim.quote


def _old_of_moved(snapshot: CaseSnapshot, claim: ClaimView) -> Passage | None:
    source = snapshot.source(claim.source_id)
    number = source.version - 1
    previous = source.version_text(number)
    found, at = [], previous.find(claim.quote)
    while at >= 0 and len(found) < 50:
        found.append(at)
        at = previous.find(claim.quote, at + 1)
    if not found or not claim.quote:
        return None
    start = min(found, key=lambda s: abs(s - claim.start))
    return passage(previous, number, start, start + len(claim.quote))


def entry(snapshot: CaseSnapshot, claim: ClaimView) -> ReviewEntry | None:
    """The panel's entry for a claim, or None if the last revision left it where it was."""
    source = snapshot.source(claim.source_id)
    if claim.anchor_state == "exact":
        if not moved(snapshot, claim):
            return None
        group = MOVED
        old = _old_of_moved(snapshot, claim)
        new = passage(source.text, source.version, claim.start, claim.end)
    else:
        group = REVIEW if claim.anchor_state == "proposed" else ORPHAN
        number = claim.anchor_version or source.version
        old = passage(source.version_text(number), number, claim.start, claim.end)
        best = claim.candidates[0] if claim.candidates else None
        new = candidate_passage(snapshot, claim, best) if best is not None else None
    return ReviewEntry(
        claim.id,
        group,
        claim.key,
        claim.role,
        claim.source_id,
        old,
        new,
        claim.candidates,
        claim.anchor_reason,
    )


def candidate_passage(
    snapshot: CaseSnapshot, claim: ClaimView, candidate: CandidateView
) -> Passage:
    """A candidate of a proposed or orphan claim, as a passage of the current text."""
    source = snapshot.source(claim.source_id)
    return passage(source.text, source.version, candidate.start, candidate.end)


def review_entries(snapshot: CaseSnapshot | None) -> dict[str, list[ReviewEntry]]:
    """Every claim the panel lists, by group, in reading order within each."""
    groups: dict[str, list[ReviewEntry]] = {g: [] for g in GROUPS}
    if snapshot is None:
        return groups
    revised = {s.id for s in snapshot.sources if s.version > 1}
    for claim in snapshot.claims:
        if claim.anchor_state == "exact" and claim.source_id not in revised:
            continue
        found = entry(snapshot, claim)
        if found is not None:
            groups[found.group].append(found)
    return groups


def word_changes(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The character ranges of `old` that were removed and of `new` that were added, by words."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    starts_a, starts_b = _starts(a), _starts(b)
    removed: list[tuple[int, int]] = []
    added: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if i2 > i1:
            removed.append((starts_a[i1], starts_a[i2]))
        if j2 > j1:
            added.append((starts_b[j1], starts_b[j2]))
    return removed, added


def _starts(tokens: list[str]) -> list[int]:
    out, at = [], 0
    for token in tokens:
        out.append(at)
        at += len(token)
    out.append(at)
    return out
