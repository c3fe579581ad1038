"""Re-anchor claims on a revised text: exact, proposed for review, or orphan (no Qt).

In order of confidence: the diff (the old span mapped through it, accepted only if the new text
there equals the quote); then exact copies of the quote (one copy accepted, several decided by
their context only when it decides clearly); then approximate matches (edlib), proposed for
review only when close, with a clear lead over the runner-up. A passage the diff kept from
elsewhere in the old text is a look-alike, never a candidate. Nothing is ever dropped: what
cannot be placed is an orphan, with the reason and whatever candidates were seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.reanchor.diffmap import DiffMap
from models.reanchor.scoring import (
    Candidate,
    WordIndex,
    best_matches,
    context_similarity,
)

EXACT, PROPOSED, ORPHAN = "exact", "proposed", "orphan"


@dataclass(frozen=True, slots=True)
class Anchor:
    """A claim's span in the old text: Python str offsets, end exclusive, and its quote."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers that decide between exact, proposed and orphan (see docs/revisions.md)."""

    context_chars: int = 32
    min_approximate_length: int = 20  # a shorter quote is never placed approximately
    min_quote_similarity: float = 0.75  # at most a quarter of the quote edited
    min_score: float = 0.7
    min_lead: float = 0.1  # over the runner-up, for a proposal
    context_accept: float = 0.75  # an exact copy chosen by its context ...
    context_lead: float = 0.25  # ... only this far ahead of the next copy
    short_context: float = 0.5  # a short quote's copy is proposed only with this much context
    proximity_scale: int = 2000  # characters at which closeness counts half
    weights: tuple[float, float, float] = (0.6, 0.3, 0.1)  # quote, context, proximity
    max_candidates: int = 5
    max_copies: int = 100


DEFAULT = Thresholds()


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one claim lands in the new text, how sure that is, and the other candidates.

    `state` is exact, proposed or orphan; `how` says which step placed it (diff, copy, context,
    approximate); `reason` says why a claim is proposed rather than exact (edited, copies,
    short) or why it is an orphan (not_found, too_short, ambiguous, weak).
    """

    state: str
    start: int | None = None
    end: int | None = None
    how: str = ""
    reason: str = ""
    score: float | None = None
    runner_up: float | None = None
    candidates: tuple[Candidate, ...] = ()


def canonicalise(text: str) -> str:
    """The text as the source import stores it: no byte-order mark, line ends as \\n."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def reanchor(
    old: str, new: str, anchors: Sequence[Anchor], thresholds: Thresholds = DEFAULT
) -> list[Placement]:
    """Place every claim of the old text in the new one; one placement per anchor, in order."""
    for anchor in anchors:
        if not 0 <= anchor.start < anchor.end <= len(old) or old[anchor.start : anchor.end] != (
            anchor.quote
        ):
            raise ValueError(
                f"the quote does not match the old text at {anchor.start}:{anchor.end}"
            )
    return _Reanchoring(old, new, thresholds).run(anchors)


