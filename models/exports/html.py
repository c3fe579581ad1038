"""The annotated comparison as one self-contained HTML page: inline CSS, no scripts, no fetches."""

from __future__ import annotations

from html import escape as _escape_html

from models.exports.content import (
    ClaimBlock,
    ExportContent,
    assessed,
    grade_text,
    made,
    relation_rows,
    safe_color,
    segments,
    source_spans,
    summary_rows,
)
from models.exports.content import word as label
from models.exports.isolate import isolate
from models.i18n import Context, fill, language
from models.palette import status_color

Export = Context("Export")


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
        f'<html lang="{language()}">',
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
        _claim_list(
            Export.tr("Unanswered allegations"),
            content.unanswered,
            Export.tr("No allegation in this list."),
        ),
        _claim_list(
            Export.tr("Responses not linked to an allegation"),
            content.unlinked,
            Export.tr("No response in this list."),
        ),
    ]
    if content.orphaned:
        title = Export.tr("Responses whose allegations the filter left out")
        parts.append(_claim_list(title, content.orphaned, ""))
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
    heads = "".join(
        f"<th>{escape(name)}</th>"
        for name in (
            Export.tr("Source"),
            Export.tr("Publisher"),
            Export.tr("Date"),
            Export.tr("URL"),
        )
    )
    exported = Export.tr("Exported by %1 on %2 with Counterpoint.")
    out = [
        "<header>",
        f"<h1>{escape(content.title)}</h1>",
        f'<p class="description">{escape(content.case.description)}</p>',
        f"<table><thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
        f'<p class="meta">{escape(_sides_line(content))}</p>',
        f'<p class="meta">{escape(fill(exported, content.exported_by, content.exported_on))}</p>',
    ]
    if content.filter_note:
        only = fill(Export.tr("Only the claims matching %1."), content.filter_note)
        out.append(f'<p class="meta">{escape(only)}</p>')
    out.append("</header>")
    return "\n".join(out)


