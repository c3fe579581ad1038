"""Make resources/fonts/CounterpointJP-*.otf, the Japanese fallback font (maintainers' tool).

    apt-get install fonts-noto-cjk && pip install fonttools
    python resources/fonts/make_cjk_subset.py

It takes Noto Sans CJK JP Regular and Bold (SIL OFL 1.1) from Debian's fonts-noto-cjk, keeps the
kana, the CJK punctuation, the full-width forms and the JIS X 0208 kanji (about 7,000 characters,
3.4 MB a weight instead of 16 MB), and renames the family "Counterpoint JP", as the licence asks
of a modified version. The Kangxi radicals are left out on purpose: Noto draws 立 and ⽴ with one
glyph, and a PDF reader would read the radical back. A real bold, not Qt's synthesised one, which
draws each glyph twice and so reads back doubled from a PDF. ui/common/fonts.py registers the
result as DejaVu Sans's fallback.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

NOTO = Path("/usr/share/fonts/opentype/noto")
HERE = Path(__file__).resolve().parent
FAMILY = "Counterpoint JP"
WEIGHTS = ("Regular", "Bold")
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


def make(weight: str) -> Path:
    """Subset and rename one weight; return the file written."""
    out, postscript = HERE / f"CounterpointJP-{weight}.otf", f"CounterpointJP-{weight}"
    collection = TTCollection(NOTO / f"NotoSansCJK-{weight}.ttc")
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
        (2, weight),
        (3, f"{postscript};subset of Noto Sans CJK JP"),
        (4, FAMILY if weight == "Regular" else f"{FAMILY} {weight}"),
        (6, postscript),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    font["CFF "].cff.fontNames = [postscript]
    font.save(out)
    return out


def main() -> None:
    for weight in WEIGHTS:
        out = make(weight)
        print(f"{out.name}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
