"""A synthetic source and its revision, with the truth of where every claim's words went.

The source is prose of pseudo-words (Zipf-weighted, so common words repeat as in real text) in
paragraphs, with a few boilerplate sentences that recur word for word, because look-alike
passages are what trips re-anchoring. The revision applies random word insertions, deletions,
replacements and one-letter typos to about 2% of the characters, then moves one paragraph and
deletes another. Every character of the new text remembers which old character it came from, so
the truth is known for each claim: intact (its exact new span), edited (the region its surviving
characters now cover) or gone.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from models.reanchor import Anchor

SYLLABLES = "ka lo mi ne ru sa to vi de ba po lu ge fa zi mo ta ri ni su".split()  # noqa: SIM905
BOILERPLATE = 30


@dataclass(frozen=True)
class Truth:
    """Where a claim's words are in the revised text."""

    kind: str  # "intact", "edited" or "gone"
    start: int = -1
    end: int = -1


@dataclass
class Revision:
    """An old text, its revision, the claims on the old text and the truth for each."""

    old: str
    new: str
    anchors: list[Anchor]
    truths: list[Truth]
    moved: list[int]  # indexes of the claims inside the moved paragraph
    deleted: list[int]  # and inside the deleted one


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def _text(rng: random.Random, length: int) -> str:
    vocab = _vocabulary(rng, 4000)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    rng.shuffle(vocab)

    def sentence() -> str:
        words = rng.choices(vocab, weights, k=rng.randint(6, 24))
        return " ".join(words).capitalize() + "."

    boiler = [sentence() for _ in range(BOILERPLATE)]
    paragraphs: list[str] = []
    total = 0
    while total < length:
        sentences = [
            rng.choice(boiler) if rng.random() < 0.04 else sentence()
            for _ in range(rng.randint(3, 8))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:length].rsplit("\n\n", 1)[0]


def _claims(rng: random.Random, text: str, count: int) -> list[Anchor]:
    """Spans on word boundaries inside one paragraph: phrases, sentences, runs of sentences."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s]+", text)]
    anchors: list[Anchor] = []
    while len(anchors) < count:
        i = rng.randrange(len(words))
        roll = rng.random()
        n = rng.randint(1, 3) if roll < 0.06 else rng.randint(4, 40) if roll < 0.9 else 60
        j = min(len(words) - 1, i + n - 1)
        start, end = words[i][0], words[j][1]
        if "\n" in text[start:end]:
            end = start + text[start:end].index("\n")
        anchors.append(Anchor(start, end, text[start:end]))
    return anchors


def _edit(rng: random.Random, text: str, share: float) -> tuple[str, list[int]]:
    """Random word-level edits to about `share` of the characters; origin of each new char."""
    vocab = re.findall(r"[a-z]+", text[:20000])
    words = [(m.start(), m.end()) for m in re.finditer(r"[a-z]+", text)]
    budget = int(len(text) * share)
    chosen: dict[int, tuple[str, str]] = {}
    spent = 0
    while spent < budget:
        k = rng.randrange(len(words))
        if k in chosen:
            continue
        a, b = words[k]
        op = rng.choice(("insert", "delete", "replace", "typo"))
        if op == "insert":
            word = rng.choice(vocab)
            chosen[k] = (op, word + " ")
            spent += len(word) + 1
        elif op == "delete":
            chosen[k] = (op, "")
            spent += b - a + 1
        elif op == "replace":
            chosen[k] = (op, rng.choice(vocab))
            spent += max(b - a, 1)
        else:
            chosen[k] = (op, "")
            spent += 1
    out: list[str] = []
    origin: list[int] = []
    cursor = 0
    for k in sorted(chosen):
        a, b = words[k]
        out.append(text[cursor:a])
        origin.extend(range(cursor, a))
        op, word = chosen[k]
        if op == "insert":
            out.append(word + text[a:b])
            origin.extend([-1] * len(word))
            origin.extend(range(a, b))
        elif op == "delete":
            b = b + 1 if b < len(text) and text[b] == " " else b
        elif op == "replace":
            out.append(word)
            origin.extend([-1] * len(word))
        else:
            at = rng.randrange(a, b)
            letter = rng.choice("aeiouxyz".replace(text[at], ""))
            out.append(text[a:at] + letter + text[at + 1 : b])
            origin.extend(range(a, at))
            origin.append(-1)
            origin.extend(range(at + 1, b))
        cursor = b
    out.append(text[cursor:])
    origin.extend(range(cursor, len(text)))
    return "".join(out), origin


def _move_and_delete(
    rng: random.Random, text: str, origin: list[int]
) -> tuple[str, list[int], list[list[int]]]:
    """Move one paragraph to another place and delete another one; their old characters."""
    bounds = [0] + [m.end() for m in re.finditer("\n\n", text)] + [len(text) + 2]
    paras = [(bounds[i], bounds[i + 1] - 2) for i in range(len(bounds) - 1)]
    pieces = [(text[a:b], origin[a:b]) for a, b in paras]
    moved, deleted, target = rng.sample(range(1, len(pieces) - 1), 3)
    order = [i for i in range(len(pieces)) if i not in (moved, deleted)]
    order.insert(order.index(target) + 1, moved)
    new_text: list[str] = []
    new_origin: list[int] = []
    for n, i in enumerate(order):
        if n:
            new_text.append("\n\n")
            new_origin.extend([-1, -1])
        new_text.append(pieces[i][0])
        new_origin.extend(pieces[i][1])
    touched = [[o for o in pieces[i][1] if o >= 0] for i in (moved, deleted)]
    return "".join(new_text), new_origin, touched


def _truth(old: str, new: str, where: list[int], anchor: Anchor) -> Truth:
    mapped = [where[i] for i in range(anchor.start, anchor.end) if where[i] >= 0]
    if not mapped:
        return Truth("gone")
    first, last = min(mapped), max(mapped) + 1
    intact = len(mapped) == anchor.end - anchor.start and last - first == len(mapped)
    if intact and new[first:last] == anchor.quote:
        return Truth("intact", first, last)
    # An edit that leaves the words as they were (a word replaced by itself, a word inserted or
    # deleted next to its twin) has not edited the claim: its quote is still there, over the
    # place its words went, and no reader could tell which twin is the original.
    size = len(anchor.quote)
    near = new.find(anchor.quote, max(0, first - size), last + size)
    if near >= 0 and min(near + size, last) - max(near, first) >= size * 0.5:
        return Truth("intact", near, near + size)
    return Truth("edited", first, last)


def make_revision(
    length: int = 400_000, claims: int = 8000, share: float = 0.02, seed: int = 7
) -> Revision:
    """Build the source, its claims, its revision and the truth, deterministically."""
    rng = random.Random(seed)
    old = _text(rng, length)
    anchors = _claims(rng, old, claims)
    edited, origin = _edit(rng, old, share)
    new, origin, (moved, deleted) = _move_and_delete(rng, edited, origin)
    where = [-1] * len(old)
    for position, source in enumerate(origin):
        if source >= 0:
            where[source] = position

    def inside(chars: list[int]) -> list[int]:
        low, high = min(chars), max(chars)
        return [i for i, a in enumerate(anchors) if low <= a.start and a.end <= high + 1]

    truths = [_truth(old, new, where, a) for a in anchors]
    return Revision(old, new, anchors, truths, inside(moved), inside(deleted))
