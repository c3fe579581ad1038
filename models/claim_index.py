"""The window's accelerator over the claim filter: each claim's facts, read once per case.

`ClaimFilter.selector` decides what a filter keeps; this index only holds, per side, the columns
of facts that selector reads (role, status, linked, tags, search text), so a filter over 50,000
claims a side is a few passes over columns, and an edit patches the facts of the claims it
touched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import attrgetter

from models.claim_filter import ClaimFilter, FactColumns, search_text, tag_names
from models.snapshot import CaseSnapshot, ClaimView


class ClaimIndex:
    """Per-claim facts a filter needs, precomputed once per case and patched after edits.

    Status, side, tags and whether a claim is linked are read at once (the status bar counts
    them); the search text is built by `prepare()`, which the panes call after their first
    paint, or by the first filter that looks for text.
    """

    def __init__(self, case: CaseSnapshot):
        self._case = case
        self._prepared = False
        self._columns: dict[str, FactColumns] = {}
        self._places: dict[str, dict[int, int]] = {}  # per side: claim id -> place (places())
        # Counts per side and status, kept by every change of a claim's facts: the status bar
        # reads them after each edit, and recounting 100,000 claims per edit would not do.
        self._tallies: dict[str, dict[str, int]] = {}
        linked = linked_claims(case)
        sides: dict[str, list[ClaimView]] = {}
        for claim in case.claims:
            sides.setdefault(claim.role, []).append(claim)
        for role in ("allegation", "response", *sides):
            claims = sides.get(role, [])
            ids = list(map(attrgetter("id"), claims))
            columns = FactColumns(
                ids,
                [role] * len(ids),
                list(map(attrgetter("status"), claims)),
                list(map(linked.__contains__, ids)),
                list(map(attrgetter("tag_ids"), claims)),
                [""] * len(ids),
            )
            self._columns[role] = columns
            tally = self._tallies.setdefault(role, {})
            tally.update(Counter(columns.statuses))
            tally["unlinked"] = columns.linked.count(False)

    @property
    def prepared(self) -> bool:
        """Whether the search text is built."""
        return self._prepared

    def prepare(self) -> None:
        """Build every claim's search text (a fifth of a second on 20,000)."""
        if self._prepared:
            return
        names = tag_names(self._case)
        case = self._case
        for columns in self._columns.values():
            columns.texts[:] = [search_text(case.claim(c), names) for c in columns.ids]
        self._prepared = True
        for role in self._columns:
            self.places(role)

    def ids(self, role: str) -> list[int]:
        """One side's claim ids in reading order (the index's own column: not to be changed)."""
        columns = self._columns.get(role)
        return columns.ids if columns is not None else []

    def places(self, role: str) -> dict[int, int]:
        """Where each of one side's claims is in its reading order (claim id -> place).

        Built once (by the pane that shows the side, which shares it as its table of rows of
        every claim, or by prepare, or by the first edit) and read by the edits.
        """
        places = self._places.get(role)
        if places is None:
            ids = self.ids(role)
            places = self._places[role] = dict(zip(ids, range(len(ids)), strict=True))
        return places

    def _place(self, claim_id: int) -> tuple[str, int] | None:
        for role in self._columns:
            at = self.places(role).get(claim_id)
            if at is not None:
                return role, at
        return None

    def update(self, case: CaseSnapshot, claim_ids: Iterable[int]) -> None:
        """Re-index edited claims."""
        self._case = case
        names = tag_names(case) if self._prepared else {}
        for claim_id in claim_ids:
            if self._place(claim_id) is not None:
                claim = case.claim(claim_id)
                text = search_text(claim, names) if self._prepared else ""
                self._replace(claim_id, claim.status, bool(case.links_of(claim_id)), claim, text)

    def update_links(self, case: CaseSnapshot, claim_ids: Iterable[int] | None = None) -> None:
        """Re-read which claims are linked: these (the ends of changed links), or every claim."""
        self._case = case
        if claim_ids is None:
            linked = linked_claims(case)
            ids: Iterable[int] = [c for role in self._columns for c in self.places(role)]
        else:
            ids = [c for c in claim_ids if self._place(c) is not None]
            linked = {c for c in ids if case.links_of(c)}
        for claim_id in ids:
            role, at = self._place(claim_id)
            self._replace(claim_id, self._columns[role].statuses[at], claim_id in linked)

    def update_tags(self, case: CaseSnapshot) -> None:
        """Re-read tags: names may have changed, so the search text is built again when needed.

        Nesting needs nothing here: the selector reads it from the case it is given.
        """
        self._case = case
        self._prepared = False

    def tally(self, role: str) -> dict[str, int]:
        """One side's claims counted by status, with "total" and "unlinked"."""
        out = {"total": 0, "unlinked": 0}
        out.update((k, n) for k, n in self._tallies.get(role, {}).items() if n)
        out["total"] = len(self._columns[role].ids) if role in self._columns else 0
        return out

    def recount(self, role: str) -> dict[str, int]:
        """The counts of `tally`, counted afresh from every claim (tests check they agree)."""
        columns = self._columns.get(role)
        if columns is None:
            return {"total": 0, "unlinked": 0}
        out = {"total": len(columns.ids), "unlinked": 0}
        for status, linked in zip(columns.statuses, columns.linked, strict=True):
            out[status] = out.get(status, 0) + 1
            out["unlinked"] += not linked
        return out

    def _replace(
        self,
        claim_id: int,
        status: str,
        linked: bool,
        claim: ClaimView | None = None,
        text: str | None = None,
    ) -> None:
        role, at = self._place(claim_id)
        columns = self._columns[role]
        tally = self._tallies.setdefault(role, {})
        old_status, old_linked = columns.statuses[at], columns.linked[at]
        tally[old_status] = tally.get(old_status, 0) - 1
        tally[status] = tally.get(status, 0) + 1
        tally["unlinked"] = tally.get("unlinked", 0) + old_linked - linked
        columns.statuses[at] = status
        columns.linked[at] = linked
        if claim is not None:
            columns.tags[at] = claim.tag_ids
        if text is not None:
            columns.texts[at] = text

    def matching(self, role: str, claim_filter: ClaimFilter | None) -> list[int] | None:
        """The ids of one side's claims the filter keeps, in order (None: all of them)."""
        if claim_filter is None or not claim_filter.narrows(role):
            return None
        if claim_filter.needs_text:
            self.prepare()
        select = claim_filter.selector(self._case)
        columns = self._columns.get(role)
        return select(columns) if columns is not None else []


def linked_claims(case: CaseSnapshot) -> set[int]:
    """Every claim at either end of a link."""
    out: set[int] = set()
    for link in case.links:
        out.add(link.allegation_id)
        out.add(link.response_id)
    return out
