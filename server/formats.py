"""How `greenfix check` writes its report: plain text, JSON, or GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from typing import TextIO

_TITLES = {"syntax-error": "greenfix: syntax error", "unreadable-file": "greenfix: unreadable file"}


@dataclass(frozen=True, order=True)
class ReportedProblem:
    """A problem as a person reads it: 1-based line and column (in code points);
    the end column points just past the problem."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    rule: str  # "syntax-error" or "unreadable-file"


@dataclass(frozen=True)
class Report:
    problems: list[ReportedProblem]
    files_checked: int


def write_text(report: Report, out: TextIO, err: TextIO) -> None:
    for p in report.problems:
        out.write(f"{p.path}:{p.line}:{p.column}: {p.message}\n")
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
                "line": p.line,
                "column": p.column,
                "end_line": p.end_line,
                "end_column": p.end_column,
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
        properties = {
            "file": p.path,
            "line": p.line,
            "col": p.column,
            "endLine": p.end_line,
            "endColumn": p.end_column,
            "title": _TITLES[p.rule],
        }
        joined = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
        out.write(f"::error {joined}::{_escape_data(p.message)}\n")


def _escape_data(text: str) -> str:
    # The escapes GitHub's runner undoes in a workflow command's message.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


FORMATS: dict[str, Callable[[Report, TextIO, TextIO], None]] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
}
