"""Case slugs: made from a title (transliterated to ASCII), checked, and kept unique in the store.

A slug is lower-case ASCII letters and digits in hyphen-separated runs, at most
`SLUG_MAX_LENGTH` characters (the case file's limit and the store's column), also once a
`-2`, `-3`, … is added to keep it unique. Import and new cases both make slugs here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anyascii import anyascii
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Case

__all__ = [
    "SLUG_MAX_LENGTH",
    "is_slug",
    "max_slug_length",
    "numbered_slug",
    "slug_from_title",
    "unique_slug",
]

SLUG_MAX_LENGTH = 120  # = Case.slug's String(120) and the case file's "maxLength" (tested)
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
FALLBACK = "case"


def is_slug(text: str, limit: int = SLUG_MAX_LENGTH) -> bool:
    """Whether a text is a slug the case file accepts."""
    return len(text) <= limit and _SLUG.match(text) is not None


def _cut(slug: str, limit: int) -> str:
    """The slug shortened to `limit` characters, at a hyphen when one is near."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit]
    hyphen = cut.rfind("-")
    # Cut at a word boundary unless that would throw away most of the room.
    if hyphen >= limit // 2:
        cut = cut[:hyphen]
    return cut.strip("-")


def slug_from_title(title: str, limit: int = SLUG_MAX_LENGTH) -> str:
    """A slug for a title: transliterated to ASCII, lower case, words joined by hyphens.

    "Straße in Zürich — 北京" becomes "strasse-in-zurich-beijing"; a title with nothing to keep
    (only punctuation or symbols) becomes "case".
    """
    words = _NOT_SLUG.sub("-", anyascii(title).lower()).strip("-")
    return _cut(words, limit) or FALLBACK


def max_slug_length() -> int:
    """The most characters a slug may have (the case file's schema and the store agree: 120)."""
    return SLUG_MAX_LENGTH


def numbered_slug(slug: str, is_taken: Callable[[str], bool], limit: int = SLUG_MAX_LENGTH) -> str:
    """The slug, or the first of slug-2, slug-3, … that is not taken, all within `limit`.

    The number is kept whole and the slug shortened to make room for it, so "a…a" of 120
    characters becomes "a…a-2" of 120 characters, not 122.
    """
    candidate = _cut(slug, limit) or FALLBACK
    n = 2
    while is_taken(candidate):
        suffix = f"-{n}"
        candidate = (_cut(slug, limit - len(suffix)) or FALLBACK) + suffix
        n += 1
    return candidate


def unique_slug(session: Session, slug: str, limit: int = SLUG_MAX_LENGTH) -> str:
    """The slug, or the first of slug-2, slug-3, … that no case in the store has, within `limit`."""

    def taken(candidate: str) -> bool:
        return session.execute(select(Case.id).where(Case.slug == candidate)).first() is not None

    return numbered_slug(slug, taken, limit)
