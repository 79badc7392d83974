"""`greenfix check [PATHS]`: the syntax problems of a project's files, for a terminal or CI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.files import BadPath, UnreadableFile, iter_source_files, read_source
from greenfix.analysis.syntax import find_problems

from .formats import FORMATS, Report
from .reports.findings import Finding, Region, region_of


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
    problems: list[Finding] = []
    files_checked = 0
    for path in paths:
        files_checked += 1
        problems.extend(check_file(path))
    return Report(problems, files_checked)


def check_file(path: Path) -> list[Finding]:
    try:
        text = read_source(path)
    except UnreadableFile as error:
        return [Finding(path.as_posix(), Region(1, 1, 1, 1), "unreadable-file", str(error))]
    doc = SourceDocument(text)
    return [
        Finding(path.as_posix(), region_of(doc.index, problem.start, problem.end), "syntax-error", problem.message)
        for problem in find_problems(doc)
    ]
