"""Fix rate of `greenfix fix` on the bug corpus (benchmarks/corpus).

For each bug: where the template engine ranks the exact fix among its candidates
(in process, no tests run), then `greenfix fix --project <copy> --format json` on a
temporary copy. Prints fixed / total, median seconds and median candidates per fix,
per kind and overall. A figure, never a pass/fail test.

    python benchmarks/fix_rate.py [--budget SECONDS] [--test-timeout SECONDS] [--only ID ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.repair.templates import propose
from greenfix.analysis.targets import function_named

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass
class Outcome:
    bug: str
    kind: str
    template_rank: int | None  # 0-based rank of the exact fix among template candidates
    status: str = "not run"  # fixed / unfixed / skipped / error
    seconds: float | None = None
    attempts: int | None = None
    proposer: str | None = None
    notes: list[str] = field(default_factory=list)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per bug (greenfix fix --budget)")
    parser.add_argument("--test-timeout", type=float, default=3.0, help="seconds per test run")
    parser.add_argument("--only", nargs="*", default=None, help="corpus ids to run")
    args = parser.parse_args()

    bugs = sorted(p for p in CORPUS.iterdir() if p.is_dir() and (args.only is None or p.name in args.only))
    outcomes = [Outcome(bug.name, _meta(bug)["kind"], _template_rank(bug)) for bug in bugs]
    _print_template_ranks(outcomes)

    problem = _fix_command_problem()
    if problem:
        print(f"\n`greenfix fix` cannot be measured: {problem}")
        return 1
    for bug, outcome in zip(bugs, outcomes):
        _run_fix(bug, outcome, args.budget, args.test_timeout)
        print(f"  {outcome.bug:24} {outcome.status:8} {_seconds(outcome.seconds):>7} {' '.join(outcome.notes)}", flush=True)
    _print_fix_rates(outcomes)
    return 0


def _meta(bug: Path) -> dict[str, object]:
    return json.loads((bug / "meta.json").read_text())


def _template_rank(bug: Path) -> int | None:
    meta = _meta(bug)
    source = (bug / "mod.py").read_bytes()
    target = function_named(SourceDocument(source), str(meta["function"]))
    if target is None:
        return None
    texts = [c.text for c in propose(source, target)]
    return texts.index(str(meta["fixed"])) if meta["fixed"] in texts else None


def _print_template_ranks(outcomes: list[Outcome]) -> None:
    ranks = [o.template_rank for o in outcomes if o.template_rank is not None]
    print(f"exact fix among template candidates (no localization): {len(ranks)}/{len(outcomes)}")
    if ranks:
        print(f"  rank of the fix: median {median(ranks):.0f}, best {min(ranks)}, worst {max(ranks)}, "
              f"top 10: {sum(r < 10 for r in ranks)}, top 50: {sum(r < 50 for r in ranks)}")


def _fix_command_problem() -> str | None:
    """Why `greenfix fix` cannot run here, or None when it looks ready."""
    greenfix = shutil.which("greenfix")
    if greenfix is None:
        return "the `greenfix` command is not on PATH (pip install -e .)"
    try:
        probe = subprocess.run([greenfix, "fix", "--help"], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "`greenfix fix --help` did not answer within 60 s"
    if probe.returncode != 0 or "--project" not in probe.stdout:
        return "this greenfix has no `fix` command with --project yet (`greenfix fix --help` does not describe it)"
    return None


def _run_fix(bug: Path, outcome: Outcome, budget: float, test_timeout: float) -> None:
    with tempfile.TemporaryDirectory(prefix=f"greenfix-{bug.name}-") as scratch:
        project = Path(scratch) / bug.name
        shutil.copytree(bug, project, ignore=shutil.ignore_patterns("__pycache__", "meta.json"))
        command = ["greenfix", "fix", "--project", str(project), "--format", "json",
                   "--budget", str(budget), "--test-timeout", str(test_timeout)]
        started = time.monotonic()
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=budget * 3 + 30)
        except subprocess.TimeoutExpired:
            outcome.status, outcome.notes = "error", [f"no answer within {budget * 3 + 30:.0f} s"]
            return
        wall = time.monotonic() - started
    try:
        report = json.loads(done.stdout)
        functions = report["functions"]
    except (json.JSONDecodeError, KeyError, TypeError):
        outcome.status = "error"
        outcome.notes = [f"exit {done.returncode}, no JSON report: {(done.stderr or done.stdout).strip()[:200]}"]
        return
    fixed = [f for f in functions if f.get("status") == "fixed"]
    # Exit status 1 also means "fixed but not written": the report says what was found.
    outcome.status = "fixed" if report.get("status") == "passed" and fixed else "unfixed" if functions else "skipped"
    outcome.seconds = sum(f.get("seconds", 0.0) for f in functions) or wall
    outcome.attempts = sum(f.get("attempts", 0) for f in functions)
    outcome.proposer = ",".join(sorted({str(f.get("proposer")) for f in fixed})) or None


def _print_fix_rates(outcomes: list[Outcome]) -> None:
    print(f"\n{'kind':20} {'fixed':>9} {'median s':>9} {'median candidates':>18}")
    kinds = sorted({o.kind for o in outcomes})
    for kind in kinds:
        _print_row(kind, [o for o in outcomes if o.kind == kind])
    _print_row("all", outcomes)


def _print_row(label: str, outcomes: list[Outcome]) -> None:
    fixed = [o for o in outcomes if o.status == "fixed"]
    seconds = [o.seconds for o in fixed if o.seconds is not None]
    attempts = [o.attempts for o in fixed if o.attempts is not None]
    print(f"{label:20} {len(fixed):>4}/{len(outcomes):<4} {_seconds(median(seconds) if seconds else None):>9} "
          f"{(f'{median(attempts):.0f}' if attempts else '-'):>18}")


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    sys.exit(main())
