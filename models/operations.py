"""Named edits to a case: each is one transaction and returns a record of what changed.

Every function here takes the store first, commits before it returns, and returns a `Change`
that says which claims, links, evidence records and tags were touched, so that a view can
refresh only those. Each edit is also written to the edit log with its author.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from models.casefile import author_id
from models.limits import max_length, pattern
from models.schema import Assessment, Claim, Edit, Evidence, Link, Side, Source, Tag, utcnow
from models.store import Store, StoreError
from models.vocabulary import RELATIONS, STATUSES


class EditRefused(ValueError):
    """The edit makes no sense for the case as it stands; the message says why."""


@dataclass(frozen=True)
class Change:
    """What one edit touched, by store id."""

    case_id: int
    summary: str
    claims: frozenset[int] = field(default_factory=frozenset)
    links: frozenset[int] = field(default_factory=frozenset)
    evidence: frozenset[int] = field(default_factory=frozenset)
    tags: frozenset[int] = field(default_factory=frozenset)
    structure: bool = False  # claims, links or tags were added or removed


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
    required = pattern(kind, field)
    if required is not None and value and not required.search(value):
        raise EditRefused(f"{name} {value!r} is not in the form the case file needs.")


def _log(session: Session, case_id: int, author: str | None, summary: str) -> None:
    session.execute(
        insert(Edit).values(case_id=case_id, author_id=author_id(session, author), summary=summary)
    )


def _claim_case(session: Session, claim_id: int) -> int:
    case_id = session.execute(select(Claim.case_id).where(Claim.id == claim_id)).scalar()
    if case_id is None:
        raise EditRefused(f"Claim {claim_id} is no longer in the store.")
    return case_id


def _evidence_case(session: Session, evidence_id: int) -> int:
    case_id = session.execute(select(Evidence.case_id).where(Evidence.id == evidence_id)).scalar()
    if case_id is None:
        raise EditRefused(f"Evidence record {evidence_id} is no longer in the store.")
    return case_id


def _link_row(session: Session, link_id: int):
    """The case and the two claims of a link; refused if the link is gone."""
    row = session.execute(
        select(Link.case_id, Link.allegation_id, Link.response_id).where(Link.id == link_id)
    ).first()
    if row is None:
        raise EditRefused("That link is no longer in the store.")
    return row


@dataclass(frozen=True)
class AssessmentState:
    """A claim's assessment as it stands, so an undo can put it back."""

    status: str
    rationale: str
    author: str | None
    updated_at: datetime | None = None  # None: the claim had no assessment row yet


def get_assessment(store: Store, claim_id: int) -> AssessmentState:
    """Read a claim's current assessment."""
    from models.schema import Author

    with store.reading() as s:
        row = s.execute(
            select(Assessment.status, Assessment.rationale, Author.name, Assessment.updated_at)
            .outerjoin(Author, Author.id == Assessment.author_id)
            .where(Assessment.claim_id == claim_id)
        ).first()
    if row is None:
        return AssessmentState("unassessed", "", None)
    return AssessmentState(*row)


def set_assessment(
    store: Store,
    claim_id: int,
    *,
    status: str | None = None,
    rationale: str | None = None,
    author: str | None = None,
    updated_at: datetime | None = None,
) -> Change:
    """Set a claim's status and/or rationale, attributed to an author.

    `updated_at` is for an undo, which puts back the time the assessment had; an edit is stamped
    with the time it is made.
    """
    if status is not None and status not in STATUSES:
        raise EditRefused(f"{status!r} is not a status.")
    check_text("claim", "rationale", rationale, "A rationale")
    check_text("claim", "assessed_by", author, "An assessor's name")
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        values: dict = {"author_id": author_id(s, author), "updated_at": updated_at or utcnow()}
        if status is not None:
            values["status"] = status
        if rationale is not None:
            values["rationale"] = rationale
        exists = s.execute(
            select(Assessment.claim_id).where(Assessment.claim_id == claim_id)
        ).scalar()
        if exists is None:
            s.execute(insert(Assessment).values(claim_id=claim_id, **values))
        else:
            s.execute(update(Assessment).where(Assessment.claim_id == claim_id).values(**values))
        what = f"status {status}" if status is not None else "rationale"
        summary = f"Set the {what} of claim {claim_id}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}))


