"""`greenfix check [PATHS]`: the syntax problems of a project's files, for a terminal or CI."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from collections.abc import Iterable
from pathlib import Path

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.files import BadPath, SkippedFile, UnreadableFile, iter_source_files, read_source
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
    parser.add_argument("--doctor", action="store_true",
                        help="say how this machine runs greenfix (sandbox, interpreter, model) and exit")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    if args.doctor:
        print(doctor_report(Path.cwd()))
        return 0
    try:
        paths = iter_source_files(args.paths, on_skip=note_skipped)
    except BadPath as error:
        args.parser.error(str(error))
    report = check_paths(paths)
    FORMATS[args.format](report, sys.stdout, sys.stderr)
    return 1 if report.problems else 0


def doctor_report(root: Path) -> str:
    """How greenfix would run here: what a test or candidate could do on this machine, the
    interpreter that runs the tests, and the model settings (never a key)."""
    # Imported here: `check` alone stays light.
    from greenfix.analysis.config import ConfigError, load_settings
    from greenfix.analysis.testing.environment import missing_pytest, project_python
    from greenfix.analysis.testing.sandbox import containment, model_code_refusal, sandbox_status

    lines = [f"greenfix {version('greenfix')} on Python {sys.version.split()[0]}"]
    try:
        settings = load_settings(root)
    except ConfigError as error:
        return "\n".join([*lines, sandbox_status(), f"settings: {error}"])
    lines.append(sandbox_status(settings.refine.sandbox))
    python = project_python(root, settings.refine.python)
    lines.append(f"tests run with: {python}")
    problem = missing_pytest(python)
    if problem:
        lines.append(f"problem: {problem}")
    model = settings.model
    if settings.model_configured:
        lines.append(f"model: {model.model} at {model.base_url or 'the openai default endpoint'} "
                     f"(key from ${model.api_key_env}, constraint {model.constraint})")
        refusal = model_code_refusal(settings.refine)
        if refusal:
            lines.append(refusal)
        elif containment(settings.refine.sandbox).kind == "none":
            lines.append("model candidates run NOT contained, as allow_unsandboxed_model_code = true asks")
    else:
        lines.append("model: none; the embedded engine (syntax repair, templates checked by the tests)")
    return "\n".join(lines)


def check_paths(paths: Iterable[Path]) -> Report:
    problems: list[Finding] = []
    files_checked = 0
    for path in paths:
        files_checked += 1
        problems.extend(check_file(path))
    return Report(problems, files_checked)


def note_skipped(path: Path, reason: str) -> None:
    print(f"skipped: {path.as_posix()}: {reason}", file=sys.stderr)


def check_file(path: Path) -> list[Finding]:
    try:
        text = read_source(path)
    except SkippedFile as error:  # it became a FIFO, or grew, since the walk looked at it
        note_skipped(path, str(error))
        return []
    except UnreadableFile as error:
        return [Finding(path.as_posix(), Region(1, 1, 1, 1), "unreadable-file", str(error))]
    doc = SourceDocument(text)
    return [
        Finding(path.as_posix(), region_of(doc.index, problem.start, problem.end), "syntax-error", problem.message)
        for problem in find_problems(doc)
    ]
