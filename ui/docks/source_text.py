"""The source text, read-only, with claim spans highlighted by side; new claims from a selection.

Speed matters here: a 400,000-character source with 8,000 overlapping spans must show in well under
half a second. So the live document is never formatted span by span. The spans are cut once, in
one sorted sweep, into non-overlapping segments that know how many allegation and response claims
cover them, and a `QSyntaxHighlighter` gives each block the display-only formats of the segments
it holds (found by bisection). Offsets are Python string offsets in the store and UTF-16 code
units in Qt; `OffsetMap` converts between them, so a span is recorded exactly even after an emoji.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.snapshot import CaseSnapshot, ClaimView
from models.spans import span_segments
from ui.common import commands
from ui.common.flow_layout import flow_widget
from ui.common.icons import icon
from ui.common.session import CaseSession
from ui.common.tooltips import rich_tooltip
from ui.docks.claim_suggestions import ClaimSuggestions

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)

_WIDE = re.compile("[\U00010000-\U0010ffff]")
SIDE_COLOURS = {"allegation": QColor("#e57373"), "response": QColor("#64b5f6")}


class OffsetMap:
    """Converts between Python string offsets and Qt's UTF-16 positions in one text."""

    def __init__(self, text: str):
        # Python offsets of the characters that take two UTF-16 code units (outside the BMP).
        self._wide = [m.start() for m in _WIDE.finditer(text)]
        self._wide_utf16 = [i + k for k, i in enumerate(self._wide)]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of a Python offset."""
        return offset + bisect_left(self._wide, offset) if self._wide else offset

    def to_python(self, position: int) -> int:
        """The Python offset of a UTF-16 position (inside a surrogate pair: the character)."""
        return position - bisect_left(self._wide_utf16, position) if self._wide else position


LONG_LINE = 10_000  # characters: past this, one paragraph is shown in several
CHUNK = 4_000


def display_text(text: str) -> str:
    """The text as shown: the same length, so offsets map 1:1.

    Line ends that Qt would merge ("\r\n") or drop are kept one for one. A paragraph longer
    than LONG_LINE (a source pasted as one line) is shown broken at a space every CHUNK
    characters, since Qt lays out a whole paragraph at once and one of 400,000 characters
    takes most of a second; the stored text and every span are unchanged.
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if len(text) <= LONG_LINE or all(len(line) <= LONG_LINE for line in text.split("\n")):
        return text
    chars = list(text)
    line_start = 0
    for line in text.split("\n"):
        if len(line) > LONG_LINE:
            mark = CHUNK
            while mark < len(line) - CHUNK // 2:
                space = line.rfind(" ", mark - CHUNK // 2, mark)
                if space > 0:
                    chars[line_start + space] = "\n"
                mark += CHUNK
        line_start += len(line) + 1
    return "".join(chars)


def wrap_mode(shown: str) -> QTextOption.WrapMode:
    """How the shown text wraps: at words, unless a run of LONG_LINE characters has no space.

    Such a run (a pasted blob, an encoded image) offers no word break, and Qt then looks for one
    again on every line it lays out: 33 s for 300,000 characters. Wrapping anywhere takes 0.2 s.
    """
    if len(shown) > LONG_LINE and any(len(run) > LONG_LINE for run in shown.split()):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


class SpanHighlighter(QSyntaxHighlighter):
    """Gives each block the display-only formats of the span segments inside it."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._formats: list[QTextCharFormat] = []
        self._cache: dict[tuple[int, int], QTextCharFormat] = {}
        # Suggested claims (ui/docks/claim_suggestions.py): drawn over the claim spans.
        self._suggested: list[tuple[int, int]] = []
        self._suggested_ends: list[int] = []

    def set_suggestions(self, spans: list[tuple[int, int]], rehighlight: bool = True) -> None:
        """Outline these (UTF-16, sorted, disjoint) suggested spans; [] outlines none."""
        self._suggested = spans
        self._suggested_ends = [e for _s, e in spans]
        if rehighlight:
            self.rehighlight()

    def set_segments(self, segments: list[tuple], rehighlight: bool) -> None:
        """Use these (UTF-16) segments, (start, end, allegations, responses[, alternate]);
        rehighlight the document if it is already shown."""
        self._starts = [s[0] for s in segments]
        self._ends = [s[1] for s in segments]
        self._formats = [self._format(s[2], s[3], len(s) > 4 and s[4]) for s in segments]
        if rehighlight:
            self.rehighlight()

    def format_at(self, position: int) -> QTextCharFormat | None:
        """The claim format given to a (UTF-16) position, if a claim covers it."""
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and position < self._ends[i]:
            return self._formats[i]
        return None

    def _format(self, allegations: int, responses: int, alternate: bool = False) -> QTextCharFormat:
        key = (min(allegations, 3), min(responses, 3), alternate)
        fmt = self._cache.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            a, r, _alt = key
            colour = _blend(SIDE_COLOURS["allegation"], SIDE_COLOURS["response"], r / (a + r))
            colour.setAlpha(min(90 + 55 * (a + r - 1), 230))
            if alternate:
                # A claim that follows another of its side with only spaces between: a deeper
                # shade, so where one ends and the next begins shows (not one long highlight).
                colour = colour.darker(135)
                colour.setAlpha(min(colour.alpha() + 40, 240))
            fmt.setBackground(colour)
            if a + r > 1:  # an overlap: underline it so it reads as one even in print
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(colour.darker(180))
            self._cache[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        """Apply the formats of the segments that fall in this block."""
        block = self.currentBlock()
        begin = block.position()
        end = begin + len(text)
        i = bisect_right(self._ends, begin)
        starts, ends, formats = self._starts, self._ends, self._formats
        while i < len(starts) and starts[i] < end:
            left = max(starts[i], begin)
            self.setFormat(left - begin, min(ends[i], end) - left, formats[i])
            i += 1
        if self._suggested:
            self._outline_suggestions(begin, end)

    def _outline_suggestions(self, begin: int, end: int) -> None:
        i = bisect_right(self._suggested_ends, begin)
        while i < len(self._suggested) and self._suggested[i][0] < end:
            start, stop = self._suggested[i]
            left, right = max(start, begin), min(stop, end)
            # Merged into the claim segments it crosses, piece by piece, so their colour shows.
            cuts = {left, right}
            for edges in (self._starts, self._ends):
                cuts.update(edges[bisect_right(edges, left) : bisect_left(edges, right)])
            pieces = sorted(cuts)
            for a, b in zip(pieces, pieces[1:], strict=False):
                fmt = QTextCharFormat(self.format(a - begin))
                over_claim = fmt.background().style() != Qt.BrushStyle.NoBrush
                fmt.merge(suggestion_format(i % 2 == 1, over_claim))
                self.setFormat(a - begin, b - a, fmt)
            i += 1


SUGGESTION_COLOUR = QColor("#7e57c2")


def suggestion_format(alternate: bool, over_claim: bool) -> QTextCharFormat:
    """How a suggested claim looks: a dashed underline, and a faint tint where no claim is."""
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    colour = QColor(SUGGESTION_COLOUR)
    fmt.setUnderlineColor(colour.darker(140) if alternate else colour)
    if not over_claim:
        tint = QColor(SUGGESTION_COLOUR)
        tint.setAlpha(55 if alternate else 30)  # neighbours alternate, so each one's ends show
        fmt.setBackground(tint)
    return fmt


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def placed_span(claim) -> tuple[int, int] | None:
    """Where a claim is in its source's current text: its span, a proposal's proposed span, or
    None for an orphan (its offsets count in an older version)."""
    if claim.anchor_state == "exact":
        return claim.start, claim.end
    if claim.anchor_state == "proposed" and claim.candidates:
        return claim.candidates[0].start, claim.candidates[0].end
    return None


def alternate_spans(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """The spans shaded the other way: on each side, a claim that follows the previous claim of
    its side with nothing but spaces between takes the other shade, so that two adjacent claims
    of one side read as two (the boundary shows) and not as one long highlight. Sorted, merged."""
    out: list[tuple[int, int]] = []
    for role in ("allegation", "response"):
        previous: tuple[int, int, bool] | None = None  # (start, end, alternate)
        for start, end, _who in sorted(s for s in spans if s[2] == role):
            alternate = False
            if (
                previous is not None
                and previous[1] <= start
                and not text[previous[1] : start].strip()
            ):
                alternate = not previous[2]
            if alternate:
                out.append((start, end))
            previous = (start, end, alternate)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(out):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark_alternates(
    segments: list[tuple[int, int, int, int]], alternates: list[tuple[int, int]]
) -> list[tuple[int, int, int, int, bool]]:
    """Cut the segments where an alternate span begins or ends; mark the pieces inside one."""
    if not alternates:
        return [(*seg, False) for seg in segments]
    edges = sorted({e for span in alternates for e in span})
    starts = [a for a, _b in alternates]
    out: list[tuple[int, int, int, int, bool]] = []
    for start, end, a, r in segments:
        cuts = [start, *edges[bisect_right(edges, start) : bisect_left(edges, end)], end]
        for left, right in zip(cuts, cuts[1:], strict=False):
            i = bisect_right(starts, left) - 1
            inside = i >= 0 and left < alternates[i][1]
            out.append((left, right, a, r, inside))
    return out


_WORD = re.compile(r"[\w'\u2019\-]")


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and bool(_WORD.match(text[i]))


def snap_start(text: str, at: int) -> int:
    """Where a selection starting at `at` in a line starts once snapped: at the start of the
    word it cuts, or past the spaces it begins with."""
    while at < len(text) and text[at].isspace():
        at += 1
    while at > 0 and _is_word(text, at) and _is_word(text, at - 1):
        at -= 1
    return at


def snap_end(text: str, at: int) -> int:
    """Where a selection ending at `at` in a line ends once snapped: at the end of the word it
    cuts, or before the spaces it ends with."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    while at < len(text) and _is_word(text, at) and _is_word(text, at - 1):
        at += 1
    return at


def _snapped(block, position: int, snap) -> int:
    # A block's text is a Python string, its positions UTF-16 units: convert both ways.
    text = block.text()
    local = OffsetMap(text)
    at = snap(text, local.to_python(position - block.position()))
    return block.position() + local.to_utf16(at)


class SourceTextDock(QWidget):
    """A source's verbatim text with claim spans highlighted; select text to make a new claim."""

    claimActivated = Signal(int)  # the user clicked inside a claim's highlighted span

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._source_id: int | None = None
        self._map = OffsetMap("")
        self._claims: list[ClaimView] = []  # of the shown source, by start
        self._places: dict[int, int] = {}  # where each of them is in that list
        self._current: int | None = None
        # A source chosen while the view is out of sight (a dock behind another tab): its
        # 400,000 characters are laid out when the view is first shown, not at open.
        self._pending: int | None = None

        self._chooser = QComboBox()
        self._chooser.setAccessibleName(self.tr("Source"))
        self._chooser.activated.connect(self._chosen)
        self._about = QLabel()
        self._about.setTextFormat(Qt.TextFormat.PlainText)
        self._about.setWordWrap(False)  # publisher · date: short (the note is its tooltip)
        self._about.setForegroundRole(self._about.foregroundRole())
        self._new_allegation = self._button(
            "allegation", self.tr("New allegation claim"), lambda: self.new_claim("allegation")
        )
        self._new_response = self._button(
            "response", self.tr("New response claim"), lambda: self.new_claim("response")
        )

        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        # Prose wraps to the dock's width: never a sideways scroll bar.
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Small enough that the dock never scrolls as a whole at 1280×800 (the text scrolls).
        self.editor.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.editor.setPlaceholderText(
            self.tr(
                "No source yet. Add the allegation and the response as sources: Case → Add "
                "source… (text, HTML, PDF, Word), Case → Paste text as source…, or drop a file "
                "on the window. Then select a claim's words here and press New allegation "
                "claim or New response claim."
            )
        )
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._context_menu)
        self.editor.selectionChanged.connect(self._selection_changed)
        self.editor.viewport().installEventFilter(self)
        self._highlighter = SpanHighlighter(self.editor.document())
        self.suggestions = ClaimSuggestions(session, self, self)
        self.suggestions.claimAccepted.connect(self.claimActivated)

        # The chooser on its own row; the legend and the buttons in rows that wrap, so that
        # nothing is clipped and the dock never scrolls sideways, at 1280 px or at 1920.
        self.controls = flow_widget(
            self._about,
            self._legend("allegation", self.tr("Allegation")),
            self._legend("response", self.tr("Response")),
            self.suggestions.toggle,
            self._new_allegation,
            self._new_response,
        )
        self._chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._chooser.setMinimumContentsLength(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._chooser)
        layout.addWidget(self.controls)
        layout.addWidget(self.editor, 1)
        self._selection_changed()

        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)
        if session.snapshot is not None:
            self._case_loaded(session.snapshot)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """No: the dock's scroll area would then ask the editor's full preferred height and
        scroll the whole dock; the controls' rows still wrap by width inside the layout."""
        return False

    def _button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setText(text)
        button.setToolTip(self.tr("Make a new claim from the selected text"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    def _legend(self, role: str, text: str) -> QLabel:
        swatch = QLabel(text)
        swatch.setTextFormat(Qt.TextFormat.PlainText)
        colour = QColor(SIDE_COLOURS[role])
        colour.setAlpha(140)
        swatch.setStyleSheet(
            f"background: rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alpha()});"
            "padding: 1px 6px; border-radius: 3px;"
        )
        return swatch

    # --- what is shown ---------------------------------------------------------------------

    @property
    def source_id(self) -> int | None:
        """The id of the source on screen."""
        return self._source_id

    @property
    def highlighter(self) -> SpanHighlighter:
        """What paints the claim spans (and suggested claims) of the shown source."""
        return self._highlighter

    @property
    def offsets(self) -> OffsetMap:
        """Converts between the shown source's Python offsets and Qt's positions."""
        return self._map

    def is_pending(self) -> bool:
        """Whether the chosen source waits to be laid out until the view is seen."""
        return self._pending is not None

    def cursor_offset(self) -> int:
        """Where the text cursor is, as a Python offset into the source."""
        return self._map.to_python(self.editor.textCursor().position())

    def show_source(self, source_id: int) -> None:
        """Show a source of the open case, with its claim spans."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return
        source = snapshot.source(source_id)
        self._source_id = source_id
        self._pending = None
        self._current = None
        index = self._chooser.findData(source_id)
        if index >= 0:
            self._chooser.setCurrentIndex(index)
        parts = [source.publisher or "", source.date or ""]
        self._about.setText(" · ".join(p for p in parts if p))
        # The note on the source's quality can be a paragraph: a tooltip, not the header.
        self._about.setToolTip(rich_tooltip(source.quality_note) if source.quality_note else "")
        self._map = OffsetMap(source.text)
        # Segments first, so that the highlighter formats each block once, as the text goes in.
        self._load_spans(snapshot, rehighlight=False)
        self.editor.setExtraSelections([])
        self.suggestions.forget_source()
        self.suggestions.refresh(rehighlight=False)  # formatted with the spans, as it goes in
        shown = display_text(source.text)
        self.editor.setWordWrapMode(wrap_mode(shown))
        self.editor.setPlainText(shown)

    def _show_no_source(self) -> None:
        self._source_id = self._pending = self._current = None
        self._about.setText("")
        self._about.setToolTip("")
        self._map = OffsetMap("")
        self._claims = []
        self._highlighter.set_segments([], False)
        self.suggestions.forget_source()
        self.editor.setExtraSelections([])
        self.editor.clear()  # the placeholder says how to add one

    def show_claim(self, claim_id: int) -> None:
        """Show the claim's source, scrolled to its span, which is outlined."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return
        claim = snapshot.claim(claim_id)
        if claim.source_id != self._source_id or self._pending is not None:
            self.show_source(claim.source_id)
        self._current = claim_id
        self._outline_current()
        # A proposed claim is outlined where it is proposed; an orphan's old offsets count in
        # an older version, so the view only goes near where its words were.
        start, end = placed_span(claim) or (claim.start, claim.start)
        self._scroll_to(start, end)

    def _scroll_to(self, start: int, end: int) -> None:
        length = len(self._session.snapshot.source(self._source_id).text)
        start, end = min(start, length), min(end, length)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._map.to_utf16(end))
        self.editor.setTextCursor(cursor)
        cursor.setPosition(self._map.to_utf16(start))
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()

    def select_span(self, source_id: int, start: int, end: int) -> None:
        """Show a source's current text with [start, end) selected (to adjust, then use)."""
        if source_id != self._source_id or self._pending is not None:
            self.show_source(source_id)
        self._scroll_to(start, end)
        cursor = self.editor.textCursor()
        length = len(self._session.snapshot.source(source_id).text)
        cursor.setPosition(self._map.to_utf16(min(start, length)))
        cursor.setPosition(self._map.to_utf16(min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def follow_claim(self, claim_id: int | None) -> None:
        """Show the current claim in its source (None: outline nothing)."""
        if claim_id is None:
            self._current = None
            self._outline_current()
        elif claim_id != self._current or self._pending is not None:
            # A click on a span made that claim current here already: the view stays put.
            with contextlib.suppress(KeyError):  # gone from the case: nothing to show
                self.show_claim(claim_id)

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as Python offsets (start, end) into the source, or None."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_python(cursor.selectionStart())
        end = self._map.to_python(cursor.selectionEnd())
        return (start, end) if end > start else None

    def claim_at(self, offset: int) -> int | None:
        """The innermost (shortest) claim whose span holds a Python offset, if any."""
        hits = [c for c in self._claims if c.start <= offset < c.end]
        return min(hits, key=lambda c: c.end - c.start).id if hits else None

    # --- new claims ------------------------------------------------------------------------

    def new_claim(self, role: str) -> int | None:
        """Make a claim on one side from the selected text; return its id (None if refused)."""
        snapshot, span = self._session.snapshot, self.selected_span()
        if snapshot is None or self._source_id is None or span is None:
            return None
        claim_id = commands.new_claim(self._session, role, self._source_id, *span)
        if claim_id is not None:
            self.claimActivated.emit(claim_id)
        return claim_id

    # --- keeping up with the case ----------------------------------------------------------

    def _case_loaded(self, snapshot: CaseSnapshot | None) -> None:
        sources = snapshot.sources if snapshot is not None else ()
        self._chooser.blockSignals(True)
        self._chooser.clear()
        for source in sources:
            self._chooser.addItem(icon("source"), source.title, source.id)
        self._chooser.blockSignals(False)
        ids = [s.id for s in sources]
        if not ids:  # no case, or a case with no source: never the last case's text
            self._show_no_source()
            return
        loaded = self._pending is None and self.editor.document().characterCount() > 1
        if self._source_id in ids and loaded:
            self._load_spans(snapshot, rehighlight=True)
            self._outline_current()
            self.suggestions.refresh()
        elif ids:
            source_id = self._source_id if self._source_id in ids else ids[0]
            if self.isVisible():
                self.show_source(source_id)
            else:
                self._source_id = self._pending = source_id
                self._chooser.setCurrentIndex(self._chooser.findData(source_id))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Load the source chosen while the view was out of sight, once it is on screen."""
        super().showEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, self.catch_up)

    def catch_up(self) -> None:
        """Load the source chosen while the view was out of sight, if it is on screen now.

        A dock behind another tab counts as visible to Qt but has nothing on screen, so the
        window calls this again when the dock's tab is raised.
        """
        if (
            self._pending is not None
            and self._session.snapshot is not None
            and self.isVisible()
            and not self.visibleRegion().isEmpty()
        ):
            self.show_source(self._pending)

    def _case_changed(self, change: Change) -> None:
        snapshot = self._session.snapshot
        if snapshot is None or self._source_id is None or self._pending is not None:
            return
        if change.structure or not self._patch_claims(snapshot, change.claims):
            self._load_spans(snapshot, rehighlight=True)
            if self._current is not None and self._current not in self._places:
                self._current = None
            self._outline_current()
        if self.suggestions.active:
            # An accepted suggestion is a claim now, a rejected one goes (and undo brings it).
            self.suggestions.refresh()

    def _patch_claims(self, snapshot: CaseSnapshot, claim_ids: Iterable[int]) -> bool:
        """Take the edited claims' new fields where their spans stay as shown; False if a span
        came, went or moved (the spans are then laid out again).

        A status, a rationale or a tag changes nothing on screen here: the edit costs a look at
        the claims it touched, not a pass over every claim of the source (100,000 in one).
        """
        for claim_id in claim_ids:
            try:
                claim = snapshot.claim(claim_id)
            except KeyError:
                return False
            place = self._places.get(claim_id)
            shown = claim.source_id == self._source_id and claim.anchor_state == "exact"
            if place is None:
                if shown:
                    return False
                continue
            old = self._claims[place]
            if not shown or (old.start, old.end, old.role) != (claim.start, claim.end, claim.role):
                return False
            self._claims[place] = claim
        return True

    def _load_spans(self, snapshot: CaseSnapshot, rehighlight: bool) -> None:
        # A proposed or orphan claim's span counts in an older version of the text: not shown here.
        claims = sorted(
            (
                c
                for c in snapshot.claims
                if c.source_id == self._source_id and c.anchor_state == "exact"
            ),
            key=lambda c: c.start,
        )
        old = [(c.start, c.end, c.role) for c in self._claims]
        self._claims = claims
        self._places = {c.id: n for n, c in enumerate(claims)}
        spans = [(c.start, c.end, c.role) for c in claims]
        if rehighlight and spans == old:
            return  # a claim's fields changed, not its span: nothing to repaint
        to16 = self._map.to_utf16
        text = snapshot.source(self._source_id).text if self._source_id is not None else ""
        marked = mark_alternates(span_segments(spans), alternate_spans(spans, text))
        segments = [(to16(s), to16(e), a, r, alt) for s, e, a, r, alt in marked]
        self._highlighter.set_segments(segments, rehighlight)

    def _outline_current(self) -> None:
        snapshot = self._session.snapshot
        if self._current is None or snapshot is None:
            self.editor.setExtraSelections([])
            return
        claim = snapshot.claim(self._current)
        span = placed_span(claim)
        if span is None:  # an orphan: its words are not in the text shown
            self.editor.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._map.to_utf16(span[0]))
        cursor.setPosition(self._map.to_utf16(span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        colour = QColor(SIDE_COLOURS[claim.role]).darker(130)
        fmt.setBackground(colour)
        fmt.setForeground(QColor("#000000"))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        self.editor.setExtraSelections([selection])

    # --- input -----------------------------------------------------------------------------

    def _chosen(self, index: int) -> None:
        source_id = self._chooser.itemData(index)
        if source_id is not None and source_id != self._source_id:
            self.show_source(source_id)

    def _selection_changed(self) -> None:
        enabled = self.selected_span() is not None
        self._new_allegation.setEnabled(enabled)
        self._new_response.setEnabled(enabled)

    def _context_menu(self, point) -> None:
        menu = self.editor.createStandardContextMenu(point)
        menu.addSeparator()
        for role, text in (
            ("allegation", self.tr("New allegation claim")),
            ("response", self.tr("New response claim")),
        ):
            action = menu.addAction(icon(role), text)
            action.setEnabled(self.selected_span() is not None)
            action.triggered.connect(lambda _=False, r=role: self.new_claim(r))
        menu.exec(self.editor.viewport().mapToGlobal(point))
        menu.deleteLater()

    def snap_selection(self) -> None:
        """Widen a selection that cuts a word to the whole word; drop the spaces at its ends."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return
        doc = self.editor.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        start = _snapped(doc.findBlock(start), start, snap_start)
        end = _snapped(doc.findBlock(end), end, snap_end)
        if end <= start:
            return
        snapped = QTextCursor(doc)
        snapped.setPosition(start)
        snapped.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if (snapped.selectionStart(), snapped.selectionEnd()) != (
            cursor.selectionStart(),
            cursor.selectionEnd(),
        ):
            self.editor.setTextCursor(snapped)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A mouse selection snaps to whole words (Alt held: exactly as dragged); clicking
        inside a highlighted span (without selecting) activates that claim."""
        if (
            watched is self.editor.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self.editor.textCursor().hasSelection()
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            QTimer.singleShot(0, self.snap_selection)  # after the editor has ended the drag
        if (
            watched is self.editor.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and not self.editor.textCursor().hasSelection()
        ):
            position = self.editor.cursorForPosition(event.position().toPoint()).position()
            claim_id = self.claim_at(self._map.to_python(position))
            if claim_id is not None:
                self._current = claim_id
                self._outline_current()
                self.claimActivated.emit(claim_id)
        return super().eventFilter(watched, event)
