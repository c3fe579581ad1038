"""What every edit shares: the `Change` it returns, the inverse that undoes it, and its log row.

An edit is a plain function that takes the store first, runs one transaction and returns a
`Change`. The values an undo needs are read inside that same transaction and returned as
`Change.inverse`, an `Inverse` naming another edit and its arguments: calling it with the store
undoes the edit and returns a `Change` whose own inverse redoes it. Nothing is read beforehand
in a transaction of its own, so on a shared store an undo puts back the value the write replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.case_references import character_problem
from models.casefile import author_id
from models.limits import max_length, pattern
from models.schema import Claim, Edit, Evidence, Link

__all__ = [
    "Change",
    "EditRefused",
    "Inverse",
    "check_text",
    "claim_case",
    "evidence_case",
    "inverse",
    "link_row",
    "log_edit",
]


class EditRefused(ValueError):
    """The edit makes no sense for the case as it stands; the message says why."""


@dataclass(frozen=True)
class Inverse:
    """The edit that undoes another: a domain edit and the arguments that follow the store."""

    edit: Callable[..., Any]
    args: tuple = ()
    kwargs: tuple[tuple[str, Any], ...] = ()

    def __call__(self, store, author: str | None = None) -> Change:
        """Run the inverse edit on a store, attributed to `author`; return its `Change`."""
        result = self.edit(store, *self.args, author=author, **dict(self.kwargs))
        return result[1] if isinstance(result, tuple) else result  # a create answers (id, change)


def inverse(edit: Callable[..., Any], *args: Any, **kwargs: Any) -> Inverse:
    """The `Inverse` that calls `edit(store, *args, author=..., **kwargs)`."""
    return Inverse(edit, args, tuple(kwargs.items()))


@dataclass(frozen=True)
class Change:
    """What one edit touched, by store id, and the edit that undoes it."""

    case_id: int
    summary: str
    claims: frozenset[int] = field(default_factory=frozenset)
    links: frozenset[int] = field(default_factory=frozenset)
    evidence: frozenset[int] = field(default_factory=frozenset)
    tags: frozenset[int] = field(default_factory=frozenset)
    structure: bool = False  # claims, links or tags were added or removed
    whole_case: bool = False  # the case's own fields, its sides or its sources changed
    suggestions: bool = False  # a suggestion was dismissed or rejected (or that was undone)
    inverse: Inverse | None = field(default=None, compare=False)
    created: int | None = None  # the id of the row a create made (or put back)
    sources: frozenset[int] = field(default_factory=frozenset)  # their text changed: reload


def check_text(kind: str, field: str, value: str | None, name: str) -> None:
    """Refuse a text the case file would refuse: too long, or not in the required pattern.

    `kind` and `field` name the place in the case-file schema ("claim", "paraphrase"); `name` is
    how the message calls the field ("A paraphrase").
    """
    if value is None:
        return
    limit = max_length(kind, field)
    if limit is not None and len(value) > limit:
        raise EditRefused(
            f"{name} can be at most {limit:,} characters long; this one has {len(value):,}. "
            "Nothing was changed."
        )
    if (problem := character_problem(value)) is not None:
        raise EditRefused(f"{name} cannot be saved: {problem} Nothing was changed.")
    required = pattern(kind, field)
    if required is not None and value and not required.search(value):
        raise EditRefused(f"{name} {value!r} is not in the form the case file needs.")


def log_edit(session: Session, case_id: int, author: str | None, summary: str) -> None:
    """Write an edit's row to the case's edit log, with its author."""
    session.execute(
        insert(Edit).values(case_id=case_id, author_id=author_id(session, author), summary=summary)
    )


def claim_case(session: Session, claim_id: int) -> int:
    """The case a claim belongs to; refused if the claim is gone."""
    case_id = session.execute(select(Claim.case_id).where(Claim.id == claim_id)).scalar()
    if case_id is None:
        raise EditRefused(f"Claim {claim_id} is no longer in the store.")
    return case_id


def evidence_case(session: Session, evidence_id: int) -> int:
    """The case an evidence record belongs to; refused if the record is gone."""
    case_id = session.execute(select(Evidence.case_id).where(Evidence.id == evidence_id)).scalar()
    if case_id is None:
        raise EditRefused(f"Evidence record {evidence_id} is no longer in the store.")
    return case_id


def link_row(session: Session, link_id: int):
    """The case and the two claims of a link; refused if the link is gone."""
    row = session.execute(
        select(Link.case_id, Link.allegation_id, Link.response_id).where(Link.id == link_id)
    ).first()
    if row is None:
        raise EditRefused("That link is no longer in the store.")
    return row
