"""The claims as a CSV table, one row per claim, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from models.exports.content import ExportContent
from models.vocabulary import label

COLUMNS = (
    "id",
    "side",
    "party",
    "speaker",
    "kind",
    "quote",
    "paraphrase",
    "status",
    "rationale",
    "assessed_by",
    "assessed_as",  # the database role (a team store), if one was recorded
    "assessed_at",  # when the assessment last changed, ISO 8601 in UTC
    "tags",
    "evidence_ids",
    "linked_claim_ids",
    "relations",
    "current_version",
)

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as a cell, with a leading apostrophe where a spreadsheet would see a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render(content: ExportContent) -> str:
    """The table as text (UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8)."""
    case = content.case
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for block in content.included_claims():
        c = block.claim
        links = case.links_of(c.id)
        others = [lk.response_id if lk.allegation_id == c.id else lk.allegation_id for lk in links]
        row = (
            c.key,
            label(c.role),
            content.party(c.role),
            c.speaker,
            label(c.kind),
            c.quote,
            c.paraphrase,
            label(c.status),
            c.rationale,
            c.assessed_by,
            c.assessed.role if c.assessed else None,
            c.assessed.at.isoformat(timespec="seconds") if c.assessed and c.assessed.at else None,
            "; ".join(t.name for t in block.tags),
            "; ".join(f"E{r.number} {r.evidence.key}" for r in block.evidence),
            "; ".join(case.claim(i).key for i in others),
            "; ".join(label(lk.relation) for lk in links),
            block.anchor_mark,
        )
        writer.writerow([cell(v) for v in row])
    return "\ufeff" + buffer.getvalue()
