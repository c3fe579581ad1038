"""The case file's limits (text lengths, the date pattern, claims per case), read from its schema.

An edit must never store what the case file would refuse: a backup that cannot be imported again
loses the analyst's work. So the edits check these (`check_text`), and the schema stays the one
place they live. The refusals are in the reader's language (models.i18n, context "Limits").
"""

from __future__ import annotations

import re
from functools import cache

from models.case_references import character_problem
from models.casefile import schema
from models.i18n import Context, fill

Limits = Context("Limits")


def _resolve(node: dict) -> dict:
    ref = node.get("$ref")
    if ref is None:
        return node
    target = schema()
    # Only references inside the schema itself (the validator may have made them absolute).
    for part in ref.split("#", 1)[1].strip("/").split("/"):
        target = target[part]
    return _resolve(target)


def _field(kind: str, field: str) -> dict:
    # "case" names the case's own fields (title, description), at the top of the schema.
    record = schema() if kind == "case" else schema()["$defs"][kind]
    return _resolve(record["properties"][field])


@cache
def max_length(kind: str, field: str) -> int | None:
    """The most characters the case file allows in a field of a claim, evidence record, …"""
    return _field(kind, field).get("maxLength")


@cache
def min_length(kind: str, field: str) -> int:
    """The fewest characters the case file allows in a field (0 if it says nothing)."""
    return _field(kind, field).get("minLength", 0)


@cache
def pattern(kind: str, field: str) -> re.Pattern | None:
    """The pattern the case file requires of a field, if any (e.g. an evidence date)."""
    found = _field(kind, field).get("pattern")
    return re.compile(python_pattern(found)) if found else None


def python_pattern(ecma: str) -> str:
    """A schema pattern for Python's re: "$" is the end of the text, as in JSON Schema.

    In Python "$" also matches before a final newline, so "2020-05-01\n" would pass "…$".
    """
    return re.sub(r"(?<!\\)((?:\\\\)*)\$", r"\1\\Z", ecma)


@cache
def max_claims() -> int:
    """The most claims a case may hold: the import and every new claim keep to it."""
    return schema()["properties"]["claims"]["maxItems"]


def check_text(kind: str, field: str, value: str | None, name: str) -> None:
    """Refuse (EditRefused) a text the case file would refuse: too long, or not in its form.

    `kind` and `field` name the place in the case-file schema ("claim", "paraphrase"); `name` is
    how the sentence calls the field, already in the reader's language ("A paraphrase").
    """
    from models.edit_log import EditRefused  # (here: edit_log reads its limits from this module)

    if value is None:
        return
    limit = max_length(kind, field)
    if limit is not None and len(value) > limit:
        raise EditRefused(
            fill(
                Limits.tr(
                    "%1 can be at most %2 characters long; this one has %3. Nothing was changed."
                ),
                name,
                f"{limit:,}",
                f"{len(value):,}",
            )
        )
    if (problem := character_problem(value)) is not None:
        raise EditRefused(
            fill(Limits.tr("%1 cannot be saved: %2 Nothing was changed."), name, problem)
        )
    required = pattern(kind, field)
    if required is not None and value and not required.search(value):
        raise EditRefused(
            fill(Limits.tr("%1 %2 is not in the form the case file needs."), name, repr(value))
        )
