"""The annotated comparison as one self-contained HTML page: inline CSS, no scripts, no fetches."""

from __future__ import annotations

from html import escape as _escape_html

from models.exports.content import (
    ClaimBlock,
    ExportContent,
    assessor,
    grade_text,
    made_by,
    relation_rows,
    safe_color,
    segments,
    source_spans,
    summary_rows,
)
from models.exports.isolate import isolate
from models.palette import status_color
from models.vocabulary import label


def escape(text: str) -> str:
    """Text from the case for HTML: escaped, without NUL, its bidi controls isolated."""
    return _escape_html(isolate(text))


# The policy forbids every fetch and every script, so even a slip in escaping could not load
# a remote image or run code when the page is opened.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"

CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #212121;
  margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.8rem; margin: 0 0 .4rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem;
  border-bottom: 2px solid #37474f; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.description { color: #424242; max-width: 60rem; }
.meta { color: #555; font-size: .9rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #cfd8dc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #eceff1; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.side-heads { display: grid; grid-template-columns: 1fr 7rem 1fr; gap: .8rem; font-weight: bold;
  text-transform: uppercase; letter-spacing: .04em; font-size: .8rem; color: #37474f; }
.pair { display: grid; grid-template-columns: 1fr 7rem 1fr; gap: .8rem; margin: 0 0 1.2rem;
  padding-bottom: 1.2rem; border-bottom: 1px solid #e0e0e0; }
.pair > .allegation { grid-column: 1; grid-row: 1 / span 99; }
.relation { grid-column: 2; align-self: start; text-align: center; font-size: .85rem;
  font-style: italic; color: #37474f; padding-top: .8rem; }
.pair > .response { grid-column: 3; }
.claim { border: 1px solid #cfd8dc; border-left: 4px solid #90a4ae; border-radius: 4px;
  padding: .6rem .8rem; background: #fff; break-inside: avoid; }
.claim.allegation { border-left-color: #8d6e63; }
.claim.response { border-left-color: #5c6bc0; }
.badge { display: inline-block; font-weight: bold; font-size: .78rem; letter-spacing: .05em;
  padding: .1rem .45rem; border-radius: 3px; border: 1px solid currentColor; }
.badge.unsupported { border: 3px double currentColor; }
.badge.supported { color: #fff !important; }
.badge.disputed { border-style: dashed; }
.badge.unverifiable { border-style: dotted; }
.head { font-size: .82rem; color: #555; margin: .35rem 0 .2rem; }
blockquote { margin: .2rem 0 .4rem; font-size: 1rem; }
.paraphrase { font-style: italic; color: #555; font-size: .88rem; margin: .2rem 0; }
.tags { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem; }
.tags li { font-size: .78rem; padding: .05rem .5rem; border-radius: 1rem; color: #fff; }
.rationale, .evidence { font-size: .88rem; margin: .3rem 0 0; }
.hidden-note { font-size: .82rem; color: #777; font-style: italic; }
.list { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: .8rem; }
ol.references li { margin: 0 0 .8rem; }
.citation { font-weight: bold; }
.summary-text { font-size: .85rem; color: #424242; }
.source-text { white-space: pre-wrap; border: 1px solid #cfd8dc; padding: 1rem; font-size: .92rem; }
mark.allegation { background: #ffe0b2; border-bottom: 2px solid #8d6e63; }
mark.response { background: #c5cae9; border-bottom: 2px dotted #3949ab; }
mark.both { background: #e1bee7; border-bottom: 2px dashed #6a1b9a; }
mark sup { font-size: .7rem; color: #37474f; }
@media print { body { margin: 0; max-width: none; } .pair { break-inside: avoid; } }
"""


def render(content: ExportContent) -> str:
    """The whole page."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Counterpoint">',
        f"<title>{escape(content.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        _title_block(content),
        _summary(content),
        _legend(content),
        _pairs(content),
        _claim_list(content, "Unanswered allegations", content.unanswered, "No allegation"),
        _claim_list(
            content, "Responses not linked to an allegation", content.unlinked, "No response"
        ),
    ]
    if content.orphaned:
        title = "Responses whose allegations the filter left out"
        parts.append(_claim_list(content, title, content.orphaned, ""))
    parts.append(_references(content))
    if content.options.source_appendix:
        parts.append(_appendix(content))
    parts += ["</body>", "</html>", ""]
    return "\n".join(p for p in parts if p)


def _title_block(content: ExportContent) -> str:
    rows = []
    for s in content.sources:
        rows.append(
            "<tr>"
            f"<td>{escape(s.title)}</td><td>{escape(s.publisher or '')}</td>"
            f"<td>{escape(s.date or '')}</td><td>{escape(s.url or '')}</td>"
            "</tr>"
        )
    out = [
        "<header>",
        f"<h1>{escape(content.title)}</h1>",
        f'<p class="description">{escape(content.case.description)}</p>',
        "<table><thead><tr><th>Source</th><th>Publisher</th><th>Date</th><th>URL</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>",
        f'<p class="meta">{escape(_sides_line(content))}</p>',
        f'<p class="meta">Exported by {escape(content.exported_by)} on '
        f"{escape(content.exported_on)} with Counterpoint.</p>",
    ]
    if content.filter_note:
        out.append(f'<p class="meta">Only the claims matching {escape(content.filter_note)}.</p>')
    out.append("</header>")
    return "\n".join(out)


def _sides_line(content: ExportContent) -> str:
    a, r = content.allegation_side, content.response_side
    return f"Allegation: {a.party}. Response: {r.party}."


def _summary(content: ExportContent) -> str:
    s = content.summary
    body = "".join(
        f"<tr><td>{escape(name)}</td><td class='n'>{a}</td><td class='n'>{r}</td>"
        f"<td class='n'>{t}</td></tr>"
        for name, a, r, t in summary_rows(content)
    )
    links = "".join(
        f"<tr><td>{escape(name)}</td><td class='n'>{n}</td></tr>"
        for name, n in relation_rows(content)
    )
    return (
        "<section><h2>Summary</h2><div class='columns'><div>"
        "<h3>Claims by status</h3><table><thead><tr><th>Status</th>"
        f"<th>{escape(content.party('allegation'))}</th>"
        f"<th>{escape(content.party('response'))}</th><th>Total</th></tr></thead>"
        f"<tbody>{body}</tbody></table></div><div>"
        "<h3>Links by relation</h3><table><thead><tr><th>Relation</th><th>Links</th></tr></thead>"
        f"<tbody>{links}<tr><th>Total</th><td class='n'>{s.links}</td></tr></tbody></table>"
        f"<p class='meta'>{s.claims} claims, {s.links} links, {s.evidence} evidence records.</p>"
        "</div></div></section>"
    )


def _badge(status: str, text: str) -> str:
    color = status_color(status)
    style = f"background:{color}" if status == "supported" else f"color:{color}"
    return f'<span class="badge {escape(status)}" style="{style}">{escape(text)}</span>'


def _legend(content: ExportContent) -> str:
    statuses = "".join(
        f"<tr><td>{_badge(s, badge)}</td><td>{escape(meaning)}</td></tr>"
        for s, badge, meaning in content.legend_statuses()
    )
    rel, cred = content.legend_grades()
    grades = "".join(
        f"<tr><td>{escape(a)}</td><td>{escape(am)}</td><td>{escape(b)}</td><td>{escape(bm)}</td>"
        "</tr>"
        for (a, am), (b, bm) in zip(rel, cred, strict=True)
    )
    relations = ", ".join(escape(r) for r in content.legend_relations())
    return (
        "<section><h2>Legend</h2><div class='columns'><div><h3>Statuses</h3>"
        f"<table><tbody>{statuses}</tbody></table>"
        f"<p class='meta'>Relations (how a response answers an allegation): {relations}.</p>"
        "</div><div><h3>Evidence grades (Admiralty scale)</h3>"
        "<table><thead><tr><th colspan='2'>Source reliability</th>"
        f"<th colspan='2'>Information credibility</th></tr></thead><tbody>{grades}</tbody>"
        "</table><p class='meta'>[E1], [E2], \u2026 refer to the evidence listed at the end."
        "</p></div></div></section>"
    )


def claim_html(block: ClaimBlock) -> str:
    """One claim card."""
    c = block.claim
    out = [
        f'<article class="claim {escape(c.role)}" id="claim-{escape(c.key)}">',
        _badge(c.status, block.badge),
        f'<p class="head">{escape(block.heading)}</p>',
        f"<blockquote>\u201c{escape(c.quote)}\u201d</blockquote>",
    ]
    if block.anchor_mark:
        mark = escape(block.anchor_mark)
        out.append(f'<p class="anchor {escape(c.anchor_state)}"><strong>\u26a0 {mark}</strong></p>')
    if c.paraphrase:
        out.append(f'<p class="paraphrase">Meaning: {escape(c.paraphrase)}</p>')
    if block.tags:
        chips = "".join(
            f'<li style="background:{safe_color(t.color)}">{escape(t.name)}</li>'
            for t in block.tags
        )
        out.append(f'<ul class="tags">{chips}</ul>')
    if c.rationale:
        who = f" ({escape(assessor(c))})" if assessor(c) else ""
        out.append(
            f'<p class="rationale"><strong>Rationale{who}:</strong> {escape(c.rationale)}</p>'
        )
    if block.evidence:
        refs = "; ".join(
            f'<a href="#E{r.number}">{r.tag}</a> {escape(label(r.stance))}'
            + (f" \u2014 {escape(r.note)}" if r.note else "")
            for r in block.evidence
        )
        out.append(f'<p class="evidence"><strong>Evidence:</strong> {refs}</p>')
    out.append("</article>")
    return "\n".join(out)


def _linked_by(link) -> str:
    who = made_by(link.stamp)
    return f'<span class="by"> (by {escape(who)})</span>' if who else ""


def _pairs(content: ExportContent) -> str:
    out = [
        "<section><h2>Allegations and responses</h2>",
        '<div class="side-heads">'
        f"<div>Allegation \u2014 {escape(content.party('allegation'))}</div><div></div>"
        f"<div>Response \u2014 {escape(content.party('response'))}</div></div>",
    ]
    if not content.pairs:
        out.append("<p class='meta'>No allegation has a linked response.</p>")
    for pair in content.pairs:
        out.append('<div class="pair">')
        out.append(f'<div class="allegation">{claim_html(pair.allegation)}</div>')
        for row, linked in enumerate(pair.responses, start=1):
            out.append(
                f'<div class="relation" style="grid-row:{row}">'
                f"\u2190 {escape(linked.relation)}{_linked_by(linked.link)}</div>"
            )
            out.append(
                f'<div class="response" style="grid-row:{row}">{claim_html(linked.response)}</div>'
            )
        if pair.hidden:
            out.append(
                f'<p class="hidden-note response">{pair.hidden} linked response(s) '
                "not shown: the filter left them out.</p>"
            )
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _claim_list(content: ExportContent, title: str, blocks, none_word: str) -> str:
    out = [f"<section><h2>{escape(title)}</h2>"]
    if not blocks:
        out.append(f"<p class='meta'>{escape(none_word)} in this list.</p>")
    else:
        out.append('<div class="list">')
        out.extend(claim_html(b) for b in blocks)
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _references(content: ExportContent) -> str:
    out = ["<section><h2>Evidence</h2>", '<ol class="references">']
    for ref in content.references:
        e = ref.evidence
        out.append(
            f'<li id="E{ref.number}" value="{ref.number}"><p><strong>{ref.tag}</strong> '
            f'<span class="citation">{escape(e.citation)}</span></p>'
            f'<p class="meta">{escape(label(e.kind))} \u00b7 {escape(e.date or "undated")} '
            f"\u00b7 Grade {escape(grade_text(e))}"
            + (f" \u00b7 {escape(e.url)}" if e.url else "")
            + (f" \u00b7 added by {escape(made_by(e.stamp))}" if made_by(e.stamp) else "")
            + "</p>"
            f'<p class="summary-text">{escape(e.summary)}</p></li>'
        )
    if not content.references:
        out.append("<li>No evidence.</li>")
    out += ["</ol>", "</section>"]
    return "\n".join(out)


def _appendix(content: ExportContent) -> str:
    out = ["<section><h2>Appendix: source text</h2>"]
    for source in content.sources:
        out.append(f"<h3>{escape(source.title)}</h3>")
        if source.quality_note:
            out.append(f'<p class="meta">{escape(source.quality_note)}</p>')
        pieces = []
        for start, text, covering in segments(source.text, source_spans(content, source.id)):
            if not covering:
                pieces.append(escape(text))
                continue
            roles = {c.role for c in covering}
            kind = roles.pop() if len(roles) == 1 else "both"
            keys = ", ".join(c.key for c in covering)
            # The key of each claim goes where its span ends, so a reader can match it up.
            ends = "".join(
                f"<sup>[{escape(c.key)}]</sup>" for c in covering if c.end == start + len(text)
            )
            pieces.append(
                f'<mark class="{kind}" title="{escape(keys)}">{escape(text)}{ends}</mark>'
            )
        out.append(f'<div class="source-text">{"".join(pieces)}</div>')
    out.append(
        "<p class='meta'>Highlighted: allegation claims (solid underline), response claims "
        "(dotted underline), both (dashed); the claim's id follows its span.</p></section>"
    )
    return "\n".join(out)
