"""The annotated comparison as Markdown, every outside text escaped so it shows literally."""

from __future__ import annotations

import re

from models.exports.content import (
    ClaimBlock,
    ExportContent,
    assessor,
    grade_text,
    made_by,
    relation_rows,
    segments,
    source_spans,
    summary_rows,
)
from models.exports.isolate import isolate
from models.vocabulary import label

# Backslash-escape what Markdown or inline HTML would act on: emphasis, code, links and images,
# tables, headings, entities and tags. CommonMark shows a backslash-escaped character as itself.
_SPECIAL = re.compile(r"([\\`*_\[\]<>&#|~])")


_LINE_START = re.compile(r"^(\d+(?=[.)])|)([-+=.)])")


def md(text: str | None) -> str:
    """Outside text made safe for Markdown: specials escaped, on one line, bidi isolated."""
    flat = isolate(" ".join((text or "").split()))
    # A leading "-", "+", "=" or "1." would start a list or a heading where the text begins a line.
    return _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", flat))


def render(content: ExportContent) -> str:
    """The whole document."""
    out: list[str] = [f"# {md(content.title)}", "", md(content.case.description), ""]
    out += ["| Source | Publisher | Date | URL |", "| --- | --- | --- | --- |"]
    for s in content.sources:
        out.append(f"| {md(s.title)} | {md(s.publisher)} | {md(s.date)} | {md(s.url)} |")
    out += [
        "",
        f"Allegation: {md(content.party('allegation'))}. "
        f"Response: {md(content.party('response'))}.",
        "",
        f"Exported by {md(content.exported_by)} on {md(content.exported_on)} with Counterpoint.",
        "",
    ]
    if content.filter_note:
        out += [f"Only the claims matching {md(content.filter_note)}.", ""]
    out += _summary(content) + _legend(content) + _pairs(content)
    out += _list("Unanswered allegations", content.unanswered, "No allegation is unanswered.")
    out += _list(
        "Responses not linked to an allegation", content.unlinked, "Every response is linked."
    )
    if content.orphaned:
        out += _list("Responses whose allegations the filter left out", content.orphaned, "")
    out += _references(content)
    if content.options.source_appendix:
        out += _appendix(content)
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(content: ExportContent) -> list[str]:
    a, r = md(content.party("allegation")), md(content.party("response"))
    out = ["## Summary", "", f"| Status | {a} | {r} | Total |", "| --- | ---: | ---: | ---: |"]
    out += [f"| {md(name)} | {x} | {y} | {t} |" for name, x, y, t in summary_rows(content)]
    out += ["", "| Relation | Links |", "| --- | ---: |"]
    out += [f"| {md(name)} | {n} |" for name, n in relation_rows(content)]
    s = content.summary
    out += [f"| Total | {s.links} |", ""]
    out += [f"{s.claims} claims, {s.links} links, {s.evidence} evidence records.", ""]
    return out


def _legend(content: ExportContent) -> list[str]:
    out = ["## Legend", "", "| Badge | Meaning |", "| --- | --- |"]
    out += [
        f"| **{md(badge)}** | {md(meaning)} |" for _, badge, meaning in content.legend_statuses()
    ]
    relations = ", ".join(md(r) for r in content.legend_relations())
    out += ["", f"Relations (how a response answers an allegation): {relations}.", ""]
    rel, cred = content.legend_grades()
    out += [
        "Evidence grades (Admiralty scale):",
        "",
        "| Reliability | Meaning | Credibility | Meaning |",
        "| --- | --- | --- | --- |",
    ]
    out += [
        f"| {a} | {md(am)} | {b} | {md(bm)} |" for (a, am), (b, bm) in zip(rel, cred, strict=True)
    ]
    out += ["", "\\[E1\\], \\[E2\\], \u2026 refer to the evidence listed at the end.", ""]
    return out


def claim_md(block: ClaimBlock, level: str = "###") -> list[str]:
    """One claim: a heading with its badge, the quote, then what the analyst found."""
    c = block.claim
    out = [f"{level} {md(c.key)} \u2014 **{md(block.badge)}**", ""]
    kind = f"*{md(label(c.kind))}*"
    out += [f"{kind} \u00b7 {md(c.speaker)}" if c.speaker else kind, ""]
    out += [f"> \u201c{md(c.quote)}\u201d", ""]
    if block.anchor_mark:
        out += [f"**\u26a0 {md(block.anchor_mark)}**", ""]
    if c.paraphrase:
        out += [f"Meaning: *{md(c.paraphrase)}*", ""]
    if block.tags:
        out += ["Tags: " + ", ".join(f"`{_code(t.name)}`" for t in block.tags), ""]
    if c.rationale:
        who = f" ({md(assessor(c))})" if assessor(c) else ""
        out += [f"**Rationale{who}:** {md(c.rationale)}", ""]
    if block.evidence:
        out.append("**Evidence:**")
        out.append("")
        for r in block.evidence:
            note = f" \u2014 {md(r.note)}" if r.note else ""
            out.append(f"- \\[E{r.number}\\] {md(label(r.stance))}{note}")
        out.append("")
    return out


