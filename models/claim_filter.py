"""Which claims a filter keeps: the one definition used by the panes, the counts and every export.

A filter narrows the sides it names (every side when it names none); the claims of a side it
does not name are all kept, so "narrow the allegation pane only" and an export of that filter
hold the same claims. Within a narrowed side a claim is kept when it passes every part that is
set: status, tag (a tag stands for the tags nested in it), unanswered (an allegation no response
is linked to; a response never is) and text (looked for in `search_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, not_
from typing import NamedTuple

from models.i18n import Context, fill, word
from models.snapshot import CaseSnapshot, ClaimView, tag_descendants
from models.vocabulary import ROLES, label

Export = Context("Export")  # the filter is named at the head of an export, in its language


class FactColumns(NamedTuple):
    """What a filter reads of some claims, one column per fact, the claims in reading order.

    Role, status, linked (at either end of a link), its own tag ids, and its search text (""
    is enough when the filter looks for no text). Columns, not a record per claim: each part
    of a filter is then one pass over one column, run by the interpreter's own loops (`map`,
    `compress`), which keeps a filter over 50,000 claims a side to a few milliseconds.
    """

    ids: Sequence[int]
    roles: Sequence[str]
    statuses: Sequence[str]
    linked: Sequence[bool]
    tags: Sequence[tuple[int, ...]]
    texts: Sequence[str]


Selector = Callable[[FactColumns], list[int]]
Matcher = Callable[[ClaimView], bool]

# Between fields, so that a text is never found across the end of one field and the start of
# the next; a filter box cannot type it.
_FIELD_BREAK = "\x1f"


def search_text(claim: ClaimView, tag_names: dict[int, str]) -> str:
    """Everything the filter's text is looked for in, folded for caseless comparison.

    The key, quote, paraphrase, speaker, kind (as printed), rationale, notes and the names of
    the claim's own tags: every field an export prints or the inspector shows about a claim.
    """
    parts = [
        claim.key,
        claim.quote,
        claim.paraphrase or "",
        claim.speaker or "",
        label(claim.kind),
        claim.rationale,
        claim.notes,
    ]
    parts.extend(tag_names.get(t, "") for t in claim.tag_ids)
    return _FIELD_BREAK.join(parts).casefold()


def tag_names(case: CaseSnapshot) -> dict[int, str]:
    """Each tag's name, as `search_text` wants them."""
    return {t.id: t.name for t in case.tags}


