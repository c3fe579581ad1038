"""Installed like an application: the wheel, its commands, the desktop entry, the dependencies."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version
from PySide6.QtGui import QImage

import main
from models import __version__
from resources import desktop
from tests.conftest import ROOT
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "main.py", "models", "ui", "resources")
# A translation as the translation work will ship it, to check the package-data globs carry it.
TRANSLATIONS = (
    "resources/translations/counterpoint_ja.ts",
    "resources/translations/counterpoint_ja.qm",
)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built offline from a copy of the sources (the checkout stays clean)."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(path, src / name)
    for rel in TRANSLATIONS:
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(b"<TS/>" if rel.endswith(".ts") else b"\x3c\xb8\x64\x18")
    # No isolation: the venv's setuptools builds it, and build checks it meets build-system.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work), "."],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=300,
        env=_clean_env(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = work.glob("counterpoint-*.whl")
    return built


def test_the_wheel_carries_what_the_app_reads_at_run_time(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "main.py",
        "resources/case.schema.json",
        "resources/cases/huawei-backdoor-2020.json",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/fonts/LICENSE-NotoSansCJK.txt",
        "models/migrations/env.py",
        "models/migrations/script.py.mako",
        "resources/desktop/counterpoint.desktop",
        "resources/desktop/counterpoint.svg",
        f"resources/desktop/{desktop.COMPONENT_ID}.metainfo.xml",
        *TRANSLATIONS,
    }
    expected |= {f"resources/fonts/{p.name}" for p in (ROOT / "resources/fonts").glob("*.ttf")}
    expected |= {f"resources/fonts/{p.name}" for p in (ROOT / "resources/fonts").glob("*.otf")}
    expected |= {
        f"models/migrations/versions/{p.name}"
        for p in (ROOT / "models/migrations/versions").glob("*.py")
    }
    expected |= {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "resources/desktop/icons").rglob("*.png")
    }
    assert len([n for n in expected if n.endswith(".png")]) == len(desktop.ICON_SIZES)
    assert expected <= names, sorted(expected - names)


def test_the_wheel_says_mit_and_carries_the_licences(wheel):
    with zipfile.ZipFile(wheel) as zf:
        info = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(info).decode("utf-8"))
        licences = {n.rsplit("/", 1)[-1] for n in zf.namelist() if "/licenses/" in n}
    assert meta["License-Expression"] == "MIT"
    assert meta["Version"] == __version__
    assert {"LICENSE", "LICENSE-DejaVu.txt", "LICENSE-NotoSansCJK.txt"} <= licences
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "The Counterpoint developers" in text


def test_the_build_requirement_is_one_that_reads_an_spdx_licence():
    (setuptools,) = [Requirement(r) for r in PYPROJECT["build-system"]["requires"]]
    # setuptools 77 is the first to take `license = "MIT"` and `license-files` (PEP 639).
    assert not setuptools.specifier.contains("76.9")
    assert setuptools.specifier.contains("77.0")


def test_installed_from_the_wheel_the_commands_work_outside_the_checkout(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # The dependencies from this environment (not its editable Counterpoint: a path entry in a
    # .pth does not run that folder's own .pth files), Counterpoint itself from the wheel.
    (site,) = (venv / "lib").glob("python3*/site-packages")
    deps = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q"]
        + ["--no-index", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        env=_clean_env(),
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env = _clean_env(XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            args, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env
        )

    version = run(str(venv / "bin" / "counterpoint-cli"), "--version")
    assert version.stdout.strip() == f"Counterpoint {__version__}", version.stderr
    # A new store: the migrations, the schema and the seed case all come from the wheel.
    listing = run(str(venv / "bin" / "counterpoint-cli"), "--db", str(tmp_path / "x.db"), "list")
    assert "huawei-backdoor-2020" in listing.stdout, listing.stderr
    where = run(str(python), "-c", "import models, resources; print(models.__file__)")
    assert where.stdout.startswith(str(site)), where.stdout + where.stderr
    entry = run(str(venv / "bin" / "counterpoint"), "--install-desktop-entry")
    assert entry.returncode == 0, entry.stderr
    installed = tmp_path / "data" / "applications" / "counterpoint.desktop"
    assert f"Exec={venv / 'bin' / 'counterpoint'}\n" in installed.read_text(encoding="utf-8")


def test_install_desktop_entry_puts_the_entry_icons_and_metainfo_under_xdg_data_home(
    tmp_path, monkeypatch, capsys
):
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    assert main.main(["--install-desktop-entry"]) == 0
    assert "counterpoint.desktop" in capsys.readouterr().out
    entry = (data / "applications" / "counterpoint.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Type"] == "Application" and fields["Name"] == "Counterpoint"
    # From a checkout the menu runs this interpreter on this main.py, by absolute paths.
    assert fields["Exec"] == f"{sys.executable} {ROOT / 'main.py'}"
    hicolor = data / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{fields['Icon']}.svg").is_file()
    for size in desktop.ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{fields['Icon']}.png"
        assert QImage(str(png)).width() == size
    assert (data / "metainfo" / f"{desktop.COMPONENT_ID}.metainfo.xml").is_file()


def test_the_desktop_file_is_the_one_the_window_names(qapp):
    from ui.window.app import application

    assert f"{application().desktopFileName()}.desktop" == desktop.DESKTOP_FILE.name


def test_the_metainfo_describes_this_app_and_passes_appstreamcli():
    root = ET.parse(desktop.METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == desktop.COMPONENT_ID
    assert root.findtext("project_license") == "MIT"
    assert root.find("launchable").text == desktop.DESKTOP_FILE.name
    assert root.find("releases/release").get("version") == __version__
    assert {b.text for b in root.iter("binary")} == set(PYPROJECT["project"]["scripts"]) | set(
        PYPROJECT["project"]["gui-scripts"]
    )
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        if os.environ.get("CI"):
            pytest.fail("CI must validate the metainfo, but appstreamcli is not installed")
        pytest.skip("appstreamcli is not installed (Debian package appstream; .ci/run installs it)")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(desktop.METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_committed_icon_sizes_are_what_the_svg_renders_to(qapp):
    spec = importlib.util.spec_from_file_location("make_icons", desktop.HERE / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    for size in desktop.ICON_SIZES:
        committed = QImage(str(desktop.icon_png(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert committed == make_icons.render(size), f"{size}: run resources/desktop/make_icons.py"


def test_the_window_wears_the_app_s_own_icon(open_main_window):
    window = open_main_window()
    for size in (16, 48):
        shown = window.windowIcon().pixmap(size, size).toImage()
        drawn = QImage(str(desktop.icon_png(size)))
        fmt = QImage.Format.Format_ARGB32_Premultiplied  # as the window holds it
        assert shown.convertToFormat(fmt) == drawn.convertToFormat(fmt), size


def test_a_shadowing_models_package_stops_the_app_with_one_clear_line(tmp_path):
    fake = tmp_path / "elsewhere" / "models"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("NOT_COUNTERPOINT = True\n", encoding="utf-8")
    # As an installed `counterpoint` script starts: `from main import main`, sys.path[0] not ours.
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from main import main; sys.exit(main(['list']))"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=_clean_env(PYTHONPATH=os.pathsep.join([str(fake.parent), str(ROOT)])),
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "'models'" in lines[0] and str(fake) in lines[0] and "pipx" in lines[0]
    assert "Error" not in lines[0] and "Traceback" not in result.stderr


def _licence_text(name: str) -> str:
    meta = metadata.metadata(name)
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return meta.get("License-Expression") or " ".join([meta.get("License") or "", *classifiers])


def test_no_dependency_is_gpl_only():
    project = PYPROJECT["project"]
    wanted = [
        *project["dependencies"],
        *(r for e in project["optional-dependencies"].values() for r in e),
    ]
    gpl = re.compile(r"\bA?GPL|GNU (Affero )?General Public")
    copyleft_only = []
    for requirement in {Requirement(r).name for r in wanted}:
        try:
            text = _licence_text(requirement)
        except metadata.PackageNotFoundError:
            continue  # not installed here: nothing to read
        # "LGPL-3.0-only OR GPL-2.0-only" may be taken under its LGPL alternative.
        if text and all(gpl.search(alt) for alt in re.split(r"\bOR\b", text)):
            copyleft_only.append(f"{requirement}: {text}")
    assert copyleft_only == []


def test_ruff_is_pinned_to_the_version_installed_and_coverage_is_in_the_test_extra():
    test_extra = {
        Requirement(r).name: Requirement(r)
        for r in PYPROJECT["project"]["optional-dependencies"]["test"]
    }
    (pin,) = test_extra["ruff"].specifier
    assert pin.operator == "==", "the lint test enforces ruff's format: a release may change it"
    installed = subprocess.run(
        [shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff", "--version"],
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    assert Version(installed) == Version(pin.version)
    assert {"pytest-cov", "build", "rfc3986-validator"} <= set(test_extra)
    assert "Coverage" in (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
