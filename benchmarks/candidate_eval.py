"""Per-candidate test evaluation: warm forking runner vs a fresh `python -m pytest` subprocess.

Makes a small project in a temp dir (one module, tests/test_x.py with 5 tests), then measures
  - a fresh `python -m pytest -q tests/test_x.py` subprocess (what a naive loop would do),
  - SubprocessRunner.run (the same, plus result recording and containment),
  - WarmRunner.run per candidate, the module text changed between runs via shadow.write,
  - WarmRunner.run per candidate with the text loaded in place (Override: no file written,
    what the repair loop does), first with the test files imported by each child, then
    imported once in the worker (what the loop does for a function that does not run at
    import),
and prints median and p90 wall times and the speed-up. Figures, never pass/fail.

    python benchmarks/candidate_eval.py [--fresh 15] [--candidates 50] [--python PATH]

--python picks the project's interpreter (e.g. a clean venv with only pytest); default: this one.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from greenfix.analysis.testing.environment import runner_env
from greenfix.analysis.testing.runner import Override, SubprocessRunner, WarmRunner
from greenfix.analysis.testing.shadow import ShadowWorkspace

MODULE = '''\
def total(prices, discount):
    subtotal = sum(prices)
    return subtotal - subtotal * discount / {divisor}


def cheapest(prices):
    return min(prices)


def count_above(prices, limit):
    return len([price for price in prices if price > limit])
'''

TESTS = """\
from shop import cheapest, count_above, total


def test_total_without_discount():
    assert total([10, 20], 0) == 30


def test_total_with_discount():
    assert total([10, 20, 70], 10) == 90


def test_cheapest():
    assert cheapest([3, 1, 2]) == 1


def test_count_above():
    assert count_above([1, 5, 9], 4) == 2


def test_count_above_nothing():
    assert count_above([], 4) == 0
"""


def make_project(folder: Path) -> Path:
    (folder / "tests").mkdir(parents=True)
    (folder / "shop.py").write_text(MODULE.format(divisor=100))
    (folder / "tests" / "test_x.py").write_text(TESTS)
    return folder


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - started)
    return seconds


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fresh", type=int, default=15, help="runs of each subprocess path")
    parser.add_argument("--candidates", type=int, default=50, help="candidates evaluated by the warm runner")
    parser.add_argument("--python", default=sys.executable, help="the interpreter the project's tests run on")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="greenfix-bench-") as folder:
        project = make_project(Path(folder) / "shop")
        env = runner_env(Path(folder))
        fresh = timed(
            lambda: subprocess.run(
                [options.python, "-m", "pytest", "-q", "tests/test_x.py"],
                cwd=project,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
            options.fresh,
        )
        with ShadowWorkspace.create(project) as shadow:
            plain = SubprocessRunner(shadow, options.python)
            plain_seconds = timed(lambda: plain.run(["tests/test_x.py"], timeout=60), options.fresh)
            plain.close()

            started = time.perf_counter()
            warm = WarmRunner(shadow, options.python)
            start_up = time.perf_counter() - started
            # Candidates alternate between buggy divisors and the right one, as a repair loop's would.
            divisors = [100 if index % 2 else 90 + index % 7 for index in range(options.candidates)]
            expected_passes = [5 if divisor == 100 else 4 for divisor in divisors]
            passes: list[int] = []

            def evaluate_candidate() -> None:
                divisor = divisors[len(passes)]
                shadow.write("shop.py", MODULE.format(divisor=divisor))
                passes.append(len(warm.run(["tests/test_x.py"], timeout=60).passed()))

            warm_seconds = timed(evaluate_candidate, options.candidates)
            shadow.write("shop.py", MODULE.format(divisor=100))

            def evaluate_in_place(passes: list[int]) -> Callable[[], None]:
                def evaluate() -> None:
                    text = MODULE.format(divisor=divisors[len(passes)])
                    override = Override("shop.py", text, "total", 1)
                    passes.append(len(warm.run(["tests/test_x.py"], timeout=60, override=override).passed()))

                return evaluate

            in_place_passes: list[int] = []
            in_place_seconds = timed(evaluate_in_place(in_place_passes), options.candidates)
            # What the repair loop does for a function that does not run at import: the
            # worker imports the test files (and the module under test) once, before it forks.
            warm.import_tests(["tests/test_x.py"])
            imported_passes: list[int] = []
            imported_seconds = timed(evaluate_in_place(imported_passes), options.candidates)
            warm.close()

    rows = [
        (f"fresh `python -m pytest -q tests/test_x.py` (N={options.fresh})", fresh),
        (f"SubprocessRunner.run (N={options.fresh})", plain_seconds),
        (f"WarmRunner.run per candidate, module rewritten (N={options.candidates})", warm_seconds),
        (f"WarmRunner.run per candidate, loaded in place (N={options.candidates})", in_place_seconds),
        (f"  the same, test files imported once in the worker (N={options.candidates})", imported_seconds),
    ]
    print(f"{'path':<70} {'median ms':>10} {'p90 ms':>10}")
    for label, values in rows:
        print(f"{label:<70} {statistics.median(values) * 1000:>10.1f} {p90(values) * 1000:>10.1f}")
    print(f"interpreter: {options.python}")
    print(f"warm worker start-up (once): {start_up * 1000:.0f} ms")
    print(f"speed-up, fresh subprocess median / warm median: {statistics.median(fresh) / statistics.median(warm_seconds):.1f}x")
    print(f"speed-up, fresh subprocess median / in place median: {statistics.median(fresh) / statistics.median(in_place_seconds):.1f}x")
    print(f"speed-up, fresh subprocess median / in place, imported once: {statistics.median(fresh) / statistics.median(imported_seconds):.1f}x")
    correct = sum(got == want for got, want in zip(passes, expected_passes))
    print(f"warm outcomes matching each candidate: {correct}/{len(passes)}")
    for label, got_passes in (("in place", in_place_passes), ("in place, imported once", imported_passes)):
        correct = sum(got == want for got, want in zip(got_passes, expected_passes))
        print(f"{label} outcomes matching each candidate: {correct}/{len(got_passes)}")


if __name__ == "__main__":
    main()
