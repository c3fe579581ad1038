"""A claim on the clipboard: its quote, who said it and where, as plain text and as HTML.

Every part came from a source or a user, so the HTML escapes each of them; only an http(s)
address becomes a link.
"""

from __future__ import annotations

import atexit
from html import escape

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from models.snapshot import CaseSnapshot, ClaimView
from ui.common.labels import anchor_mark
from ui.common.translation import Context

Clipboard = Context("Clipboard")


def _parts(case: CaseSnapshot, claim: ClaimView) -> tuple[str, str, str, str | None]:
    """(quote, speaker, the source's title, the rest of the citation, its address or None)."""
    source = case.source(claim.source_id)
    speaker = claim.speaker or next(
        (side.party for side in case.sides if side.id == claim.side_id), ""
    )
    # The title often names the publisher already ("… (Gigazine, English edition)").
    publisher = source.publisher
    if publisher and publisher in source.title:
        publisher = None
    details = ", ".join(x for x in (publisher, source.date) if x)
    return claim.quote, speaker, source.title, details, source.url


def claim_text(case: CaseSnapshot, claim: ClaimView) -> str:
    """“quote”, then — speaker, “source” (publisher, date), address — as plain text."""
    quote, speaker, title, details, url = _parts(case, claim)
    cite = Clipboard.tr("— %1, in “%2”").replace("%1", speaker).replace("%2", title)
    if details:
        cite += f" ({details})"
    if url:
        cite += f", {url}"
    mark = anchor_mark(claim.anchor_state)  # as every export marks it
    return f"“{quote}”\n{cite}" + (f" [{mark}]" if mark else "")


def claim_html(case: CaseSnapshot, claim: ClaimView) -> str:
    """The same citation as HTML: a blockquote, the speaker, a <cite> title, escaped."""
    quote, speaker, title, details, url = _parts(case, claim)
    cite = (
        Clipboard.tr("— %1, in “%2”")
        .replace("%1", escape(speaker))
        .replace("%2", f"<cite>{escape(title)}</cite>")
    )
    if details:
        cite += f" ({escape(details)})"
    if url:
        shown = escape(url)
        linked = url.lower().startswith(("http://", "https://"))
        cite += f', <a href="{escape(url, quote=True)}">{shown}</a>' if linked else f", {shown}"
    mark = anchor_mark(claim.anchor_state)
    if mark:
        cite += f" <em>[{escape(mark)}]</em>"
    return f"<blockquote><p>“{escape(quote)}”</p><footer>{cite}</footer></blockquote>"


_ours: list[bool] = []  # whether the clipboard may still hold a QMimeData made here


def _hand_back() -> None:
    """At exit: leave the copied text on the clipboard in Qt's own object, not ours.

    A QMimeData made in Python and still held by the clipboard when the application is torn
    down crashes the interpreter's exit (PySide6 6.11; QApplication's clipboard deletes it after
    Python's wrapper is gone). The plain text stays for other applications; the HTML goes.
    """
    clipboard = QApplication.clipboard() if QApplication.instance() is not None else None
    if clipboard is None:
        return
    data = clipboard.mimeData()
    if data is not None and data.hasHtml():
        clipboard.setText(data.text())


def copy_claim(case: CaseSnapshot, claim: ClaimView) -> QMimeData:
    """Put a claim on the clipboard, as plain text and as HTML; return what was put there."""
    mime = QMimeData()
    mime.setText(claim_text(case, claim))
    mime.setHtml(claim_html(case, claim))
    QApplication.clipboard().setMimeData(mime)
    if not _ours:
        _ours.append(True)
        atexit.register(_hand_back)
    return mime
