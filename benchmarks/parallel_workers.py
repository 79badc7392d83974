"""Candidates tried side by side: the repair loop with 1 warm worker against N.

Makes a small project whose bug the templates cannot fix (so the loop tries every
candidate up to --candidates), refines it with `workers=1` and `workers=N`, and prints
the wall time, candidates per second, the speed-up, and whether both runs decided
alike (same status, same attempts, same best partial). Figures, never pass/fail.

    python benchmarks/parallel_workers.py [--workers N] [--candidates 120] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from greenfix.analysis.config import RefineSettings, Settings
from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.loop import RefineResult
from greenfix.analysis.repair.proposers import TemplateProposer
from greenfix.analysis.repair.session import RepairSession

MODULE = '''\
def invoice_total(lines, tax_rate, discount):
    """Sum of quantity * price over the lines, less the discount, plus tax."""
    subtotal = 0
    for quantity, price in lines:
        subtotal += quantity * price
    if discount > subtotal:
        discount = subtotal
    taxed = (subtotal - discount) * (1 + tax_rate)
    return round(taxed + len(lines) * 0, 2)
'''

TESTS = """\
from billing import invoice_total


def test_plain_invoice():
    assert invoice_total([(2, 5.0), (1, 3.0)], 0.0, 0) == 13.0


def test_tax_applies_after_discount():
    assert invoice_total([(1, 100.0)], 0.1, 10) == 99.0


def test_the_shipping_fee_is_added():
    assert invoice_total([(1, 10.0)], 0.0, 0) == 14.99
"""


def make_project(folder: Path) -> Path:
    (folder / "tests").mkdir(parents=True)
    (folder / "billing.py").write_text(MODULE)
    (folder / "tests" / "test_billing.py").write_text(TESTS)
    return folder


def refine_once(project: Path, workers: int, candidates: int) -> tuple[float, RefineResult]:
    settings = Settings(refine=replace(RefineSettings(), workers=workers, test_timeout=10))
    budget = Budget(seconds=600, candidates=candidates, rounds=1, test_timeout=10)
    with RepairSession(project, settings) as session:
        session.run_all()
        text = (project / "billing.py").read_text()
        session.refine("billing.py", "invoice_total", text, [TemplateProposer()], budget)  # starts the workers
        # Writing the file, unchanged, makes the session forget what candidates gave: the
        # timed search runs them all.
        session.write("billing.py", text)
        started = time.perf_counter()
        result = session.refine("billing.py", "invoice_total", text, [TemplateProposer()], budget)
        return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--candidates", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="greenfix-parallel-") as folder:
        project = make_project(Path(folder) / "billing")
        runs: dict[int, list[tuple[float, RefineResult]]] = {1: [], options.workers: []}
        for _ in range(options.repeat):
            for workers in runs:  # interleaved, so machine noise hits both alike
                runs[workers].append(refine_once(project, workers, options.candidates))
    print(f"{'workers':>8} {'median s':>10} {'candidates':>11} {'candidates/s':>13}")
    medians = {}
    for workers, measured in runs.items():
        medians[workers] = statistics.median(seconds for seconds, _ in measured)
        attempts = measured[0][1].attempts
        print(f"{workers:>8} {medians[workers]:>10.2f} {attempts:>11} {attempts / medians[workers]:>13.1f}")
    print(f"speed-up with {options.workers} workers: {medians[1] / medians[options.workers]:.2f}x on {os.cpu_count()} cores")
    decisions = {(r.status, r.attempts, r.description) for measured in runs.values() for _, r in measured}
    print(f"every run decided alike: {len(decisions) == 1} ({sorted(decisions)[0]})")


if __name__ == "__main__":
    main()
