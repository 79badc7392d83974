"""`greenfix fix`: run the project's tests, repair the functions they blame, report.

Reports go to stdout; progress goes to stderr, and only on a terminal. Files are
written only with --write, atomically, and only if they did not change while
greenfix was working on them.

Exit status: 0 when no test fails in the files as they are afterwards (all passed,
or every failure was fixed and written); 1 when failing tests remain; 2 for a
configuration error or tests that could not be run at all.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import TextIO

from greenfix.analysis.config import ConfigError, RefineSettings, Settings, load_settings
from greenfix.analysis.files import UnreadableFile, read_source
from greenfix.analysis.project_root import find_project_root, never_a_project
from greenfix.analysis.model.errors import ModelError
from greenfix.analysis.model.recording import ReplayDoor
from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.executors import executor_for
from greenfix.analysis.repair.loop import Progress
from greenfix.analysis.repair.project import FixOptions, FixReport, fix_project
from greenfix.analysis.repair.proposers import ModelProposer, proposers_for
from greenfix.analysis.repair.sources import is_test_file

from .reports import fix_report
from .reports.findings import Region, header_region
from .reports.fix_report import FixRun
from .reports.github import write_step_summary

FORMATS = ("text", "json", "github", "sarif")


def _process_age() -> float:
    """Seconds since this process started (Linux's /proc; elsewhere, since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat, open("/proc/uptime", encoding="ascii") as uptime:
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
            return max(0.0, float(uptime.read().split()[0]) - started)
    except (OSError, ValueError, IndexError):
        return 0.0


# When this process began: --budget bounds the whole command, interpreter start included.
PROCESS_STARTED = time.monotonic() - _process_age()


def add_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fix",
        help="run the tests and repair the functions that make them fail",
        description="Run the project's tests, blame each failure on a function, and search for the "
        "smallest edit that makes its tests pass without breaking others. Exit status: 0 no failing "
        "test remains in the files, 1 failing tests remain (fixed or not, unless written), "
        "2 configuration error or tests that could not be run.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATHS", help="files fixes may touch (default: the project's sources); a test file or folder names the tests to run, as with pytest")
    parser.add_argument("--project", type=Path, metavar="DIR", help="the project root (default: found from PATHS or the current folder)")
    parser.add_argument("--tests", default="", metavar="PYTEST_ARGS", help="which tests to run, as pytest arguments (default: the project's pytest configuration)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--write", action="store_true", help="write the fixes into the files")
    output.add_argument("--diff", action="store_true", help="print the fixes as a unified diff (for git apply) and nothing else")
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    parser.add_argument("--patch", type=Path, metavar="FILE", help="also write the fixes to FILE as a unified diff (for git apply; a CI artifact)")
    # Unset limits come from [tool.greenfix] in pyproject.toml, the GREENFIX_* environment, then defaults.
    defaults = RefineSettings()
    parser.add_argument("--budget", type=_positive_float, metavar="SECONDS", help=f"time for the whole run (default: {defaults.budget_seconds:g})")
    parser.add_argument("--max-model-calls", type=_not_negative_int, metavar="N", help=f"model calls for the whole run (default: {defaults.max_model_calls})")
    parser.add_argument("--max-candidates", type=_positive_int, metavar="N", help=f"candidates tried per function (default: {defaults.max_candidates})")
    parser.add_argument("--test-timeout", type=_positive_float, metavar="SECONDS", help=f"time limit per test (default: {defaults.test_timeout:g})")
    parser.add_argument("--python", metavar="PATH", help="the interpreter that runs the tests (default: the project's .venv, else this one)")
    parser.add_argument("--seed", type=int, help=f"seed for the order of equally ranked candidates (default: {defaults.seed})")
    parser.add_argument("--record", metavar="FILE", help="append every model exchange to FILE (JSONL)")
    parser.add_argument("--replay", metavar="FILE", help="answer model requests from FILE, recorded with --record; no network")
    parser.add_argument("--executor", default="local", metavar="local|ray[=ADDRESS]",
                        help="where the refine jobs run: here, one after another (default), or as Ray tasks on the "
                        "cluster at ADDRESS (default: RAY_ADDRESS, else the cluster this machine is a node of); "
                        'needs pip install "greenfix[ray]"')
    parser.add_argument("--allow-unsandboxed-model-code", action="store_true",
                        help="run model-written candidates even where neither bubblewrap nor Landlock contains them "
                        "(they could then read, change and delete anything you can)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        root, paths, pytest_args = _locate(args)
        options, settings = _options(root, args, paths, pytest_args)
        executor = executor_for(args.executor, settings)
    except (ConfigError, ModelError, ValueError) as error:
        root = args.project.resolve() if args.project else Path.cwd()
        report = FixReport(project=str(root), status="error", message=str(error))
        return _finish(args, FixRun(report, _base(root), None), sys.stdout)

    proposers = proposers_for(settings, options.budget)
    progress = _ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    try:
        report = fix_project(root, options, proposers, progress.show if progress else lambda *_: None, executor)
    finally:
        executor.close()
    if progress:
        progress.clear()
    written, refused = _write(root, report) if args.write else ([], [])
    model_errors = [error for p in proposers if isinstance(p, ModelProposer) for error in p.errors]
    regions = _regions(root, report)
    run_ = FixRun(report, _base(root), options.budget, regions, written, refused, model_errors, settings.model_configured)
    return _finish(args, run_, sys.stdout)


def _locate(args: argparse.Namespace) -> tuple[Path, list[str], list[str]]:
    """The project root (as pytest would find it, unless --project names it), PATHS
    relative to it, and the pytest arguments with their paths made relative to it: a
    command typed in any folder of the project means the same."""
    pytest_args = shlex.split(args.tests)
    if args.project is not None:
        if not args.project.is_dir():
            raise ConfigError(f"{args.project} is not a directory")
        root = args.project.resolve()
    else:
        named = [Path(p) for p in args.paths] + [Path(a.split("::", 1)[0]) for a in pytest_args if _is_path(a)]
        root = find_project_root(named, Path.cwd())
    if never_a_project(root):
        raise ConfigError(f"{root} is not a project greenfix will copy and test; run it in the project's folder or pass --project")
    # `greenfix fix tests/test_x.py` names the tests to repair, as `pytest tests/test_x.py` would.
    tests = [p for p in args.paths if _names_tests(p)]
    pytest_args += tests
    paths = [_relative(root, p) for p in args.paths if p not in tests]
    return root, paths, [_rebased(arg, root) if _is_path(arg) else arg for arg in pytest_args]


def _names_tests(path: str) -> bool:
    """A test node id, a test file, or a folder of nothing but tests."""
    name, _, node = path.partition("::")
    found = Path(name)
    if node:
        return True
    modules = list(islice(found.rglob("*.py"), 1000)) if found.is_dir() else [found]
    tests = [m for m in modules if is_test_file(m.name) and m.name != "conftest.py"]
    return bool(tests) and all(is_test_file(m.name) or m.name == "__init__.py" for m in modules)


def _is_path(arg: str) -> bool:
    return not arg.startswith("-") and Path(arg.split("::", 1)[0]).exists()


def _rebased(arg: str, root: Path) -> str:
    path, separator, rest = arg.partition("::")
    return _relative(root, path) + separator + rest


def _options(root: Path, args: argparse.Namespace, paths: list[str], pytest_args: list[str]) -> tuple[FixOptions, Settings]:
    flags = {
        "budget_seconds": args.budget,
        "max_model_calls": args.max_model_calls,
        "max_candidates": args.max_candidates,
        "test_timeout": args.test_timeout,
        "python": args.python,
        "seed": args.seed,
        "record": args.record,
        "replay": args.replay,
        "allow_unsandboxed_model_code": args.allow_unsandboxed_model_code or None,
    }
    settings = load_settings(root, {key: value for key, value in flags.items() if value is not None})
    if settings.model_configured and settings.model.replay:
        ReplayDoor(Path(settings.model.replay))  # reads the whole file: a bad one stops the run before it starts
    refine = settings.refine
    budget = Budget.from_settings(refine)
    options = FixOptions(
        paths, pytest_args, budget, refine.python, refine.seed, refine.sandbox, started=PROCESS_STARTED, pass_env=refine.pass_env
    )
    return options, settings


def _finish(args: argparse.Namespace, run: FixRun, out: TextIO) -> int:
    if args.diff:
        out.write(fix_report.diff(run))
    elif args.format == "json":
        out.write(fix_report.dumps(fix_report.json_document(run)))
    elif args.format == "sarif":
        out.write(fix_report.dumps(fix_report.sarif(run)))
    elif args.format == "github":
        out.write(fix_report.github(run))
    else:
        out.write(fix_report.text(run))
    write_step_summary(fix_report.step_summary(run))
    if args.patch:
        try:
            args.patch.write_text(fix_report.diff(run), encoding="utf-8", newline="")
        except OSError as error:
            print(f"greenfix fix: cannot write the patch {args.patch}: {error.strerror or error}", file=sys.stderr)
            return 2
    report = run.report
    if report.status == "error":
        return 2
    fixed = {f.path for f in report.functions if f.status == "fixed"}
    return 0 if report.status == "passed" and fixed <= set(run.written) else 1


def _base(root: Path) -> str:
    """The project as shown in reports: relative to the working directory when inside it."""
    try:
        relative = root.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return root.as_posix()
    return "" if relative == "." else relative


def _relative(root: Path, path: str) -> str:
    absolute = Path(os.path.abspath(path))
    if not absolute.exists():
        raise ValueError(f"{path} does not exist")
    # The folders resolved, the name kept: a file that is a symlink is named as itself.
    located = absolute.parent.resolve() / absolute.name if absolute.name else absolute.resolve()
    try:
        return located.relative_to(root).as_posix()
    except ValueError:
        raise ValueError(f"{path} is outside the project {root}") from None


def _regions(root: Path, report: FixReport) -> dict[tuple[str, str], Region]:
    """The `def` line of every function the report names: blamed functions and unattributed tests."""
    wanted = {(f.path, f.qualname) for f in report.functions}
    for nodeid in [*report.unattributed, *report.setup_errors, *report.module_errors]:
        path, _, name = nodeid.partition("::")
        wanted.add((path, name.split("[", 1)[0].replace("::", ".")))
    regions = {}
    for path, qualname in wanted:
        text = report.original_texts.get(path) or _read(root / path)
        region = header_region(text, qualname) if text is not None else None
        if region is not None:
            regions[(path, qualname)] = region
    return regions


def _read(file: Path) -> str | None:
    try:
        return read_source(file)
    except (OSError, UnreadableFile):
        return None


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


def _not_negative_int(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or a positive integer, got {value}")
    return number
