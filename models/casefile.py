"""The case file: a versioned JSON format whose import and export are exact inverses.

Import is a row of small named steps: read the bytes, decode, parse the JSON, check the header,
the schema, the characters, the references and the size (read_case_file, parse_case,
validate_case), then write the records in the order they refer to each other (import_case).
Export is case_to_dict. Every refusal (CaseFileError) is one sentence in the reader's language
(models.i18n, context "CaseFiles"); the file's name, its ids and values are put in as they are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.case_references import (
    first_character_problem,
    first_reference_problem,
    fraction_for_integer,
)
from models.case_versions import (
    anchor_of,
    anchor_values,
    is_revised,
    versions_of,
    write_candidates,
    write_versions,
)
from models.files import TooLarge, is_store_file, read_bounded
from models.i18n import Context, fill
from models.schema import (
    Assessment,
    Author,
    Case,
    Claim,
    ClaimEvidence,
    ClaimTag,
    Classroom,
    Evidence,
    EvidenceTag,
    Link,
    Side,
    Source,
    Tag,
)
from models.slugs import unique_slug
from models.snapshot import CaseSnapshot
from models.store import KNOWN_AUTHORS, NEW_AUTHORS

CaseFiles = Context("CaseFiles")

FORMAT = "counterpoint-case"
VERSION = 2  # the newest version this code reads and writes
READS = (1, 2)
# Version 2 adds each source's versions and each claim's anchoring (docs/case-format.md). A case
# that was never revised is written as version 1, exactly as before.

# The most a case file may hold, measured on the file as Counterpoint writes it (dumps_case). The
# import refuses a larger case whatever form it arrives in, so every case in the store exports
# to a file that imports again. docs/case-format.md, "Limits", gives the rule.
MAX_FILE_BYTES = 256 * 1024 * 1024
# No field of a case file takes a number this long; a longer one is named by its digit count.
_MAX_DIGITS = 18


class CaseFileError(ValueError):
    """A case file was refused; the message names the place and what is wrong."""


@cache
def schema() -> dict:
    """Return the JSON Schema of the case file (resources/case.schema.json)."""
    text = resources.files("resources").joinpath("case.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _fast_validator():
    # fastjsonschema compiles the schema to Python: ~15x faster than jsonschema on big cases.
    # Both validators are imported here, when a case file is first read: not at start-up.
    import fastjsonschema

    return fastjsonschema.compile(schema())


def _place(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or CaseFiles.tr("the top level")


def _reject_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise CaseFileError(
                fill(CaseFiles.tr("The file names the field %1 twice in one object."), repr(key))
            )
        seen[key] = value
    return seen


class _LongNumber(int):
    """A whole number too long for any field: compares as huge, and is named by its length."""

    def __new__(cls, digits: str):
        sign = -1 if digits.startswith("-") else 1
        number = super().__new__(cls, sign * 10**_MAX_DIGITS)
        number.digits = len(digits.lstrip("-"))
        return number

    def __repr__(self) -> str:
        return fill(CaseFiles.tr("a number of %1 digits"), f"{self.digits:,}")

    __str__ = __repr__


def _parse_int(digits: str) -> int:
    # int() of thousands of digits is slow, or refused past 4,300 digits; no field needs it.
    return _LongNumber(digits) if len(digits.lstrip("-")) > _MAX_DIGITS else int(digits)


def _reject_constant(name):
    raise CaseFileError(
        fill(CaseFiles.tr("The file contains %1, which JSON does not allow."), name)
    )


def read_case_file(path: str | os.PathLike) -> dict:
    """Read and fully validate a case file, raising CaseFileError with one clear message.

    The steps, each below: read the bytes, decode them, parse the JSON, check the header, the
    schema, the characters, the references and the size. import_case then writes what passed.
    """
    path = Path(path)
    return parse_case(_read_bytes(path), name=path.name)


class _Unnamed:
    """A case file given without a name: "the file", in the reader's language, once refused."""

    def __str__(self) -> str:
        return CaseFiles.tr("the file")


