"""Japanese, end to end on the command line: the exports' own words translated (LANGUAGE=ja), a
Japanese case title, paraphrase and rationale, and every glyph there in every PDF (the bundled
Counterpoint JP font; a fresh machine has no CJK font)."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from models import library
from models.case_edits import update_case
from models.claim_edits import update_claim
from models.operations import set_assessment

SLUG = library.SEED_SLUG
TITLE = "ファーウェイのバックドア疑惑（2020年）"
PARAPHRASE = "米国は、ファーウェイが通信機器に秘密の裏口を設けていると主張している。"
RATIONALE = "証拠は示されていない。"  # short: one line, not interleaved with a column
CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")

# What each PDF must say in Japanese: its own headings and the case's Japanese text.
EXPECTED = {
    "pdf": [
        "注釈付き比較",
        "申し立てと反論",
        "概要と凡例",
        "根拠のない主張",
        PARAPHRASE,
        RATIONALE,
    ],
    "worksheet": ["ワークシート", "申し立て 1 /", "理由:", "裏付けあり"],
    "answer-key": ["解答", "教員用", RATIONALE],
}


@pytest.fixture
def japanese_store(cli_db, monkeypatch):
    """The command line's store with the Huawei case given a Japanese title and claim text."""
    store = library.open_library(cli_db)
    try:
        case = library.snapshot(store, SLUG)
        update_case(store, case.id, title=TITLE, author="Tester")
        claim = next(c for c in case.claims if c.role == "allegation")
        update_claim(store, claim.id, paraphrase=PARAPHRASE, author="Tester")
        set_assessment(store, claim.id, status="unsupported", rationale=RATIONALE, author="分析者")
    finally:
        store.close()
    monkeypatch.setenv("LANGUAGE", "ja")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return cli_db


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("fmt", sorted(EXPECTED))
def test_every_pdf_in_japanese_has_every_glyph(japanese_store, tmp_path, run_cli, fmt):
    out = tmp_path / f"{fmt}.pdf"
    result = run_cli(
        "--db", japanese_store, "export", "--case", SLUG, "--format", fmt, "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
        text = _flat("".join(page.extract_text() or "" for page in pdf.pages))
    assert chars
    assert not [c for c in chars if c["text"] in ("\ufffd", "\x00", "")], "a missing glyph"
    assert not [c for c in chars if "notdef" in c.get("fontname", "")]
    japanese = [c for c in chars if CJK.match(c["text"])]
    assert len(japanese) > 50
    # Each Japanese character is set in the bundled font, whatever the machine has installed.
    fonts = {c["fontname"].split("+")[-1] for c in japanese}
    assert fonts <= {"CounterpointJP-Regular", "CounterpointJP-Bold"}, fonts
    assert "CounterpointJP-Regular" in fonts
    for words in EXPECTED[fmt]:
        assert _flat(words) in text, words
    if fmt == "pdf":
        assert _flat(TITLE) in text


def test_html_and_markdown_are_in_japanese(japanese_store, tmp_path, run_cli):
    for fmt, words in (
        ("html", ['lang="ja"', "<h2>概要</h2>", "申し立てと反論"]),
        ("md", ["## 概要"]),
    ):
        out = tmp_path / f"case.{fmt}"
        result = run_cli(
            "--db", japanese_store, "export", "--case", SLUG, "--format", fmt, "--out", str(out)
        )
        assert result.returncode == 0, result.stderr
        written = out.read_text(encoding="utf-8")
        for word in [*words, "根拠のない主張", RATIONALE]:
            assert word in written, (fmt, word)
        assert "Summary" not in written and "Allegations and responses" not in written
