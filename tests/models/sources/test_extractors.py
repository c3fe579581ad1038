"""Every kind of file becomes the text a reader sees, paragraph by paragraph, at exact offsets."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from models.sources import ExtractionCancelled, extract_file
from tests.models.sources.builders import docx_bytes, paragraph, pdf_bytes, run


def paragraphs(source) -> list[tuple[int, int, str]]:
    """Each paragraph with its offsets and its text, read through the offsets."""
    return [(start, end, source.text[start:end]) for start, end in source.paragraphs]


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"Huawei denied it.\n\nThe U.S. disagreed.\n", "utf-8"),
        (
            codecs.BOM_UTF8 + b"Huawei denied it.\r\n\r\nThe U.S. disagreed.\r\n",
            "utf-8-sig",
        ),
        (b"Huawei denied it.\r\rThe U.S. disagreed.", "utf-8"),
        ("Huawei denied it.\n\nThe U.S. disagreed.".encode("utf-16"), "utf-16"),
    ],
    ids=["utf-8", "utf-8 with BOM and CRLF", "old Mac CR", "utf-16 with BOM"],
)
def test_plain_text_is_decoded_and_its_line_ends_become_newlines(tmp_path, data, encoding):
    source = extract_file(write(tmp_path, "reply.txt", data))
    assert source.text.rstrip("\n") == "Huawei denied it.\n\nThe U.S. disagreed."
    assert paragraphs(source) == [(0, 17, "Huawei denied it."), (19, 38, "The U.S. disagreed.")]
    assert source.encoding == encoding
    assert source.kind == "text"
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.file_name == "reply.txt" and source.size == len(data)


def test_a_windows_1252_text_is_read_with_its_accents(tmp_path):
    text = (
        "Le gouvernement a déclaré qu’il détenait des preuves — «irréfutables» — "
        "et la société a répondu que c’était faux. Ça coûte 5 € à vérifier, déjà.\n"
    ) * 3
    source = extract_file(write(tmp_path, "déclaration.txt", text.encode("cp1252")))
    assert source.text == text
    assert source.encoding not in ("utf-8", "utf-8-sig")


def test_text_is_not_normalised(tmp_path):
    text = "Cafe\u0301 and caf\u00e9 stay as written; so does the ligature \ufb01."
    source = extract_file(write(tmp_path, "note.txt", text.encode()))
    assert source.text == text


def test_markdown_is_kept_verbatim_and_its_heading_is_the_title(tmp_path):
    text = "# Huawei's reply\n\nWe *never* had access.\n- one\n- two\n"
    source = extract_file(write(tmp_path, "reply.md", text.encode()))
    assert source.text == text
    assert source.kind == "markdown"
    assert source.title == "Huawei's reply"
    assert paragraphs(source) == [
        (0, 16, "# Huawei's reply"),
        (18, 52, "We *never* had access.\n- one\n- two"),
    ]


PAGE = """<!DOCTYPE html>
<!-- saved from url=(0040)https://example.org/saved/huawei-reply -->
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Huawei replies</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-02-14T09:30:00+09:00">
<link rel="canonical" href="https://example.org/news/huawei-reply">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div role="navigation">Skip to content</div>
<h1>Huawei   fires back</h1>
<p>Huawei <b>denied</b> the
   allegations.<br>It said so twice.</p>
