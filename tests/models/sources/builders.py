"""Files the source tests build themselves: PDFs with reportlab, DOCX with python-docx."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FONT = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"


def pdf_bytes(
    pages: list[list[str]],
    *,
    title: str | None = None,
    encrypt: str | None = None,
    font: str = "Helvetica",
) -> bytes:
    """A PDF whose pages hold these paragraphs (a list of lines each, paragraphs split by "")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, encrypt=encrypt, invariant=1)
    if font != "Helvetica":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(font, str(FONT)))
    if title:
        pdf.setTitle(title)
        pdf.setCreator("tests")
    for lines in pages:
        pdf.setFont(font, 12)
        y = 780
        for line in lines:
            if line:
                pdf.drawString(72, y, line)
                y -= 15  # the next line of the same paragraph
            else:
                y -= 30  # a blank line: the next paragraph
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def scanned_pdf_bytes() -> bytes:
    """A PDF that is only a picture of a page, as a scanner makes it."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (200, 100), 255)
    ImageDraw.Draw(image).text((10, 40), "Scanned text", fill=0)
    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawImage(ImageReader(image), 72, 600, width=400, height=200)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(
    paragraphs: list[str],
    *,
    title: str | None = None,
    language: str | None = None,
    body_xml: str | None = None,
    footnotes: list[str] | None = None,
    relationships: bytes = b"",
) -> bytes:
    """A Word document (python-docx), optionally with its body replaced and footnotes added."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if language:
        document.core_properties.language = language
    for text in paragraphs:
        document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    if body_xml is None and footnotes is None:
        return out.getvalue()
    return _rewrite(out.getvalue(), body_xml, footnotes, relationships)


def _rewrite(
    data: bytes, body_xml: str | None, footnotes: list[str] | None, relationships: bytes = b""
) -> bytes:
    source = zipfile.ZipFile(BytesIO(data))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml" and body_xml is not None:
                text = content.decode()
                start = text.index("<w:body>") + len("<w:body>")
                end = text.index("<w:sectPr")
                content = (text[:start] + body_xml + text[end:]).encode()
            if item.filename == "word/_rels/document.xml.rels":
                if footnotes is not None:
                    relationships += (
                        b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                        b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    )
                content = content.replace(b"</Relationships>", relationships + b"</Relationships>")
            if footnotes is not None and item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            target.writestr(item, content)
        if footnotes is not None:
            notes = "".join(
                f'<w:footnote w:id="{n}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
                "</w:p></w:footnote>"
                for n, text in enumerate(footnotes, start=1)
            )
            target.writestr(
                "word/footnotes.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:footnotes xmlns:w="{W}">'
                '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
                f"{notes}</w:footnotes>",
            )
    return out.getvalue()


def paragraph(*runs: str) -> str:
    """A body paragraph of WordprocessingML from ready-made runs."""
    return "<w:p>" + "".join(runs) + "</w:p>"


def run(text: str) -> str:
    """A plain run of text."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