THE_FILE = _Unnamed()  # (worded only when refused: a valid case is never looked up for)


def parse_case(raw: bytes | str, name: str | None = None) -> dict:
    """Parse and validate the bytes of a case file (`name`: how the refusal calls it)."""
    name = name or THE_FILE
    data = _parse_json(_decode(raw, name), name)
    validate_case(data, name)
    return data


def validate_case(data: Any, name: str | None = None) -> None:
    """Check a parsed case: header, schema, characters, references and size, in that order."""
    name = name or THE_FILE
    _check_header(data, name)
    _check_version_fields(data, name)
    _check_schema(data, name)
    _check_characters(data, name)
    _check_references(data, name)
    _check_size(data, name)


def _read_bytes(path: Path) -> bytes:
    """Step 1, read: at most the limit's bytes, counted as read (a device or pipe may never end)."""
    if is_store_file(path):  # opening it here would drop the store's locks (models/files.py)
        raise CaseFileError(
            fill(CaseFiles.tr("%1 is the open store itself, not a case file; not read."), path.name)
        )
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except TooLarge:
        raise CaseFileError(
            fill(
                CaseFiles.tr("%1 is larger than %2 MiB; larger case files are refused."),
                path.name,
                MAX_FILE_BYTES // 2**20,
            )
        ) from None
    except OSError as exc:
        raise CaseFileError(
            fill(CaseFiles.tr("Cannot read %1: %2."), path, exc.strerror or exc)
        ) from None
    return raw


