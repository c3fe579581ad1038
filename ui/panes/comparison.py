"""The heart of the window: the allegation pane, the gutter and the response pane, kept in step.

Selecting a claim emphasises the claims linked to it on the other side, scrolls them into view
and emphasises their curves in the gutter. The widget asks for edits by signals; it never
performs one itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from models.claim_filter import ClaimFilter
from models.claim_index import ClaimIndex
from models.snapshot import CaseSnapshot, LinkView
from ui.panes.claim_pane import ClaimListView, ClaimPane
from ui.panes.gutter import Gutter

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)

ROLES = ("allegation", "response")


def other(role: str) -> str:
    """The other side's role."""
    return "response" if role == "allegation" else "allegation"


class ComparisonView(QSplitter):
    """Two linked panes of claims with the gutter between them."""

    claimSelected = Signal(object)  # claim id or None: the claim the analyst is looking at
    evidenceDropped = Signal(int, int)
    countsChanged = Signal()
    # A right-click on a claim card ("claim", claim id) or a link in the gutter ("link", link
    # id): the window pops up that menu of the actions table at the point.
    contextMenuRequested = Signal(str, int, QPoint)
    firstPainted = Signal()  # both panes have painted once (the docks wait for it to fill)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparison")
        self.setChildrenCollapsible(False)
        self.case: CaseSnapshot | None = None
        self.index: ClaimIndex | None = None
        self.filter = ClaimFilter()  # the filter the panes show
        self.active_role = "allegation"
        self.painted = False  # both panes have painted once
        self._unpainted = set(ROLES)
        self.panes = {role: ClaimPane(role, self) for role in ROLES}
        self.gutter = Gutter(self.panes["allegation"].view, self.panes["response"].view, self)
        for pane in self.panes.values():
            pane.clearFilterRequested.connect(self.clearFilterRequested)
        self.gutter.linkMenuRequested.connect(
            lambda link_id, at: self.contextMenuRequested.emit("link", link_id, at)
        )
        self.addWidget(self.panes["allegation"])
        self.addWidget(self.gutter)
        self.addWidget(self.panes["response"])
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.setStretchFactor(2, 1)
        for role in ROLES:
            view = self.panes[role].view
            view.currentClaimChanged.connect(
                lambda claim_id, r=role: self._current_changed(r, claim_id)
            )
            view.followLinkRequested.connect(lambda claim_id, r=role: self.follow_link(r, claim_id))
            view.evidenceDropped.connect(self.evidenceDropped)
            view.leaveRequested.connect(self.leave)
            view.claimMenuRequested.connect(self._claim_menu)
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)
            # A click on the claim already selected shows its answers again (after scrolling away).
            view.clicked.connect(
                lambda index, r=role: self._emphasise_linked(
                    r, self.view(r).claims.claim_id(index.row())
                )
            )

    # --- public -------------------------------------------------------------------------------

    def leave(self) -> QWidget | None:
        """Escape in a pane: the focus goes to the next part of the window after the panes."""
        widget = self.view("response").nextInFocusChain()
        while widget is not None and widget is not self.view("response"):
            if (
                not self.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
                and widget.window() is self.window()
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return widget
            widget = widget.nextInFocusChain()
        return None

    def view(self, role: str) -> ClaimListView:
        """The list view of one side."""
        return self.panes[role].view

    def set_case(self, case: CaseSnapshot | None) -> None:
        """Show a case (or the same case re-read), keeping the selection where it can."""
        keep = {role: self.view(role).current_claim() for role in ROLES}
        same = self.case is not None and case is not None and self.case.id == case.id
        self.case = case
        # The index's searchable text waits until the panes are painted (see eventFilter).
        self.index = ClaimIndex(case) if case is not None else None
        for role in ROLES:
            if self.index is None:
                self.panes[role].model.set_case(case)
            else:  # the index's tables of the side, shared (one copy of each per case)
                index = self.index
                self.panes[role].model.set_case(case, index.ids(role), index.places(role))
        self.gutter.set_case(case)
        self._apply_filter()
        if same:
            for role in ROLES:
                if keep[role] is not None:
                    self.view(role).select_claim(keep[role])
        self._update_titles()

    def apply_change(self, case: CaseSnapshot, change: Change) -> None:
        """Repaint what an edit touched, without rebuilding the panes."""
        old, self.case = self.case, case
        if self.index is None or (change.structure and _sides_changed(old, case)):
            self.set_case(case)  # claims came, went or changed side: the panes are rebuilt
            return
        self.index.update(case, change.claims)
        if change.tags:
            self.index.update_tags(case)
        if change.links:
            # A link's change names the claims at both its ends: only they are recounted.
            self.index.update_links(case, change.claims)
            self.gutter.set_case(case)
        for role in ROLES:
            model = self.panes[role].model
            model.update_claims(case, change.claims)
            if change.links:
                model.update_links(case, change.claims)
            if change.tags:
                model.update_tags(case)
        if change.links:
            self._emphasise_linked(self.active_role, self.current_claim())
        self.countsChanged.emit()

    def set_filter(self, state: ClaimFilter) -> None:
        """Narrow the panes; the selected claims stay selected if they are still shown.

        The filter already shown is not applied again: the filter bar echoes back the filter
        this view cleared itself (see select_claim), and that echo must cost nothing.
        """
        if state == self.filter:
            return
        self.filter = state
        keep = {role: self.view(role).current_claim() for role in ROLES}
        self._apply_filter()
        for role in ROLES:
            if keep[role] is not None:
                self.view(role).select_claim(keep[role])
        self._update_titles()

    def gutter_width(self) -> int:
        """The gutter's width, as the user dragged it."""
        return self.sizes()[1]

    def set_gutter_width(self, width: int) -> None:
        """Give the gutter a width (within its bounds); the panes share the rest as before."""
        from ui.panes.gutter import MAX_WIDTH, MIN_WIDTH

        width = max(MIN_WIDTH, min(MAX_WIDTH, width))
        self.gutter.preferred_width = width  # what the splitter gives it when first laid out
        left, old, right = self.sizes()
        if old != width and left + right > 0:  # laid out already (or restored)
            # The panes keep their proportions (a restored split stays as it was).
            rest = left + right + old - width
            new_left = round(rest * left / (left + right))
            self.setSizes([new_left, width, rest - new_left])

    def current_claim(self) -> int | None:
        """The claim in the active pane."""
        return self.view(self.active_role).current_claim()

    def selected_pair(self) -> tuple[int | None, int | None]:
        """The current allegation claim and the current response claim."""
        return self.view("allegation").current_claim(), self.view("response").current_claim()

    def select_claim(self, claim_id: int, focus: bool = True) -> bool:
        """Select a claim in its pane (clearing a filter that hides it); make that pane active."""
        if self.case is None:
            return False
        try:
            role = self.case.claim(claim_id).role
        except KeyError:
            return False
        view = self.view(role)
        if view.claims.row_of(claim_id) < 0 and not self.filter.is_empty:
            self.set_filter(ClaimFilter())
            self.filterCleared.emit()  # the filter bar shows it; its echo is a no-op
        self.active_role = role
        already = view.current_claim() == claim_id
        ok = view.select_claim(claim_id)
        if focus:
            view.setFocus()
        if already or not ok:  # otherwise the view's currentChanged has emphasised them
            self._emphasise_linked(role, claim_id)
        return ok

    filterCleared = Signal()
    clearFilterRequested = Signal()  # an empty pane's "Clear filter" was pressed

    def select_first(self, role: str = "allegation") -> None:
        """Select a side's first shown claim and give its pane the focus."""
        view = self.view(role)
        self.active_role = role
        claim_id = view.claims.claim_id(0)
        if claim_id is not None:
            view.select_claim(claim_id)
        view.setFocus()

    def follow_link(self, role: str, claim_id: int) -> None:
        """Jump to the first claim linked to this one, on the other side."""
        if self.case is None:
            return
        targets = self.linked_claims(role, claim_id)
        if not targets:
            return
        self.select_claim(targets[0])

    def linked_claims(self, role: str, claim_id: int | None) -> list[int]:
        """The claims on the other side linked to a claim, in the other pane's reading order."""
        if self.case is None or claim_id is None:
            return []
        links: tuple[LinkView, ...] = self.case.links_of(claim_id)
        ids = [lk.response_id if role == "allegation" else lk.allegation_id for lk in links]
        model = self.panes[other(role)].model
        shown = [c for c in ids if model.row_of(c) >= 0]
        hidden = [c for c in ids if model.row_of(c) < 0]
        return sorted(shown, key=model.row_of) + hidden

    def counts(self) -> dict[str, dict[str, int]]:
        """Claims per side and status, plus shown and unanswered counts."""
        out: dict[str, dict[str, int]] = {}
        if self.case is None or self.index is None:
            return out
        for role in ROLES:
            tally = self.index.tally(role)
            tally["shown"] = self.panes[role].model.rowCount()
            out[role] = tally
        return out

    # --- internals ----------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        """Whichever pane gets the focus becomes the active one."""
        if event.type() == QEvent.Type.Paint and not self.painted:
            for role in ROLES:
                if watched is self.view(role).viewport():
                    self._unpainted.discard(role)
            if not self._unpainted:
                self.painted = True
                self.firstPainted.emit()
        if (
            event.type() == QEvent.Type.Paint
            and self.index is not None
            and not self.index.prepared
            and watched is self.view("response").viewport()
        ):
            # The window paints in one pass: a zero timer started now builds the filter
            # index on the next turn of the event loop, once the panes are on screen.
            QTimer.singleShot(0, self._prepare_index)
        if event.type() == QEvent.Type.FocusIn:
            for role in ROLES:
                if watched is self.view(role) and self.active_role != role:
                    self.active_role = role
                    claim_id = self.view(role).current_claim()
                    self._emphasise_linked(role, claim_id)
                    self.claimSelected.emit(claim_id)
        return super().eventFilter(watched, event)

    def _claim_menu(self, claim_id: int, at: QPoint) -> None:
        self.select_claim(claim_id)  # that pane is the active one: the marks act on its claim
        self.contextMenuRequested.emit("claim", claim_id, at)

    def _prepare_index(self) -> None:
        if self.index is not None:
            self.index.prepare()

    def _apply_filter(self) -> None:
        for role in ROLES:
            ids = self.index.matching(role, self.filter) if self.index is not None else None
            self.panes[role].model.show_only(ids, in_order=True)
        self.gutter.update()

    def _current_changed(self, role: str, claim_id: int | None) -> None:
        if claim_id is None and self.view(role).currentIndex().isValid():
            return
        self.active_role = role if claim_id is not None else self.active_role
        if role == self.active_role:
            self._emphasise_linked(role, claim_id)
            self.claimSelected.emit(claim_id)

    def _emphasise_linked(self, role: str, claim_id: int | None) -> None:
        linked = self.linked_claims(role, claim_id)
        for pane_role, ids in ((other(role), linked), (role, ())):
            view = self.view(pane_role)
            for row in view.claims.set_emphasis(ids):
                view.viewport().update(view.visualRect(view.claims.row_index(row)))
        self.gutter.set_selected(claim_id)
        if linked:
            self.view(other(role)).reveal(linked)

    def _update_titles(self) -> None:
        for role in ROLES:
            pane = self.panes[role]
            party = ""
            if self.case is not None:
                try:
                    party = self.case.side(role).party
                except StopIteration:
                    party = ""
            pane.set_title(
                party, pane.model.rowCount(), pane.model.total(), case_open=self.case is not None
            )
        self.countsChanged.emit()


def _sides_changed(old: CaseSnapshot | None, new: CaseSnapshot) -> bool:
    """Whether claims came, went or moved to the other side between two snapshots."""
    if old is None or old.claims is new.claims:
        return old is None
    return [(c.id, c.role) for c in old.claims] != [(c.id, c.role) for c in new.claims]
