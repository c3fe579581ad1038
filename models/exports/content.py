"""The content of every export, decided once: order, grouping, numbering, legend and counts.

Each format (HTML, Markdown, CSV, W3C, PDF) renders this same structure, so they cannot drift
apart on what is shown, in which order, or how evidence is numbered.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from models.attribution import Stamp, when, who
from models.authors import login_name
from models.claim_filter import ClaimFilter
from models.i18n import QT_TRANSLATE_NOOP, Context, fill, word
from models.snapshot import CaseSnapshot, ClaimView, EvidenceView, LinkView, SideView, SourceView
from models.spans import covering_segments
from models.vocabulary import (
    CREDIBILITY_MEANING,
    RELATIONS,
    RELIABILITY_MEANING,
    ROLES,
    STATUSES,
)

PAGE_SIZES = ("A4", "Letter")
Export = Context("Export")
Words = Context("Words")  # the vocabulary, as the window's ui/common/labels.py marks it

# What each status means, for the legend; the words match the vocabulary's labels.
STATUS_MEANING = {
    "unassessed": QT_TRANSLATE_NOOP("Export", "Not assessed yet."),
    "supported": QT_TRANSLATE_NOOP("Export", "The public record supports the claim."),
    "unsupported": QT_TRANSLATE_NOOP("Export", "The speaker offered no evidence for it."),
    "disputed": QT_TRANSLATE_NOOP("Export", "The record holds evidence both for and against it."),
    "unverifiable": QT_TRANSLATE_NOOP("Export", "It cannot be checked against public material."),
}

# A symbol and an upper-case word per status, so a badge reads without colour.
STATUS_SYMBOL = {
    "unassessed": "\u25cb",  # ○
    "supported": "\u2714",  # ✔
    "unsupported": "\u26a0",  # ⚠
    "disputed": "\u21c4",  # ⇄
    "unverifiable": "?",
}


# How every export marks a claim whose words are not placed in the source's current version
# (models/revisions.py); an exact claim has no mark.
ANCHOR_MARKS = {
    "orphan": QT_TRANSLATE_NOOP("Export", "Not in the current version"),
    "proposed": QT_TRANSLATE_NOOP("Export", "Moved in the current version; not yet reviewed"),
}


def anchor_mark(claim: ClaimView) -> str:
    """The mark of a claim not placed in its source's current version ("" if it is placed)."""
    mark = ANCHOR_MARKS.get(claim.anchor_state, "")
    return Export.tr(mark) if mark else ""


def assessor(claim: ClaimView) -> str:
    """Who answers for a claim's rationale, as every export names them: "Ana, as cp_writer".

    The database role is named when the store recorded one (a team store) that differs from
    the name; "" if nobody is recorded.
    """
    stamp = claim.assessed
    return who(claim.assessed_by, stamp.role if stamp is not None else None)


def assessed(claim: ClaimView) -> str:
    """Who answers for a claim's rationale and when its assessment last changed, as every
    export says it: "Ana, as cp_writer; last changed on 2026-12-02 09:14 UTC" ("" if nobody is
    recorded). The time is the assessment's (its status may have changed since the rationale
    was written), as the inspector says it."""
    name = assessor(claim)
    at = when(claim.assessed.at) if claim.assessed is not None else ""
    return fill(Export.tr("%1; last changed on %2"), name, at) if name and at else name


def made_by(stamp: Stamp | None) -> str:
    """Who made a link or an evidence record, or "" if nobody is recorded."""
    return "" if stamp is None else stamp.who()


def made(stamp: Stamp | None) -> str:
    """Who made (or last changed) a link or an evidence record and when, as every export says
    it: "Ana, as cp_writer, on 2026-12-02 09:14 UTC"; "" if nobody is recorded."""
    return stamp.words() if made_by(stamp) else ""