def add_link(
    store: Store,
    allegation_id: int,
    response_id: int,
    relation: str,
    *,
    note: str = "",
    author: str | None = None,
) -> tuple[int, Change]:
    """Link an allegation claim to a response claim; return the new link's id."""
    if relation not in RELATIONS:
        raise EditRefused(f"{relation!r} is not a relation.")
    check_text("link", "note", note, "A link's note")
    with store.transaction() as s:
        case_id = _claim_case(s, allegation_id)
        roles = dict(
            s.execute(
                select(Claim.id, Side.role)
                .join(Side, Side.id == Claim.side_id)
                .where(Claim.id.in_([allegation_id, response_id]))
            ).all()
        )
        if roles.get(allegation_id) != "allegation" or roles.get(response_id) != "response":
            raise EditRefused("A link joins one allegation claim and one response claim.")
        if s.execute(
            select(Link.id).where(
                Link.allegation_id == allegation_id, Link.response_id == response_id
            )
        ).scalar():
            raise EditRefused("These two claims are already linked.")
        position = s.execute(
            select(func.coalesce(func.max(Link.position), -1) + 1).where(Link.case_id == case_id)
        ).scalar_one()
        key = _fresh_key(s, Link, case_id, "link")
        link_id = s.execute(
            insert(Link)
            .values(
                case_id=case_id,
                key=key,
                position=position,
                allegation_id=allegation_id,
                response_id=response_id,
                relation=relation,
                note=note,
            )
            .returning(Link.id)
        ).scalar_one()
        summary = f"Linked claim {response_id} to claim {allegation_id} ({relation})"
        _log(s, case_id, author, summary)
    return link_id, Change(
        case_id,
        summary,
        claims=frozenset({allegation_id, response_id}),
        links=frozenset({link_id}),
        structure=True,
    )


def remove_link(store: Store, link_id: int, *, author: str | None = None) -> Change:
    """Remove a link."""
    with store.transaction() as s:
        row = _link_row(s, link_id)
        s.execute(delete(Link).where(Link.id == link_id))
        summary = f"Removed the link between claims {row.allegation_id} and {row.response_id}"
        _log(s, row.case_id, author, summary)
    return Change(
        row.case_id,
        summary,
        claims=frozenset({row.allegation_id, row.response_id}),
        links=frozenset({link_id}),
        structure=True,
    )


def set_relation(store: Store, link_id: int, relation: str, *, author: str | None = None) -> Change:
    """Change the relation type of a link."""
    if relation not in RELATIONS:
        raise EditRefused(f"{relation!r} is not a relation.")
    with store.transaction() as s:
        row = _link_row(s, link_id)
        s.execute(update(Link).where(Link.id == link_id).values(relation=relation))
        summary = (
            f"Set the relation between claims {row.allegation_id} and {row.response_id} "
            f"to {relation}"
        )
        _log(s, row.case_id, author, summary)
    return Change(
        row.case_id,
        summary,
        claims=frozenset({row.allegation_id, row.response_id}),
        links=frozenset({link_id}),
    )


def _fresh_key(session: Session, model, case_id: int, prefix: str) -> str:
    """Return a file id like "link-12" that nothing in the case has yet (ids are file-wide)."""
    count = select(func.count()).select_from(model).where(model.case_id == case_id)
    n = session.execute(count).scalar_one() + 1
    # Each candidate is looked up through the (case, key) unique indexes: usually the first is
    # free, so a create no longer reads every key of the case.
    while _key_taken(session, case_id, f"{prefix}-{n}"):
        n += 1
    return f"{prefix}-{n}"


def _key_taken(session: Session, case_id: int, key: str) -> bool:
    return any(
        session.execute(
            select(keyed.id).where(keyed.case_id == case_id, keyed.key == key).limit(1)
        ).first()
        for keyed in (Source, Side, Claim, Link, Evidence, Tag)
    )


__all__ = [
    "AssessmentState",
    "Change",
    "EditRefused",
    "StoreError",
    "add_link",
    "check_text",
    "get_assessment",
    "remove_link",
    "set_assessment",
    "set_relation",
]
