"""Web pages: the text a reader sees, walked out of lxml's parse tree, and the page's metadata.

One walker serves HTML files, saved web pages (MHTML) and Word documents (through mammoth's
HTML), so a paragraph means the same thing whatever the file was.
"""

from __future__ import annotations

import email
import email.policy
import re
from importlib.metadata import version

from lxml import etree

from models.sources.base import (
    Job,
    SourceFileError,
    SourceFiles,
    canonical,
    join_blocks,
    metadata_date,
    metadata_line,
)
from models.sources.text import decode

BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Not text a reader of the page reads: code, styling, navigation, embedded media, controls.
DROPPED = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "svg",
        "math",
        "canvas",
        "iframe",
        "object",
        "embed",
        "audio",
        "video",
        "select",
        "button",
        "input",
        "textarea",
        "map",
    ]
)
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace; no-break spaces are text
# libxml2 keeps at most 255 levels of elements and silently drops what lies deeper.
_DEPTH_ERROR = "Excessive depth"


class _Text:
    """Collects blocks of text; inline whitespace collapses as a browser collapses it."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.parts: list[str] = []
        self.pre = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.pre:
            self.parts.append(text)
            return
        text = _SPACES.sub(" ", text)
        if text == " " and (not self.parts or self.parts[-1].endswith((" ", "\n"))):
            return
        if self.parts and self.parts[-1].endswith((" ", "\n")) and text.startswith(" "):
            text = text[1:]
        self.parts.append(text)

    def line_break(self) -> None:
        if self.parts and self.parts[-1].endswith(" ") and not self.pre:
            self.parts[-1] = self.parts[-1][:-1]
        self.parts.append("\n")

    def end_block(self) -> None:
        if self.parts:
            lines = "".join(self.parts).split("\n")
            if not self.pre:
                lines = [line.strip(" ") for line in lines]
            text = "\n".join(lines)
            self.blocks.append(text)
            self.parts = []


def _skipped(element) -> bool:
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return True
    return (
        tag.lower() in DROPPED
        or element.get("hidden") is not None
        or (element.get("role") or "").lower() == "navigation"
        or (element.get("aria-hidden") or "").lower() == "true"
    )


def walk(root) -> str:
    """The text of an element tree: blocks become paragraphs, <br> a line break."""
    out = _Text()
    # An explicit stack, not recursion: depth is bounded by the parser, not by Python's stack.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if closing:
            if tag == "pre":
                out.end_block()
                out.pre -= 1
            elif tag in BLOCKS:
                out.end_block()
            out.add(element.tail)
            continue
        if _skipped(element):
            out.add(element.tail)
            continue
        if tag == "br":
            out.line_break()
            out.add(element.tail)
            continue
        if tag in BLOCKS:
            out.end_block()
        if tag == "pre":
            out.pre += 1
        out.add(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    out.end_block()
    return join_blocks(out.blocks)


def parse(markup: str, name: str):
    """lxml's tree of a page; a page deeper than libxml2 keeps whole is refused, not truncated."""
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)
    parser = etree.HTMLParser(remove_comments=False, no_network=True)
    try:
        root = etree.fromstring(markup, parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceFileError(
            name, SourceFiles.tr("“%1” cannot be read as a web page (%2)."), exc
        ) from None
    if any(_DEPTH_ERROR in entry.message for entry in parser.error_log):
        raise SourceFileError(
            name,
            SourceFiles.tr("“%1” is nested more than 255 elements deep; it cannot be read whole."),
        )
    if root is None:
        raise SourceFileError(
            name, SourceFiles.tr("“%1” has no content that can be read as a web page.")
        )
    return root


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
# What WHATWG tells browsers to read these labels as.
_BROWSER_ENCODINGS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252"}


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """A page's text and encoding: BOM, then the charset the page declares, then detection."""
    if declared is None:
        match = _CHARSET.search(data[:8192])
        declared = match.group(1).decode("ascii").lower() if match else None
    declared = _BROWSER_ENCODINGS.get(declared or "", declared)
    if declared and declared.replace("-", "") in ("utf16", "utf32"):
        declared = None  # a page cannot declare UTF-16 in itself; the BOM decides
    text, encoding = decode(data, declared)
    return canonical(text), encoding


def _meta(root, *keys: str) -> str | None:
    wanted = {key.lower() for key in keys}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted and meta.get("content"):
            return meta.get("content")
    return None


def page_metadata(root, markup: str) -> dict:
    """Title, publisher, URL, date and language, where the page states them."""
    title = _meta(root, "og:title", "twitter:title", "dc.title")
    if not title:
        found = root.find(".//title")
        title = found.text if found is not None else None
    url = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = link.get("href")
            break
    url = url or _meta(root, "og:url")
    saved = _SAVED_FROM.search(markup[:4096])
    url = url or (saved.group(1) if saved else None)
    date = _meta(
        root,
        "article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dcterms.date",
        "dcterms.created",
        "citation_publication_date",
        "pubdate",
    )
    if not date:
        found = next((t for t in root.iter("time") if t.get("datetime")), None)
        date = found.get("datetime") if found is not None else None
    html = root if root.tag == "html" else root.find(".//html")
    language = html.get("lang") if html is not None else None
    language = language or _meta(root, "dc.language", "og:locale")
    return {
        "title": metadata_line(title),
        "publisher": metadata_line(
            _meta(root, "og:site_name", "publisher", "dc.publisher", "application-name")
        ),
        "url": metadata_line(url, 4000),
        "date": metadata_date(date),
        "language": metadata_line(language.replace("_", "-") if language else None, 35),
    }


def lxml_name() -> str:
    """The parser that reads pages, with its version."""
    return f"lxml {version('lxml')}"


def main_text(markup: str, name: str) -> str:
    """The page's main text only (no menus, comments or boilerplate), found by trafilatura."""
    try:
        import trafilatura
    except ImportError:
        raise SourceFileError(
            name,
            SourceFiles.tr(
                "“%1” cannot be reduced to its main text: trafilatura is not installed."
            ),
        ) from None
    found = trafilatura.extract(
        markup,
        output_format="html",
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    if not found:
        raise SourceFileError(
            name,
            SourceFiles.tr(
                "“%1” has no main text that could be found; add the whole page instead."
            ),
        )
    return found


def extract_page(
    markup: str, name: str, job: Job, main_only: bool = False
) -> tuple[str, dict, str]:
    """Text, metadata and extractor name of a decoded page."""
    root = parse(markup, name)
    job.check()
    metadata = page_metadata(root, markup)
    extractor = lxml_name()
    if main_only:
        root = parse(main_text(markup, name), name)
        extractor = f"trafilatura {version('trafilatura')} (main text) + {extractor}"
    job.check()
    return walk(root), metadata, extractor


def mhtml_page(data: bytes, name: str) -> tuple[bytes, str | None, dict]:
    """The HTML part of a saved web page (MHTML), its declared charset, its headers' metadata."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            headers = {
                "url": metadata_line(
                    part.get("Content-Location") or message.get("Snapshot-Content-Location"), 4000
                ),
                "title": metadata_line(message.get("Subject")),
                "date": None,
            }
            date = message.get("Date")
            if date is not None and getattr(date, "datetime", None) is not None:
                headers["date"] = date.datetime.date().isoformat()
            return payload, part.get_content_charset(), headers
    raise SourceFileError(
        name, SourceFiles.tr("“%1” is a saved web page (MHTML) with no HTML part in it.")
    )
