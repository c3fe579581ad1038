"""Make resources/fonts/CounterpointJP-Regular.otf, the Japanese fallback font (maintainers' tool).

    apt-get install fonts-noto-cjk && pip install fonttools
    python resources/fonts/make_cjk_subset.py

It takes Noto Sans CJK JP Regular (SIL OFL 1.1) from Debian's fonts-noto-cjk, keeps the kana, the
CJK punctuation, the full-width forms and the JIS X 0208 kanji (about 7,000 characters, 3.4 MB
instead of 16 MB), and renames the family "Counterpoint JP", as the licence asks of a modified
version. The Kangxi radicals are left out on purpose: Noto draws 立 and ⽴ with one glyph, and a
PDF reader would read the radical back. Bold is synthesised by Qt. ui/common/fonts.py registers
the result as DejaVu Sans's fallback.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = Path(__file__).resolve().parent / "CounterpointJP-Regular.otf"
FAMILY, POSTSCRIPT = "Counterpoint JP", "CounterpointJP-Regular"
RANGES = [(0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF), (0x2010, 0x203B), (0x2190, 0x2193)]
RANGES += [(0x25A0, 0x25CF), (0x2460, 0x2473)]


def characters() -> set[int]:
    """Kana, punctuation, full-width forms, and every character of JIS X 0208 (EUC-JP's 2 bytes)."""
    chars = {c for lo, hi in RANGES for c in range(lo, hi + 1)}
    for a in range(0xA1, 0xFF):
        for b in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # a code JIS X 0208 leaves empty
                chars.update(ord(c) for c in bytes([a, b]).decode("euc_jp"))
    return chars


def main() -> None:
    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK JP")
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 21, 22):
            names.names.remove(record)
    for name_id, value in (
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{POSTSCRIPT};subset of Noto Sans CJK JP"),
        (4, FAMILY),
        (6, POSTSCRIPT),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    font["CFF "].cff.fontNames = [POSTSCRIPT]
    font.save(OUT)
    print(f"{OUT.name}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
