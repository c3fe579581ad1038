"""PDFs with a text layer: pdfminer.six's layout analysis (through pdfplumber), page by page.

Each of pdfminer's text boxes becomes a paragraph, its lines joined by spaces, in pdfminer's
reading order (boxes_flow); pages are separated like paragraphs and their starts recorded.
"""

from __future__ import annotations

from importlib.metadata import version
from io import BytesIO

from models.sources.base import (
    ExtractedSource,
    Job,
    SourceFileError,
    SourceFiles,
    metadata_date,
    metadata_line,
    paragraph_spans,
)

# The ligatures of the Alphabetic Presentation Forms block, spelt out; nothing else is touched
# (NFKC would also rewrite superscripts, full-width forms and more that the source really has).
LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
MAX_PAGES = 5000


def extractor_name() -> str:
    """The PDF libraries with their versions."""
    return f"pdfplumber {version('pdfplumber')} / pdfminer.six {version('pdfminer.six')}"


def _box_text(box) -> str:
    from pdfminer.layout import LTTextLine

    lines = []
    for line in box:
        if isinstance(line, LTTextLine):
            text = " ".join(line.get_text().split())
            if text:
                lines.append(text)
    joined = ""
    for line in lines:
        if not joined:
            joined = line
        elif joined.endswith("-") and line[:1].islower():
            joined += line  # a word broken at the line's end: keep its hyphen, lose the gap
        else:
            joined += " " + line
    return joined.translate(LIGATURES)


def _page_blocks(page) -> list[str]:
    from pdfminer.layout import LTTextBox

    blocks = []
    for item in page.layout:
        if isinstance(item, LTTextBox):
            text = _box_text(item)
            if text:
                blocks.append(text)
    return blocks


def _open(data: bytes, name: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(BytesIO(data), laparams={})
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise SourceFileError(
                name,
                SourceFiles.tr(
                    "“%1” is encrypted with a password; save an unencrypted copy and add that."
                ),
            ) from None
        raise SourceFileError(name, _damaged()) from None
    except Exception:  # pdfminer raises many kinds on a broken file; all mean the same here
        raise SourceFileError(name, _damaged()) from None


def _damaged() -> str:
    return SourceFiles.tr("“%1” is damaged: it cannot be read as a PDF.")


def extract_pdf(data: bytes, name: str, sha256: str, job: Job) -> ExtractedSource:
    """The text of every page of a PDF, with its document information."""
    pdf = _open(data, name)
    with pdf:
        try:
            pages = pdf.pages
        except Exception:
            raise SourceFileError(
                name, SourceFiles.tr("“%1” is damaged: its pages cannot be found.")
            ) from None
        if not pages:
            raise SourceFileError(name, SourceFiles.tr("“%1” has no pages."))
        if len(pages) > MAX_PAGES:
            raise SourceFileError(
                name,
                SourceFiles.tr("“%1” has more than %2 pages, the most a source may have."),
                f"{MAX_PAGES:,}",
            )
        parts: list[str] = []
        total = len(pages)
        for number, page in enumerate(pages):
            job.check()
            try:
                blocks = _page_blocks(page)
            except Exception:
                raise SourceFileError(
                    name, SourceFiles.tr("“%1” is damaged: page %2 cannot be read."), number + 1
                ) from None
            finally:
                page.close()  # drop the page's cached layout: memory stays one page deep
            parts.append("\n\n".join(blocks))
            job.progress(number + 1, total)
        info = pdf.metadata
        language = _catalog_language(pdf.doc)
    # Pages with no text keep their place in page_starts, and add no blank lines of their own.
    text = "\n\n".join(part for part in parts if part)
    if not text.strip():
        raise SourceFileError(name, SourceFiles.tr("“%1” has no text layer; OCR is not supported."))
    page_starts = [min(start, len(text)) for start in _starts(parts)]
    return ExtractedSource(
        text=text,
        kind="pdf",
        file_name=name,
        sha256=sha256,
        size=len(data),
        extractor=extractor_name(),
        title=metadata_line(info.get("Title")),
        publisher=metadata_line(info.get("Publisher") or info.get("Company")),
        url=metadata_line(info.get("URL") or info.get("URI"), 4000),
        date=metadata_date(_text(info.get("CreationDate"))),
        language=metadata_line(language, 35),
        paragraphs=paragraph_spans(text),
        page_starts=tuple(page_starts),
    )


def _starts(parts: list[str]) -> list[int]:
    starts = []
    offset = 0
    for part in parts:
        starts.append(offset)
        if part:
            offset += len(part) + 2
    return starts


def _catalog_language(document) -> str | None:
    from pdfminer.pdftypes import resolve1

    try:
        return _text(resolve1(document.catalog.get("Lang")))
    except Exception:  # a broken /Lang is no reason to refuse the text
        return None


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("latin-1", "replace")
    return str(value)
