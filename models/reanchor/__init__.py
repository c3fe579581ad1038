"""Re-anchoring claims when a source is revised (no Qt): see placement.reanchor."""

from models.reanchor.placement import (
    DEFAULT,
    EXACT,
    ORPHAN,
    PROPOSED,
    Anchor,
    Placement,
    Thresholds,
    canonicalise,
    reanchor,
)
from models.reanchor.scoring import Candidate

__all__ = [
    "DEFAULT",
    "EXACT",
    "ORPHAN",
    "PROPOSED",
    "Anchor",
    "Candidate",
    "Placement",
    "Thresholds",
    "canonicalise",
    "reanchor",
]
