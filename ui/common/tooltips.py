"""Tooltips that show text from a user or a source literally, never as markup."""

from __future__ import annotations

import html


def rich_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped, and marked as rich text so it stays so."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
