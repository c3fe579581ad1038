"""Which claims to show: a small filter shared by the window's filter bar and the exports."""

from __future__ import annotations

from dataclasses import dataclass

from models.snapshot import CaseSnapshot, ClaimView


@dataclass(frozen=True)
class ClaimFilter:
    """Statuses, tags, sides and a text to look for; an empty part lets every claim through."""

    statuses: frozenset[str] = frozenset()
    tag_ids: frozenset[int] = frozenset()
    sides: frozenset[str] = frozenset()  # roles: "allegation", "response"
    text: str = ""

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every claim through."""
        return not (self.statuses or self.tag_ids or self.sides or self.text.strip())

    def matches(self, claim: ClaimView, case: CaseSnapshot) -> bool:
        """True when the claim passes every part of the filter that is set."""
        if self.statuses and claim.status not in self.statuses:
            return False
        if self.sides and claim.role not in self.sides:
            return False
        if self.tag_ids and not self._wanted_tags(case).intersection(claim.tag_ids):
            return False
        needle = self.text.strip().casefold()
        if needle:
            haystack = [claim.key, claim.quote, claim.paraphrase or "", claim.speaker or ""]
            haystack.append(claim.rationale)
            haystack.extend(case.tag(t).name for t in claim.tag_ids)
            if not any(needle in part.casefold() for part in haystack):
                return False
        return True

    def _wanted_tags(self, case: CaseSnapshot) -> set[int]:
        # A tag stands for its children too: filtering on "Rhetorical move" finds denials.
        wanted = set(self.tag_ids)
        grew = True
        while grew:
            children = {t.id for t in case.tags if t.parent_id in wanted} - wanted
            wanted |= children
            grew = bool(children)
        return wanted

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
        return "; ".join(parts)


def _tag_ids(case: CaseSnapshot) -> set[int]:
    return {t.id for t in case.tags}
