"""Case slugs: made from a title, and made unique by -2, -3, … without passing the length limit."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

_NOT_WORD = re.compile(r"[^a-z0-9]+")


@cache
def max_slug_length() -> int:
    """The most characters a slug may have: the case file's schema says (120)."""
    from models.casefile import schema  # casefile imports this module

    return schema()["properties"]["slug"]["maxLength"]


def slug_from_title(title: str) -> str:
    """A slug for a new case: the title's letters and digits as lowercase words joined by "-"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = _NOT_WORD.sub("-", ascii_title.lower()).strip("-")
    return _trimmed(words, max_slug_length()) or "case"


def _trimmed(slug: str, length: int) -> str:
    # Cut at the limit, and never leave a "-" at the end (the slug pattern forbids it).
    return slug[:length].rstrip("-")


def numbered_slug(slug: str, is_taken: Callable[[str], bool]) -> str:
    """The slug, or the first of slug-2, slug-3, … that is not taken, all within the length limit.

    The number is kept whole and the slug shortened to make room for it, so "a…a" of 120
    characters becomes "a…a-2" of 120 characters, not 122.
    """
    limit = max_slug_length()
    candidate = _trimmed(slug, limit)
    n = 2
    while is_taken(candidate):
        suffix = f"-{n}"
        candidate = _trimmed(slug, limit - len(suffix)) + suffix
        n += 1
    return candidate
