"""The colour of each assessment status: one table for the window, the PDF and the HTML export.

Qt-free hex strings, so models/ (the HTML export) and ui/ (the panes, the PDF) read the same
values. Every colour is at least 4.5:1 against its background, so a badge's word reads as text:
`light` on white paper and on the light theme, `dark` on the dark theme's base.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StatusColor:
    """A status's colour on a light page (print, HTML, light theme) and on a dark window."""

    light: str
    dark: str


STATUS_COLORS: dict[str, StatusColor] = {
    "unassessed": StatusColor("#616161", "#bdbdbd"),
    "supported": StatusColor("#2e7d32", "#81c784"),
    "unsupported": StatusColor("#b71c1c", "#ef9a9a"),
    "disputed": StatusColor("#a35200", "#ffb74d"),
    "unverifiable": StatusColor("#455a64", "#b0bec5"),
}


def status_color(status: str, dark: bool = False) -> str:
    """The #rrggbb of a status (an unknown one gets the unassessed grey)."""
    color = STATUS_COLORS.get(status, STATUS_COLORS["unassessed"])
    return color.dark if dark else color.light


def _luminance(color: str) -> float:
    """WCAG 2's relative luminance of a #rrggbb colour."""
    channels = [int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two #rrggbb colours (1 to 21; text needs 4.5)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