@dataclass(frozen=True)
class ClaimFilter:
    """Statuses, tags, a text and "unanswered", applied to some sides; empty keeps every claim."""

    statuses: frozenset[str] = frozenset()
    tag_ids: frozenset[int] = frozenset()
    # The sides the filter narrows (roles: "allegation", "response"); none named means both.
    # The other side's claims are all kept.
    sides: frozenset[str] = frozenset()
    text: str = ""
    unanswered: bool = False  # only allegations that no response is linked to

    @property
    def is_empty(self) -> bool:
        """True when the filter keeps every claim (a side alone narrows nothing)."""
        return not (self.statuses or self.tag_ids or self.text.strip() or self.unanswered)

    @property
    def needs_text(self) -> bool:
        """Whether the filter reads the claims' search text."""
        return bool(self.text.strip())

    def narrows(self, role: str) -> bool:
        """Whether the filter can leave out claims of this side."""
        return not self.is_empty and (not self.sides or role in self.sides)

    def narrowed_sides(self) -> tuple[str, ...]:
        """The sides the filter narrows, in reading order."""
        return tuple(r for r in ROLES if self.narrows(r))

    def selector(self, case: CaseSnapshot) -> Selector:
        """Prepare the filter for one case; return what picks the claims it keeps.

        This is the definition of what a filter keeps. The selector takes the facts of claims
        in reading order (`FactColumns`) and returns the ids kept, in the same order;
        `matcher`, `kept` and the window's index (models/claim_index.py) all run it, on facts
        they read or precomputed. Each part that is set is one pass over one column.
        """
        statuses, sides, unanswered = self.statuses, self.sides, self.unanswered
        # A tag stands for its children too: filtering on "Rhetorical move" finds denials.
        wanted = tag_descendants(case.tags, self.tag_ids) if self.tag_ids else set()
        needle = self.text.strip().casefold()
        empty = self.is_empty

        def select(facts: FactColumns) -> list[int]:
            ids = facts.ids
            if empty:
                return list(ids)
            everyone = range(len(ids))
            # The places of the claims the filter narrows; a side it does not narrow is kept.
            at: Iterable[int] = everyone
            partly = False  # some claims are of a side the filter does not narrow
            if sides:
                at = list(compress(everyone, map(sides.__contains__, facts.roles)))
                partly = len(at) < len(ids)
                if not partly:  # one side's claims (the index asks so), all narrowed
                    at = everyone
            if statuses:
                at = list(compress(at, map(statuses.__contains__, _column(facts.statuses, at))))
            if unanswered:
                at = list(compress(at, map("allegation".__eq__, _column(facts.roles, at))))
                at = list(compress(at, map(not_, _column(facts.linked, at))))
            if wanted:
                at = list(compress(at, map(not_, map(wanted.isdisjoint, _column(facts.tags, at)))))
            if needle:
                texts = _column(facts.texts, at)
                at = list(compress(at, map(str.__contains__, texts, repeat(needle))))
            kept = list(at)
            if partly:
                whole = compress(everyone, map(not_, map(sides.__contains__, facts.roles)))
                kept = sorted((*kept, *whole))
            return list(map(ids.__getitem__, kept))

        return select

    def matcher(self, case: CaseSnapshot) -> Matcher:
        """Prepare the filter for one case once; return a test to run on each of its claims."""
        select = self.selector(case)
        names = tag_names(case) if self.needs_text else None

        def match(claim: ClaimView) -> bool:
            return bool(select(fact_columns((claim,), case, names)))

        return match

    # The matcher prepared for the last case asked about: the exports ask once per claim, and
    # the tag closure and names are the same for every claim.
    _prepared: list = field(default_factory=list, init=False, compare=False, repr=False)

    def matches(self, claim: ClaimView, case: CaseSnapshot) -> bool:
        """True when the filter keeps the claim."""
        prepared = self._prepared
        if not prepared or prepared[0] is not case:
            prepared[:] = [case, self.matcher(case)]
        return prepared[1](claim)

    def kept(self, case: CaseSnapshot) -> list[ClaimView]:
        """The claims of a case the filter keeps, in reading order."""
        if self.is_empty:
            return list(case.claims)
        names = tag_names(case) if self.needs_text else None
        return [case.claim(i) for i in self.selector(case)(fact_columns(case.claims, case, names))]

    def describe(self, case: CaseSnapshot) -> str:
        """A short account of the filter in the reader's language, for the head of an export."""
        parts = []
        if self.statuses:
            statuses = Export.tr(", ").join(word(s) for s in sorted(self.statuses))
            parts.append(fill(Export.tr("status: %1"), statuses))
        if self.tag_ids:
            known = {t.id for t in case.tags}
            names = sorted(case.tag(t).name for t in self.tag_ids if t in known)
            parts.append(fill(Export.tr("tag: %1"), Export.tr(", ").join(names)))
        if self.text.strip():
            parts.append(fill(Export.tr("text: “%1”"), self.text.strip()))
        if self.unanswered:
            parts.append(Export.tr("unanswered allegations"))
        narrowed = self.narrowed_sides()
        if parts and len(narrowed) == 1:
            parts.append(
                Export.tr("allegation side only (response claims all shown)")
                if narrowed[0] == ROLES[0]
                else Export.tr("response side only (allegation claims all shown)")
            )
        return Export.tr("; ").join(parts)


def _column(values: Sequence, at: Iterable[int]) -> Iterable:
    """The values of a column at these places (the whole column for every place)."""
    return values if isinstance(at, range) else map(values.__getitem__, at)


def fact_columns(
    claims: Sequence[ClaimView], case: CaseSnapshot, names: dict[int, str] | None
) -> FactColumns:
    """What a filter reads of these claims (the search text only when names are given)."""
    ids = list(map(attrgetter("id"), claims))
    return FactColumns(
        ids,
        list(map(attrgetter("role"), claims)),
        list(map(attrgetter("status"), claims)),
        [bool(case.links_of(c)) for c in ids],
        list(map(attrgetter("tag_ids"), claims)),
        [search_text(c, names) for c in claims] if names is not None else [""] * len(ids),
    )
