"""The annotated comparison as Markdown, every outside text escaped so it shows literally."""

from __future__ import annotations

import re

from models.exports.content import (
    ClaimBlock,
    ExportContent,
    assessed,
    grade_text,
    made,
    relation_rows,
    segments,
    source_spans,
    summary_rows,
)
from models.exports.content import word as label
from models.exports.isolate import isolate
from models.i18n import Context, fill

Export = Context("Export")

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
    heads = [
        Export.tr("Source"),
        Export.tr("Publisher"),
        Export.tr("Date"),
        Export.tr("URL"),
    ]
    out += ["| " + " | ".join(md(h) for h in heads) + " |", "| --- | --- | --- | --- |"]
    for s in content.sources:
        out.append(f"| {md(s.title)} | {md(s.publisher)} | {md(s.date)} | {md(s.url)} |")
    sides = md(Export.tr("Allegation: %1. Response: %2."))
    exported = md(Export.tr("Exported by %1 on %2 with Counterpoint."))
    out += [
        "",
        fill(sides, md(content.party("allegation")), md(content.party("response"))),
        "",
        fill(exported, md(content.exported_by), md(content.exported_on)),
        "",
    ]
    if content.filter_note:
        only = md(Export.tr("Only the claims matching %1."))
        out += [fill(only, md(content.filter_note)), ""]
    out += _summary(content) + _legend(content) + _pairs(content)
    out += _list(
        Export.tr("Unanswered allegations"),
        content.unanswered,
        Export.tr("No allegation is unanswered."),
    )
    out += _list(
        Export.tr("Responses not linked to an allegation"),
        content.unlinked,
        Export.tr("Every response is linked."),
    )
    if content.orphaned:
        title = Export.tr("Responses whose allegations the filter left out")
        out += _list(title, content.orphaned, "")
    out += _references(content)
    if content.options.source_appendix:
        out += _appendix(content)
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(content: ExportContent) -> list[str]:
    a, r = md(content.party("allegation")), md(content.party("response"))
    total, status = md(Export.tr("Total")), md(Export.tr("Status"))
    relation, links = md(Export.tr("Relation")), md(Export.tr("Links"))
    out = ["## " + md(Export.tr("Summary")), ""]
    out += [f"| {status} | {a} | {r} | {total} |", "| --- | ---: | ---: | ---: |"]
    out += [f"| {md(name)} | {x} | {y} | {t} |" for name, x, y, t in summary_rows(content)]
    out += ["", f"| {relation} | {links} |", "| --- | ---: |"]
    out += [f"| {md(name)} | {n} |" for name, n in relation_rows(content)]
    s = content.summary
    out += [f"| {total} | {s.links} |", ""]
    counts = md(Export.tr("%1 claims, %2 links, %3 evidence records."))
    out += [fill(counts, s.claims, s.links, s.evidence), ""]
    return out


def _legend(content: ExportContent) -> list[str]:
    badge_word, meaning = md(Export.tr("Badge")), md(Export.tr("Meaning"))
    legend = md(Export.tr("Legend"))
    out = [f"## {legend}", "", f"| {badge_word} | {meaning} |", "| --- | --- |"]
    out += [
        f"| **{md(badge)}** | {md(meaning)} |" for _, badge, meaning in content.legend_statuses()
    ]
    relations = ", ".join(md(r) for r in content.legend_relations())
    legend = md(Export.tr("Relations (how a response answers an allegation): %1."))
    out += ["", fill(legend, relations), ""]
    rel, cred = content.legend_grades()
    reliability = md(Export.tr("Reliability"))
    credibility = md(Export.tr("Credibility"))
    out += [
        md(Export.tr("Evidence grades (Admiralty scale):")),
        "",
        f"| {reliability} | {meaning} | {credibility} | {meaning} |",
        "| --- | --- | --- | --- |",
    ]
    out += [
        f"| {a} | {md(am)} | {b} | {md(bm)} |" for (a, am), (b, bm) in zip(rel, cred, strict=True)
    ]
    refs = Export.tr("[E1], [E2], \u2026 refer to the evidence listed at the end.")
    out += ["", md(refs), ""]
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
        out += [fill(md(Export.tr("Meaning: %1")), f"*{md(c.paraphrase)}*"), ""]
    if block.tags:
        chips = ", ".join(f"`{_code(t.name)}`" for t in block.tags)
        out += [fill(md(Export.tr("Tags: %1")), chips), ""]
    if c.rationale:
        who = (
            fill(md(Export.tr("Rationale (%1):")), md(assessed(c)))
            if assessed(c)
            else md(Export.tr("Rationale:"))
        )
        out += [f"**{who}** {md(c.rationale)}", ""]
    if block.evidence:
        out.append("**" + md(Export.tr("Evidence:")) + "**")
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
    out = ["## " + md(Export.tr("Allegations and responses")), ""]
    if not content.pairs:
        out += [md(Export.tr("No allegation has a linked response.")), ""]
    answer = md(Export.tr("\u2190 %1 %2 (%3)"))
    by_whom = md(Export.tr("by %1"))
    for pair in content.pairs:
        out += claim_md(pair.allegation)
        for linked in pair.responses:
            party, key = md(content.party("response")), md(linked.response.claim.key)
            by = made(linked.link.stamp)
            by = f" \u00b7 {fill(by_whom, md(by))}" if by else ""
            out += [f"#### {fill(answer, party, md(linked.relation), key)}{by}", ""]
            if linked.link.note:
                note = "*" + md(Export.tr("Link note:")) + "* " + md(linked.link.note)
                out += [note, ""]
            out += [f"> {line}" if line else ">" for line in claim_md(linked.response, "####")]
            out.append("")
        if pair.hidden:
            hidden = Export.tr(
                "%n linked responses not shown: the filter left them out.",
                None,
                pair.hidden,
            )
            out += [f"*{md(hidden)}*", ""]
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
    out = ["## " + md(Export.tr("Evidence")), ""]
    undated, grade = Export.tr("undated"), md(Export.tr("Grade %1"))
    added_by = md(Export.tr("added by %1"))
    for ref in content.references:
        e = ref.evidence
        url = f" \u00b7 {md(e.url)}" if e.url else ""
        out += [
            f"**\\[E{ref.number}\\]** {md(e.citation)}",
            "",
            f"{md(label(e.kind))} \u00b7 {md(e.date or undated)} \u00b7 "
            f"{fill(grade, md(grade_text(e)))}{url}"
            + (f" \u00b7 {fill(added_by, md(made(e.stamp)))}" if made(e.stamp) else ""),
            "",
            md(e.summary),
            "",
        ]
    if not content.references:
        out += [md(Export.tr("No evidence.")), ""]
    return out


def _appendix(content: ExportContent) -> list[str]:
    out = ["## " + md(Export.tr("Appendix: source text")), ""]
    for source in content.sources:
        out += [f"### {md(source.title)}", ""]
        if source.quality_note:
            out += [f"*{md(source.quality_note)}*", ""]
        for paragraph in _paragraphs(content, source):
            out += [paragraph, ""]
    key = Export.tr("Claim spans are in bold, each followed by its claim id in brackets.")
    out += [md(key), ""]
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
