"""How `greenfix check` writes its report: plain text, JSON, GitHub workflow
annotations, or SARIF."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from typing import TextIO

from .reports.findings import Finding
from .reports.github import annotation
from .reports.sarif import sarif_log


@dataclass(frozen=True)
class Report:
    problems: list[Finding]  # rule "syntax-error" or "unreadable-file"
    files_checked: int


def write_text(report: Report, out: TextIO, err: TextIO) -> None:
    for p in report.problems:
        out.write(f"{p.path}:{p.region.line}:{p.region.column}: {p.message}\n")
    files = _plural(report.files_checked, "file")
    if report.problems:
        with_problems = _plural(len({p.path for p in report.problems}), "file")
        err.write(f"{_plural(len(report.problems), 'problem')} in {with_problems} ({files} checked)\n")
    else:
        err.write(f"no problems in {files}\n")


def write_json(report: Report, out: TextIO, err: TextIO) -> None:
    document = {
        "version": 1,
        "tool": {"name": "greenfix", "version": version("greenfix")},
        "problems": [
            {
                "path": p.path,
                "line": p.region.line,
                "column": p.region.column,
                "end_line": p.region.end_line,
                "end_column": p.region.end_column,
                "message": p.message,
                "source": "greenfix",
                "rule": p.rule,
            }
            for p in sorted(report.problems)
        ],
        "files_checked": report.files_checked,
    }
    out.write(json.dumps(document, indent=2, sort_keys=True) + "\n")


def write_github(report: Report, out: TextIO, err: TextIO) -> None:
    for p in report.problems:
        out.write(annotation(p))


def write_sarif(report: Report, out: TextIO, err: TextIO) -> None:
    out.write(json.dumps(sarif_log(report.problems, [], successful=True), indent=2, sort_keys=True) + "\n")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


FORMATS: dict[str, Callable[[Report, TextIO, TextIO], None]] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
}
