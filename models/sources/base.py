"""What an extractor returns, the errors it raises, and the text rules every extractor shares."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from models.i18n import Context, fill
from models.jobs import Cancelled

SourceFiles = Context("SourceFiles")

# A file larger than this is refused before it is parsed: 50 MiB holds a 2,000-page PDF or a
# book-length Word document, and keeps the parsers' memory within a few hundred megabytes.
MAX_SOURCE_BYTES = 50 * 1024 * 1024

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class SourceFileError(ValueError):
    """A file that cannot become a source; the message is one sentence naming the file.

    `sentence` is in the reader's language, the file's name its %1 and `values` its %2, %3 …:
    `SourceFileError(name, SourceFiles.tr("“%1” has no pages."))`.
    """

    def __init__(self, name: str, sentence: str, *values: object) -> None:
        super().__init__(fill(sentence, name, *values))
        self.name = name


def no_text() -> str:
    """The refusal of a file with nothing to read in it (a SourceFileError's sentence)."""
    return SourceFiles.tr("“%1” has no text in it.")


class ExtractionCancelled(Cancelled):
    """The user cancelled the extraction; nothing was produced."""


@dataclass(frozen=True)
class ExtractedSource:
    """A file read into canonical source text, with the metadata it carried and its provenance."""

    text: str
    kind: str  # "text", "markdown", "html", "pdf" or "docx": what the content is, not its name
    file_name: str
    sha256: str  # of the file's bytes as read
    size: int
    extractor: str  # the library (and version) that produced the text
    encoding: str | None = None  # for text and HTML: the encoding the bytes were decoded with
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, as the case file allows
    language: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()  # (start, end) code-point offsets into text
    page_starts: tuple[int, ...] = ()  # for a PDF: the offset at which each page's text begins


@dataclass(frozen=True)
class Job:
    """The caller's hooks: asked between steps whether to stop, told how far the work is."""

    should_cancel: ShouldCancel = lambda: False
    progress: Progress = lambda done, total: None

    def check(self) -> None:
        """Stop here if the user has cancelled."""
        if self.should_cancel():
            raise ExtractionCancelled()


_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def canonical(text: str) -> str:
    """Line ends become \\n and a leading BOM goes; nothing else changes (no normalisation)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _LINE_ENDS.sub("\n", text)


_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The paragraphs of a canonical text: runs of non-blank lines, trimmed of outer spaces."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)


def join_blocks(blocks: list[str]) -> str:
    """Blocks of text, each trimmed, separated by one blank line; empty blocks dropped."""
    return "\n\n".join(block for block in (b.strip() for b in blocks) if block)


_DATE = re.compile(r"(?:D:)?(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")


def metadata_date(value: str | None) -> str | None:
    """A date as the case file writes it, from an ISO or PDF date (None if it is not one)."""
    if not value:
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        return year
    if day and not 1 <= int(day) <= 31:
        return f"{year}-{month}"
    return "-".join(part for part in (year, month, day) if part)


def metadata_line(value: object, limit: int = 1000) -> str | None:
    """A metadata value as one trimmed line within the case file's limit, or None if empty."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    line = " ".join(str(value).split())
    return line[:limit] or None
