"""What the panes show under a filter is exactly what every export of that filter contains.

The filter is set through the real filter bar of the real window, and exported through the real
export dialog (HTML, Markdown, CSV, W3C; the PDF for two rows) and the command line (one row).
"""

from __future__ import annotations

import csv
import io
import json
import re

from pypdf import PdfReader
from PySide6.QtCore import Qt

from models.claim_filter import search_text, tag_names
from models.vocabulary import STATUSES, label
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)

TEXT_FORMATS = ("html", "md", "csv", "w3c")


def _keys_in(fmt: str, text: str, keys: set[str]) -> set[str]:
    """The claims an exported file holds, by key."""
    if fmt == "csv":
        return {row["id"] for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}
    if fmt == "md":
        return set(re.findall(r"^(?:> )?#+ (\S+) \u2014 ", text, flags=re.M)) & keys
    if fmt == "html":
        return set(re.findall(r'<article class="claim [a-z]+" id="claim-([^"]+)"', text))
    if fmt == "w3c":
        items = json.loads(text)["first"]["items"]
        return {i["id"].rsplit(":", 1)[1] for i in items if ":annotation:" in i["id"]}
    # pdf: each card's heading is "key · kind · speaker"
    flat = " ".join(text.split())
    return {k for k in keys if re.search(rf"(?<![\w-]){re.escape(k)} \u00b7", flat)}


def _needles(case) -> list[tuple[str, str, str]]:
    """(field, text, key of the claim that holds it in that field and in no other field)."""
    names = tag_names(case)
    fields = {
        "key": lambda c: [c.key],
        "quote": lambda c: re.findall(r"[A-Za-z]{7,}", c.quote),
        "paraphrase": lambda c: re.findall(r"[A-Za-z]{7,}", c.paraphrase or ""),
        "speaker": lambda c: re.findall(r"[A-Za-z]{5,}", c.speaker or ""),
        "rationale": lambda c: re.findall(r"[A-Za-z]{7,}", c.rationale),
        "notes": lambda c: re.findall(r"[A-Za-z]{7,}", c.notes),
        "tag name": lambda c: [names[t] for t in c.tag_ids],
        "kind": lambda c: [label(c.kind)],
    }
    out = []
    for field, values in fields.items():
        found = None
        for claim in case.claims:
            whole = search_text(claim, names)
            for value in values(claim):
                # Only in this field: then the claim can be shown for no other reason.
                if whole.count(value.casefold()) == 1 and "\x1f" not in value:
                    found = (field, value, claim.key)
                    break
            if found:
                break
        assert found, f"the Huawei case has no claim to find by its {field}"
        out.append(found)
    return out


def _rows(case):
    """(name, steps, key that must be shown); a step is (control, value)."""
    rows = [(f"text in {f}: {t}", [("text", t)], key) for f, t, key in _needles(case)]
    rows += [(f"text {t}", [("text", t)], None) for t in ("us-1", "Appeal to standards", "Denial")]
    rows += [(f"status {s}", [("status", s)], None) for s in STATUSES]
    rows += [(f"tag {t.name}", [("tag", t.id)], None) for t in case.tags]
    rows += [
        ("side alone", [("side", "response")], None),
        ("allegation side, text", [("side", "allegation"), ("text", "Huawei")], None),
        ("response side, status", [("side", "response"), ("status", "unsupported")], None),
        ("both sides, status", [("side", "both"), ("status", "disputed")], None),
        ("unanswered", [("unanswered", True)], None),
        ("unanswered, both sides", [("unanswered", True), ("side", "both")], None),
        ("status and tag", [("status", "unsupported"), ("tag", case.tags[0].id)], None),
        (
            "text, tag and side",
            [("side", "response"), ("tag", case.tags[0].id), ("text", "the")],
            None,
        ),
    ]
    return rows


def _apply(qtbot, bar, steps) -> None:
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    for control, value in steps:
        if control == "text":
            bar.search.setFocus()
            qtbot.keyClicks(bar.search, value)
            qtbot.waitUntil(lambda v=value: bar.state.text == v)  # typing settled and applied
        elif control == "unanswered":
            qtbot.mouseClick(bar.unanswered, Qt.MouseButton.LeftButton)
        else:
            combo = getattr(bar, control)
            combo.setCurrentIndex(combo.findData(value))


def _shown(window) -> dict[str, list[str]]:
    case = window.session.snapshot
    out = {}
    for role, pane in window.comparison.panes.items():
        model = pane.model
        out[role] = [case.claim(model.claim_id(r)).key for r in range(model.rowCount())]
    return out


def _export(qtbot, window, fmt: str, target) -> str:
    dialog = window.export_requested(fmt)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.deleteLater()
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(target).pages)
    return target.read_text(encoding="utf-8")


def test_every_export_holds_exactly_the_claims_the_panes_show(
    qtbot, open_main_window, tmp_path, db_path, run_cli
):
    window = open_main_window()
    bar, case = window.filter_bar, window.session.snapshot
    keys = {c.key for c in case.claims}
    rows = _rows(case)
    narrowed = set()
    for n, (name, steps, must_show) in enumerate(rows):
        _apply(qtbot, bar, steps)
        shown = _shown(window)
        kept = set(shown["allegation"]) | set(shown["response"])
        if must_show is not None:
            assert must_show in kept, name
        if kept != keys:
            narrowed.add(name)
        for role, label_ in window.count_labels.items():
            total = len(case.claims_of(role))
            if len(shown[role]) != total:
                assert f"({len(shown[role])} shown)" in label_.message(), name
        formats = TEXT_FORMATS + (("pdf",) if name in ("text us-1", "unanswered") else ())
        for fmt in formats:
            text = _export(qtbot, window, fmt, tmp_path / f"row{n}.{fmt}")
            assert _keys_in(fmt, text, keys) == kept, f"{name}: {fmt}"
    assert len(narrowed) > len(rows) // 2  # the table is not a list of filters that keep all

    # The command line with the same filter as the last combination but one.
    _apply(qtbot, bar, [("side", "response"), ("status", "unsupported"), ("text", "Huawei")])
    shown = _shown(window)
    assert shown["allegation"] and 0 < len(shown["response"]) < len(case.claims_of("response"))
    out = tmp_path / "cli.csv"
    result = run_cli(
        "--db", str(db_path), "export", "--case", case.slug, "--format", "csv", "--out", str(out),
        "--side", "response", "--status", "unsupported", "--text", "Huawei",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    cli = _keys_in("csv", out.read_text(encoding="utf-8-sig"), keys)
    assert cli == set(shown["allegation"]) | set(shown["response"])
