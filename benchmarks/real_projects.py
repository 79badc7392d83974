"""greenfix on real projects against the naive loop: time to first candidate and time
to fix on seeded single-edit bugs in pure-Python libraries with real test suites.

For each library (pinned; its sdist ships its tests): the sdist and the wheels its
tests need (pytest, pinned) are cached under --cache; the first run downloads them
from PyPI (it needs PyPI), later runs need no network. Each run unpacks the sdist into
a temporary folder and makes a temporary venv there with pytest and the test
dependencies; the library itself is not installed: its tests import the unpacked
source, as `python -m pytest` in the unpacked folder does.

Bugs: greenfix's runner traces the suite once to learn which tests run which function;
then, drawn with --seed, one mutation per function (a comparison swapped, a bound off by
one, an operator swapped, a condition negated, a wrong constant; benchmarks/_mutants.py),
kept only when a fresh pytest of the tests running that function fails on it.

Per bug, in one run, one after the other:
    S         a fresh `python -m pytest -q -p no:cacheprovider` of the whole suite, with the bug
    greenfix  `fix_project` in process (the engine behind `greenfix fix`), templates only,
              the tests running in the temporary venv; with --via-cli also `greenfix fix
              --write` as a subprocess, for a sanity check
    naive     a fresh `python -m pytest -q -p no:cacheprovider -x` of the whole suite per
              candidate, over greenfix's own candidate list for the bugged function in the
              same order (its template engine, ranked by the same suspiciousness), until
              the first candidate the whole suite passes, or --naive-cap seconds
              (default 10 x S + 60); each run is limited to 2 x S + --test-timeout.
              It stops each run at the first failing test (-x: what anyone would
              type), unless --naive-full. It is told which function has the bug;
              greenfix has to find it
and for each: time to the first candidate's verdict ("first"), candidates per second,
time to the first candidate that passes the tests ("green"), time to fix (greenfix: its
whole run, with the search after the first green candidate and the last run of every
test; the naive loop: its first green candidate) or "unfixed" / "> cap", and whether the
fix is the original code ("correct") or only passes the tests ("passes"). The summary:
median time to fix against S + 10 s, the speed-up over the naive loop (time to fix), and
how much faster greenfix tries one candidate. Figures, never a pass/fail test; the
libraries are a yardstick, not material to tune the search on.

    python benchmarks/real_projects.py [--libraries six boltons] [--bugs 5] [--seed 0]
        [--budget 120] [--test-timeout 30] [--naive-cap SECONDS] [--naive-full] [--via-cli]
        [--cache DIR]
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median

from _mutants import Bug, Mutation, choose_bugs, fresh_pytest, same_code

from greenfix.analysis.config import RefineSettings, Settings
from greenfix.analysis.document import SourceDocument
from greenfix.analysis.positions import decode, encode
from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import ProposalContext, Progress
from greenfix.analysis.repair.project import FixOptions, fix_project
from greenfix.analysis.repair.proposers import TemplateProposer
from greenfix.analysis.repair.session import RepairSession
from greenfix.analysis.repair.templates import iter_candidates
from greenfix.analysis.targets import FunctionTarget, function_named
from greenfix.analysis.testing.results import COLLECTION


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    sources: str  # glob, relative to the unpacked sdist, of the files bugs go into
    requires: tuple[str, ...] = ()  # what its tests need besides pytest


# Pure Python, sdists that ship their tests, suites of seconds here; no test dependency but pytest.
LIBRARIES = {
    "six": Library("six", "1.17.0", "six.py"),
    "boltons": Library("boltons", "26.2.0", "boltons/*.py"),
}
PYTEST = "pytest==9.2.0"
DEFAULT_CACHE = Path.home() / ".cache" / "greenfix-bench" / "real_projects"


# -- the library, its venv ------------------------------------------------------


def prepare(library: Library, cache: Path, work: Path) -> tuple[Path, str]:
    """The unpacked sdist and the interpreter of a fresh venv that can run its tests."""
    sdist = _cached_sdist(library, cache)
    wheels = _cached_wheels([PYTEST, *library.requires], cache)
    with tarfile.open(sdist) as archive:
        archive.extractall(work, filter="data")
        top = {name.split("/", 1)[0] for name in archive.getnames()}
    if len(top) != 1:
        raise SystemExit(f"{sdist} does not unpack into one folder")
    root = work / top.pop()
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    _pip(python, "install", "-q", "--no-index", "--find-links", str(wheels), PYTEST, *library.requires)
    return root, python


def _cached_sdist(library: Library, cache: Path) -> Path:
    folder = cache / f"{library.name}-{library.version}"
    found = sorted(folder.glob("*.tar.gz"))
    if not found:
        print(f"downloading the sdist of {library.name}=={library.version} (PyPI)", file=sys.stderr)
        _pip(sys.executable, "download", "-q", "--no-binary", ":all:", "--no-deps", "-d", str(folder),
             f"{library.name}=={library.version}")
        found = sorted(folder.glob("*.tar.gz"))
    if not found:
        raise SystemExit(f"no .tar.gz sdist of {library.name}=={library.version} in {folder}")
    return found[0]


def _cached_wheels(requirements: list[str], cache: Path) -> Path:
    folder = cache / ("wheels-" + hashlib.sha256(" ".join(sorted(requirements)).encode()).hexdigest()[:12])
    done = folder / ".complete"
    if not done.exists():
        print(f"downloading wheels of {' '.join(requirements)} (PyPI)", file=sys.stderr)
        _pip(sys.executable, "download", "-q", "--only-binary", ":all:", "-d", str(folder), *requirements)
        done.write_text("\n".join(requirements) + "\n")
    return folder


def _pip(python: str, *args: str) -> None:
    result = subprocess.run([python, "-m", "pip", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"pip {args[0]} failed:\n{result.stdout}{result.stderr}")


def source_files(root: Path, pattern: str) -> dict[str, str]:
    return {
        Path(p).relative_to(root).as_posix(): Path(p).read_text(encoding="utf-8")
        for p in sorted(glob.glob(str(root / pattern)))
    }


# -- the bugs --------------------------------------------------------------------


def coverage(root: Path, python: str, paths: set[str], test_timeout: float) -> dict[tuple[str, int], list[str]]:
    """(path, first line) -> the passing tests that run that function, from one traced
    run by greenfix's runner. Functions that run while the tests are collected (at
    import) are left out: a bug there breaks every test at once."""
    settings = Settings(refine=replace(RefineSettings(), python=python, test_timeout=test_timeout))
    with RepairSession(root, settings) as session:
        report = session.run_all()
    if report.error is not None:
        raise SystemExit(f"{root}: {report.error}")
    run = report.run
    at_import = run.functions.get(COLLECTION, set())
    covered: dict[tuple[str, int], list[str]] = {}
    for nodeid in sorted(run.passed()):
        for key in run.functions.get(nodeid, set()):
            if key[0] in paths and key not in at_import:
                covered.setdefault(key, []).append(nodeid)
    return covered


def pick_bugs(root: Path, python: str, pattern: str, count: int, seed: int, suite_seconds: float, test_timeout: float) -> list[Bug]:
    """Visible bugs: each makes at least one of the tests that run its function fail in
    a fresh pytest (mutants that hang or break collection are passed over)."""
    sources = source_files(root, pattern)
    covered = coverage(root, python, set(sources), test_timeout)
    check = visibility_check(root, python, sources, 2 * suite_seconds + test_timeout)
    return choose_bugs(sources, covered, count, seed, check)


def visibility_check(root: Path, python: str, sources: dict[str, str], limit: float) -> Callable[[Mutation, str, list[str]], int]:
    """How many of the given tests fail in a fresh pytest with the mutant in place (the
    file is put back after); -1 when the run hangs past `limit` or pytest cannot run them."""

    def failing(mutation: Mutation, mutated: str, tests: list[str]) -> int:
        file = root / mutation.path
        try:
            file.write_text(mutated, encoding="utf-8")
            run = fresh_pytest(python, root, tests, timeout=limit)
        finally:
            file.write_text(sources[mutation.path], encoding="utf-8")
        return run.failed_count() if run.status == 1 else -1

    return failing


# -- one bug: greenfix and the naive loop ----------------------------------------------


@dataclass
class Measure:
    first: float | None = None  # seconds to the first candidate's verdict
    green: float | None = None  # seconds to the first candidate that passes the tests
    rate: float | None = None  # candidates per second
    fixed: float | None = None  # seconds to the fix; None: not fixed
    result: str = "unfixed"  # "correct" | "passes" | "unfixed" | "> cap" | "error"
    candidates: int = 0
    note: str = ""


@dataclass
class Row:
    bug: Bug
    suite: float  # S: a fresh pytest of the whole suite, with the bug
    greenfix: Measure
    naive: Measure
    cli: Measure | None = None
    order: str = "greenfix's"  # whose ranking the naive loop's candidate list has


class _Recorded:
    """The template proposer, remembering what it was asked (the naive loop replays its
    round-1 candidate list); it proposes exactly what TemplateProposer does."""

    name = TemplateProposer.name

    def __init__(self) -> None:
        self.inner = TemplateProposer()
        self.contexts: list[ProposalContext] = []

    def propose(self, context: ProposalContext) -> Iterable[Candidate]:
        self.contexts.append(context)
        return iter(self.inner.propose(context))


def measure_bug(pristine: Path, python: str, bug: Bug, work: Path, budget: float, test_timeout: float,
                naive_cap: float | None = None, via_cli: bool = False, naive_full: bool = False) -> Row:
    """Measure one bug in a copy of the project that has it."""
    root = work / "project"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(pristine, root)
    (root / bug.mutation.path).write_text(bug.mutated, encoding="utf-8")
    suite = fresh_pytest(python, root).seconds

    greenfix, recorded = run_greenfix(root, python, bug, budget, test_timeout)
    cli = None
    if via_cli:
        cli_root = work / "project-cli"
        shutil.rmtree(cli_root, ignore_errors=True)
        shutil.copytree(root, cli_root)
        cli = run_cli(cli_root, python, bug, budget, test_timeout)
    candidates, order = naive_candidates(bug, recorded)
    cap = naive_cap if naive_cap is not None else 10 * suite + 60
    naive = run_naive(root, python, bug, candidates, cap, 2 * suite + test_timeout, [] if naive_full else ["-x"])
    return Row(bug, suite, greenfix, naive, cli, order)


def run_greenfix(root: Path, python: str, bug: Bug, budget: float, test_timeout: float) -> tuple[Measure, list[ProposalContext]]:
    proposer = _Recorded()
    verdicts: list[tuple[float, Progress]] = []
    started = time.monotonic()

    def on_progress(_what: str, progress: Progress | None) -> None:
        if progress is not None:
            verdicts.append((time.monotonic() - started, progress))

    options = FixOptions(budget=Budget(seconds=budget, test_timeout=test_timeout), python=python)
    report = fix_project(root, options, [proposer], on_progress)
    refined = "; ".join(f"{f.qualname}: {f.status}, {f.attempts} candidates, {f.message}" for f in report.functions)
    measure = Measure(candidates=report.candidates, note=f"{report.message} [{refined}]" if refined else report.message)
    if verdicts:
        measure.first = verdicts[0][0]
        measure.green = next((t for t, p in verdicts if p.plausible), None)
        if len(verdicts) > 1 and verdicts[-1][0] > verdicts[0][0]:
            measure.rate = (len(verdicts) - 1) / (verdicts[-1][0] - verdicts[0][0])
    if report.status == "passed" and report.fixed_texts:
        measure.fixed = report.seconds
        measure.result = _verdict(bug, report.fixed_texts)
    elif report.status == "error":
        measure.result = "error"
    return measure, proposer.contexts


def run_cli(root: Path, python: str, bug: Bug, budget: float, test_timeout: float) -> Measure:
    """`greenfix fix --write` as a user types it, in a copy of the project with the bug."""
    command = [sys.executable, "-m", "greenfix.server", "fix", "--project", str(root), "--python", python,
               "--budget", str(budget), "--test-timeout", str(test_timeout),
               "--max-candidates", str(Budget().candidates), "--max-model-calls", "0", "--write", "--format", "json"]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    try:
        document = json.loads(done.stdout)
    except json.JSONDecodeError:
        return Measure(result="error", note=(done.stderr or done.stdout).strip()[-200:])
    measure = Measure(candidates=sum(f["attempts"] for f in document["functions"]), note=document["message"])
    measure.rate = measure.candidates / seconds if measure.candidates else None
    if done.returncode == 0:
        measure.fixed = seconds
        measure.result = _verdict(bug, {bug.mutation.path: (root / bug.mutation.path).read_text(encoding="utf-8")})
    elif document["status"] == "error":
        measure.result = "error"
    return measure


def naive_candidates(bug: Bug, contexts: list[ProposalContext]) -> tuple[Iterator[str], str]:
    """The texts of the bugged file with each of greenfix's round-1 template candidates
    for the bugged function, in greenfix's order (its suspiciousness, size, seed). When
    greenfix never refined that function, the template engine's order without
    suspiciousness."""
    mutated = encode(bug.mutated)
    for context in contexts:
        if context.round == 1 and context.source == mutated and context.target.qualname == bug.mutation.qualname:
            return _files(context.source, context.target, context.suspicious_lines, context.seed), "greenfix's"
    target = function_named(SourceDocument(mutated), bug.mutation.qualname)
    assert target is not None, f"{bug.mutation.qualname} is not in the bugged file"
    return _files(mutated, target, None, 0), "unranked"


def _files(source: bytes, target: FunctionTarget, suspicious: dict[int, float] | None, seed: int) -> Iterator[str]:
    for candidate in iter_candidates(source, target, suspicious, seed=seed):
        yield decode(source[: target.start] + encode(candidate.text) + source[target.end :])


def run_naive(root: Path, python: str, bug: Bug, candidates: Iterator[str], cap: float, run_limit: float,
              pytest_args: list[str]) -> Measure:
    """A fresh pytest of the whole suite per candidate, until one passes or `cap` seconds."""
    file = root / bug.mutation.path
    measure = Measure()
    started = time.monotonic()
    try:
        for text in candidates:
            left = cap - (time.monotonic() - started)
            if left <= 0:
                measure.result = "> cap"
                break
            file.write_text(text, encoding="utf-8")
            run = fresh_pytest(python, root, pytest_args, timeout=min(run_limit, left))
            elapsed = time.monotonic() - started
            if run.status is None and elapsed >= cap:  # stopped by the cap: no verdict on it
                measure.result = "> cap"
                break
            measure.candidates += 1
            if measure.first is None:
                measure.first = elapsed
            if run.passed:
                measure.fixed = measure.green = elapsed
                measure.result = _verdict(bug, {bug.mutation.path: text})
                break
        else:
            measure.note = "no candidate passes the whole suite"
    finally:
        file.write_text(bug.mutated, encoding="utf-8")
    elapsed = time.monotonic() - started
    if measure.candidates and elapsed > 0:
        measure.rate = measure.candidates / elapsed
    return measure


def _verdict(bug: Bug, texts: dict[str, str]) -> str:
    """Whether a fix restores the original program ("correct") or only passes the tests."""
    path = bug.mutation.path
    only_there = set(texts) == {path}
    return "correct" if only_there and same_code(texts[path], bug.original) else "passes"


# -- the table -----------------------------------------------------------------------


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} s"


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _fix(measure: Measure, cap: str = "") -> str:
    if measure.fixed is not None:
        return _seconds(measure.fixed)
    return cap if measure.result == "> cap" and cap else measure.result


def speed_up(row: Row, cap: float) -> tuple[float, bool] | None:
    """naive time / greenfix time to fix, and whether it is only a lower bound (the
    naive loop reached its cap); None when greenfix did not fix the bug."""
    if row.greenfix.fixed is None:
        return None
    if row.naive.fixed is not None:
        return row.naive.fixed / row.greenfix.fixed, False
    if row.naive.result == "> cap":
        return cap / row.greenfix.fixed, True
    return None


def print_table(rows: list[tuple[str, Row, float]]) -> None:
    print("| bug | S | greenfix first | cand/s | green | fix | result | naive first | cand/s | fix | result | speed-up |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: |")
    for label, row, cap in rows:
        g, n = row.greenfix, row.naive
        ratio = speed_up(row, cap)
        shown = "–" if ratio is None else f"{'> ' if ratio[1] else ''}{ratio[0]:.1f}×"
        print(
            f"| {label} | {_seconds(row.suite)} | {_seconds(g.first)} | {_rate(g.rate)} | {_seconds(g.green)} | {_fix(g)} | {g.result} "
            f"| {_seconds(n.first)} | {_rate(n.rate)} | {_fix(n, f'> {cap:.0f} s')} | {n.result} | {shown} |"
        )


def print_summary(rows: list[tuple[str, Row, float]]) -> None:
    fixed = [row for _, row, _ in rows if row.greenfix.fixed is not None]
    correct = sum(1 for row in fixed if row.greenfix.result == "correct")
    print(f"\ngreenfix fixed {len(fixed)} of {len(rows)} bugs ({correct} correct, {len(fixed) - correct} only passing)")
    if fixed:
        times = [row.greenfix.fixed for row in fixed]
        greens = [row.greenfix.green for row in fixed if row.greenfix.green is not None]
        targets = [row.suite + 10 for row in fixed]
        within = sum(1 for row in fixed if row.greenfix.fixed <= row.suite + 10)
        green = f" (first green candidate: {median(greens):.1f} s)" if greens else ""
        print(f"median time to fix {median(times):.1f} s{green} against "
              f"median S + 10 s = {median(targets):.1f} s; {within} of {len(fixed)} fixes within their S + 10 s")
    naive_fixed = sum(1 for _, row, _ in rows if row.naive.fixed is not None)
    capped = sum(1 for _, row, _ in rows if row.naive.result == "> cap")
    print(f"naive loop fixed {naive_fixed} of {len(rows)} bugs; {capped} reached the cap")
    ratios = [r for _, row, cap in rows if (r := speed_up(row, cap)) is not None]
    if ratios:
        bounds = sum(1 for _, bound in ratios if bound)
        bound_note = f", {bounds} of them lower bounds (the naive loop reached its cap)" if bounds else ""
        print(f"speed-up over the naive loop: median {median(r for r, _ in ratios):.1f}× "
              f"(min {min(r for r, _ in ratios):.1f}×, max {max(r for r, _ in ratios):.1f}×) over {len(ratios)} bugs greenfix fixed{bound_note}")
    rates = [(row.greenfix.rate, row.naive.rate) for _, row, _ in rows if row.greenfix.rate and row.naive.rate]
    if rates:
        per_candidate = median(g / n for g, n in rates)
        print(f"candidates per second: greenfix median {median(g for g, _ in rates):.2f}, naive loop median "
              f"{median(n for _, n in rates):.2f}; per candidate, greenfix is {per_candidate:.0f}× faster (median over {len(rates)} bugs)")
    if any(row.cli is not None for _, row, _ in rows):
        print("\n`greenfix fix --write` as a subprocess (sanity check):")
        for label, row, _ in rows:
            if row.cli is not None:
                print(f"  {label}: {_fix(row.cli)} {row.cli.result}, {row.cli.candidates} candidates ({row.cli.note})")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--libraries", nargs="+", choices=sorted(LIBRARIES), default=list(LIBRARIES))
    parser.add_argument("--bugs", type=int, default=5, help="bugs per library (default: 5)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the bugs drawn (default: 0)")
    parser.add_argument("--budget", type=float, default=120.0, help="greenfix's budget per bug, seconds (default: 120)")
    parser.add_argument("--test-timeout", type=float, default=30.0, help="time limit per test, seconds (default: 30)")
    parser.add_argument("--naive-cap", type=float, metavar="SECONDS", help="the naive loop's limit per bug (default: 10 x S + 60)")
    parser.add_argument("--naive-full", action="store_true", help="the naive loop runs every test of each candidate (no -x)")
    parser.add_argument("--via-cli", action="store_true", help="also run `greenfix fix` as a subprocess on each bug")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help=f"sdists and wheels (default: {DEFAULT_CACHE})")
    options = parser.parse_args()

    print(f"started: {_load()}")
    rows: list[tuple[str, Row, float]] = []
    for name in options.libraries:
        library = LIBRARIES[name]
        with tempfile.TemporaryDirectory(prefix=f"greenfix-bench-{name}-") as folder:
            work = Path(folder)
            pristine, python = prepare(library, options.cache, work)
            baseline = fresh_pytest(python, pristine)
            if not baseline.passed:
                raise SystemExit(f"{name} {library.version}: its own suite fails here:\n{baseline.output[-2000:]}")
            print(f"\n{name} {library.version}: suite {baseline.seconds:.1f} s unmutated ({baseline.output.strip().splitlines()[-1]})")
            bugs = pick_bugs(pristine, python, library.sources, options.bugs, options.seed, baseline.seconds, options.test_timeout)
            if len(bugs) < options.bugs:
                print(f"  only {len(bugs)} visible bugs found in the mutants checked")
            for number, bug in enumerate(bugs, 1):
                label = f"{name} #{number}"
                print(f"  {label}: {bug.mutation} ({bug.failing} tests fail)", flush=True)
                row = measure_bug(pristine, python, bug, work, options.budget, options.test_timeout,
                                  options.naive_cap, options.via_cli, options.naive_full)
                cap = options.naive_cap if options.naive_cap is not None else 10 * row.suite + 60
                rows.append((label, row, cap))
                print(f"    greenfix: {row.greenfix.result} ({row.greenfix.candidates} candidates; {row.greenfix.note}); "
                      f"naive: {row.naive.result} ({row.naive.candidates} candidates, {row.order} order)", flush=True)
    print(f"\nfinished: {_load()}\n")
    print_table(rows)
    print_summary(rows)


if __name__ == "__main__":
    main()
