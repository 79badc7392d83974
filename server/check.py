"""`greenfix check [PATHS]`: the syntax problems of a project's files, for a terminal or CI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.files import BadPath, UnreadableFile, iter_source_files, read_source
from greenfix.analysis.syntax import find_problems

from .formats import FORMATS, Report, ReportedProblem


def add_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="report syntax problems in files and directories",
        description="Report syntax problems. Exit status: 0 none, 1 problems found, 2 usage error.",
    )
    parser.add_argument("paths", nargs="*", type=Path, default=[Path(".")], metavar="PATH",
                        help="files or directories to check (default: .)")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text",
                        help="output format (default: text)")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    try:
        paths = iter_source_files(args.paths)
    except BadPath as error:
        args.parser.error(str(error))
    report = check_paths(paths)
    FORMATS[args.format](report, sys.stdout, sys.stderr)
    return 1 if report.problems else 0


def check_paths(paths: Iterable[Path]) -> Report:
    problems: list[ReportedProblem] = []
    files_checked = 0
    for path in paths:
        files_checked += 1
        problems.extend(check_file(path))
    return Report(problems, files_checked)


def check_file(path: Path) -> list[ReportedProblem]:
    """A file's problems with 1-based lines and code point columns; end columns exclusive."""
    try:
        text = read_source(path)
    except UnreadableFile as error:
        return [ReportedProblem(str(path), 1, 1, 1, 1, str(error), "unreadable-file")]
    doc = SourceDocument(text)
    reported = []
    for problem in find_problems(doc):
        start = doc.index.position_of(problem.start, "utf-32")
        end = doc.index.position_of(problem.end, "utf-32")
        reported.append(ReportedProblem(
            str(path), start.line + 1, start.character + 1, end.line + 1, end.character + 1,
            problem.message, "syntax-error",
        ))
    return reported
