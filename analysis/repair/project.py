"""Fix a project headless: run its tests, blame each failure on a function, and
refine each blamed function in turn, under one budget for the whole run."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Mapping, Sequence

from ..document import SourceDocument
from ..files import iter_source_files, read_source
from ..targets import find_test_files, tests_referencing
from ..testing.environment import missing_pytest, project_python
from ..testing.runner import TestRunner, open_runner, run_tests
from ..testing.shadow import ShadowWorkspace
from .attribution import Blame, blame, is_test_file
from .loop import Budget, Progress, Proposer, RefineJob, RefineResult, refine


@dataclass
class FixReport:
    project: str
    status: str  # "passed" (every selected test passes at the end) | "failed" | "error"
    message: str
    tests_before: dict[str, str] = field(default_factory=dict)
    tests_after: dict[str, str] = field(default_factory=dict)
    functions: list[RefineResult] = field(default_factory=list)
    unattributed: list[str] = field(default_factory=list)  # failing tests no function could be blamed for
    fixed_texts: dict[str, str] = field(default_factory=dict)  # path -> new text
    original_texts: dict[str, str] = field(default_factory=dict)  # path -> text the fix was computed for
    seconds: float = 0.0
    candidates: int = 0  # tried in the whole run
    model_calls: int = 0
    tokens: int = 0  # as the endpoint reported them


@dataclass(frozen=True)
class FixOptions:
    paths: Sequence[str] = ()  # files (relative to the project) fixes may touch; empty: every source file
    pytest_args: Sequence[str] = ()  # which tests to run; empty: the project's pytest configuration
    budget: Budget = Budget()
    python: str | None = None
    seed: int = 0
    pass_env: Sequence[str] = ()  # variables the tests get besides the few they need


def fix_project(
    root: Path,
    options: FixOptions,
    proposers: list[Proposer],
    on_progress: Callable[[str, Progress | None], None] = lambda *_: None,
) -> FixReport:
    started = time.monotonic()
    report = FixReport(project=str(root), status="error", message="")
    python = project_python(root, options.python)
    problem = missing_pytest(python, root)
    if problem:
        report.message = problem
        report.seconds = time.monotonic() - started
        return report
    shadow = ShadowWorkspace.create(root)
    runner = open_runner(shadow, python, pass_env=options.pass_env)
    try:
        _fix(root, options, proposers, on_progress, started, report, shadow, runner)
    finally:
        runner.close()
        shadow.cleanup()
        report.seconds = time.monotonic() - started
        report.candidates = sum(f.attempts for f in report.functions)
        report.model_calls = sum(getattr(p, "calls", 0) for p in proposers)
        report.tokens = sum(getattr(p, "tokens", 0) for p in proposers)
    return report


def _fix(
    root: Path,
    options: FixOptions,
    proposers: list[Proposer],
    on_progress: Callable[[str, Progress | None], None],
    started: float,
    report: FixReport,
    shadow: ShadowWorkspace,
    runner: TestRunner,
) -> None:
    budget = options.budget
    on_progress("collecting tests", None)
    collection = runner.collect(list(options.pytest_args), timeout=budget.test_timeout * 3)
    if collection.error:
        report.message = f"tests could not be collected: {_in_project(collection.error, shadow, root)}"
        return
    if not collection.node_ids:
        report.message = "no tests found"
        return
    all_tests = collection.node_ids
    on_progress(f"running {len(all_tests)} tests", None)
    baseline = run_tests(runner, all_tests, budget.test_timeout)
    report.tests_before = {n: r.outcome for n, r in sorted(baseline.results.items())}
    failing = sorted(baseline.failed())
    if baseline.collection_error:
        report.message = f"tests could not be collected: {_in_project(baseline.collection_error, shadow, root)}"
        return
    if not failing:
        report.status, report.message = "passed", "all tests pass"
        report.tests_after = report.tests_before
        return

    sources = project_sources(root, options.paths)
    texts = {path: doc.text for path, doc in sources.items()}
    blamed: dict[tuple[str, str], list[str]] = {}
    for nodeid in failing:
        culprit: Blame | None = blame(baseline.results[nodeid], shadow.root, sources)
        if culprit is None:
            report.unattributed.append(nodeid)
        else:
            blamed.setdefault((culprit.path, culprit.qualname), []).append(nodeid)

    test_files = find_test_files(shadow.root)
    passed_before = sorted(baseline.passed())
    for (path, qualname), failing_here in sorted(blamed.items()):
        remaining = budget.seconds - (time.monotonic() - started)
        if remaining <= 0:
            report.functions.append(RefineResult("skipped", path, qualname, "budget exhausted before this function"))
            continue
        job = RefineJob(
            path=path,
            text=texts[path],
            qualname=qualname,
            tests=tests_for(qualname, failing_here, test_files, shadow.root, all_tests),
            guard_tests=passed_before,
            budget=replace(budget, seconds=remaining),
            seed=options.seed,
        )
        on_progress(f"refining {qualname} ({path})", None)
        result = refine(job, shadow, runner, proposers, lambda p, q=qualname: on_progress(q, p))
        passing_now = result.status == "skipped" and result.tests_before and result.tests_after
        if passing_now and any(f.status == "fixed" for f in report.functions):
            result.message = "its tests pass once the functions fixed above are"
        report.functions.append(result)
        if result.status == "fixed" and result.new_text is not None:
            report.original_texts.setdefault(path, texts[path])
            texts[path] = result.new_text
            report.fixed_texts[path] = result.new_text
            shadow.write(path, result.new_text)

    on_progress("running the tests again", None)
    final = run_tests(runner, all_tests, budget.test_timeout)
    report.tests_after = {n: r.outcome for n, r in sorted(final.results.items())}
    still_failing = final.failed()
    report.status = "passed" if final.all_passed() else "failed"
    fixed = sum(1 for f in report.functions if f.status == "fixed")
    report.message = (
        f"fixed {fixed} of {len(report.functions)} function(s); "
        f"{len(failing) - len(still_failing)} of {len(failing)} failing test(s) now pass"
    )


def _in_project(message: str, shadow: ShadowWorkspace, root: Path) -> str:
    """pytest's message with the shadow copy's paths as the project's: the copy is gone
    by the time anyone reads it."""
    return message.replace(str(shadow.root), str(root))


def project_sources(
    root: Path, paths: Sequence[str] = (), buffers: Mapping[str, str] | None = None
) -> dict[str, SourceDocument]:
    """The project's non-test Python files (among `paths`, default all) by relative
    POSIX path; `buffers` (path -> text, an editor's unsaved texts) take precedence."""
    chosen = [root / p for p in paths] if paths else [root]
    buffers = buffers or {}
    sources: dict[str, SourceDocument] = {}
    for file in iter_source_files(chosen, root):
        relative = file.resolve().relative_to(root.resolve()).as_posix()
        if is_test_file(relative):
            continue
        try:
            sources[relative] = SourceDocument(buffers.get(relative) or read_source(file))
        except (OSError, ValueError):
            continue  # unreadable files cannot be fixed; `greenfix check` reports them
    return sources


def tests_for(qualname: str, failing: list[str], test_files: list[Path], root: Path, collected: list[str]) -> list[str]:
    """The tests a function's repair is judged by: those that fail because of it, and
    those whose body names it (tree-sitter's guess, confirmed by pytest's collection;
    a parametrized test stands for each of its collected cases)."""
    name = qualname.rsplit(".", 1)[-1]
    mentioning = set(tests_referencing(test_files, name, root))
    return sorted({*failing, *(n for n in collected if n.split("[", 1)[0] in mentioning)})
