"""The paper every PDF of the wing is painted on: page sizes, resolution, a writer in memory.

Two exports of the same case at the same time are the same bytes (so they can be compared):
the document id is derived from the case and the time, the fonts are written in the same
order, and the creation date Qt stamps is the export's time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QBuffer, QByteArray, QHashSeed, QIODevice, QMarginsF, QUuid
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 600  # device units per inch; layouts are written in points (Canvas.pt)
# The namespace of Counterpoint's PDF document ids (a version-5 UUID of a name).
_ID_NAMESPACE = QUuid("{6f1c2b7e-3c8e-4d55-9d3a-2a4e7b9c1d20}")
# Qt writes the Info dictionary's dates as D:YYYYMMDDHHMMSS and then Z or an offset.
_QT_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}(Z|[+-]\d\d'\d\d')\)")


class PdfPaper:
    """A QPdfWriter writing into memory, the page without printer margins (layouts set theirs).

    `identity` (the case, say) and `created` (the export's time) make the PDF reproducible.
    """

    def __init__(
        self,
        page_size: str,
        landscape: bool,
        title: str,
        author: str = "",
        *,
        identity: str = "",
        created: datetime | None = None,
    ):
        self.created = created
        # Qt keeps the fonts of a PDF in a hash whose order follows the process's random seed;
        # a fixed seed while this PDF is painted writes them in the same order every time.
        QHashSeed.setDeterministicGlobalSeed()
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = self.writer = QPdfWriter(self.buffer)
        writer.setResolution(RESOLUTION)
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        size_id = PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)
        writer.setPageLayout(QPageLayout(QPageSize(size_id), orientation, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(title)
        if author:
            writer.setAuthor(author)
        writer.setCreator("Counterpoint")
        when = created.isoformat() if created else ""
        name = f"{identity}\n{title}\n{when}".encode()
        writer.setDocumentId(QUuid.createUuidV5(_ID_NAMESPACE, name))

    @property
    def size(self) -> tuple[float, float]:
        """The page's width and height in device units."""
        return float(self.writer.width()), float(self.writer.height())

    def finish(self) -> bytes:
        """The PDF's bytes, once the painter has ended."""
        self.buffer.close()
        QHashSeed.resetRandomGlobalSeed()
        data = bytes(self.data.data())
        if self.created is None:
            return data
        stamp = self.created.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ").encode()

        def export_time(match: re.Match) -> bytes:
            # Only a date of the same length is put in: the offsets of the xref table stay true.
            old = match.group(0)
            new = b"/" + match.group(1) + b" (" + stamp + b")"
            return new if len(new) == len(old) else old

        return _QT_DATE.sub(export_time, data)
