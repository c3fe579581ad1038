"""The export modules define each top-level function and class once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    str(p.relative_to(ROOT))
    for folder in ("ui/pdf", "models/exports")
    for p in (ROOT / folder).glob("*.py")
)


@pytest.mark.parametrize("module", MODULES)
def test_no_function_or_class_is_defined_twice(module):
    # A second definition silently replaces the first, so an edit to the first does nothing.
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    defined = Counter(
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    )
    assert [name for name, n in defined.items() if n > 1] == []