<ul><li>First point</li><li>Second&nbsp;point</li></ul>
<p hidden>Hidden text</p>
<blockquote>“We have never had access,” it said.</blockquote>
<table><tr><td>Cell one</td><td>Cell two</td></tr></table>
</body></html>
"""


def test_a_web_page_becomes_its_paragraphs_without_scripts_styles_or_navigation(tmp_path):
    source = extract_file(write(tmp_path, "page.html", PAGE.encode()))
    assert paragraphs(source) == [
        (0, 17, "Huawei fires back"),
        (19, 67, "Huawei denied the allegations.\nIt said so twice."),
        (69, 80, "First point"),
        (82, 94, "Second\xa0point"),
        (96, 132, "“We have never had access,” it said."),
        (134, 142, "Cell one"),
        (144, 152, "Cell two"),
    ]
    assert source.text == "\n\n".join(text for _, _, text in paragraphs(source))
    assert (source.title, source.publisher, source.url, source.date, source.language) == (
        "Huawei replies",
        "Example News",
        "https://example.org/news/huawei-reply",
        "2020-02-14",
        "en-GB",
    )
    assert source.kind == "html" and source.encoding == "utf-8"
    assert source.extractor.startswith("lxml ")


def test_a_page_in_its_declared_charset(tmp_path):
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    page += "<title>Réponse</title></head><body><p>Huawei a nié — “jamais”.</p></body></html>"
    source = extract_file(write(tmp_path, "page.htm", page.encode("cp1252")))
    assert paragraphs(source) == [(0, 24, "Huawei a nié — “jamais”.")]
    assert source.title == "Réponse"
    assert source.encoding == "cp1252"


def test_a_saved_page_without_a_canonical_link_keeps_the_address_it_was_saved_from(tmp_path):
    page = PAGE.replace('<link rel="canonical" href="https://example.org/news/huawei-reply">', "")
    source = extract_file(write(tmp_path, "page.html", page.encode()))
    assert source.url == "https://example.org/saved/huawei-reply"


def test_a_saved_web_page_in_mhtml(tmp_path):
    mhtml = (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://example.org/news/huawei-reply\r\n"
        "Subject: Huawei fires back\r\n"
        "Date: Fri, 14 Feb 2020 10:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://example.org/news/huawei-reply\r\n\r\n"
        '<html><head><meta charset=3D"utf-8"></head><body><p>Huawei denied =\r\n'
        "it.</p><p>Caf=C3=A9 talk.</p></body></html>\r\n"
        "------B--\r\n"
    )
    source = extract_file(write(tmp_path, "page.mhtml", mhtml.encode()))
    assert paragraphs(source) == [(0, 17, "Huawei denied it."), (19, 29, "Café talk.")]
    assert source.url == "https://example.org/news/huawei-reply"
    assert source.title == "Huawei fires back"
    assert source.date == "2020-02-14"


def test_main_text_only_leaves_out_the_page_furniture(tmp_path):
    body = "".join(
        f"<p>Paragraph {n} of the article says that Huawei denied every allegation made "
        "by the government, at some length and in several ways.</p>"
        for n in range(1, 4)
    )
    page = (
        "<html><head><title>T</title></head><body><header><a href='/'>Home</a> | "
        "<a href='/a'>About us</a></header><article>" + body + "</article><footer>"
        "<a href='/c'>Contact</a> | <a href='/p'>Privacy</a> | Copyright 2020</footer>"
        "</body></html>"
    )
    whole = extract_file(write(tmp_path, "page.html", page.encode()))
    main = extract_file(write(tmp_path, "page.html", page.encode()), main_text_only=True)
    assert "Privacy" in whole.text and "Privacy" not in main.text
    assert [text for _, _, text in paragraphs(main)] == [
        f"Paragraph {n} of the article says that Huawei denied every allegation made by the "
        "government, at some length and in several ways."
        for n in range(1, 4)
    ]
    assert main.extractor.startswith("trafilatura ")


def test_a_pdf_gives_its_text_boxes_as_paragraphs_and_its_pages_separately(tmp_path):
    data = pdf_bytes(
        [
            ["Huawei has never had access", "to telecommunications networks.", "", "Second one."],
            ["Page two begins here."],
        ],
        title="Huawei statement",
    )
    source = extract_file(write(tmp_path, "reply.pdf", data))
    assert paragraphs(source) == [
        (0, 59, "Huawei has never had access to telecommunications networks."),
        (61, 72, "Second one."),
        (74, 95, "Page two begins here."),
    ]
    assert source.page_starts == (0, 74)
    assert source.title == "Huawei statement"
    assert source.kind == "pdf" and source.extractor.startswith("pdfplumber ")


def test_pdf_ligatures_are_spelt_out(tmp_path):
    data = pdf_bytes([["The \ufb01rst of\ufb01cial \ufb02ow, \ufb00 and \ufb03."]], font="DejaVu")
    source = extract_file(write(tmp_path, "ligatures.pdf", data))
    assert source.text == "The first official flow, ff and ffi."


def test_a_word_document_with_footnotes_text_boxes_and_tracked_changes(tmp_path):
    body = (
        paragraph(run("Huawei denied the claim."))
        + paragraph(
            run("It said "),
            '<w:ins w:id="1" w:author="Ed" w:date="2020-02-12T00:00:00Z">'
            + run("never ")
            + "</w:ins>",
            '<w:del w:id="2" w:author="Ed" w:date="2020-02-12T00:00:00Z"><w:r>'
            "<w:delText>always </w:delText></w:r></w:del>",
            run("so."),
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
        )
        + paragraph(
            run("Before the box. "),
            '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
            "<w:txbxContent>" + paragraph(run("Text in a box.")) + "</w:txbxContent>"
            "</v:textbox></v:shape></w:pict></w:r>",
        )
    )
    data = docx_bytes(
        [],
        title="Media statement",
        language="en-US",
        body_xml=body,
        footnotes=["See the 3GPP standard."],
    )
    source = extract_file(write(tmp_path, "statement.docx", data))
    assert paragraphs(source) == [
        (0, 24, "Huawei denied the claim."),
        (26, 46, "It said never so.[1]"),
        (48, 63, "Before the box."),
        (65, 79, "Text in a box."),
        (81, 103, "See the 3GPP standard."),
    ]
    assert source.title == "Media statement" and source.language == "en-US"
    assert source.kind == "docx" and source.extractor.startswith("mammoth ")


def test_extraction_reports_progress_and_can_be_cancelled(tmp_path):
    path = write(tmp_path, "long.pdf", pdf_bytes([[f"Page {n}."] for n in range(1, 6)]))
    seen = []
    source = extract_file(path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(1, 6)]
    assert len(source.page_starts) == 5

    asked = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(seen) >= 7  # after two pages of the second run

    with pytest.raises(ExtractionCancelled):
        extract_file(path, progress=lambda d, t: seen.append((d, t)), should_cancel=should_cancel)
    assert seen[5:] == [(1, 5), (2, 5)]


def test_a_word_document_never_opens_the_files_its_images_link_to(tmp_path, monkeypatch):
    import builtins
    import urllib.request

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not to be read")
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(
        builtins, "open", lambda f, *a, **k: opened.append(str(f)) or real_open(f, *a, **k)
    )
    monkeypatch.setattr(urllib.request, "urlopen", lambda url, *a, **k: opened.append(url))
    linked = (
        '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><wp:docPr id="1" name="Picture" descr="A linked picture"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships" r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )
    data = docx_bytes(
        [],
        body_xml=paragraph(run("Before the picture. "), linked, run("After it.")),
        relationships=(
            b'<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/image" Target="' + secret.as_uri().encode() + b'" '
            b'TargetMode="External"/>'
        ),
    )
    path = write(tmp_path, "linked.docx", data)
    source = extract_file(path)
    assert source.text == "Before the picture. After it."
    assert str(secret) not in " ".join(opened) and secret.as_uri() not in opened


def test_the_kind_comes_from_the_content_when_the_name_does_not_say(tmp_path):
    pdf = extract_file(write(tmp_path, "download", pdf_bytes([["A PDF without a suffix."]])))
    page = extract_file(write(tmp_path, "page.dat", b"<!DOCTYPE html><p>A page.</p>"))
    assert (pdf.kind, pdf.text) == ("pdf", "A PDF without a suffix.")
    assert (page.kind, page.text) == ("html", "A page.")


def test_a_text_file_holding_markup_stays_text(tmp_path):
    source = extract_file(write(tmp_path, "snippet.txt", b"<p>Huawei said so.</p>"))
    assert (source.kind, source.text) == ("text", "<p>Huawei said so.</p>")