class _Reanchoring:
    def __init__(self, old: str, new: str, thresholds: Thresholds) -> None:
        self.old, self.new, self.t = old, new, thresholds
        self.diff = DiffMap(old, new)
        self._words: WordIndex | None = None
        self._old_words: WordIndex | None = None
        self._old_found: dict[str, list[int]] = {}

    def run(self, anchors: Sequence[Anchor]) -> list[Placement]:
        return [self.place(anchor) for anchor in anchors]

    def place(self, anchor: Anchor) -> Placement:
        mapped_start, mapped_end = self.diff.span(anchor.start, anchor.end)
        diff_placed = self.new[mapped_start:mapped_end] == anchor.quote
        if diff_placed:
            if self.diff.kept_around(anchor.start, anchor.end, self.t.context_chars):
                return Placement(EXACT, mapped_start, mapped_end, "diff", score=1.0)
            # The diff kept the words but not all their context: still theirs if the context
            # is mostly there and fits no other old copy of the same words as well.
            here = self._candidate(anchor, mapped_start, mapped_end, 0, mapped_start)
            if here.context_similarity >= self.t.context_accept and (
                self._unique_in_old(anchor)
                or here.context_similarity - self._rival_context(anchor, here)
                >= self.t.context_lead
            ):
                return Placement(EXACT, mapped_start, mapped_end, "diff", score=here.score)
        words = self._word_index().words(anchor.quote)
        copies, complete = self._copies(anchor, words)
        if diff_placed:
            copies = sorted({*copies, mapped_start})
        if copies:
            chosen = self._choose_copy(anchor, mapped_start, copies, complete)
            if chosen is not None:
                return chosen
        return self._approximate(anchor, mapped_start, mapped_end, words)

    # -- exact copies --------------------------------------------------------------------------

    def _copies(self, anchor: Anchor, words: list) -> tuple[list[int], bool]:
        """Copies of the quote not kept by the diff from elsewhere; and whether that is all."""
        size = len(anchor.quote)
        found = self._word_index().occurrences(self.new, anchor.quote, self.t.max_copies, words)
        return [
            at
            for at in found
            if not self.diff.kept_elsewhere(
                at, at + size, anchor.start, anchor.end, self.t.context_chars
            )
        ], len(found) < self.t.max_copies

    def _choose_copy(
        self, anchor: Anchor, mapped: int, copies: list[int], complete: bool
    ) -> Placement | None:
        """One copy is accepted; of several, the context must decide, or it is a proposal.

        None when the copies may belong to other old copies of the same words: then the
        approximate search weighs them against the claim's own place.
        """
        size = len(anchor.quote)
        ranked = sorted(
            (self._candidate(anchor, at, at + size, 0, mapped) for at in copies),
            key=lambda c: -c.score,
        )
        by_context = sorted(ranked, key=lambda c: (-c.context_similarity, c.distance))
        candidates = tuple(ranked[: self.t.max_candidates])
        unique_in_old = self._unique_in_old(anchor)
        long_enough = size >= self.t.min_approximate_length
        if len(ranked) == 1 and complete and unique_in_old and long_enough:
            return Placement(EXACT, ranked[0].start, ranked[0].end, "copy", score=ranked[0].score)
        chosen = by_context[0]
        second = by_context[1].context_similarity if len(by_context) > 1 else 0.0
        decided = (
            complete
            and chosen.context_similarity >= self.t.context_accept
            and chosen.context_similarity - second >= self.t.context_lead
        )
        if not unique_in_old:
            # The old text has these words elsewhere too; a new copy may be theirs. It is this
            # claim's only if it fits this claim's context clearly better than theirs. Otherwise
            # the copies compete with the claim's own, perhaps edited, place: approximately.
            rival = self._rival_context(anchor, chosen)
            if not decided or chosen.context_similarity - rival < self.t.context_lead:
                return None
        if decided:
            return Placement(
                EXACT, chosen.start, chosen.end, "context", score=chosen.score, runner_up=second,
                candidates=candidates,
            )  # fmt: skip
        best = ranked[0]
        runner = ranked[1].score if len(ranked) > 1 else None
        if not long_enough and best.context_similarity < self.t.short_context:
            return Placement(
                ORPHAN, how="copy", reason="too_short", score=best.score, runner_up=runner,
                candidates=candidates,
            )  # fmt: skip
        if best.score < self.t.min_score:
            return Placement(
                ORPHAN, how="copy", reason="weak", score=best.score, runner_up=runner,
                candidates=candidates,
            )  # fmt: skip
        if runner is not None and best.score - runner < self.t.min_lead:
            return Placement(
                ORPHAN, how="copy", reason="ambiguous", score=best.score, runner_up=runner,
                candidates=candidates,
            )  # fmt: skip
        reason = "copies" if long_enough else "short"
        return Placement(
            PROPOSED, best.start, best.end, "copy", reason, best.score, runner, candidates
        )

    def _old_copies(self, quote: str) -> list[int]:
        """Where the quote occurs in the old text (at most max_copies), remembered per quote."""
        found = self._old_found.get(quote)
        if found is None:
            if self._old_words is None:
                self._old_words = WordIndex(self.old)
            words = self._old_words.words(quote)
            found = self._old_words.occurrences(self.old, quote, self.t.max_copies, words)
            self._old_found[quote] = found
        return found

    def _unique_in_old(self, anchor: Anchor) -> bool:
        return len(self._old_copies(anchor.quote)) == 1

    def _rival_context(self, anchor: Anchor, copy: Candidate) -> float:
        """How well the copy's context fits the best other old copy of the same words."""
        n, size = self.t.context_chars, len(anchor.quote)
        before = self.new[max(0, copy.start - n) : copy.start]
        after = self.new[copy.end : copy.end + n]
        best = 0.0
        for at in self._old_copies(anchor.quote):
            if at != anchor.start:
                old_before, old_after = (
                    self.old[max(0, at - n) : at],
                    self.old[at + size : at + size + n],
                )
                best = max(best, context_similarity(old_before, before, old_after, after))
        return best

    # -- approximate matches -------------------------------------------------------------------

    def _approximate(
        self, anchor: Anchor, mapped_start: int, mapped_end: int, words: list
    ) -> Placement:
        size = len(anchor.quote)
        if size < self.t.min_approximate_length:
            return Placement(ORPHAN, how="approximate", reason="too_short")
        k = int(size * (1 - self.t.min_quote_similarity))
        slack = k + self.t.context_chars
        windows = [
            (
                min(mapped_start, mapped_end) - size - slack,
                max(mapped_start, mapped_end) + size + slack,
            )
        ]
        windows += self._word_index().windows(anchor.quote, slack, 8, words)
        seen: dict[tuple[int, int], Candidate] = {}
        for a, b in _merge(windows):
            for start, end, distance in best_matches(anchor.quote, self.new, a, b, k):
                if (start, end) in seen or self.diff.kept_elsewhere(
                    start, end, anchor.start, anchor.end, self.t.context_chars
                ):
                    continue
                seen[(start, end)] = self._candidate(anchor, start, end, distance, mapped_start)
        found = list(seen.values())
        ambiguous = False
        if any(c.quote_similarity == 1.0 for c in found) and not self._unique_in_old(anchor):
            # The old text has these words elsewhere too. An exact copy whose context fits
            # another old copy clearly better is that copy's place; one that fits both about
            # as well may be either's, and then nothing is proposed on its strength or past it.
            kept = []
            for c in found:
                if c.quote_similarity == 1.0:
                    rival = self._rival_context(anchor, c)
                    if rival - c.context_similarity >= self.t.context_lead:
                        continue
                    if (
                        c.start != mapped_start
                        and rival > c.context_similarity - self.t.context_lead
                    ):
                        ambiguous = True
                kept.append(c)
            found = kept
        ranked = _distinct(sorted(found, key=lambda c: -c.score))
        candidates = tuple(ranked[: self.t.max_candidates])
        if not ranked:
            return Placement(ORPHAN, how="approximate", reason="not_found")
        best = ranked[0]
        runner = ranked[1].score if len(ranked) > 1 else None
        close = best.quote_similarity >= self.t.min_quote_similarity and best.score >= (
            self.t.min_score
        )
        if not close:
            return Placement(
                ORPHAN, how="approximate", reason="weak", score=best.score, runner_up=runner,
                candidates=candidates,
            )  # fmt: skip
        if ambiguous or (runner is not None and best.score - runner < self.t.min_lead):
            return Placement(
                ORPHAN, how="approximate", reason="ambiguous", score=best.score,
                runner_up=runner, candidates=candidates,
            )  # fmt: skip
        return Placement(
            PROPOSED, best.start, best.end, "approximate", "edited", best.score, runner, candidates
        )

    def _word_index(self) -> WordIndex:
        if self._words is None:
            self._words = WordIndex(self.new)
        return self._words

    def _candidate(
        self, anchor: Anchor, start: int, end: int, edits: int, mapped: int
    ) -> Candidate:
        n = self.t.context_chars
        context = context_similarity(
            self.old[max(0, anchor.start - n) : anchor.start],
            self.new[max(0, start - n) : start],
            self.old[anchor.end : anchor.end + n],
            self.new[end : end + n],
        )
        quote = 1.0 - edits / len(anchor.quote)
        distance = abs(start - mapped)
        proximity = 1.0 / (1.0 + distance / self.t.proximity_scale)
        wq, wc, wp = self.t.weights
        return Candidate(
            start, end, wq * quote + wc * context + wp * proximity, quote, context, distance
        )


def _merge(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(windows):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _distinct(ranked: list[Candidate]) -> list[Candidate]:
    """Drop candidates that mostly overlap a better one: they are the same passage."""
    kept: list[Candidate] = []
    for candidate in ranked:
        size = candidate.end - candidate.start
        if all(min(candidate.end, k.end) - max(candidate.start, k.start) < size / 2 for k in kept):
            kept.append(candidate)
    return kept
