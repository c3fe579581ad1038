"""Plain text and Markdown: decoded (encoding detected and recorded), kept verbatim otherwise."""

from __future__ import annotations

import codecs
import re
from importlib.metadata import version

from models.sources.base import canonical, metadata_line

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with: BOM, declared, UTF-8, detected, then cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except (LookupError, UnicodeDecodeError):
            continue
    best = _detected(data)
    if best is not None:
        try:
            return data.decode(best.encoding), codecs.lookup(best.encoding).name
        except (LookupError, UnicodeDecodeError):
            pass
    # cp1252 leaves five bytes undefined; "replace" keeps the rest readable rather than refusing.
    return data.decode("cp1252", errors="replace"), "cp1252"


def _detected(data: bytes):
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 4 * 1024 * 1024]))
    if not matches:
        return None
    # charset-normalizer ranks by "chaos" alone, so a French text in cp1252 can lose to cp1257
    # by a hair. Among the nearly-as-clean readings, the one whose words fit a language best wins,
    # and on a tie the commonest legacy encoding of all (cp1252).
    least = min(match.chaos for match in matches)
    near = [match for match in matches if match.chaos <= least + 0.05]
    return max(near, key=lambda m: (round(m.coherence, 2), "cp1252" in m.could_be_from_charset))


def charset_normalizer_name() -> str:
    """The name and version of the detector used when a text is neither UTF-8 nor declared."""
    return f"charset-normalizer {version('charset-normalizer')}"


_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def markdown_title(text: str) -> str | None:
    """The first level-one heading of a Markdown text, as the source's title."""
    match = _HEADING.search(text[:20000])
    return metadata_line(match.group(1)) if match else None


def read_text(data: bytes) -> tuple[str, str]:
    """Canonical text and its encoding, from a text file's bytes."""
    text, encoding = decode(data)
    return canonical(text), encoding
