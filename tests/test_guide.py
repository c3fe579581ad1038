"""The user guide: a section with a picture for each task, every picture there, linked from
the README, and the pictures made by the docs' own scripts."""

from __future__ import annotations

import re

from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "guide.md"
TASKS = (
    "Read a case",
    "Assess a claim",
    "Evidence",
    "Tags",
    "Links",
    "Filters",
    "Export",
    "Present",
    "Worksheets",
    "Grading",
    "Your own case",
    "Revise a source",
)


def _sections() -> dict[str, str]:
    text = GUIDE.read_text(encoding="utf-8")
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_each_task_has_a_section_with_a_picture_that_exists():
    sections = _sections()
    scripts = "".join(
        (ROOT / "docs" / name).read_text(encoding="utf-8")
        for name in ("make_screenshots.py", "make_classroom_screenshots.py")
    )
    for task in TASKS:
        assert task in sections, task
        pictures = re.findall(r"!\[[^\]]+\]\((screenshots/[^)]+\.png)\)", sections[task])
        assert pictures, task
        for picture in pictures:
            assert (ROOT / "docs" / picture).is_file(), picture
            name = picture.split("/")[-1]
            assert name in scripts or name.removeprefix("guide-") in scripts, name


def test_the_readme_links_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/guide.md)" in readme


def test_the_guide_s_links_to_other_docs_resolve():
    text = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+\.md)", text):
        assert (GUIDE.parent / target).resolve().is_file(), target
