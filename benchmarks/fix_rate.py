"""Fix rate of `greenfix fix` on the bug corpus (benchmarks/corpus/README.md).

For each bug, a copy of the project as its user has it goes to a temporary folder,
and `greenfix fix <the bug's command> --write --format json --budget B` runs in that
folder, as a user would type it. Then:

    plausible  greenfix reported a fix, and the project's tests pass afterwards
    correct    plausible, and the bug's hidden observe() returns on the fixed
               project what it returns on the reference fix

Prints each bug (holdout bugs by id only), then per kind and per split: plausible
and correct shares, the overfitting share (plausible but wrong / plausible), the share of fixes greenfix
flagged as weak evidence and the overfitting share among the others, the share
with rivals (other edits passed every test and behaved differently) and the
overfitting share among the fixes without, the
median seconds per plausible fix, and the budget overrun (the longest wall time /
budget; ">" when fix_rate stopped a run at 3 x budget + 30 s). First, where the template engine ranks the exact fix among its
candidates, with no tests run. A figure, never a pass/fail test.

    python benchmarks/fix_rate.py [--split dev|holdout|all] [--only ID ...]
                                  [--budget SECONDS] [--jobs N] [--test-timeout SECONDS]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from greenfix.analysis.document import SourceDocument  # noqa: E402
from greenfix.analysis.repair.neighbours import imported_sources  # noqa: E402
from greenfix.analysis.repair.templates import propose  # noqa: E402
from greenfix.analysis.targets import function_named  # noqa: E402
from tests.repair.projects import (  # noqa: E402
    Bug,
    corpus_bugs,
    observed,
    reference_copy,
    run_pytest,
    start_observe,
    user_copy,
)

@dataclass
class Outcome:
    bug: Bug
    status: str = "error"
    wall: float = 0.0
    budget: float = 1.0
    killed: bool = False  # stopped at fix_rate's own limit: the run would have taken longer
    weak: bool = False  # greenfix said its evidence for the fix is weak
    rivals: bool = False  # other edits also passed every test and behaved differently
    notes: list[str] = field(default_factory=list)

    @property
    def plausible(self) -> bool:
        return self.status in ("correct", "plausible-wrong")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), help="which bugs (default: dev, or all with --only)")
    parser.add_argument("--only", nargs="*", default=None, metavar="ID", help="corpus ids to run")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per bug (greenfix fix --budget; default: 60)")
    parser.add_argument("--jobs", type=int, default=1, help="bugs run at once (default: 1)")
    parser.add_argument("--test-timeout", type=float, default=None,
                        help="pass --test-timeout to greenfix fix (default: none, as a user would run it)")
    args = parser.parse_args()

    split = args.split or ("dev" if args.only is None else "all")
    bugs = [b for b in corpus_bugs() if split in ("all", b.split) and (args.only is None or b.id in args.only)]
    if not bugs:
        print("no bugs selected")
        return 1
    _print_template_ranks(bugs)
    problem = _fix_command_problem()
    if problem:
        print(f"\n`greenfix fix` cannot be measured: {problem}")
        return 1

    print(f"\n{'bug':28} {'kind':20} {'split':8} {'status':16} {'seconds':>8} {'wall/budget':>12}")
    outcomes = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        running = [pool.submit(measure, bug, args.budget, args.test_timeout) for bug in bugs]
        for done in as_completed(running):
            outcome = done.result()
            outcomes.append(outcome)
            _print_outcome(outcome)
    outcomes.sort(key=lambda o: o.bug.id)
    _print_table("kind", outcomes, lambda o: o.bug.kind)
    _print_table("split", outcomes, lambda o: o.bug.split)
    return 0


def measure(bug: Bug, budget: float, test_timeout: float | None) -> Outcome:
    outcome = Outcome(bug, budget=budget)
    with tempfile.TemporaryDirectory(prefix=f"greenfix-{bug.id}-") as scratch:
        project = user_copy(bug, Path(scratch) / bug.id)
        command = [shutil.which("greenfix") or "greenfix", "fix", *bug.command,
                   "--write", "--format", "json", "--budget", f"{budget:g}"]
        if test_timeout is not None:
            command += ["--test-timeout", f"{test_timeout:g}"]
        report = _run_greenfix(command, project, budget, outcome)
        if report is None:
            return outcome
        fixed = [f for f in report.get("functions", []) if f.get("status") == "fixed"]
        if not fixed or not report.get("written"):
            outcome.status = "unfixed"
            return outcome
        outcome.weak = any(f.get("evidence", {}).get("weak") for f in fixed)
        outcome.rivals = any(f.get("evidence", {}).get("other_plausible") for f in fixed)
        outcome.notes += _restore_tests(bug, project)
        code, _ = run_pytest(project)
        if code != 0:
            outcome.status = "unfixed"
            outcome.notes.append("reported a fix, but the tests still fail")
            return outcome
        reference = reference_copy(bug, Path(scratch) / "reference")
        watching = (start_observe(bug, project, Path(scratch) / "fixed.out"),
                    start_observe(bug, reference, Path(scratch) / "reference.out"))
        seen_fixed = observed(watching[0], Path(scratch) / "fixed.out")
        seen_reference = observed(watching[1], Path(scratch) / "reference.out")
        if not isinstance(seen_reference, list):
            outcome.notes.append(f"observe() failed on the reference: {seen_reference[:200]}")
            return outcome
        outcome.status = "correct" if seen_fixed == seen_reference else "plausible-wrong"
        where = sorted({f"{f.get('path')}:{f.get('function')}" for f in fixed})
        if where != [f"{bug.target_path}:{bug.qualname}"]:
            outcome.notes.append(f"fixed {', '.join(where)}")
    return outcome


def _run_greenfix(command: list[str], project: Path, budget: float, outcome: Outcome) -> dict | None:
    """Run greenfix in the project folder and read its JSON report; None (and an error
    outcome) when there is none."""
    limit = budget * 3 + 30
    started = time.monotonic()
    # Its own session, so that a run past the limit is stopped with every process it started.
    process = subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        outcome.wall, outcome.killed = time.monotonic() - started, True
        outcome.notes.append(f"no answer within {limit:.0f} s")
        return None
    outcome.wall = time.monotonic() - started
    try:
        report = json.loads(stdout)
    except json.JSONDecodeError:
        outcome.notes.append(f"exit {process.returncode}, no JSON report: {(stderr or stdout).strip()[:200]}")
        return None
    if not isinstance(report, dict) or report.get("status") == "error":
        message = report.get("message") if isinstance(report, dict) else None
        outcome.notes.append(f"greenfix error: {message or stdout[:200]}")
        return None
    return report


def _restore_tests(bug: Bug, project: Path) -> list[str]:
    """Put back the project's tests and conftest files, so a fix is judged by the tests
    the user wrote; name any that greenfix changed."""
    changed = []
    for original in sorted(bug.folder.rglob("*")):
        relative = original.relative_to(bug.folder)
        if not original.is_file() or relative.parts[0] in ("reference", "hidden") or "__pycache__" in relative.parts:
            continue
        if relative.parts[0] != "tests" and original.name != "conftest.py":
            continue
        copy = project / relative
        if not copy.is_file() or copy.read_bytes() != original.read_bytes():
            changed.append(f"greenfix changed {relative}")
            shutil.copyfile(original, copy)
    return changed


def _fix_command_problem() -> str | None:
    """Why `greenfix fix` cannot run here, or None when it looks ready."""
    greenfix = shutil.which("greenfix")
    if greenfix is None:
        return "the `greenfix` command is not on PATH (pip install -e .)"
    try:
        probe = subprocess.run([greenfix, "fix", "--help"], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "`greenfix fix --help` did not answer within 60 s"
    if probe.returncode != 0 or "--write" not in probe.stdout:
        return "this greenfix has no `fix` command with --write (`greenfix fix --help` does not describe it)"
    return None


def _template_rank(bug: Bug) -> int | None:
    """0-based rank of the reference fix among the template candidates for the target."""
    source = (bug.folder / bug.target_path).read_bytes()
    reference = (bug.folder / "reference" / bug.target_path).read_bytes()
    target = function_named(SourceDocument(source), bug.qualname)
    fixed = function_named(SourceDocument(reference), bug.qualname)
    if target is None or fixed is None:
        return None
    expected = reference[fixed.start : fixed.end].decode()
    neighbours = imported_sources(bug.target_path, source.decode(), lambda path: _read(bug.folder / path))
    texts = [c.text for c in propose(source, target, neighbours=neighbours)]
    return texts.index(expected) if expected in texts else None


def _read(path: Path) -> str | None:
    return path.read_text() if path.is_file() else None


def _print_template_ranks(bugs: list[Bug]) -> None:
    ranks = [rank for rank in map(_template_rank, bugs) if rank is not None]
    print(f"exact fix among template candidates (no localization): {len(ranks)}/{len(bugs)}")
    if ranks:
        print(f"  rank of the fix: median {median(ranks):.0f}, best {min(ranks)}, worst {max(ranks)}, "
              f"top 10: {sum(r < 10 for r in ranks)}, top 50: {sum(r < 50 for r in ranks)}")


def _print_outcome(o: Outcome) -> None:
    # Holdout bugs show their id and figures, nothing of their code.
    notes = "  " + "; ".join(o.notes) if o.notes and o.bug.split == "dev" else ""
    flags = ", ".join(flag for flag, on in (("weak", o.weak), ("rivals", o.rivals)) if on)
    status = f"{o.status} ({flags})" if flags else o.status
    print(f"{o.bug.id:28} {o.bug.kind:20} {o.bug.split:8} {status:16} {o.wall:8.1f} {o.wall / o.budget:12.2f}{notes}",
          flush=True)


def _print_table(label: str, outcomes: list[Outcome], key: Callable[[Outcome], str]) -> None:
    print(f"\n{label:20} {'bugs':>5} {'plausible':>10} {'correct':>8} {'overfit':>8} {'weak':>6} {'strong overfit':>15} "
          f"{'rivals':>7} {'overfit w/o rivals':>19} {'errors':>7} {'median s/fix':>13} {'overrun':>8}")
    groups = sorted({key(o) for o in outcomes})
    for group in groups:
        _print_row(group, [o for o in outcomes if key(o) == group])
    _print_row("all", outcomes)


def _print_row(label: str, outcomes: list[Outcome]) -> None:
    plausible = [o for o in outcomes if o.plausible]
    correct = [o for o in plausible if o.status == "correct"]
    overfit = _share(lambda o: o.status != "correct", plausible)
    weak = _share(lambda o: o.weak, plausible)
    strong_overfit = _share(lambda o: o.status != "correct", [o for o in plausible if not o.weak])
    rivals = _share(lambda o: o.rivals, plausible)
    unrivalled_overfit = _share(lambda o: o.status != "correct", [o for o in plausible if not o.rivals])
    seconds = f"{median(o.wall for o in plausible):.1f}" if plausible else "-"
    errors = sum(o.status == "error" for o in outcomes)
    worst = max(outcomes, key=lambda o: o.wall / o.budget)
    overrun = (">" if worst.killed else "") + f"{worst.wall / worst.budget:.2f}"
    print(f"{label:20} {len(outcomes):>5} {len(plausible) / len(outcomes):>10.0%} {len(correct) / len(outcomes):>8.0%} "
          f"{overfit:>8} {weak:>6} {strong_overfit:>15} {rivals:>7} {unrivalled_overfit:>19} {errors:>7} {seconds:>13} {overrun:>8}")


def _share(counted: Callable[[Outcome], bool], outcomes: list[Outcome]) -> str:
    return f"{sum(map(counted, outcomes)) / len(outcomes):.0%}" if outcomes else "-"


if __name__ == "__main__":
    sys.exit(main())