def badge_text(status: str) -> str:
    """The badge of a status: symbol and word, e.g. "⚠ UNSUPPORTED ASSERTION"."""
    return f"{STATUS_SYMBOL.get(status, '')} {word(status).upper()}".strip()


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose: page, appendix, filter, and who exports it when."""

    page_size: str = "A4"
    landscape: bool = True
    source_appendix: bool = False
    claim_filter: ClaimFilter | None = None
    author: str | None = None
    exported_at: datetime | None = None

    def resolved(self) -> ExportOptions:
        """The options with the author and time filled in (login name, now)."""
        from dataclasses import replace

        return replace(
            self,
            author=self.author or login_name(),
            exported_at=self.exported_at or datetime.now(UTC).replace(microsecond=0),
        )


@dataclass(frozen=True)
class EvidenceRef:
    """One evidence record attached to a claim, by its number in the references."""

    number: int
    evidence: EvidenceView
    stance: str
    note: str

    @property
    def tag(self) -> str:
        """The reference as printed, e.g. "[E3]"."""
        return f"[E{self.number}]"


@dataclass(frozen=True)
class ClaimBlock:
    """A claim with everything shown about it, ready to print."""

    claim: ClaimView
    tags: tuple = ()  # TagView, in the claim's order
    evidence: tuple[EvidenceRef, ...] = ()

    @property
    def badge(self) -> str:
        """The status badge text."""
        return badge_text(self.claim.status)

    @property
    def anchor_mark(self) -> str:
        """ "Not in the current version" for an orphan, and the like ("" for a placed claim)."""
        return anchor_mark(self.claim)

    @property
    def heading(self) -> str:
        """Key, kind and speaker in one line."""
        parts = [self.claim.key, word(self.claim.kind)]
        if self.claim.speaker:
            parts.append(self.claim.speaker)
        return " \u00b7 ".join(parts)


@dataclass(frozen=True)
class LinkedResponse:
    """A response linked to an allegation, with the relation between them."""

    link: LinkView
    response: ClaimBlock

    @property
    def relation(self) -> str:
        """The relation as words, e.g. "counter-accuses"."""
        return word(self.link.relation)


@dataclass(frozen=True)
class Pair:
    """An allegation and the responses linked to it."""

    allegation: ClaimBlock
    responses: tuple[LinkedResponse, ...]
    hidden: int = 0  # linked responses the filter left out


@dataclass(frozen=True)
class Summary:
    """The counts: claims per side by status, links by relation, evidence."""

    claims_by_status: dict  # (role, status) -> n
    links_by_relation: dict  # relation -> n
    evidence: int
    claims: int
    links: int


@dataclass(frozen=True)
class ExportContent:
    """One case laid out for export."""

    case: CaseSnapshot
    options: ExportOptions
    allegation_side: SideView
    response_side: SideView
    pairs: tuple[Pair, ...]
    unanswered: tuple[ClaimBlock, ...]
    unlinked: tuple[ClaimBlock, ...]
    orphaned: tuple[ClaimBlock, ...]  # matching responses whose allegations were filtered out
    references: tuple[EvidenceRef, ...]
    summary: Summary
    blocks: dict = field(default_factory=dict, repr=False)  # claim id -> ClaimBlock

    @property
    def title(self) -> str:
        """The case title."""
        return self.case.title

    @property
    def sources(self) -> tuple[SourceView, ...]:
        """The case's sources."""
        return self.case.sources

    @property
    def exported_by(self) -> str:
        """Who exported it."""
        return self.options.author or ""

    @property
    def exported_on(self) -> str:
        """When, as analysts write it (UTC)."""
        when = self.options.exported_at
        return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if when else ""

    @property
    def filter_note(self) -> str:
        """Which filter was applied, or an empty string."""
        flt = self.options.claim_filter
        return "" if flt is None or flt.is_empty else flt.describe(self.case)

    def party(self, role: str) -> str:
        """The party of a side, e.g. "Huawei"."""
        side = self.allegation_side if role == "allegation" else self.response_side
        return side.party

    def included_claims(self) -> list[ClaimBlock]:
        """Every claim shown, in reading order (allegations first)."""
        return [self.blocks[c.id] for c in self.case.claims if c.id in self.blocks]

    def legend_statuses(self) -> list[tuple[str, str, str]]:
        """(status, badge, meaning) for the legend."""
        return [(s, badge_text(s), Export.tr(STATUS_MEANING[s])) for s in STATUSES]

    def legend_relations(self) -> list[str]:
        """The relation words, for the legend."""
        return [word(r) for r in RELATIONS]

    def legend_grades(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The Admiralty scale: reliability letters and credibility digits with meanings."""
        return (
            [(k, Words.tr(v)) for k, v in RELIABILITY_MEANING.items()],
            [(str(k), Words.tr(v)) for k, v in CREDIBILITY_MEANING.items()],
        )


def build_content(case: CaseSnapshot, options: ExportOptions | None = None) -> ExportContent:
    """Decide what an export shows, and in which order."""
    options = (options or ExportOptions()).resolved()
    flt = options.claim_filter
    included = list(case.claims) if flt is None else flt.kept(case)
    included_ids = {c.id for c in included}
    numbers = {e.id: n for n, e in enumerate(case.evidence, start=1)}

    blocks: dict[int, ClaimBlock] = {}
    for claim in included:
        refs = tuple(
            EvidenceRef(
                numbers[a.evidence_id], case.evidence_record(a.evidence_id), a.stance, a.note
            )
            for a in claim.evidence
        )
        tags = tuple(case.tag(t) for t in claim.tag_ids)
        blocks[claim.id] = ClaimBlock(claim, tags, refs)

    pairs, unanswered = [], []
    for claim in (c for c in included if c.role == "allegation"):
        links = [lk for lk in case.links_of(claim.id) if lk.allegation_id == claim.id]
        if not links:
            unanswered.append(blocks[claim.id])
            continue
        shown = tuple(
            LinkedResponse(lk, blocks[lk.response_id]) for lk in links if lk.response_id in blocks
        )
        pairs.append(Pair(blocks[claim.id], shown, hidden=len(links) - len(shown)))

    unlinked, orphaned = [], []
    for claim in (c for c in included if c.role == "response"):
        links = [lk for lk in case.links_of(claim.id) if lk.response_id == claim.id]
        if not links:
            unlinked.append(blocks[claim.id])
        elif not any(lk.allegation_id in included_ids for lk in links):
            orphaned.append(blocks[claim.id])

    cited = {ref.evidence.id for b in blocks.values() for ref in b.evidence}
    filtering = flt is not None and not flt.is_empty
    references = tuple(
        EvidenceRef(numbers[e.id], e, "", "")
        for e in case.evidence
        if not filtering or e.id in cited
    )
    shown_links = [
        lk for lk in case.links if lk.allegation_id in blocks and lk.response_id in blocks
    ]
    summary = Summary(
        claims_by_status=dict(Counter((c.role, c.status) for c in included)),
        links_by_relation=dict(Counter(lk.relation for lk in shown_links)),
        evidence=len(references),
        claims=len(included),
        links=len(shown_links),
    )
    return ExportContent(
        case=case,
        options=options,
        allegation_side=case.side("allegation"),
        response_side=case.side("response"),
        pairs=tuple(pairs),
        unanswered=tuple(unanswered),
        unlinked=tuple(unlinked),
        orphaned=tuple(orphaned),
        references=references,
        summary=summary,
        blocks=blocks,
    )


def summary_rows(content: ExportContent) -> list[tuple[str, int, int, int]]:
    """Rows of the summary table: status label, allegations, responses, total."""
    counts = content.summary.claims_by_status
    rows = []
    for status in STATUSES:
        a, r = counts.get((ROLES[0], status), 0), counts.get((ROLES[1], status), 0)
        rows.append((word(status), a, r, a + r))
    return rows


def relation_rows(content: ExportContent) -> list[tuple[str, int]]:
    """Rows of the links table: relation words and counts, in vocabulary order."""
    counts = content.summary.links_by_relation
    return [(word(r), counts.get(r, 0)) for r in RELATIONS]


def grade_text(evidence: EvidenceView) -> str:
    """The Admiralty grade with its meaning, e.g. "B2 (usually reliable; probably true)"."""
    rel = Words.tr(RELIABILITY_MEANING.get(evidence.reliability, ""))
    cred = Words.tr(CREDIBILITY_MEANING.get(evidence.credibility, ""))
    return f"{evidence.grade} ({rel.lower()}; {cred.lower()})"


def source_spans(content: ExportContent, source_id: int) -> list[ClaimView]:
    """The shown claims quoting one source, by start offset: what the appendix highlights.

    Only claims placed in the current text: the others' spans count in an older version.
    """
    claims = [
        b.claim
        for b in content.included_claims()
        if b.claim.source_id == source_id and b.claim.anchor_state == "exact"
    ]
    return sorted(claims, key=lambda c: (c.start, c.end))


def segments(text: str, claims: list[ClaimView]) -> list[tuple[int, str, tuple[ClaimView, ...]]]:
    """Cut a source text at every claim boundary: (offset, piece, claims covering it).

    The claims covering each piece keep the order of `claims`; one sorted sweep (models.spans).
    """
    spans = [(c.start, c.end) for c in claims]
    return [
        (a, text[a:b], tuple(claims[i] for i in covering))
        for a, b, covering in covering_segments(len(text), spans)
    ]


HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def safe_color(color: str | None, fallback: str = "#757575") -> str:
    """A tag colour fit to write into a style: #rrggbb, or a grey if it is anything else."""
    return color if color and HEX_COLOR.fullmatch(color) else fallback