def _decode(raw: bytes | str, name: str) -> str:
    """Step 2, decode: UTF-8 text (a byte-order mark is allowed), of a size we accept."""
    if isinstance(raw, str):
        return raw
    if len(raw) > MAX_FILE_BYTES:
        raise CaseFileError(
            fill(CaseFiles.tr("%1 is larger than %2 MiB; refused."), name, MAX_FILE_BYTES // 2**20)
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseFileError(
            fill(CaseFiles.tr("%1 is not UTF-8 text (bad byte at offset %2)."), name, exc.start)
        ) from None


def _parse_json(text: str, name: str) -> Any:
    """Step 3, parse: strict JSON, without duplicate keys, NaN or Infinity."""
    try:
        return json.loads(
            text,
            object_pairs_hook=_reject_duplicate_keys,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        # (exc.msg is the json module's own English words: "Expecting value".)
        raise CaseFileError(
            fill(
                CaseFiles.tr("%1 is not valid JSON: %2 at line %3, column %4."),
                name,
                exc.msg,
                exc.lineno,
                exc.colno,
            )
        ) from None
    except RecursionError:
        raise CaseFileError(
            fill(CaseFiles.tr("%1 is nested too deeply to be a case file."), name)
        ) from None


def _check_header(data: Any, name: str) -> None:
    """Step 4, header: an object that says it is a case file, in the version this code reads."""
    if not isinstance(data, dict):
        raise CaseFileError(
            fill(
                CaseFiles.tr(
                    "%1 is not a Counterpoint case file: its top level is %2, not an object."
                ),
                name,
                type(data).__name__,
            )
        )
    if data.get("format") != FORMAT:
        raise CaseFileError(
            fill(
                CaseFiles.tr('%1 is not a Counterpoint case file: its "format" is %2, not %3.'),
                name,
                repr(data.get("format")),
                repr(FORMAT),
            )
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CaseFileError(
            fill(CaseFiles.tr('%1: "version" must be a whole number, not %2.'), name, repr(version))
        )
    if version not in READS:
        sentence = (
            CaseFiles.tr(
                "%1 is in case-file version %2, from a newer Counterpoint; "
                "this version reads version %3."
            )
            if version > VERSION
            else CaseFiles.tr(
                "%1 is in case-file version %2, from an unknown Counterpoint; "
                "this version reads version %3."
            )
        )
        versions = CaseFiles.tr(" or ").join(str(v) for v in READS)
        raise CaseFileError(fill(sentence, name, version, versions))


def _check_version_fields(data: dict, name: str) -> None:
    """Step 4b: version 1 has no source versions or claim anchoring; version 2 has them all.

    The schema says the same; this says it in words, with the place.
    """
    v2 = data["version"] == 2
    for kind, field in (("sources", "versions"), ("claims", "anchor")):
        items = data.get(kind)
        for i, item in enumerate(items if isinstance(items, list) else ()):
            if isinstance(item, dict) and (field in item) != v2:
                what = (
                    CaseFiles.tr('it has no "%1", which version 2 requires.')
                    if v2
                    else CaseFiles.tr('it has "%1", which only case-file version 2 has.')
                )
                raise CaseFileError(_at(name, f"{kind}[{i}]", fill(what, field)))


def _check_schema(data: dict, name: str) -> None:
    """Step 5, schema: the JSON Schema holds; the first error found is named with its place."""
    from fastjsonschema import JsonSchemaException

    try:
        _fast_validator()(data)
        return
    except JsonSchemaException as exc:
        # The fast validator's refusal is final; the full one below only words it better.
        refusal = exc
    path = [int(p) if p.isdigit() else p for p in getattr(refusal, "path", [])[1:]]
    rule, definition = getattr(refusal, "rule", None), getattr(refusal, "definition", None) or {}
    if rule in ("maxItems", "maxLength") and rule in definition:
        # Counted from the fast refusal: the full validator would take seconds on a huge list.
        raise CaseFileError(
            _at(name, _place(path), _too_many(rule, len(refusal.value), definition[rule]))
        )
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        raise CaseFileError(_at(name, _place(err.absolute_path), _wording(err)))
    # The two disagree (e.g. the full one lets "$" match before a final newline): refuse anyway.
    said = str(getattr(refusal, "message", "") or "")
    said = said.removeprefix(str(getattr(refusal, "name", ""))).strip()
    what = (
        fill(CaseFiles.tr("the value %1."), said[:200])
        if said
        else CaseFiles.tr("the value does not follow the schema.")
    )
    raise CaseFileError(_at(name, _place(path), what))


def _at(name: str, where: str, what: str) -> str:
    """A refusal at a place in the file: "case.json, at claims[3]: its quote …"."""
    return fill(CaseFiles.tr("%1, at %2: %3"), name, where, what)


def _too_many(rule: str, count: int, most: int) -> str:
    """A list or a text over the schema's limit, counted (never echoed back)."""
    sentence = (
        CaseFiles.tr("it has %1 items; at most %2 are allowed.")
        if rule == "maxItems"
        else CaseFiles.tr("it has %1 characters; at most %2 are allowed.")
    )
    return fill(sentence, f"{count:,}", f"{most:,}")


def _wording(err) -> str:
    """The full validator's message, without echoing a long list or text back at the user."""
    if err.validator in ("maxItems", "maxLength"):
        return _too_many(err.validator, len(err.instance), err.validator_value)
    # jsonschema's own English words ("'x' is not one of [...]"): it has no translation.
    return err.message if len(err.message) < 200 else err.message[:200] + "…"


def _check_references(data: dict, name: str) -> None:
    """Step 7, references: ids unique, every reference points at a record of the right kind."""
    problem = first_reference_problem(data)
    if problem is not None:
        where, what = problem
        raise CaseFileError(_at(name, where, what))


def _check_characters(data: dict, name: str) -> None:
    """Step 6, characters: no NUL, no lone surrogate, no whole number written as a fraction."""
    problem = first_character_problem(data)
    if problem is not None:
        where, what = problem
        raise CaseFileError(_at(name, where, what))
    where = fraction_for_integer(data, schema())
    if where is not None:
        # The schema takes 3.0 as an integer; the code that slices a source by it would not.
        raise CaseFileError(
            _at(
                name,
                _place(where),
                CaseFiles.tr("a whole number is needed, without a decimal point."),
            )
        )


def _check_size(data: dict, name: str) -> None:
    """Step 8, size: the case as Counterpoint writes it fits the limit, so it can come back."""
    # Measured, not estimated: the file's own form (compact, escaped) may differ from ours.
    size = len(dumps_case(data).encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise CaseFileError(
            fill(
                CaseFiles.tr(
                    "%1 holds a case whose case file is %2 MiB as Counterpoint writes it; cases "
                    "larger than %3 MiB are refused, so that every case in the store can be "
                    "exported and imported again."
                ),
                name,
                f"{size / 2**20:.0f}",
                MAX_FILE_BYTES // 2**20,
            )
        )


def author_id(session: Session, name: str | None, cache: dict | None = None) -> int | None:
    """Return the id of the author with that name, creating the author if needed.

    `cache`: names already looked up in this transaction. In a store's write transaction the
    store's own (models.store.KNOWN_AUTHORS) is asked first, and what this one finds joins it
    when the transaction commits (a rolled-back author was never there).
    """
    if not name:
        return None
    known = session.info.get(KNOWN_AUTHORS)
    if known is not None and name in known:
        return known[name]
    if cache is None:
        cache = session.info.setdefault(NEW_AUTHORS, {}) if known is not None else None
    if cache is not None and name in cache:
        return cache[name]
    found = session.execute(select(Author.id).where(Author.name == name)).scalar()
    if found is None:
        found = session.execute(insert(Author).values(name=name).returning(Author.id)).scalar_one()
    if cache is not None:
        cache[name] = found
    return found


def _key_map(session: Session, model, case_id: int) -> dict[str, int]:
    return dict(session.execute(select(model.key, model.id).where(model.case_id == case_id)).all())


def import_case(session: Session, data: dict) -> str:
    """Write a validated case into the store within the caller's transaction; return its slug.

    Step 9, write: each kind of record is written after the records it refers to, and each step
    hands on the map from the file's ids to the store's ids that the next steps need.
    """
    slug = unique_slug(session, data["slug"])
    case_id = session.execute(
        insert(Case)
        .values(slug=slug, title=data["title"], description=data["description"])
        .returning(Case.id)
    ).scalar_one()
    source_ids, side_ids = _write_sources_and_sides(session, case_id, data)
    tag_ids = _write_tags(session, case_id, data["tags"])
    evidence_ids = _write_evidence(session, case_id, data["evidence"], tag_ids)
    write_versions(session, data["sources"], source_ids)
    claim_ids = _write_claims(session, case_id, data["claims"], source_ids, side_ids)
    write_candidates(session, data["claims"], claim_ids)
    _write_assessments(session, data["claims"], claim_ids)
    _write_claim_tags(session, data["claims"], claim_ids, tag_ids)
    _write_attachments(session, data["claims"], claim_ids, evidence_ids)
    _write_links(session, case_id, data["links"], claim_ids)
    if data.get("classroom") is not None:
        session.execute(insert(Classroom).values(case_id=case_id, **data["classroom"]))
    return slug


def _insert_records(
    session: Session, model, case_id: int, items: list[dict], values: Callable[[dict], dict]
) -> None:
    """One row of the case per file record, in file order, with the record's file id as key."""
    if items:
        session.execute(
            insert(model.__table__),
            [
                {"case_id": case_id, "key": item["id"], "position": i, **values(item)}
                for i, item in enumerate(items)
            ],
        )


def _all_but_id(item: dict) -> dict:
    return {k: v for k, v in item.items() if k not in ("id", "versions")}


def _source_values(item: dict) -> dict:
    """A source's columns: its fields, with the optional `file` object in columns of its own."""
    values = {k: v for k, v in item.items() if k not in ("id", "file")}
    file = item.get("file") or {}
    # Every row names every column: one batch insert takes its columns from the first row.
    values.update(
        file_name=file.get("name"),
        file_sha256=file.get("sha256"),
        extractor=file.get("extractor"),
        encoding=file.get("encoding"),
        kind=file.get("kind"),
    )
    return values


def _source_dict(s, revised: bool = False) -> dict:
    """A source as the case file holds it; the `file` object only for a source read from one,
    its `versions` only in a version 2 file (a case with a revised source)."""
    data = {
        "id": s.key,
        "title": s.title,
        "publisher": s.publisher,
        "url": s.url,
        "date": s.date,
        "language": s.language,
        "quality_note": s.quality_note,
        "text": s.text,
    }
    if revised:
        data["versions"] = versions_of(s)
    if s.file is not None:
        data["file"] = {
            "name": s.file.name,
            "sha256": s.file.sha256,
            "extractor": s.file.extractor,
            "encoding": s.file.encoding,
            "kind": s.file.kind,
        }
    return data


def _write_sources_and_sides(
    session: Session, case_id: int, data: dict
) -> tuple[dict[str, int], dict[str, int]]:
    """The sources and the two sides; their ids by file id."""
    _insert_records(session, Source, case_id, data["sources"], _source_values)
    _insert_records(session, Side, case_id, data["sides"], _all_but_id)
    return _key_map(session, Source, case_id), _key_map(session, Side, case_id)


def _write_tags(session: Session, case_id: int, tags: list[dict]) -> dict[str, int]:
    """The tags, then their parents (a parent may come later in the file); ids by file id."""
    _insert_records(
        session, Tag, case_id, tags, lambda t: {k: t[k] for k in ("name", "color", "icon")}
    )
    tag_ids = _key_map(session, Tag, case_id)
    for t in tags:
        if t["parent"] is not None:
            session.execute(
                Tag.__table__.update()
                .where(Tag.__table__.c.id == tag_ids[t["id"]])
                .values(parent_id=tag_ids[t["parent"]])
            )
    return tag_ids


def _write_evidence(
    session: Session, case_id: int, evidence: list[dict], tag_ids: dict[str, int]
) -> dict[str, int]:
    """The evidence records and their tags; ids by file id."""
    _insert_records(
        session, Evidence, case_id, evidence, lambda e: {k: e[k] for k in _EVIDENCE_FIELDS}
    )
    evidence_ids = _key_map(session, Evidence, case_id)
    evidence_tags = [
        {"evidence_id": evidence_ids[e["id"]], "tag_id": tag_ids[t], "position": j}
        for e in evidence
        for j, t in enumerate(e["tags"])
    ]
    if evidence_tags:
        session.execute(insert(EvidenceTag.__table__), evidence_tags)
    return evidence_ids


def _write_claims(
    session: Session,
    case_id: int,
    claims: list[dict],
    source_ids: dict[str, int],
    side_ids: dict[str, int],
) -> dict[str, int]:
    """The claims, each on its side and in its source; ids by file id."""
    _insert_records(
        session,
        Claim,
        case_id,
        claims,
        lambda c: {
            "side_id": side_ids[c["side"]],
            "source_id": source_ids[c["source"]],
            **{k: c[k] for k in _CLAIM_FIELDS},
            **anchor_values(c),
        },
    )
    return _key_map(session, Claim, case_id)


def _write_assessments(session: Session, claims: list[dict], claim_ids: dict[str, int]) -> None:
    """One assessment per claim: status, rationale and who assessed it."""
    authors: dict[str, int] = {}
    if claims:
        session.execute(
            insert(Assessment.__table__),
            [
                {
                    "claim_id": claim_ids[c["id"]],
                    "status": c["status"],
                    "rationale": c["rationale"],
                    "author_id": author_id(session, c["assessed_by"], authors),
                }
                for c in claims
            ],
        )


def _write_claim_tags(
    session: Session, claims: list[dict], claim_ids: dict[str, int], tag_ids: dict[str, int]
) -> None:
    """The claims' tags, in the order each claim names them."""
    claim_tags = [
        {"claim_id": claim_ids[c["id"]], "tag_id": tag_ids[t], "position": j}
        for c in claims
        for j, t in enumerate(c["tags"])
    ]
    if claim_tags:
        session.execute(insert(ClaimTag.__table__), claim_tags)


def _write_attachments(
    session: Session, claims: list[dict], claim_ids: dict[str, int], evidence_ids: dict[str, int]
) -> None:
    """The evidence attached to each claim, with its stance and note."""
    attachments = [
        {
            "claim_id": claim_ids[c["id"]],
            "evidence_id": evidence_ids[a["evidence"]],
            "position": j,
            "stance": a["stance"],
            "note": a["note"],
        }
        for c in claims
        for j, a in enumerate(c["evidence"])
    ]
    if attachments:
        session.execute(insert(ClaimEvidence.__table__), attachments)


def _write_links(
    session: Session, case_id: int, links: list[dict], claim_ids: dict[str, int]
) -> None:
    """The links between an allegation claim and a response claim, with relation and note."""
    _insert_records(
        session,
        Link,
        case_id,
        links,
        lambda link: {
            "allegation_id": claim_ids[link["allegation"]],
            "response_id": claim_ids[link["response"]],
            "relation": link["relation"],
            "note": link["note"],
        },
    )


_CLAIM_FIELDS = ("start", "end", "quote", "paraphrase", "speaker", "kind", "notes")
_EVIDENCE_FIELDS = (
    "title",
    "kind",
    "citation",
    "date",
    "url",
    "reliability",
    "credibility",
    "summary",
)


def case_to_dict(case: CaseSnapshot) -> dict:
    """Turn a case read from the store into the case-file object."""
    source_key = {s.id: s.key for s in case.sources}
    side_key = {s.id: s.key for s in case.sides}
    claim_key = {c.id: c.key for c in case.claims}
    tag_key = {t.id: t.key for t in case.tags}
    evidence_key = {e.id: e.key for e in case.evidence}
    revised = is_revised(case)
    data = {
        "format": FORMAT,
        "version": VERSION if revised else 1,
        "slug": case.slug,
        "title": case.title,
        "description": case.description,
        "sources": [_source_dict(s, revised) for s in case.sources],
        "sides": [
            {"id": s.key, "role": s.role, "party": s.party, "description": s.description}
            for s in case.sides
        ],
        "claims": [
            {
                "id": c.key,
                "side": side_key[c.side_id],
                "source": source_key[c.source_id],
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
                "paraphrase": c.paraphrase,
                "speaker": c.speaker,
                "kind": c.kind,
                "status": c.status,
                "rationale": c.rationale,
                "assessed_by": c.assessed_by,
                "tags": [tag_key[t] for t in c.tag_ids],
                "evidence": [
                    {"evidence": evidence_key[a.evidence_id], "stance": a.stance, "note": a.note}
                    for a in c.evidence
                ],
                "notes": c.notes,
                **({"anchor": anchor_of(c)} if revised else {}),
            }
            for c in case.claims
        ],
        "links": [
            {
                "id": link.key,
                "allegation": claim_key[link.allegation_id],
                "response": claim_key[link.response_id],
                "relation": link.relation,
                "note": link.note,
            }
            for link in case.links
        ],
        "evidence": [
            {
                "id": e.key,
                "title": e.title,
                "kind": e.kind,
                "citation": e.citation,
                "date": e.date,
                "url": e.url,
                "reliability": e.reliability,
                "credibility": e.credibility,
                "summary": e.summary,
                "tags": [tag_key[t] for t in e.tag_ids],
            }
            for e in case.evidence
        ],
        "tags": [
            {
                "id": t.key,
                "name": t.name,
                "color": t.color,
                "icon": t.icon,
                "parent": tag_key.get(t.parent_id) if t.parent_id is not None else None,
            }
            for t in case.tags
        ],
    }
    # Only a student copy has this field, so every other case file stays as it was.
    if case.classroom is not None:
        data["classroom"] = {
            "student_copy_of": case.classroom.student_copy_of,
            "student": case.classroom.student,
        }
    return data


def dumps_case(data: dict) -> str:
    """Serialise a case-file object the way Counterpoint writes it."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
