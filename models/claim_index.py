"""The window's accelerator over the claim filter: each claim's facts, read once per case.

`ClaimFilter.selector` decides what a filter keeps; this index only holds, per claim, the facts that
selector reads (role, status, linked, tags, search text), so a filter over 20,000 claims is one pass
of plain comparisons, and an edit patches the facts of the claims it touched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from models.claim_filter import ClaimFacts, ClaimFilter, search_text, tag_names
from models.snapshot import CaseSnapshot, ClaimView


class ClaimIndex:
    """Per-claim facts a filter needs, precomputed once per case and patched after edits.

    Status, side, tags and whether a claim is linked are read at once (the status bar counts
    them); the search text is built by `prepare()`, which the panes call after their first
    paint, or by the first filter that looks for text.
    """

    def __init__(self, case: CaseSnapshot):
        self._case = case
        self._facts: dict[int, ClaimFacts] = {}
        self._order: dict[str, list[int]] = {"allegation": [], "response": []}
        self._prepared = False
        # Counts per side and status, kept by every change of a claim's facts: the status bar
        # reads them after each edit, and recounting 100,000 claims per edit would not do.
        self._tallies: dict[str, dict[str, int]] = {}
        linked = linked_claims(case)
        order, facts = self._order, self._facts
        for claim in case.claims:
            order.setdefault(claim.role, []).append(claim.id)
            facts[claim.id] = (claim.role, claim.status, claim.id in linked, claim.tag_ids, "")
        by_status = Counter((role, status) for role, status, *_rest in facts.values())
        unlinked = Counter(
            role for role, _status, is_linked, *_rest in facts.values() if not is_linked
        )
        for (role, status), n in by_status.items():
            self._tallies.setdefault(role, {})[status] = n
        for role, n in unlinked.items():
            self._tallies.setdefault(role, {})["unlinked"] = n

    @property
    def prepared(self) -> bool:
        """Whether the search text is built."""
        return self._prepared

    def prepare(self) -> None:
        """Build every claim's search text (a fifth of a second on 20,000)."""
        if self._prepared:
            return
        names = tag_names(self._case)
        facts = self._facts
        for claim in self._case.claims:
            role, status, linked, tags, _text = facts[claim.id]
            facts[claim.id] = (role, status, linked, tags, search_text(claim, names))
        self._prepared = True

    def update(self, case: CaseSnapshot, claim_ids: Iterable[int]) -> None:
        """Re-index edited claims."""
        self._case = case
        names = tag_names(case) if self._prepared else {}
        for claim_id in claim_ids:
            if claim_id in self._facts:
                claim = case.claim(claim_id)
                text = search_text(claim, names) if self._prepared else ""
                self._replace(claim_id, _facts(claim, bool(case.links_of(claim_id)), text))

    def update_links(self, case: CaseSnapshot, claim_ids: Iterable[int] | None = None) -> None:
        """Re-read which claims are linked: these (the ends of changed links), or every claim."""
        self._case = case
        facts = self._facts
        if claim_ids is None:
            linked = linked_claims(case)
            ids: Iterable[int] = list(facts)
        else:
            ids = [c for c in claim_ids if c in facts]
            linked = {c for c in ids if case.links_of(c)}
        for claim_id in ids:
            role, status, _linked, tags, text = facts[claim_id]
            self._replace(claim_id, (role, status, claim_id in linked, tags, text))

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
        out["total"] = len(self._order.get(role, ()))
        return out

    def recount(self, role: str) -> dict[str, int]:
        """The counts of `tally`, counted afresh from every claim (tests check they agree)."""
        out = {"total": len(self._order.get(role, ())), "unlinked": 0}
        for claim_id in self._order.get(role, ()):
            _role, status, linked, _tags, _text = self._facts[claim_id]
            out[status] = out.get(status, 0) + 1
            out["unlinked"] += not linked
        return out

    def _replace(self, claim_id: int, facts: ClaimFacts) -> None:
        self._count(self._facts[claim_id], -1)
        self._facts[claim_id] = facts
        self._count(facts, 1)

    def _count(self, facts: ClaimFacts, step: int) -> None:
        role, status, linked, _tags, _text = facts
        tally = self._tallies.setdefault(role, {})
        tally[status] = tally.get(status, 0) + step
        if not linked:
            tally["unlinked"] = tally.get("unlinked", 0) + step

    def matching(self, role: str, claim_filter: ClaimFilter | None) -> list[int] | None:
        """The ids of one side's claims the filter keeps, in order (None: all of them)."""
        if claim_filter is None or not claim_filter.narrows(role):
            return None
        if claim_filter.needs_text:
            self.prepare()
        select = claim_filter.selector(self._case)
        return select(self._order.get(role, ()), self._facts)


def _facts(claim: ClaimView, linked: bool, text: str) -> ClaimFacts:
    return (claim.role, claim.status, linked, claim.tag_ids, text)


def linked_claims(case: CaseSnapshot) -> set[int]:
    """Every claim at either end of a link."""
    out: set[int] = set()
    for link in case.links:
        out.add(link.allegation_id)
        out.add(link.response_id)
    return out
