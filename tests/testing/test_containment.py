"""Each way a test or a candidate can misbehave is contained, for both runners."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from greenfix.analysis.testing.runner import Tracing, WarmRunner
from tests.testing.rigs import PROJECTS, RUNNER_KINDS, Rig, open_rig, process_alive, processes_in, tree_digest

HAZARDS = "tests/test_hazards.py"
SECRET = "sk-greenfix-test-secret-0123456789"


@pytest.fixture(scope="module", params=RUNNER_KINDS)
def hazards(request: pytest.FixtureRequest) -> Iterator[Rig]:
    # The process running greenfix holds a key and settings of an outer pytest run; neither may
    # reach the tests (a leaked PYTEST_ADDOPTS would make every inner run a usage error).
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("OPENAI_API_KEY", SECRET)
        environment.setenv("PYTEST_ADDOPTS", "--no-such-option")
        rig = open_rig("hazards", request.param)
    yield rig
    rig.close()


@pytest.fixture(scope="module", params=RUNNER_KINDS)
def broken(request: pytest.FixtureRequest) -> Iterator[Rig]:
    rig = open_rig("broken", request.param)
    yield rig
    rig.close()


@pytest.mark.parametrize("name", ["test_spins_forever", "test_sleeps_forever"])
def test_a_hanging_test_is_killed_at_its_limit_and_the_runner_goes_on(hazards: Rig, name: str) -> None:
    nodeid = f"{HAZARDS}::{name}"
    run = hazards.runner.run([nodeid], timeout=hazards.hang_limit)
    assert run.timed_out
    assert run.results[nodeid].outcome == "timeout"
    assert f"timed out after {hazards.hang_limit:g} s" == run.results[nodeid].message
    assert run.seconds >= hazards.hang_limit
    after = hazards.runner.run([f"{HAZARDS}::test_after_the_allocation"], timeout=hazards.timeout)
    assert after.passed() == [f"{HAZARDS}::test_after_the_allocation"]


@pytest.mark.parametrize("kind", RUNNER_KINDS)
def test_closing_the_runner_mid_run_cancels_the_run(kind: str) -> None:
    rig = open_rig("hazards", kind)
    worker = rig.runner.worker_pid if isinstance(rig.runner, WarmRunner) else None
    cancel = threading.Timer(1.0, rig.runner.close)
    cancel.start()
    try:
        run = rig.runner.run([f"{HAZARDS}::test_sleeps_forever"], timeout=120.0)
    finally:
        cancel.join()
        rig.close()
    assert not run.timed_out
    assert run.passed() == []
    assert worker is None or not process_alive(worker)
    with pytest.raises(RuntimeError, match="the test runner is closed"):
        rig.runner.run([f"{HAZARDS}::test_after_the_allocation"], timeout=rig.timeout)


def test_a_test_over_the_memory_limit_fails_and_the_run_goes_on(hazards: Rig) -> None:
    allocation, after = f"{HAZARDS}::test_allocates_ten_gigabytes", f"{HAZARDS}::test_after_the_allocation"
    run = hazards.runner.run([allocation, after], timeout=hazards.timeout)
    assert run.results[allocation].outcome == "failed"
    assert run.results[allocation].message.startswith("MemoryError")
    assert run.passed() == [after]


def test_secrets_in_the_environment_are_invisible_to_tests(hazards: Rig) -> None:
    nodeid = f"{HAZARDS}::test_reads_the_api_key"
    run = hazards.runner.run([nodeid], timeout=hazards.timeout)
    assert run.collection_error is None
    assert run.passed() == [nodeid]
    assert "OPENAI_API_KEY=None" in run.results[nodeid].output
    assert SECRET not in run.results[nodeid].output


def test_processes_a_test_leaves_behind_are_killed(hazards: Rig) -> None:
    # Pids inside the sandbox are numbered apart from the host's: count the processes
    # working in the shadow copy instead (the test's `sleep` starts there).
    before = len(processes_in(hazards.shadow.root))
    nodeid = f"{HAZARDS}::test_leaves_a_process_behind"
    run = hazards.runner.run([nodeid], timeout=hazards.timeout)
    assert run.passed() == [nodeid]
    assert (hazards.shadow.root / "sleeper.pid").exists()  # it did start one
    deadline = time.monotonic() + 5
    while len(processes_in(hazards.shadow.root)) > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(processes_in(hazards.shadow.root)) == before


def test_the_user_tree_is_byte_identical_after_runs_and_candidates(hazards: Rig) -> None:
    project = PROJECTS / "hazards"
    before = tree_digest(project)
    hazards.shadow.write("tests/test_hazards.py", "def test_rewritten():\n    open('written.txt', 'w').write('x')\n")
    try:
        run = hazards.runner.run([HAZARDS], timeout=hazards.timeout, tracing=Tracing(lines_of="tests/test_hazards.py"))
    finally:
        hazards.shadow.restore("tests/test_hazards.py")
    assert run.passed() == [f"{HAZARDS}::test_rewritten"]
    assert (hazards.shadow.root / "written.txt").exists()
    assert tree_digest(project) == before


def test_a_candidate_that_loops_forever_at_import_is_a_collection_error(hazards: Rig) -> None:
    hazards.shadow.write("spin.py", "while True:\n    pass\n")
    hazards.shadow.write("tests/test_spin.py", "import spin\n\n\ndef test_spin():\n    assert spin\n")
    try:
        run = hazards.runner.run(["tests/test_spin.py"], timeout=hazards.hang_limit)
    finally:
        hazards.shadow.restore("spin.py")
        hazards.shadow.restore("tests/test_spin.py")
    assert run.timed_out
    assert run.results == {}
    assert run.collection_error is not None and "collection did not finish" in run.collection_error
    assert not (hazards.shadow.root / "spin.py").exists()


def test_a_syntax_error_in_a_test_module_is_a_collection_error(broken: Rig) -> None:
    run = broken.runner.run(["tests/test_syntax.py"], timeout=broken.timeout)
    assert run.results == {}
    assert run.collection_error is not None
    assert "tests/test_syntax.py" in run.collection_error and "SyntaxError" in run.collection_error


def test_an_import_error_in_a_test_module_is_a_collection_error(broken: Rig) -> None:
    run = broken.runner.run(["tests/test_import.py"], timeout=broken.timeout)
    assert run.results == {}
    assert run.collection_error is not None
    assert "No module named 'a_module_that_does_not_exist'" in run.collection_error


def test_an_unknown_node_id_is_a_collection_error(broken: Rig) -> None:
    run = broken.runner.run(["tests/test_fine.py::test_missing"], timeout=broken.timeout)
    assert run.results == {}
    assert run.collection_error is not None and "test_missing" in run.collection_error


def test_collect_reports_errors_beside_what_it_found(broken: Rig) -> None:
    collection = broken.runner.collect(["tests"], timeout=broken.timeout)
    assert collection.node_ids == ["tests/test_fine.py::test_fine"]
    assert collection.error is not None
    assert "tests/test_import.py" in collection.error and "tests/test_syntax.py" in collection.error
