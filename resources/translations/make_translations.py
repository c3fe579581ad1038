"""Extract the interface's strings into the .ts files and build the .qm files (maintainers' tool).

    python resources/translations/make_translations.py          # update every .ts, build every .qm
    python resources/translations/make_translations.py --add fr  # start a new language

pyside6-lupdate reads every module of ui/ and models/ (`self.tr`, `Context.tr`, `translate`,
`QT_TRANSLATE_NOOP`; see ui/common/translation.py) and merges what it finds into each
counterpoint_<code>.ts, keeping the translations already made; pyside6-lrelease compiles each .ts
into the .qm that the window loads. Both .ts and .qm are committed; tests/ui/test_translations.py
checks that the .qm is the one this .ts gives and that every lookup is in the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCANNED = ("ui", "models")


def _tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside this Python or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships with PySide6-Essentials)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """Every module whose strings can be shown to a reader, relative to the checkout."""
    files = [p for folder in SCANNED for p in sorted((root / folder).rglob("*.py"))]
    return [p.relative_to(root).as_posix() for p in files if "migrations" not in p.parts]


def extract(ts: Path, root: Path = ROOT) -> None:
    """Merge the strings of the code into `ts` (created if missing), without line numbers.

    The English file holds only the plural forms ("%n claims": "1 claim", "2 claims").
    """
    command = [_tool("pyside6-lupdate"), *sources(root), "-locations", "none", "-no-obsolete"]
    if ts.name.endswith("_en.ts"):
        command.append("-pluralonly")
    command += ["-ts", str(ts)]
    subprocess.run(command, cwd=root, check=True, capture_output=True, text=True)


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm (finished translations only)."""
    command = [_tool("pyside6-lrelease"), "-nounfinished", "-removeidentical", str(ts)]
    subprocess.run([*command, "-qm", str(qm)], check=True, capture_output=True, text=True)


def catalogues() -> list[Path]:
    """The committed .ts files."""
    return sorted(HERE.glob("counterpoint_*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="CODE", help="start the translation of a new language")
    args = parser.parse_args(argv)
    if args.add:
        extract(HERE / f"counterpoint_{args.add}.ts")  # lupdate names the language from the file
    for ts in catalogues():
        extract(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"{ts.name} updated, {ts.with_suffix('.qm').name} built")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
