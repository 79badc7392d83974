"""`greenfix fix`: run the project's tests, repair the functions they blame, report.

Reports go to stdout; progress goes to stderr, and only on a terminal. Files are
written only with --write, atomically, and only if they did not change while
greenfix was working on them.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shlex
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any, TextIO

from greenfix.analysis.repair.loop import Budget, Progress, RefineResult
from greenfix.analysis.repair.project import FixOptions, FixReport, fix_project
from greenfix.analysis.repair.proposers import TemplateProposer

FORMATS = ("text", "json", "github")


def add_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fix",
        help="run the tests and repair the functions that make them fail",
        description="Run the project's tests, blame each failure on a function, and search for the "
        "smallest edit that makes its tests pass without breaking others.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATHS", help="files fixes may touch (default: the project's sources)")
    parser.add_argument("--project", type=Path, metavar="DIR", help="the project root (default: found from PATHS or the current folder)")
    parser.add_argument("--tests", default="", metavar="PYTEST_ARGS", help="which tests to run, as pytest arguments (default: the project's pytest configuration)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--write", action="store_true", help="write the fixes into the files")
    output.add_argument("--diff", action="store_true", help="print the fixes as a unified diff (for git apply) and nothing else")
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    parser.add_argument("--budget", type=_positive_float, default=120.0, metavar="SECONDS", help="time for the whole run (default: 120)")
    parser.add_argument("--test-timeout", type=_positive_float, default=10.0, metavar="SECONDS", help="time limit per test (default: 10)")
    parser.add_argument("--max-candidates", type=_positive_int, default=500, metavar="N", help="candidates tried per function (default: 500)")
    parser.add_argument("--python", metavar="PATH", help="the interpreter that runs the tests (default: the project's .venv, else this one)")
    parser.add_argument("--seed", type=int, default=0, help="seed for the order of equally ranked candidates")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = _project_root(args.project, args.paths)
    if root is None:
        print(f"greenfix fix: {args.project} is not a directory", file=sys.stderr)
        return 2
    try:
        paths = [_relative(root, p) for p in args.paths]
        pytest_args = shlex.split(args.tests)
    except ValueError as error:
        print(f"greenfix fix: {error}", file=sys.stderr)
        return 2
    options = FixOptions(
        paths=paths,
        pytest_args=pytest_args,
        budget=Budget(seconds=args.budget, candidates=args.max_candidates, test_timeout=args.test_timeout),
        python=args.python,
        seed=args.seed,
    )
    progress = _ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    report = fix_project(root, options, [TemplateProposer()], progress.show if progress else lambda *_: None)
    if progress:
        progress.clear()

    written: list[str] = []
    refused: list[str] = []
    if args.write:
        written, refused = _write(root, report)
    if args.diff:
        sys.stdout.write(diff_of(report))
    elif args.format == "json":
        json.dump(report_json(report, written, refused), sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    elif args.format == "github":
        sys.stdout.write(github_annotations(report))
    else:
        sys.stdout.write(text_report(report, written, refused))
    if report.status == "error":
        return 2
    return 0 if report.status == "passed" and not refused else 1


def _project_root(project: Path | None, paths: list[str]) -> Path | None:
    if project is not None:
        return project.resolve() if project.is_dir() else None
    start = Path(paths[0]).resolve() if paths else Path.cwd()
    start = start if start.is_dir() else start.parent
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in ("pyproject.toml", "setup.cfg", "setup.py", "pytest.ini", "tox.ini", ".git")):
            return folder
    return start


def _relative(root: Path, path: str) -> str:
    resolved = Path(path).resolve()
    if not resolved.exists():
        raise ValueError(f"{path} does not exist")
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        raise ValueError(f"{path} is outside the project {root}") from None


def _write(root: Path, report: FixReport) -> tuple[list[str], list[str]]:
    """Write each fixed file atomically, unless it changed since the run read it."""
    written, refused = [], []
    for path, new_text in sorted(report.fixed_texts.items()):
        file = root / path
        current = file.read_bytes().decode("utf-8", "surrogateescape")
        if current != report.original_texts[path]:
            refused.append(path)
            continue
        mode = file.stat().st_mode
        fd, temporary = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.", suffix=".greenfix")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(new_text)
            os.chmod(temporary, mode)
            os.replace(temporary, file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        written.append(path)
    return written, refused


def diff_of(report: FixReport) -> str:
    """A unified diff of every fix, with a/ and b/ prefixes so `git apply` takes it."""
    chunks = []
    for path, new_text in sorted(report.fixed_texts.items()):
        chunks.extend(
            difflib.unified_diff(
                report.original_texts[path].splitlines(keepends=True),
                new_text.splitlines(keepends=True),
                f"a/{path}",
                f"b/{path}",
            )
        )
    return "".join(chunks)


def _function_diff(result: RefineResult) -> str:
    if result.new_text is None or result.old_text is None:
        return ""
    return "".join(
        difflib.unified_diff(
            result.old_text.splitlines(keepends=True),
            result.new_text.splitlines(keepends=True),
            f"a/{result.path}",
            f"b/{result.path}",
        )
    )


def report_json(report: FixReport, written: list[str], refused: list[str]) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "greenfix", "version": version("greenfix")},
        "project": report.project,
        "status": report.status,
        "message": report.message,
        "tests": {"before": report.tests_before, "after": report.tests_after},
        "functions": [
            {
                "path": f.path,
                "function": f.qualname,
                "status": f.status,
                "message": f.message,
                "tests_before": f.tests_before,
                "tests_after": f.tests_after,
                "diff": _function_diff(f),
                "attempts": f.attempts,
                "seconds": round(f.seconds, 3),
                "proposer": f.proposer,
                "description": f.description,
            }
            for f in report.functions
        ],
        "unattributed": report.unattributed,
        "written": written,
        "not_written": refused,
        "seconds": round(report.seconds, 3),
    }


def text_report(report: FixReport, written: list[str], refused: list[str]) -> str:
    lines = []
    for f in report.functions:
        where = f"{f.path}::{f.qualname}"
        if f.status == "fixed":
            lines.append(f"fixed     {where}  ({f.proposer}, {f.attempts} candidates, {f.seconds:.1f}s): {f.description}")
            lines.append(_function_diff(f).rstrip("\n"))
        else:
            detail = f"; {f.description}" if f.description else ""
            lines.append(f"{f.status:<9} {where}: {f.message}{detail}")
    for nodeid in report.unattributed:
        lines.append(f"unfixed   {nodeid}: no function in the fixable files is to blame")
    for path in written:
        lines.append(f"wrote     {path}")
    for path in refused:
        lines.append(f"not written {path}: it changed while greenfix was working on it")
    lines.append(f"greenfix: {report.message} ({report.seconds:.1f}s)")
    return "\n".join(line for line in lines if line) + "\n"


def github_annotations(report: FixReport) -> str:
    lines = []
    for f in report.functions:
        level = "notice" if f.status == "fixed" else "error"
        title = "greenfix: fix found" if f.status == "fixed" else "greenfix: failing tests"
        message = f"{f.qualname}: {f.description or f.message}"
        lines.append(f"::{level} file={_escape_property(f.path)},title={_escape_property(title)}::{_escape_data(message)}")
    for nodeid in report.unattributed:
        path = nodeid.split("::", 1)[0]
        lines.append(f"::error file={_escape_property(path)},title=greenfix%3A failing test::{_escape_data(nodeid)}")
    return "".join(line + "\n" for line in lines)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


class _ProgressLine:
    """One line on a terminal, rewritten in place."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0

    def show(self, what: str, progress: Progress | None) -> None:
        text = f"greenfix: {what}" + (f": {progress}" if progress else "")
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        self.stream.write("\r" + " " * self.width + "\r")
        self.stream.flush()


def _positive_float(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value}")
    return number


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return number