def _code(text: str) -> str:
    # Inside a code span nothing is interpreted; only a backtick could end it early.
    return isolate(" ".join(text.split()).replace("`", "\u02cb"))


def _pairs(content: ExportContent) -> list[str]:
    out = ["## Allegations and responses", ""]
    if not content.pairs:
        out += ["No allegation has a linked response.", ""]
    for pair in content.pairs:
        out += claim_md(pair.allegation)
        for linked in pair.responses:
            out += [
                f"#### \u2190 {md(content.party('response'))} {md(linked.relation)} "
                f"({md(linked.response.claim.key)})"
                + (f" \u00b7 by {md(made_by(linked.link.stamp))}" if linked.link.stamp else ""),
                "",
            ]
            if linked.link.note:
                out += [f"*Link note:* {md(linked.link.note)}", ""]
            out += [f"> {line}" if line else ">" for line in claim_md(linked.response, "####")]
            out.append("")
        if pair.hidden:
            out += [f"*{pair.hidden} linked response(s) not shown: the filter left them out.*", ""]
        out += ["---", ""]
    return out


def _list(title: str, blocks, none_text: str) -> list[str]:
    out = [f"## {title}", ""]
    if not blocks:
        return out + [none_text, ""]
    for block in blocks:
        out += claim_md(block)
    return out


def _references(content: ExportContent) -> list[str]:
    out = ["## Evidence", ""]
    for ref in content.references:
        e = ref.evidence
        url = f" \u00b7 {md(e.url)}" if e.url else ""
        out += [
            f"**\\[E{ref.number}\\]** {md(e.citation)}",
            "",
            f"{md(label(e.kind))} \u00b7 {md(e.date or 'undated')} \u00b7 "
            f"Grade {md(grade_text(e))}{url}"
            + (f" \u00b7 added by {md(made_by(e.stamp))}" if made_by(e.stamp) else ""),
            "",
            md(e.summary),
            "",
        ]
    if not content.references:
        out += ["No evidence.", ""]
    return out


def _appendix(content: ExportContent) -> list[str]:
    out = ["## Appendix: source text", ""]
    for source in content.sources:
        out += [f"### {md(source.title)}", ""]
        if source.quality_note:
            out += [f"*{md(source.quality_note)}*", ""]
        for paragraph in _paragraphs(content, source):
            out += [paragraph, ""]
    out += ["Claim spans are in bold, each followed by its claim id in brackets.", ""]
    return out


def _paragraphs(content: ExportContent, source) -> list[str]:
    """The source text, a paragraph per line, claim spans in bold followed by their ids."""
    # Each line is a list of (covered?, raw text) runs; None marks an id, already escaped.
    lines: list[list[tuple[bool | None, str]]] = [[]]
    for start, piece, covering in segments(source.text, source_spans(content, source.id)):
        for n, part in enumerate(piece.split("\n")):
            if n:
                lines.append([])
            if part:
                lines[-1].append((bool(covering), part))
        ends = "".join(f" \\[{md(c.key)}\\]" for c in covering if c.end == start + len(piece))
        if ends:
            # A span that ends with a line break gets its ids on the line its words are on.
            line = next((ln for ln in reversed(lines) if "".join(t for _, t in ln).strip()), None)
            (line if line is not None else lines[-1]).append((None, ends))
    return [text for text in map(_markdown_line, lines) if text]


def _markdown_line(runs: list[tuple[bool | None, str]]) -> str:
    """One source line as a Markdown paragraph: escaped, bold runs closed on the same line."""
    merged: list[tuple[bool | None, str]] = []
    for covered, text in runs:
        if merged and covered is not None and merged[-1][0] == covered:
            merged[-1] = (covered, merged[-1][1] + text)  # "**a****b**" would not be bold
        else:
            merged.append((covered, text))
    out: list[str] = []
    for covered, text in merged:
        if covered is None:
            out.append(text)
            continue
        at_start = not "".join(out).strip()
        escaped = _SPECIAL.sub(r"\\\1", isolate(text.lstrip() if at_start else text))
        if at_start:
            # What begins a line could start a list or a heading ("- ", "+ ", "1. ").
            escaped = _LINE_START.sub(r"\1\\\2", escaped)
        core = escaped.strip()
        if covered and core:
            lead = escaped[: len(escaped) - len(escaped.lstrip())]
            trail = escaped[len(escaped.rstrip()) :]
            escaped = f"{lead}**{core}**{trail}"
        out.append(escaped)
    return "".join(out).strip()
