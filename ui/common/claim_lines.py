"""The words the classroom views share: a claim's heading, its source reference, its links."""

from __future__ import annotations

from models.i18n import word as label  # in the reader's language
from models.snapshot import CaseSnapshot, ClaimView
from ui.common.translation import Context

ClaimLines = Context("ClaimLines")


def claim_heading(claim: ClaimView) -> str:
    """ "us-1 · Accusation · Robert O'Brien": the claim's id, kind and speaker."""
    parts = [claim.key, label(claim.kind)]
    if claim.speaker:
        parts.append(claim.speaker)
    return " · ".join(parts)


def source_line(case: CaseSnapshot, claim: ClaimView, numbered: bool = False) -> str:
    """Where the claim stands in its source: title (or number) and character span."""
    source = case.source(claim.source_id)
    if numbered:
        number = next(i for i, s in enumerate(case.sources, 1) if s.id == source.id)
        return ClaimLines.tr("Source {n}, characters {start}\u2013{end}").format(
            n=number, start=claim.start, end=claim.end
        )
    return ClaimLines.tr("Source: {title}, characters {start}\u2013{end}").format(
        title=source.title, start=claim.start, end=claim.end
    )


def sources_list(case: CaseSnapshot) -> str:
    """The case's sources, numbered, one a line: title, publisher, date."""
    lines = []
    for i, s in enumerate(case.sources, 1):
        # The title often names the publisher already ("… (Gigazine, English edition)").
        publisher = s.publisher if s.publisher and s.publisher not in s.title else None
        extra = ", ".join(x for x in (publisher, s.date) if x)
        lines.append(
            ClaimLines.tr("Source {n}: {title}").format(n=i, title=s.title)
            + (f" ({extra})" if extra else "")
        )
    return "\n".join(lines)


def relation_label(relation: str) -> str:
    """A relation as people read it ("counter-accuses")."""
    return label(relation)


def links_line(case: CaseSnapshot, claim: ClaimView) -> str:
    """The claim's links with their relations, seen from this claim's side."""
    if claim.role == "allegation":
        items = [
            f"{case.claim(link.response_id).key} ({relation_label(link.relation)})"
            for link in case.links_of(claim.id)
            if link.allegation_id == claim.id
        ]
        return ClaimLines.tr("Answered by: {items}").format(items=", ".join(items)) if items else ""
    items = [
        f"{relation_label(link.relation)} {case.claim(link.allegation_id).key}"
        for link in case.links_of(claim.id)
        if link.response_id == claim.id
    ]
    return ClaimLines.tr("Answers: {items}").format(items="; ".join(items)) if items else ""
