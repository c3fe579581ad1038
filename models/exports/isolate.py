"""Text from a case made safe to set among the app's own words: bidi controls isolated, no NUL."""

from __future__ import annotations

import re

FSI, PDI, PDF = "\u2068", "\u2069", "\u202c"
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: closed by PDI
# Every explicit bidi control, and the marks that could move the app's punctuation around.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def isolate(text: str) -> str:
    """The text, with NUL shown as U+FFFD and, if it holds bidi controls, inside FSI…PDI.

    Whatever the text opens is closed before the isolate ends (a PDF for each embedding or
    override, a PDI for each isolate), so it cannot reorder the words around it. Text without
    bidi controls is left as it is, so ordinary exports do not change.
    """
    text = text.replace("\x00", "\ufffd")
    if not _BIDI.search(text):
        return text
    return FSI + text + _closers(text) + PDI


def _closers(text: str) -> str:
    """What the text leaves open, closed in the reverse order it was opened (UAX #9, X6a–X7)."""
    stack: list[str] = []
    for char in text:
        if char in _EMBEDDINGS:
            stack.append(PDF)
        elif char in _ISOLATES:
            stack.append(PDI)
        elif char == PDF and stack and stack[-1] == PDF:
            stack.pop()
        elif char == PDI and PDI in stack:
            # A PDI also ends every embedding opened since its isolate.
            while stack.pop() != PDI:
                pass
    return "".join(reversed(stack))
