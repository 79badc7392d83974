"""A test that runs past its own limit fails alone, as a timeout, with the traceback
of where it was; the other tests of the run still run."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenfix.analysis.testing.environment import project_python
from greenfix.analysis.testing.runner import SubprocessRunner, Tracing, WarmRunner
from greenfix.analysis.testing.shadow import ShadowWorkspace


@pytest.mark.parametrize("runner_class", [WarmRunner, SubprocessRunner], ids=["warm", "subprocess"])
def test_a_looping_test_times_out_alone_with_its_traceback_and_coverage(tmp_path: Path, runner_class):
    project = tmp_path / "loops"
    (project / "tests").mkdir(parents=True)
    (project / "count.py").write_text("def count_down(n):\n    while n != 0:\n        n -= 2\n    return n\n")
    (project / "tests" / "test_count.py").write_text(
        "from count import count_down\n\n\n"
        "def test_odd_start_loops():\n    assert count_down(3) == 0\n\n\n"
        "def test_even_start():\n    assert count_down(4) == 0\n"
    )
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
