"""Hostile candidates, run through the real runners in the sandbox: each is contained, the
job goes on (the honest code passes right after), and the user's tree is byte-identical.

Without bubblewrap (resource limits only) the time limit, memory limit, scrubbed environment
and the pids cgroup still hold; writing to the project, reading files in the home folder and
reaching 127.0.0.1 are NOT contained there: that is what the sandbox is for.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from greenfix.analysis.testing.runner import SubprocessRunner, WarmRunner
from greenfix.analysis.testing.sandbox import bwrap_problem
from greenfix.analysis.testing.shadow import ShadowWorkspace
from tests.testing.rigs import RUNNER_KINDS, Rig, processes_in, tree_digest

TEST = "tests/test_calc.py::test_add"
HONEST = "def add(a, b):\n    return a + b\n"
API_KEY = "sk-greenfix-hostile-0123456789"
SSH_KEY = "-----BEGIN FAKE OPENSSH PRIVATE KEY----- greenfix-hostile"

if bwrap_problem() is not None:
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the hostile candidates in the sandbox: {bwrap_problem()}", pytrace=False)
    pytest.skip(f"no sandbox here: {bwrap_problem()}", allow_module_level=True)


@dataclass
class Job(Rig):
    """A rig on a project of its own, with the home folder greenfix ran with."""

    project: Path = Path()
    home: Path = Path()

    def run_candidate(self, body: str, timeout: float | None = None) -> tuple[str, str, bool]:
        """Run the test against `add` doing `body` first: (outcome, output, timed out)."""
        candidate = "import os, socket, sys, time\n\n\ndef add(a, b):\n" + body + "    return a + b\n"
        self.shadow.write("calc.py", candidate)
        try:
            run = self.runner.run([TEST], timeout=timeout or self.timeout)
        finally:
            self.shadow.restore("calc.py")
        result = run.results[TEST]
        return result.outcome, result.output + result.message + result.longrepr, run.timed_out

    def honest_run_passes(self) -> bool:
        return self.runner.run([TEST], timeout=self.timeout).passed() == [TEST]


@pytest.fixture(scope="module", params=RUNNER_KINDS)
def job(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Job]:
    base = tmp_path_factory.mktemp(f"hostile-{request.param}")
    project, home = base / "project", base / "home"
    (project / "tests").mkdir(parents=True)
    (project / "calc.py").write_text(HONEST)
    (project / "tests" / "__init__.py").write_text("")
    (project / "tests" / "test_calc.py").write_text("from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text(SSH_KEY)
    # greenfix's own process holds a key and a home with secrets; neither may reach a candidate.
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("OPENAI_API_KEY", API_KEY)
        environment.setenv("HOME", str(home))
        shadow = ShadowWorkspace.create(project)
        runner_class = WarmRunner if request.param == "warm" else SubprocessRunner
        runner = runner_class(shadow, sys.executable)
    job = Job(request.param, shadow, runner, project, home)
    before = tree_digest(base)
    yield job
    job.close()
    assert tree_digest(base) == before
    assert not processes_in(shadow.root)


def test_writing_to_the_users_project_by_absolute_path_is_refused(job: Job) -> None:
    before = tree_digest(job.project)
    outcome, output, _ = job.run_candidate(
        f"    try:\n        open({str(job.project / 'calc.py')!r}, 'w').write('pwned')\n"
        f"        os.makedirs({str(job.project / 'new')!r})\n        print('WROTE')\n"
        "    except OSError as error:\n        print('REFUSED', type(error).__name__)\n"
    )
    assert outcome == "passed"
    assert "REFUSED" in output and "WROTE" not in output
    assert tree_digest(job.project) == before
    assert job.honest_run_passes()


def test_the_api_key_and_the_ssh_key_are_out_of_reach(job: Job) -> None:
    outcome, output, _ = job.run_candidate(
        "    print('KEY', os.environ.get('OPENAI_API_KEY'), [v for v in os.environ.values() if 'sk-' in v])\n"
        f"    for path in (os.path.expanduser('~/.ssh/id_rsa'), {str(job.home / '.ssh' / 'id_rsa')!r}):\n"
        "        try:\n            print('READ', open(path).read())\n"
        "        except OSError as error:\n            print('UNREADABLE', type(error).__name__)\n"
    )
    assert outcome == "passed"
    assert "KEY None []" in output
    assert output.count("UNREADABLE") == 2 and "READ " not in output
    assert API_KEY not in output and SSH_KEY not in output
    assert job.honest_run_passes()


@pytest.fixture
def listener() -> Iterator[tuple[int, list[socket.socket]]]:
    """A server on 127.0.0.1 (never any other address) that records who connects."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    server.close()
    for connection in accepted:
        connection.close()


