"""Bidi controls from a case cannot reorder the app's own words in HTML or Markdown, and a NUL
that an older store holds never reaches an export."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import update

from models.exports import export_snapshot
from models.exports.isolate import FSI, PDI, isolate
from models.schema import Claim, Evidence
from tests.conftest import make_case

RLO, LRE, PDF, RLI = "\u202e", "\u202a", "\u202c", "\u2067"
OPENERS = {"\u202a": PDF, "\u202b": PDF, "\u202d": PDF, "\u202e": PDF}
OPENERS |= {"\u2066": PDI, "\u2067": PDI, "\u2068": PDI}
CONTROLS = set(OPENERS) | {PDF, PDI}

# An override left open would show "Rationale: …" and everything after it mirrored.
HOSTILE_QUOTE = f"the vendor {RLO}hides a backdoor"
HOSTILE_PARTY = f"Minister {RLI}of {LRE}state"


def _outside_isolates(line: str) -> list[str]:
    """The characters of a line that sit in an embedding or override not inside an isolate."""
    stack: list[str] = []
    exposed = []
    for char in line:
        if char in OPENERS:
            stack.append(char)
        elif char in (PDF, PDI):
            closer_of = [o for o in stack if OPENERS[o] == char]
            if closer_of:
                while stack.pop() != closer_of[-1]:
                    pass
        elif stack and stack[0] != FSI and char.strip():
            exposed.append(char)
    if stack:
        exposed.append("<left open at the end of the line>")
    return exposed


@pytest.fixture
def bidi_case(store):
    """A case whose quote, party, tag name and citation carry bidi controls left open."""
    from models.library import import_data, snapshot

    data = make_case(slug="bidi")
    text = f"The minister said {HOSTILE_QUOTE}. The vendor said it never did."
    data["sources"][0]["text"] = text
    start = text.index(HOSTILE_QUOTE)
    data["claims"][0].update(start=start, end=start + len(HOSTILE_QUOTE), quote=HOSTILE_QUOTE)
    r_start = text.index("it never did")
    data["claims"][1].update(start=r_start, end=r_start + len("it never did"))
    data["sides"][0]["party"] = HOSTILE_PARTY
    data["tags"][1]["name"] = f"{RLO}Denial"
    data["evidence"][0]["citation"] = f"Standard {RLO}1"
    data["claims"][0]["rationale"] = f"{RLO}No evidence"
    return snapshot(store, import_data(store, data))


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_bidi_controls_from_a_case_stay_inside_their_isolates(bidi_case, tmp_path, options, fmt):
    out = tmp_path / f"bidi.{fmt}"
    export_snapshot(bidi_case, fmt, out, replace(options, source_appendix=True))
    page = out.read_text(encoding="utf-8")
    assert RLO in page  # the case's text is kept, not cleaned up
    for number, line in enumerate(page.splitlines(), 1):
        assert not _outside_isolates(line), f"line {number} can be reordered: {line!r}"


def test_isolate_closes_what_the_text_leaves_open_and_leaves_plain_text_alone():
    assert isolate("plain words") == "plain words"
    assert isolate(f"a{RLO}b") == f"{FSI}a{RLO}b{PDF}{PDI}"
    assert isolate(f"{RLI}x{LRE}y") == f"{FSI}{RLI}x{LRE}y{PDF}{PDI}{PDI}"
    assert (
        isolate(f"{RLO}closed{PDF} and {PDI} stray")
        == f"{FSI}{RLO}closed{PDF} and {PDI} stray{PDI}"
    )
    assert isolate("a\x00b") == "a\ufffdb"


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_nul_an_older_store_holds_never_reaches_an_export(store, tmp_path, options, fmt):
    from models.library import SEED_SLUG, snapshot

    case = snapshot(store, SEED_SLUG)
    with store.transaction() as s:  # as SQLite let an older version store it
        s.execute(update(Claim).where(Claim.id == case.claims[0].id).values(notes="a\x00b"))
        s.execute(update(Claim).where(Claim.id == case.claims[0].id).values(paraphrase="p\x00q"))
        s.execute(
            update(Evidence).where(Evidence.id == case.evidence[0].id).values(summary="s\x00t")
        )
    out = tmp_path / f"nul.{fmt}"
    export_snapshot(snapshot(store, SEED_SLUG), fmt, out, replace(options, source_appendix=True))
    page = out.read_text(encoding="utf-8")
    assert "\x00" not in page
    assert "p\ufffdq" in page and "s\ufffdt" in page
