"""Word documents (DOCX): mammoth's HTML walked like a web page, after the archive is checked.

Mammoth keeps footnotes (as a list after the body), text boxes and tracked insertions as text,
and drops tracked deletions. Images are dropped unread, and no file outside the archive is ever
opened (external_file_access=False).
"""

from __future__ import annotations

import re
import zipfile
from importlib.metadata import version
from io import BytesIO

from lxml import etree

from models.sources.base import (
    ExtractedSource,
    Job,
    SourceFileError,
    SourceFiles,
    metadata_date,
    metadata_line,
    no_text,
    paragraph_spans,
)
from models.sources.html import lxml_name, parse, walk

# A zip bomb is refused before anything is inflated. Python's zipfile never returns more bytes
# for a member than its declared size, so checking the declared sizes bounds the memory.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200  # real DOCX parts compress 5-20 times; text of one repeated letter, ~1000
MAX_MEMBERS = 10_000
_RATIO_FLOOR = 1024 * 1024  # small parts may compress well without being a threat

_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "language": "{http://purl.org/dc/elements/1.1/}language",
    "created": "{http://purl.org/dc/terms/}created",
}
# Mammoth ends each footnote with a "↑" link back to its mark; that arrow is not the document's.
_BACK_LINK = re.compile(r'\s*<a href="#(?:foot|end)note-ref-[^"]*">\u2191</a>')
_APP_COMPANY = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company"


def extractor_name() -> str:
    """The libraries that read Word documents, with their versions."""
    return f"mammoth {version('mammoth')} + {lxml_name()}"


def check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive that would inflate past the bounds, before inflating any of it."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise SourceFileError(
            name,
            SourceFiles.tr("“%1” holds more than %2 parts; it is not a real Word document."),
            f"{MAX_MEMBERS:,}",
        )
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise SourceFileError(
                name,
                SourceFiles.tr("“%1” would inflate %2 times (%3); it looks like a zip bomb."),
                f"{ratio:,.0f}",
                member.filename,
            )
    if total > MAX_UNCOMPRESSED:
        raise SourceFileError(
            name,
            SourceFiles.tr("“%1” would inflate to %2 MiB; it looks like a zip bomb."),
            f"{total // (1024 * 1024):,}",
        )


def _xml(archive: zipfile.ZipFile, part: str):
    try:
        raw = archive.read(part)
    except KeyError:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError:
        return None  # damaged properties are no reason to refuse the text


def _properties(archive: zipfile.ZipFile) -> dict:
    core = _xml(archive, "docProps/core.xml")
    app = _xml(archive, "docProps/app.xml")

    def find(root, tag):
        found = root.find(tag) if root is not None else None
        return found.text if found is not None else None

    return {
        "title": metadata_line(find(core, _CORE["title"])),
        "language": metadata_line(find(core, _CORE["language"]), 35),
        "date": metadata_date(find(core, _CORE["created"])),
        "publisher": metadata_line(find(app, _APP_COMPANY)),
    }


def extract_docx(data: bytes, name: str, sha256: str, job: Job) -> ExtractedSource:
    """The text of a Word document, with its core properties."""
    import mammoth
    import mammoth.images

    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise SourceFileError(
            name,
            SourceFiles.tr("“%1” is damaged: it is not a readable zip archive, as a DOCX is."),
        ) from None
    with archive:
        check_archive(archive, name)
        if "word/document.xml" not in archive.namelist():
            raise SourceFileError(
                name,
                SourceFiles.tr("“%1” is damaged: it has no document body (word/document.xml)."),
            )
        properties = _properties(archive)
    job.progress(0, 2)
    job.check()
    try:
        result = mammoth.convert_to_html(
            BytesIO(data),
            external_file_access=False,
            convert_image=mammoth.images.img_element(lambda image: {}),
        )
    except Exception:  # mammoth raises KeyError, XML and zip errors alike on a broken file
        raise SourceFileError(
            name, SourceFiles.tr("“%1” is damaged: its document body cannot be read.")
        ) from None
    job.progress(1, 2)
    job.check()
    body = _BACK_LINK.sub("", result.value)
    text = walk(parse(f"<html><body>{body}</body></html>", name))
    job.progress(2, 2)
    if not text.strip():
        raise SourceFileError(name, no_text())
    return ExtractedSource(
        text=text,
        kind="docx",
        file_name=name,
        sha256=sha256,
        size=len(data),
        extractor=extractor_name(),
        paragraphs=paragraph_spans(text),
        url=None,
        **properties,
    )
