"""Run the W3C Web Annotation test suite's MUST assertions over an annotation.

The suite (../shared/conformance/web-annotation-tests) lists in annotationMusts.test the JSON
Schema (draft-04) files every annotation must satisfy; they refer to shared definitions by id,
which a registry of the files in definitions/ resolves. Format checking is on, with "uri" checked
by rfc3986-validator (MIT) against RFC 3986's grammar rather than by whatever validator jsonschema
happens to find installed (it prefers rfc3987, which is GPL and unmaintained).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from rfc3986_validator import validate_rfc3986

from tests.conftest import SHARED

SUITE = SHARED / "conformance" / "web-annotation-tests"
SAMPLES = SUITE / "tools" / "samples"


@dataclass(frozen=True)
class Assertion:
    """One MUST assertion: its file, its schema, what is expected, and what a miss means."""

    name: str
    schema: dict
    expected_valid: bool
    fails_on_miss: bool
    message: str


def _is_uri(instance: object) -> bool:
    return not isinstance(instance, str) or validate_rfc3986(instance, rule="URI") is not None


@cache
def format_checker() -> FormatChecker:
    """Draft 4's format checks, with "uri" checked by rfc3986-validator."""
    checker = FormatChecker(formats=())
    checker.checkers = dict(Draft4Validator.FORMAT_CHECKER.checkers)  # a copy: the class's stays
    checker.checks("uri")(_is_uri)
    return checker


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append(
            (schema["id"], Resource.from_contents(schema, default_specification=DRAFT4))
        )
    return Registry().with_resources(resources)


@cache
def must_assertions() -> tuple[Assertion, ...]:
    """The assertions listed in annotationMusts.test, loaded."""
    test = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text(encoding="utf-8"))
    out = []
    for rel in test["assertions"]:
        schema = json.loads((SUITE / rel).read_text(encoding="utf-8"))
        out.append(
            Assertion(
                name=rel,
                schema=schema,
                expected_valid=schema.get("expectedResult", "valid") == "valid",
                fails_on_miss=schema.get("onUnexpectedResult", "failAndContinue").startswith(
                    "fail"
                ),
                message=schema.get("errorMessage", rel),
            )
        )
    return tuple(out)


def failures(annotation: object) -> list[str]:
    """The MUST assertions an annotation fails, as "file: message" lines (empty when it passes)."""
    out = []
    for assertion in must_assertions():
        validator = Draft4Validator(
            assertion.schema,
            registry=_registry(),
            format_checker=format_checker(),
        )
        valid = validator.is_valid(annotation)
        if valid != assertion.expected_valid and assertion.fails_on_miss:
            out.append(f"{assertion.name}: {assertion.message}")
    return out


def sample_failures(path: Path) -> list[str]:
    """Failures of one sample file; a file that is not JSON fails as such."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"not JSON: {exc}"]
    return failures(data)