def _sides_line(content: ExportContent) -> str:
    a, r = content.allegation_side, content.response_side
    return fill(Export.tr("Allegation: %1. Response: %2."), a.party, r.party)


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
    summary, total = escape(Export.tr("Summary")), escape(Export.tr("Total"))
    by_status = escape(Export.tr("Claims by status"))
    status = escape(Export.tr("Status"))
    by_relation = escape(Export.tr("Links by relation"))
    relation, links_word = (
        escape(Export.tr("Relation")),
        escape(Export.tr("Links")),
    )
    counts = fill(
        Export.tr("%1 claims, %2 links, %3 evidence records."),
        s.claims,
        s.links,
        s.evidence,
    )
    return (
        f"<section><h2>{summary}</h2><div class='columns'><div>"
        f"<h3>{by_status}</h3><table><thead><tr><th>{status}</th>"
        f"<th>{escape(content.party('allegation'))}</th>"
        f"<th>{escape(content.party('response'))}</th><th>{total}</th></tr></thead>"
        f"<tbody>{body}</tbody></table></div><div>"
        f"<h3>{by_relation}</h3><table><thead><tr><th>{relation}</th><th>{links_word}</th></tr>"
        f"</thead><tbody>{links}<tr><th>{total}</th><td class='n'>{s.links}</td></tr></tbody>"
        f"</table><p class='meta'>{escape(counts)}</p>"
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
    relations = fill(
        Export.tr("Relations (how a response answers an allegation): %1."),
        ", ".join(content.legend_relations()),
    )
    legend, statuses_word = Export.tr("Legend"), Export.tr("Statuses")
    grades_word = Export.tr("Evidence grades (Admiralty scale)")
    reliability = Export.tr("Source reliability")
    credibility = Export.tr("Information credibility")
    refs = Export.tr("[E1], [E2], \u2026 refer to the evidence listed at the end.")
    return (
        f"<section><h2>{escape(legend)}</h2><div class='columns'><div>"
        f"<h3>{escape(statuses_word)}</h3>"
        f"<table><tbody>{statuses}</tbody></table>"
        f"<p class='meta'>{escape(relations)}</p>"
        f"</div><div><h3>{escape(grades_word)}</h3>"
        f"<table><thead><tr><th colspan='2'>{escape(reliability)}</th>"
        f"<th colspan='2'>{escape(credibility)}</th></tr></thead><tbody>{grades}</tbody>"
        f"</table><p class='meta'>{escape(refs)}"
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
        meaning = fill(Export.tr("Meaning: %1"), c.paraphrase)
        out.append(f'<p class="paraphrase">{escape(meaning)}</p>')
    if block.tags:
        chips = "".join(
            f'<li style="background:{safe_color(t.color)}">{escape(t.name)}</li>'
            for t in block.tags
        )
        out.append(f'<ul class="tags">{chips}</ul>')
    if c.rationale:
        who = (
            fill(Export.tr("Rationale (%1):"), assessed(c))
            if assessed(c)
            else Export.tr("Rationale:")
        )
        out.append(f'<p class="rationale"><strong>{escape(who)}</strong> {escape(c.rationale)}</p>')
    if block.evidence:
        refs = "; ".join(
            f'<a href="#E{r.number}">{r.tag}</a> {escape(label(r.stance))}'
            + (f" \u2014 {escape(r.note)}" if r.note else "")
            for r in block.evidence
        )
        evidence = escape(Export.tr("Evidence:"))
        out.append(f'<p class="evidence"><strong>{evidence}</strong> {refs}</p>')
    out.append("</article>")
    return "\n".join(out)


def _linked_by(link) -> str:
    who = made(link.stamp)
    if not who:
        return ""
    by = fill(Export.tr("by %1"), who)
    return f'<span class="by"> ({escape(by)})</span>'


def _pairs(content: ExportContent) -> str:
    heading = escape(Export.tr("Allegations and responses"))
    left = fill(Export.tr("Allegation \u2014 %1"), content.party("allegation"))
    right = fill(Export.tr("Response \u2014 %1"), content.party("response"))
    out = [
        f"<section><h2>{heading}</h2>",
        f'<div class="side-heads"><div>{escape(left)}</div><div></div>'
        f"<div>{escape(right)}</div></div>",
    ]
    if not content.pairs:
        none = escape(Export.tr("No allegation has a linked response."))
        out.append(f"<p class='meta'>{none}</p>")
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
            hidden = Export.tr(
                "%n linked responses not shown: the filter left them out.",
                None,
                pair.hidden,
            )
            out.append(f'<p class="hidden-note response">{escape(hidden)}</p>')
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _claim_list(title: str, blocks, none_text: str) -> str:
    out = [f"<section><h2>{escape(title)}</h2>"]
    if not blocks:
        out.append(f"<p class='meta'>{escape(none_text)}</p>")
    else:
        out.append('<div class="list">')
        out.extend(claim_html(b) for b in blocks)
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _references(content: ExportContent) -> str:
    heading = escape(Export.tr("Evidence"))
    out = [f"<section><h2>{heading}</h2>", '<ol class="references">']
    undated, added_by = Export.tr("undated"), Export.tr("added by %1")
    for ref in content.references:
        e = ref.evidence
        grade = fill(Export.tr("Grade %1"), grade_text(e))
        out.append(
            f'<li id="E{ref.number}" value="{ref.number}"><p><strong>{ref.tag}</strong> '
            f'<span class="citation">{escape(e.citation)}</span></p>'
            f'<p class="meta">{escape(label(e.kind))} \u00b7 {escape(e.date or undated)} '
            f"\u00b7 {escape(grade)}"
            + (f" \u00b7 {escape(e.url)}" if e.url else "")
            + (f" \u00b7 {escape(fill(added_by, made(e.stamp)))}" if made(e.stamp) else "")
            + "</p>"
            f'<p class="summary-text">{escape(e.summary)}</p></li>'
        )
    if not content.references:
        none = escape(Export.tr("No evidence."))
        out.append(f"<li>{none}</li>")
    out += ["</ol>", "</section>"]
    return "\n".join(out)


def _appendix(content: ExportContent) -> str:
    heading = escape(Export.tr("Appendix: source text"))
    out = [f"<section><h2>{heading}</h2>"]
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
    key = Export.tr(
        "Highlighted: allegation claims (solid underline), response claims "
        "(dotted underline), both (dashed); the claim's id follows its span.",
    )
    out.append(f"<p class='meta'>{_escape_html(key, quote=False)}</p></section>")
    return "\n".join(out)
