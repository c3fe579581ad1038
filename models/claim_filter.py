"""Which claims to show: a small filter shared by the window's filter bar and the exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from models.snapshot import CaseSnapshot, ClaimView, tag_descendants

Matcher = Callable[[ClaimView], bool]


@dataclass(frozen=True)
class ClaimFilter:
    """Statuses, tags, sides and a text to look for; an empty part lets every claim through."""

    statuses: frozenset[str] = frozenset()
    tag_ids: frozenset[int] = frozenset()
    sides: frozenset[str] = frozenset()  # roles: "allegation", "response"
    text: str = ""
    unanswered: bool = False  # only allegation claims that no response is linked to

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every claim through."""
        return not (
            self.statuses or self.tag_ids or self.sides or self.text.strip() or self.unanswered
        )

    # The matcher prepared for the last case asked about: the filter bar and the exports ask
    # once per claim, and the tag closure and folded names are the same for every claim.
    _prepared: list = field(default_factory=list, init=False, compare=False, repr=False)

    def matches(self, claim: ClaimView, case: CaseSnapshot) -> bool:
        """True when the claim passes every part of the filter that is set."""
        prepared = self._prepared
        if not prepared or prepared[0] is not case:
            prepared[:] = [case, self.matcher(case)]
        return prepared[1](claim)

    def matcher(self, case: CaseSnapshot) -> Matcher:
        """Prepare the filter for one case once; return a test to run on each of its claims."""
        statuses, sides = self.statuses, self.sides
        # A tag stands for its children too: filtering on "Rhetorical move" finds denials.
        wanted = tag_descendants(case.tags, self.tag_ids) if self.tag_ids else set()
        needle = self.text.strip().casefold()
        tag_names = {t.id: t.name.casefold() for t in case.tags} if needle else {}

        unanswered = self.unanswered

        def test(claim: ClaimView) -> bool:
            if statuses and claim.status not in statuses:
                return False
            if unanswered and (claim.role != "allegation" or case.links_of(claim.id)):
                return False
            if sides and claim.role not in sides:
                return False
            if wanted and wanted.isdisjoint(claim.tag_ids):
                return False
            if needle:
                haystack = (claim.key, claim.quote, claim.paraphrase or "", claim.speaker or "")
                if not (
                    any(needle in part.casefold() for part in haystack)
                    or needle in claim.rationale.casefold()
                    or any(needle in tag_names.get(t, "") for t in claim.tag_ids)
                ):
                    return False
            return True

        return test

    def describe(self, case: CaseSnapshot) -> str:
        """A short plain-English account of the filter, for the head of an export."""
        from models.vocabulary import label

        parts = []
        if self.sides:
            parts.append("side: " + ", ".join(label(s) for s in sorted(self.sides)))
        if self.statuses:
            parts.append("status: " + ", ".join(label(s) for s in sorted(self.statuses)))
        if self.tag_ids:
            names = sorted(case.tag(t).name for t in self.tag_ids if t in _tag_ids(case))
            parts.append("tag: " + ", ".join(names))
        if self.text.strip():
            parts.append(f"text: \u201c{self.text.strip()}\u201d")
        if self.unanswered:
            parts.append("unanswered allegations")
        return "; ".join(parts)


def _tag_ids(case: CaseSnapshot) -> set[int]:
    return {t.id for t in case.tags}
