"""Finding and scoring candidate passages for a claim's quote in a revised text (no Qt).

Exact copies are found with `str.find`. Approximate ones with edlib, which returns exact match
boundaries and the edit distance, run on small windows only: the window the diff maps the old
span to, and the windows where the quote's rarer words occur together (seed and extend, as
BLAST does), so a 400,000-character text is never scanned once per claim.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import edlib

WORD = re.compile(r"\w+")
# Words this common locate nothing; the rarest few of a quote are enough to find its look-alikes.
MAX_POSTINGS = 100
SEED_WORDS = 8
BUCKET = 64


@dataclass(frozen=True, slots=True)
class Candidate:
    """A passage of the new text that may hold a claim's words, with how well it fits."""

    start: int
    end: int
    score: float
    quote_similarity: float
    context_similarity: float
    distance: int  # characters from where the diff maps the old span


def similarity(a: str, b: str) -> float:
    """1 minus the edit distance over the longer length: 1.0 for equal strings."""
    longest = max(len(a), len(b))
    if not longest:
        return 1.0
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return 1.0 - _edlib(a, b, mode="NW", task="distance")["editDistance"] / longest


def context_similarity(old_before: str, new_before: str, old_after: str, new_after: str) -> float:
    """How alike two passages' surroundings are: the mean of both sides' similarity.

    Near a text's start or end one side is cut short; only the part both have is compared (the
    characters next to the passage), and a side one of them lacks entirely counts half.
    """

    def side(a: str, b: str, before: bool) -> float:
        k = min(len(a), len(b))
        if not k:
            return 1.0 if a == b else 0.5
        return similarity(a[-k:], b[-k:]) if before else similarity(a[:k], b[:k])

    return (side(old_before, new_before, True) + side(old_after, new_after, False)) / 2


def occurrences(text: str, quote: str, cap: int) -> list[int]:
    """Start positions of exact (possibly overlapping) copies of quote in text, at most cap."""
    found: list[int] = []
    at = text.find(quote)
    while at >= 0 and len(found) < cap:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


class WordIndex:
    """Where each word of a text occurs, to propose windows for the approximate search."""

    def __init__(self, text: str) -> None:
        self._postings: dict[str, list[int]] = defaultdict(list)
        for match in WORD.finditer(text):
            self._postings[match.group()].append(match.start())

    def words(self, quote: str) -> list[tuple[int, int, bool, list[int]]]:
        """The quote's words, rarest first: (postings count, offset, strictly inside, postings)."""
        found = []
        for match in WORD.finditer(quote):
            postings = self._postings.get(match.group(), [])
            inside = match.start() > 0 and match.end() < len(quote)
            found.append((len(postings), match.start(), inside, postings))
        found.sort(key=lambda w: w[0])
        return found

    def occurrences(self, text: str, quote: str, cap: int, words: list) -> list[int]:
        """Like `occurrences(text, quote, cap)` for the indexed text, through a rare word.

        A word strictly inside the quote is a whole word in every copy of it, so the copies are
        among that word's postings; without such a word, the whole text is searched.
        """
        inside = next((w for w in words if w[2]), None)
        if inside is None or inside[0] > MAX_POSTINGS:
            return occurrences(text, quote, cap)
        _, offset, _, postings = inside
        found = [p - offset for p in postings if p >= offset and text.startswith(quote, p - offset)]
        return found[:cap]

    def windows(self, quote: str, slack: int, limit: int, words: list) -> list[tuple[int, int]]:
        """Windows [start, end) where about half of the quote's rarer words line up."""
        seeds = [w for w in words if 0 < w[0] <= MAX_POSTINGS][:SEED_WORDS]
        if not seeds:
            return []
        votes: Counter[int] = Counter()
        for _, offset, _, postings in seeds:
            votes.update({(p - offset) // BUCKET for p in postings})
        need = max(1, (len(seeds) + 1) // 2)
        scored = []
        for bucket, count in votes.items():
            if count + votes.get(bucket - 1, 0) + votes.get(bucket + 1, 0) >= need:
                scored.append((-count, bucket))
        scored.sort()
        return [
            (bucket * BUCKET - BUCKET - slack, bucket * BUCKET + 2 * BUCKET + len(quote) + slack)
            for _, bucket in scored[:limit]
        ]


def best_matches(quote: str, text: str, start: int, end: int, k: int) -> list[tuple[int, int, int]]:
    """The closest approximate matches of quote in text[start:end]: (start, end, edit distance).

    Besides the best match, the best on either side of it, so a runner-up in the same window is
    seen too.
    """
    start, end = max(0, start), min(len(text), end)
    found: list[tuple[int, int, int]] = []
    best = _align(quote, text, start, end, k)
    if best is None:
        return found
    found.append(best)
    for a, b in ((start, best[0]), (best[1], end)):
        if b - a >= len(quote) - k:
            other = _align(quote, text, a, b, k)
            if other is not None:
                found.append(other)
    return found


def _align(quote: str, text: str, start: int, end: int, k: int) -> tuple[int, int, int] | None:
    if end <= start:
        return None
    result = _edlib(quote, text[start:end], mode="HW", task="locations", k=k)
    distance = result["editDistance"]
    if distance < 0 or not result["locations"]:
        return None
    first, last = result["locations"][0]
    if first is None:
        return None
    return start + first, start + last + 1, distance


def _edlib(query: str, target: str, **options: object) -> dict:
    """edlib.align, also for texts of more than 256 distinct characters (edlib's limit).

    Characters the query does not have can only ever be mismatches, so they are all folded into
    one; a query of more than 255 distinct characters folds its rarest ones too (a small loss).
    """
    try:
        return edlib.align(query, target, **options)
    except ValueError:
        kept = [c for c, _ in Counter(query).most_common(255)]
        table = {c: chr(i) for i, c in enumerate(kept)}
        other = chr(255)
        return edlib.align(
            "".join(table.get(c, other) for c in query),
            "".join(table.get(c, other) for c in target),
            **options,
        )
