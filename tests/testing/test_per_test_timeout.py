"""A test that runs past its own limit fails alone, as a timeout, with the traceback
of where it was; the other tests of the run still run."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenfix.analysis.testing.environment import project_python
from greenfix.analysis.testing.runner import SubprocessRunner, Tracing, WarmRunner
from greenfix.analysis.testing.shadow import ShadowWorkspace


def looping_project(tmp_path: Path, asserts: dict[str, str]) -> Path:
    """`count_down`, which loops forever on an odd number, and a test per assertion."""
    project = tmp_path / "loops"
    (project / "tests").mkdir(parents=True)
    (project / "count.py").write_text("def count_down(n):\n    while n != 0:\n        n -= 2\n    return n\n")
    tests = "".join(f"\n\ndef {name}():\n    assert {check}\n" for name, check in asserts.items())
    (project / "tests" / "test_count.py").write_text("from count import count_down\n" + tests)
    return project


@pytest.mark.parametrize("runner_class", [WarmRunner, SubprocessRunner], ids=["warm", "subprocess"])
def test_a_looping_test_times_out_alone_with_its_traceback_and_coverage(tmp_path: Path, runner_class):
    project = looping_project(tmp_path, {"test_odd_start_loops": "count_down(3) == 0", "test_even_start": "count_down(4) == 0"})
    with ShadowWorkspace.create(project) as shadow:
        runner = runner_class(shadow, project_python(project))
        try:
            run = runner.run(["tests"], timeout=60, test_timeout=1.0, tracing=Tracing(lines_of="count.py"))
        finally:
            runner.close()
    looping = run.results["tests/test_count.py::test_odd_start_loops"]
    assert looping.outcome == "timeout"
    assert looping.message.endswith("the test ran longer than 1 s")
    assert ("count.py", "count_down") in [(f.path, f.function) for f in looping.traceback]
    assert {2, 3} <= run.coverage["tests/test_count.py::test_odd_start_loops"]
    assert run.results["tests/test_count.py::test_even_start"].outcome == "passed"
    assert not run.timed_out


@pytest.mark.parametrize("runner_class", [WarmRunner, SubprocessRunner], ids=["warm", "subprocess"])
def test_a_run_can_stop_at_its_first_test_out_of_time(tmp_path: Path, runner_class):
    project = looping_project(
        tmp_path, {"test_wrong": "count_down(4) == 1", "test_loops": "count_down(3) == 0", "test_loops_too": "count_down(5) == 0"}
    )
    tests = [f"tests/test_count.py::{name}" for name in ("test_wrong", "test_loops", "test_loops_too")]
    with ShadowWorkspace.create(project) as shadow:
        runner = runner_class(shadow, project_python(project))
        try:
            stopped = runner.run(tests, timeout=60, test_timeout=0.5, stop_at_timeout=True)
            everything = runner.run(tests, timeout=60, test_timeout=0.5)
        finally:
            runner.close()
    # A failure does not stop it; the first timeout does.
    assert {n: r.outcome for n, r in stopped.results.items()} == {tests[0]: "failed", tests[1]: "timeout"}
    assert [r.outcome for r in everything.results.values()] == ["failed", "timeout", "timeout"]


def test_a_huge_local_of_a_failing_test_is_reported_by_its_head_only(tmp_path: Path):
    # A failure's locals are shown cut to 200 characters; turning all of a huge list into
    # text first (a candidate that doubled a list until its time ran out) held a run for seconds.
    project = tmp_path / "big"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_big.py").write_text(
        "class Item:\n"
        "    def __repr__(self):\n"
        "        with open('reprs.txt', 'a') as out:  # in the shadow copy, where the test runs\n"
        "            out.write('.')\n"
        "        return 'Item()'\n\n\n"
        "def test_big():\n    items = [Item()] * 10_000\n    assert len(items) == 0\n"
    )
    with ShadowWorkspace.create(project) as shadow:
        runner = WarmRunner(shadow, project_python(project))
        try:
            run = runner.run(["tests"], timeout=60, test_timeout=10.0)
            reprs = (shadow.root / "reprs.txt").read_text()
        finally:
            runner.close()
    shown = run.results["tests/test_big.py::test_big"].locals["items"]
    assert shown.startswith("[Item(), Item(), ") and shown.endswith("...") and len(shown) == 200
    assert len(reprs) <= 250  # 200 items, and the few pytest's own assertion message shows