def test_a_listener_on_127_0_0_1_cannot_be_reached(job: Job, listener: tuple[int, list[socket.socket]]) -> None:
    port, accepted = listener
    outcome, output, _ = job.run_candidate(
        f"    try:\n        socket.create_connection(('127.0.0.1', {port}), timeout=2).sendall(b'secret')\n"
        f"        print('CONNECTED')\n    except OSError as error:\n        print('NO NETWORK', type(error).__name__)\n"
    )
    assert outcome == "passed"
    assert "NO NETWORK" in output and "CONNECTED" not in output
    assert accepted == []
    assert job.honest_run_passes()


def test_a_fork_bomb_meets_the_process_cap_and_is_killed(job: Job) -> None:
    # Each process forks until a fork fails, then marks it and waits. Ten rounds at most, so
    # even with no cap at all this stays at 1,024 processes on a shared machine.
    marks = job.shadow.root / "forks-refused"
    runner_processes = len(processes_in(job.shadow.root))  # the warm worker and its sandbox
    outcome, _, timed_out = job.run_candidate(
        "    for _ in range(10):\n        try:\n            os.fork()\n        except OSError:\n"
        f"            with open({str(marks)!r}, 'a') as marks:\n                marks.write('x')\n"
        "            break\n    time.sleep(10**6)\n",
        timeout=job.hang_limit + 3.0,
    )
    assert timed_out and outcome == "timeout"
    assert marks.read_text().startswith("x")  # the cap refused forks long before 1,024
    marks.unlink()
    assert len(processes_in(job.shadow.root)) == runner_processes
    assert job.honest_run_passes()


def test_allocating_ten_gigabytes_fails_and_the_job_goes_on(job: Job) -> None:
    outcome, output, _ = job.run_candidate("    block = bytearray(10 * 1024**3)\n    print(len(block))\n")
    assert outcome == "failed" and "MemoryError" in output
    assert job.honest_run_passes()


def test_sleeping_forever_is_stopped_at_the_time_limit(job: Job) -> None:
    outcome, _, timed_out = job.run_candidate("    time.sleep(10**6)\n", timeout=job.hang_limit)
    assert timed_out and outcome == "timeout"
    assert job.honest_run_passes()


@pytest.mark.parametrize("when", ["during the run", "after the run"])
def test_a_candidate_that_kills_the_worker_does_not_stop_the_job(job: Job, when: str) -> None:
    # In the warm runner the parent is the worker; in the subprocess runner it is the sandbox's
    # init (pid 1), which no process inside can kill: that candidate is left alone there.
    # After the run: a process of its own session, which outlives the run, kills the worker.
    kill = "os.kill(parent, 9)\n        time.sleep(30)" if when == "during the run" else (
        "if os.fork() == 0:\n            os.setsid()\n            time.sleep(0.5)\n"
        "            os.kill(parent, 9)\n            os._exit(0)"
    )
    job.shadow.write(
        "calc.py",
        "import os, time\n\n\ndef add(a, b):\n    parent = os.getppid()\n"
        f"    if parent != 1:\n        {kill}\n    return a + b\n",
    )
    try:
        run = job.runner.run([TEST], timeout=job.timeout)
    finally:
        job.shadow.restore("calc.py")
    killed_mid_run = job.kind == "warm" and when == "during the run"
    assert run.passed() == ([] if killed_mid_run else [TEST])
    time.sleep(1.0)
    assert job.honest_run_passes()


def test_the_users_tree_is_untouched_after_every_hostile_candidate(job: Job) -> None:
    assert (job.project / "calc.py").read_text() == HONEST
    assert not (job.project / "new").exists()
