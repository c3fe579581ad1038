"""Classroom grading: student copies of a case, and agreement of returned copies with the key.

A student copy is an ordinary case file with every assessment cleared and an optional top-level
"classroom" object, {"student_copy_of": <slug of the key case>, "student": <name or null>}.
Grading reads a folder of returned copies, matches claims by their id in the case file, and
compares each student's status labels with the key's: percent agreement and Cohen's kappa over
the claims that both the key and the student assessed. Nothing here imports Qt.
"""

from __future__ import annotations

import copy
import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sqlalchemy import select, update

from models.casefile import CaseFileError, dumps_case, read_case_file, validate_case
from models.edit_log import log_edit
from models.i18n import Context, fill, word
from models.jobs import NO_JOB, Job
from models.operations import Change, EditRefused
from models.schema import Classroom
from models.store import Store
from models.vocabulary import STATUSES

Grading = Context("Grading")

UNASSESSED = "unassessed"
ASSESSED_STATUSES = tuple(s for s in STATUSES if s != UNASSESSED)
CSV_COLUMNS = ("student", "file", "assessed", "agreement", "kappa")
STUDENT_SUFFIX = "-student"


# --- the figures -------------------------------------------------------------------------------


def percent_agreement(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Share (0..1) of items given the same label by both raters; None when there are no items."""
    _check_pairs(first, second)
    if not first:
        return None
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(first)


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters' labels; None where it is undefined.

    Undefined means no items, or an expected agreement of exactly 1 (both raters used one and
    the same label for every item), where the formula divides zero by zero.
    """
    _check_pairs(first, second)
    n = len(first)
    if n == 0:
        return None
    # Fractions keep "expected agreement is exactly 1" exact; floats would give 0.9999… instead.
    observed = Fraction(sum(a == b for a, b in zip(first, second, strict=True)), n)
    count_a, count_b = Counter(first), Counter(second)
    expected = sum((Fraction(count_a[k] * count_b[k], n * n) for k in count_a), Fraction(0))
    if expected == 1:
        return None
    return float((observed - expected) / (1 - expected))


def _check_pairs(first: Sequence[str], second: Sequence[str]) -> None:
    if len(first) != len(second):
        raise ValueError("Both raters must label the same items.")


# --- student copies ----------------------------------------------------------------------------


def make_student_copy(data: dict, student: str | None = None) -> dict:
    """Return a student copy of a case-file object: every assessment cleared, marked as a copy."""
    out = copy.deepcopy(data)
    for claim in out["claims"]:
        claim["status"] = UNASSESSED
        claim["rationale"] = ""
        claim["assessed_by"] = None
    base = data["slug"][: 120 - len(STUDENT_SUFFIX)].rstrip("-")
    out["slug"] = data["slug"] if data["slug"].endswith(STUDENT_SUFFIX) else base + STUDENT_SUFFIX
    out["classroom"] = {"student_copy_of": data["slug"], "student": student or None}
    validate_case(out, Grading.tr("the student copy"))
    return out


def student_copy_json(store: Store, slug: str, student: str | None = None) -> str:
    """Return case-file text for a student copy of a case in the store."""
    from models.library import export_data

    return dumps_case(make_student_copy(export_data(store, slug), student))


def set_student_name(store: Store, case_id: int, name: str, author: str | None = None) -> Change:
    """Record the student's name on a student copy (asked for when the copy is first opened)."""
    name = " ".join(name.split())
    if not name:
        raise EditRefused(Grading.tr("A student's name cannot be empty."))
    if len(name) > 200:
        raise EditRefused(Grading.tr("A student's name can be at most 200 characters long."))
    with store.transaction() as s:
        marker = s.execute(select(Classroom.case_id).where(Classroom.case_id == case_id))
        if marker.scalar() is None:
            raise EditRefused(
                Grading.tr("This case is not a student copy, so it has no student's name.")
            )
        s.execute(update(Classroom).where(Classroom.case_id == case_id).values(student=name))
        summary = f"Named the student of this copy: {name}"
        log_edit(s, case_id, author or name, summary, kind="case.student")
    return Change(case_id, summary)


# --- grading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentGrade:
    """One returned file, graded: who, how many claims assessed, agreement and kappa."""

    file: str
    student: str
    assessed: int  # claims of the key the student gave a status to
    compared: int  # of those, the ones the key assessed too: the items of the figures
    agreement: float | None  # 0..1; None when nothing could be compared
    kappa: float | None  # None where undefined


@dataclass(frozen=True)
class SkippedFile:
    """A returned file that was not graded, and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class ClaimSplit:
    """How the class labelled one claim of the key, and how far that is from the key."""

    claim: str  # the claim's id in the case file
    role: str
    quote: str
    key_status: str
    counts: tuple[tuple[str, int], ...]  # every status (unassessed last) with its number
    assessed: int  # students who gave this claim a status
    agreeing: int  # of those, the ones who gave the key's status
    disagreement: float | None  # share of assessing students who differ; None if not comparable
    commonest_other: str | None  # the wrong status most students chose, if any

    def count(self, status: str) -> int:
        """How many students gave this status."""
        return dict(self.counts).get(status, 0)


@dataclass(frozen=True)
class ClassReport:
    """A folder of returned copies graded against the key case."""

    key_slug: str
    key_title: str
    key_claims: int
    key_assessed: int
    students: tuple[StudentGrade, ...]
    skipped: tuple[SkippedFile, ...]
    claims: tuple[ClaimSplit, ...]

    def most_disagreed(self, limit: int = 5) -> tuple[ClaimSplit, ...]:
        """The claims where the class most often differed from the key, worst first."""
        ranked = [c for c in self.claims if c.disagreement]
        ranked.sort(key=lambda c: (-c.disagreement, -(c.assessed - c.agreeing)))
        return tuple(ranked[:limit])


def grade_folder(store: Store, key_slug: str, folder: str | Path, job: Job = NO_JOB) -> ClassReport:
    """Grade every returned file in a folder against the key case in the store."""
    from models.library import export_data

    folder = Path(folder)
    if not folder.is_dir():
        raise CaseFileError(fill(Grading.tr("%1 is not a folder."), folder))
    key = export_data(store, key_slug)
    paths = sorted(
        (p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name.lower(),
    )
    return grade_files(key, paths, job)


def grade_files(key: dict, paths: Iterable[Path], job: Job = NO_JOB) -> ClassReport:
    """Grade returned files against a key given as a case-file object."""
    returned, skipped = [], []
    paths = list(paths)
    for done, path in enumerate(paths):
        job.progress(done, len(paths))
        job.check()
        if path.suffix.lower() != ".json":
            skipped.append(
                SkippedFile(path.name, Grading.tr("not a case file (only .json files are graded)"))
            )
            continue
        try:
            data = read_case_file(path)
        except CaseFileError as exc:
            skipped.append(SkippedFile(path.name, _reason(str(exc), path.name)))
            continue
        marker = data.get("classroom")
        if marker is None:
            skipped.append(
                SkippedFile(path.name, Grading.tr("not a student copy (no classroom marker)"))
            )
        elif marker["student_copy_of"] != key["slug"]:
            skipped.append(
                SkippedFile(
                    path.name,
                    fill(
                        Grading.tr("a student copy of %1, not of %2"),
                        repr(marker["student_copy_of"]),
                        repr(key["slug"]),
                    ),
                )
            )
        else:
            returned.append((path.name, data))
    return grade(key, returned, skipped)


def _reason(message: str, name: str) -> str:
    # The file's name is its own column; keep the reason a phrase. (A sentence in a language that
    # puts the name elsewhere is kept whole.)
    for prefix in (f"{name} is ", f"{name}, "):
        if message.startswith(prefix):
            return message[len(prefix) :].rstrip(".")
    return message.rstrip(".")


def grade(
    key: dict, returned: Iterable[tuple[str, dict]], skipped: Iterable[SkippedFile] = ()
) -> ClassReport:
    """Grade (file name, case-file object) pairs against a key case-file object."""
    key_status = {c["id"]: c["status"] for c in key["claims"]}
    students, answers = [], []
    for name, data in returned:
        given = {c["id"]: c["status"] for c in data["claims"] if c["id"] in key_status}
        answers.append(given)
        assessed = [cid for cid, status in given.items() if status != UNASSESSED]
        compared = [cid for cid in assessed if key_status[cid] != UNASSESSED]
        theirs = [given[cid] for cid in compared]
        ours = [key_status[cid] for cid in compared]
        students.append(
            StudentGrade(
                file=name,
                student=_student_name(data, name),
                assessed=len(assessed),
                compared=len(compared),
                agreement=percent_agreement(theirs, ours),
                kappa=cohen_kappa(theirs, ours),
            )
        )
    roles = {side["id"]: side["role"] for side in key["sides"]}
    claims = tuple(_split(claim, roles[claim["side"]], answers) for claim in key["claims"])
    return ClassReport(
        key_slug=key["slug"],
        key_title=key["title"],
        key_claims=len(key["claims"]),
        key_assessed=sum(s != UNASSESSED for s in key_status.values()),
        students=tuple(students),
        skipped=tuple(skipped),
        claims=claims,
    )


def _student_name(data: dict, file_name: str) -> str:
    named = data["classroom"]["student"]
    if named:
        return named
    authors = Counter(c["assessed_by"] for c in data["claims"] if c["assessed_by"])
    if authors:
        return authors.most_common(1)[0][0]
    return Path(file_name).stem


def _split(claim: dict, role: str, answers: list[dict]) -> ClaimSplit:
    given = Counter(a.get(claim["id"], UNASSESSED) for a in answers)
    assessed = sum(n for status, n in given.items() if status != UNASSESSED)
    key = claim["status"]
    comparable = key != UNASSESSED and assessed > 0
    agreeing = given[key] if key != UNASSESSED else 0
    others = [(n, s) for s, n in given.items() if s not in (UNASSESSED, key) and n]
    others.sort(key=lambda pair: (-pair[0], STATUSES.index(pair[1])))
    return ClaimSplit(
        claim=claim["id"],
        role=role,
        quote=claim["quote"],
        key_status=key,
        counts=tuple((s, given[s]) for s in (*ASSESSED_STATUSES, UNASSESSED)),
        assessed=assessed,
        agreeing=agreeing,
        disagreement=(assessed - agreeing) / assessed if comparable else None,
        commonest_other=others[0][1] if comparable and others else None,
    )


# --- output ------------------------------------------------------------------------------------


def report_csv(report: ClassReport) -> str:
    """The per-student figures as CSV: student, file, assessed, agreement (0..1), kappa."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    from models.exports.csv_export import cell  # one formula guard for every CSV

    for s in report.students:
        writer.writerow(
            [
                cell(s.student),
                cell(s.file),
                s.assessed,
                "" if s.agreement is None else f"{s.agreement:.4f}",
                "" if s.kappa is None else f"{s.kappa:.4f}",
            ]
        )
    return out.getvalue()


def format_percent(value: float | None) -> str:
    """Agreement as people read it: "85.7%", or "—" when there was nothing to compare."""
    return "—" if value is None else f"{value * 100:.1f}%"


def format_kappa(value: float | None) -> str:
    """Kappa to two places, or "undefined"."""
    return Grading.tr("undefined") if value is None else f"{value:.2f}"


def report_text(report: ClassReport) -> str:
    """A plain-text summary for the terminal: students, skipped files, per-claim split."""
    lines = [
        fill(
            Grading.tr("Key: %1 (%2); %3 of %4 claims assessed in the key."),
            report.key_slug,
            report.key_title,
            report.key_assessed,
            report.key_claims,
        ),
        "",
    ]
    header = (
        Grading.tr("STUDENT"),
        Grading.tr("FILE"),
        Grading.tr("ASSESSED"),
        Grading.tr("AGREEMENT"),
        Grading.tr("KAPPA"),
    )
    rows = [header] + [
        (
            s.student,
            s.file,
            fill(Grading.tr("%1 of %2"), s.assessed, report.key_claims),
            format_percent(s.agreement),
            format_kappa(s.kappa),
        )
        for s in report.students
    ]
    if report.students:
        lines += _table(rows, right=(2, 3, 4))
    else:
        lines.append(Grading.tr("No student files to grade."))
    if report.skipped:
        lines += ["", Grading.tr("Skipped:")] + [f"  {s.file}: {s.reason}" for s in report.skipped]
    if report.students:
        lines += ["", Grading.tr("Per claim (how the class split):")]
        header = (
            Grading.tr("CLAIM"),
            Grading.tr("KEY"),
            *(_short(s).upper() for s in ASSESSED_STATUSES),
            Grading.tr("NONE"),
        )
        rows = [(*header, Grading.tr("DISAGREE"))] + [
            (
                c.claim,
                _short(c.key_status),
                *(str(c.count(s)) for s in (*ASSESSED_STATUSES, UNASSESSED)),
                format_percent(c.disagreement),
            )
            for c in report.claims
        ]
        lines += _table(rows, right=tuple(range(2, len(header) + 1)))
        worst = report.most_disagreed()
        if worst:
            lines += ["", Grading.tr("Where the class most disagreed with the key:")]
            for c in worst:
                said = Grading.tr("  %1: %2 of %3 differ from %4; most often %5")
                lines.append(
                    fill(
                        said,
                        c.claim,
                        c.assessed - c.agreeing,
                        c.assessed,
                        word(c.key_status),
                        word(c.commonest_other or ""),
                    )
                )
    return "\n".join(lines) + "\n"


def _short(status: str) -> str:
    return word(status).split()[0]


def _table(rows: list[tuple[str, ...]], right: tuple[int, ...] = ()) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


# --- the export registry -----------------------------------------------------------------------

STUDENT_COPY_FORMAT = "student-copy"


def write_student_copy(case, options, path, job: Job = NO_JOB) -> None:
    """Export writer: a student copy of a case (a CaseSnapshot) as a case file, atomically."""
    from models.casefile import case_to_dict
    from models.exports import check_cancelled
    from models.files import write_atomically

    text = dumps_case(make_student_copy(case_to_dict(case)))
    check_cancelled(job)
    write_atomically(path, text)


def register_student_copy_format() -> None:
    """Add "student-copy" to the export registry (models.exports), for the CLI and the window."""
    from models.exports import ExportFormat, register

    register(
        ExportFormat(
            STUDENT_COPY_FORMAT,
            "Student copy (case file)",
            ".json",
            write_student_copy,
            filtered=False,  # a student copy is the whole case, like the case file
            name_suffix="-student-copy",
        )
    )


register_student_copy_format()
