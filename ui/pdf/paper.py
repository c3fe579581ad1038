"""The paper every PDF of the wing is painted on: page sizes, resolution, a writer in memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 600  # device units per inch; layouts are written in points (Canvas.pt)


class PdfPaper:
    """A QPdfWriter writing into memory, the page without printer margins (layouts set theirs)."""

    def __init__(self, page_size: str, landscape: bool, title: str, author: str = ""):
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

    @property
    def size(self) -> tuple[float, float]:
        """The page's width and height in device units."""
        return float(self.writer.width()), float(self.writer.height())

    def finish(self) -> bytes:
        """The PDF's bytes, once the painter has ended."""
        self.buffer.close()
        return bytes(self.data.data())
