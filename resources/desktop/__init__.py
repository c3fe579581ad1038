"""The desktop integration files (entry, icon, AppStream metainfo) and their per-user install.

Free of Qt: `counterpoint --install-desktop-entry` runs without a display. The desktop file is
named like the window's desktop file name (ui/window/app.py), so the shell matches the two.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DESKTOP_NAME = "counterpoint"
COMPONENT_ID = "io.github.counterpoint.Counterpoint"
DESKTOP_FILE = HERE / f"{DESKTOP_NAME}.desktop"
METAINFO_FILE = HERE / f"{COMPONENT_ID}.metainfo.xml"
ICON_SVG = HERE / f"{DESKTOP_NAME}.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_png(size: int) -> Path:
    """The committed PNG of one size (rendered from the SVG by make_icons.py)."""
    return HERE / "icons" / f"{size}x{size}" / f"{DESKTOP_NAME}.png"


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share: where a user's applications and icons go."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> list[str]:
    """The command that opens the window from this installation, by absolute path.

    Installed (pip, pipx), the `counterpoint` script beside the interpreter; from a checkout
    (it has pyproject.toml), this interpreter with the checkout's main.py. A menu does not
    share the shell's PATH or its activated virtual environment.
    """
    top = HERE.parent.parent
    script = Path(sys.executable).with_name("counterpoint")
    if script.is_file() and not (top / "pyproject.toml").is_file():
        return [str(script)]
    return [sys.executable, str(top / "main.py")]


def _exec_line(command: list[str]) -> str:
    # The Desktop Entry spec quotes arguments with double quotes and escapes ", `, $ and \ in them.
    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(arg) for arg in command).replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    """The desktop file's text, with Exec set to the given command."""
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    out = [f"Exec={_exec_line(command)}" if line.startswith("Exec=") else line for line in lines]
    return "\n".join(out) + "\n"


def install_desktop_entry(
    target: Path | None = None, command: list[str] | None = None
) -> list[Path]:
    """Install the desktop file, the icons and the metainfo for the user; return the files written.

    Writes under target (default $XDG_DATA_HOME): applications/, icons/hicolor/<size>/apps/ and
    metainfo/. Running it again overwrites the same files.
    """
    root = target or data_home()
    written: list[Path] = []

    def put(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        written.append(path)

    entry = desktop_entry(command or launch_command())
    put(root / "applications" / DESKTOP_FILE.name, entry.encode("utf-8"))
    hicolor = root / "icons" / "hicolor"
    put(hicolor / "scalable" / "apps" / ICON_SVG.name, ICON_SVG.read_bytes())
    for size in ICON_SIZES:
        put(
            hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_NAME}.png", icon_png(size).read_bytes()
        )
    put(root / "metainfo" / METAINFO_FILE.name, METAINFO_FILE.read_bytes())
    return written
