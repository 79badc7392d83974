"""What only the warm runner has: a long-lived worker, replaced when a file it loaded changes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from greenfix.analysis.testing.runner import SubprocessRunner, WarmRunner, WorkerStartError, open_runner
from greenfix.analysis.testing.shadow import ShadowWorkspace
from tests.testing.rigs import PROJECTS, Rig, open_rig, process_alive

SCALE_TEST = "tests/test_scale.py::test_scale_by_the_fixture_factor"
BROKEN_CONFTEST = "import no_such_plugin_module\n"


@pytest.fixture
def with_conftest() -> Iterator[Rig]:
    rig = open_rig("with_conftest", "warm")
    yield rig
    rig.close()


def test_close_kills_the_worker(with_conftest: Rig) -> None:
    runner = with_conftest.runner
    assert isinstance(runner, WarmRunner)
    pid = runner.worker_pid
    assert pid is not None and process_alive(pid)
    assert runner.run([SCALE_TEST], timeout=with_conftest.timeout).passed() == [SCALE_TEST]
    runner.close()
    assert runner.worker_pid is None
    assert not process_alive(pid)


def test_a_changed_conftest_replaces_the_worker(with_conftest: Rig) -> None:
    runner = with_conftest.runner
    assert isinstance(runner, WarmRunner)
    first = runner.worker_pid
    conftest = (PROJECTS / "with_conftest" / "conftest.py").read_text()
    with_conftest.shadow.write("conftest.py", conftest.replace("return 2", "return 3"))
    changed = runner.run([SCALE_TEST], timeout=with_conftest.timeout)
    assert changed.results[SCALE_TEST].message == "assert 15 == 10"
    assert runner.worker_pid not in (None, first)
    with_conftest.shadow.restore("conftest.py")
    assert runner.run([SCALE_TEST], timeout=with_conftest.timeout).passed() == [SCALE_TEST]


def test_a_worker_that_cannot_start_says_why(with_conftest: Rig) -> None:
    with_conftest.shadow.write("conftest.py", BROKEN_CONFTEST)
    with pytest.raises(WorkerStartError, match="no_such_plugin_module"):
        WarmRunner(with_conftest.shadow, sys.executable)


def test_a_conftest_broken_mid_session_is_a_collection_error(with_conftest: Rig) -> None:
    with_conftest.shadow.write("conftest.py", BROKEN_CONFTEST)
    run = with_conftest.runner.run([SCALE_TEST], timeout=with_conftest.timeout)
    assert run.results == {}
    assert run.collection_error is not None and "no_such_plugin_module" in run.collection_error


def test_open_runner_is_warm_where_it_can_be_and_falls_back_otherwise() -> None:
    with ShadowWorkspace.create(PROJECTS / "with_conftest") as shadow:
        warm = open_runner(shadow, sys.executable)
        plain = open_runner(shadow, sys.executable, prefer_warm=False)
        shadow.write("conftest.py", BROKEN_CONFTEST)
        fallback = open_runner(shadow, sys.executable)
        try:
            assert isinstance(warm, WarmRunner)
            assert isinstance(plain, SubprocessRunner)
            assert isinstance(fallback, SubprocessRunner)
            run = fallback.run([SCALE_TEST], timeout=60.0)
            assert run.collection_error is not None and "no_such_plugin_module" in run.collection_error
        finally:
            for runner in (warm, plain, fallback):
                runner.close()


def test_tests_imported_by_the_worker_are_not_imported_again_per_run(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_once.py").write_text(
        "import os\n\nIMPORTED_IN = os.getpid()\n\n\n"
        "def test_imported_in_another_process():\n    assert IMPORTED_IN != os.getpid()\n"
    )
    test = "tests/test_once.py::test_imported_in_another_process"
    shadow = ShadowWorkspace.create(tmp_path)
    try:
        with WarmRunner(shadow, sys.executable) as runner:
            assert runner.run([test], timeout=10).failed() == [test]  # each run's child imports the tests
            runner.import_tests(["tests/test_once.py"])
            assert runner.run([test], timeout=10).passed() == [test]  # the worker imported them, once
            assert runner.run([test], timeout=10).passed() == [test]
            runner.import_tests([])
            assert runner.run([test], timeout=10).failed() == [test]  # a new worker: imported per run again
    finally:
        shadow.cleanup()


def test_tests_that_fail_to_import_are_left_to_each_run(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_broken.py").write_text("import no_such_module_here\n\n\ndef test_x():\n    pass\n")
    (tmp_path / "tests" / "test_fine.py").write_text("def test_fine():\n    pass\n")
    shadow = ShadowWorkspace.create(tmp_path)
    try:
        with WarmRunner(shadow, sys.executable) as runner:
            runner.import_tests(["tests/test_broken.py", "tests/test_fine.py"])
            run = runner.run(["tests/test_fine.py::test_fine"], timeout=10)
            assert run.passed() == ["tests/test_fine.py::test_fine"]
            broken = runner.run(["tests/test_broken.py"], timeout=10)
            assert broken.collection_error is not None and "no_such_module_here" in broken.collection_error
    finally:
        shadow.cleanup()


def test_a_test_file_changed_within_the_same_second_runs_as_changed(tmp_path: Path) -> None:
    # The worker keeps each test file's rewritten asserts by content, not by time stamp:
    # an edit of the same size with the same mtime still runs, with pytest's explanation.
    (tmp_path / "calc.py").write_text("def double(x):\n    return x + x\n")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_calc.py").write_text(
        "from calc import double\n\n\ndef test_two():\n    assert double(2) == 4\n\n\ndef test_three():\n    assert double(3) == 7\n"
    )
    two, three = "tests/test_calc.py::test_two", "tests/test_calc.py::test_three"
    shadow = ShadowWorkspace.create(tmp_path)
    try:
        with WarmRunner(shadow, sys.executable) as runner:
            for _ in range(2):  # the second run finds the file rewritten
                run = runner.run([two, three], timeout=10)
                assert run.passed() == [two] and run.results[three].message == "assert 6 == 7"
                assert "where 6 = double(3)" in run.results[three].longrepr
            test_file = shadow.root / "tests" / "test_calc.py"
            stamp = test_file.stat().st_mtime_ns
            test_file.write_text(test_file.read_text().replace("== 4", "== 5").replace("== 7", "== 6"))
            os.utime(test_file, ns=(stamp, stamp))
            run = runner.run([two, three], timeout=10)
            assert run.passed() == [three] and run.results[two].message == "assert 4 == 5"
            assert "where 4 = double(2)" in run.results[two].longrepr
    finally:
        shadow.cleanup()
