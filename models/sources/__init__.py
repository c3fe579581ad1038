"""Files become sources: each kind read into canonical text with its metadata and provenance.

`extract_file` is the one entry point: it reads the file within a bound, tells its kind from its
content, and hands it to the extractor of that kind. Every failure is a SourceFileError whose
message is one sentence naming the file; a cancelled extraction raises ExtractionCancelled.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from models.sources.base import (
    MAX_SOURCE_BYTES,
    ExtractedSource,
    ExtractionCancelled,
    Job,
    Progress,
    ShouldCancel,
    SourceFileError,
    no_text,
    paragraph_spans,
)
from models.sources.reading import kind_of, read_bounded

__all__ = [
    "MAX_SOURCE_BYTES",
    "ExtractedSource",
    "ExtractionCancelled",
    "SourceFileError",
    "extract_bytes",
    "extract_file",
    "paragraph_spans",
]


def extract_file(
    path: str | os.PathLike,
    *,
    should_cancel: ShouldCancel | None = None,
    progress: Progress | None = None,
    main_text_only: bool = False,
    max_bytes: int = MAX_SOURCE_BYTES,
) -> ExtractedSource:
    """Read a file into a source; safe to call off the GUI thread (it touches no Qt)."""
    job = Job(should_cancel or (lambda: False), progress or (lambda done, total: None))
    data = read_bounded(path, max_bytes, job)
    return extract_bytes(data, Path(path).name, job=job, main_text_only=main_text_only)


def extract_bytes(
    data: bytes, name: str, *, job: Job | None = None, main_text_only: bool = False
) -> ExtractedSource:
    """Read a file's bytes (already in memory, e.g. dropped or pasted) into a source."""
    job = job or Job()
    kind = kind_of(name, data)
    sha256 = hashlib.sha256(data).hexdigest()
    job.check()
    if kind == "pdf":
        from models.sources.pdf import extract_pdf

        return extract_pdf(data, name, sha256, job)
    if kind == "docx":
        from models.sources.docx import extract_docx

        return extract_docx(data, name, sha256, job)
    if kind in ("html", "mhtml"):
        return _page(data, name, sha256, job, kind, main_text_only)
    return _text(data, name, sha256, job, kind)


def _text(data: bytes, name: str, sha256: str, job: Job, kind: str) -> ExtractedSource:
    from models.sources.text import markdown_title, read_text

    job.progress(0, 1)
    text, encoding = read_text(data)
    if not text.strip():
        raise SourceFileError(name, no_text())
    job.progress(1, 1)
    return ExtractedSource(
        text=text,
        kind=kind,
        file_name=name,
        sha256=sha256,
        size=len(data),
        extractor="Counterpoint text reader" if kind == "text" else "Counterpoint Markdown reader",
        encoding=encoding,
        title=markdown_title(text) if kind == "markdown" else None,
        paragraphs=paragraph_spans(text),
    )


def _page(
    data: bytes, name: str, sha256: str, job: Job, kind: str, main_only: bool
) -> ExtractedSource:
    from models.sources.html import decode_page, extract_page, mhtml_page

    job.progress(0, 1)
    headers: dict = {}
    declared = None
    page = data
    if kind == "mhtml":
        page, declared, headers = mhtml_page(data, name)
    markup, encoding = decode_page(page, declared)
    text, metadata, extractor = extract_page(markup, name, job, main_only)
    if not text.strip():
        raise SourceFileError(name, no_text())
    for key, value in headers.items():
        metadata[key] = metadata.get(key) or value
    job.progress(1, 1)
    return ExtractedSource(
        text=text,
        kind="html",
        file_name=name,
        sha256=sha256,
        size=len(data),
        extractor=extractor,
        encoding=encoding,
        paragraphs=paragraph_spans(text),
        **metadata,
    )
