"""`greenfix fix --executor ray=ADDRESS`: the refine jobs as Ray tasks on a real Ray
cluster (a head started here on 127.0.0.1), the same report as a local run, the model
key read on the workers, and clear configuration errors. Ray is the `greenfix[ray]`
extra: these tests skip without it, except in CI (.ci/install-ray.sh installs it)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from tests.ci.projects import REPO, clean_environment, copy_example, greenfix, snapshot, without_timings, write_project
from tests.support.openai_server import DEFAULT_USAGE, ReceivedRequest, Reply, ScriptedOpenAIServer

FIX_SCHEMA = json.loads((REPO / "schemas" / "fix-report.schema.json").read_text())
# The key lives only in the environment the Ray workers were started with.
WORKER_KEY = "sk-worker-only-0123456789"
HEAD_START_SECONDS = 180


def ray_installed() -> bool:
    if importlib.util.find_spec("ray") is not None:
        return True
    if os.environ.get("CI"):
        pytest.fail("Ray is not installed: .ci/install-ray.sh installs it")
    return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def ray_address() -> Iterator[str]:
    """A Ray head on 127.0.0.1 with 2 CPUs, for this module; its address."""
    if not ray_installed():
        pytest.skip('Ray is not installed (pip install "greenfix[ray]")')
    # Short: Ray's sockets live under it, and a socket's path is limited to 107 bytes.
    folder = Path(tempfile.mkdtemp(prefix="gf-ray-", dir="/tmp"))
    port = free_port()
    command = [
        sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--block",
        f"--port={port}", "--node-ip-address=127.0.0.1", "--num-cpus=2",
        "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={folder}",
        f"--dashboard-agent-listen-port={free_port()}", "--object-store-memory=200000000",
    ]
    log = folder / "head.log"
    with open(log, "wb") as output:
        head = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
            env=clean_environment({"OPENAI_API_KEY": WORKER_KEY}),
        )
    try:
        ends = time.monotonic() + HEAD_START_SECONDS
        while b"Ray runtime started" not in log.read_bytes():
            if head.poll() is not None or time.monotonic() > ends:
                pytest.fail(f"the Ray head did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.5)
        yield f"127.0.0.1:{port}"
    finally:
        head.send_signal(signal.SIGTERM)  # `ray start --block` stops what it started
        try:
            head.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(head.pid, signal.SIGKILL)  # whatever of this head is left
        except ProcessLookupError:
            pass
        shutil.rmtree(folder, ignore_errors=True)


def three_bugs(root: Path) -> Path:
    """Three functions, two of them in one file, each with a bug a template edit fixes."""
    return write_project(root, {
        "pricing.py": """\
            def bulk_discount(quantity):
                if quantity > 10:
                    return 0.1
                return 0.0


            def free_shipping(total):
                return total < 50
            """,
        "shipping.py": "def heaviest(weights):\n    return min(weights)\n",
        "tests/test_shop.py": """\
            from pricing import bulk_discount, free_shipping
            from shipping import heaviest


            def test_bulk_at_ten():
                assert bulk_discount(10) == 0.1


            def test_bulk_small():
                assert bulk_discount(3) == 0.0


            def test_heaviest():
                assert heaviest([2, 7, 3]) == 7


            def test_heaviest_of_one():
                assert heaviest([4]) == 4


            def test_free_shipping_from_fifty():
                assert free_shipping(50) and free_shipping(80)


            def test_no_free_shipping_below():
                assert not free_shipping(20)
            """,
    })


def fix_json(project: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, dict, str]:
    result = greenfix(project, "fix", "--format", "json", "--budget", "150", *args, env=env)
    report = json.loads(result.stdout)
    jsonschema.validate(report, FIX_SCHEMA)
    return result.returncode, report, result.stderr


def test_ray_gives_the_report_a_local_run_gives(tmp_path: Path, ray_address: str) -> None:
    # The fix of free_shipping found on Ray was computed without bulk_discount's, in the
    # same file: it is sought again on the driver, as a local run would.
    project = three_bugs(tmp_path / "shop")
    before = snapshot(project)
    local_status, local, local_stderr = fix_json(project, "--executor", "local")
    ray_status, on_ray, ray_stderr = fix_json(project, "--executor", f"ray={ray_address}")
    assert (local_stderr, ray_stderr) == ("", "")
    assert [(f["function"], f["status"], f["description"]) for f in on_ray["functions"]] == [
        ("bulk_discount", "fixed", "`>` -> `>=` on line 2"),
        ("free_shipping", "fixed", "`<` -> `>=` on line 8"),
        ("heaviest", "fixed", "`min` -> `max` on line 2"),
    ]
    assert on_ray["status"] == "passed" and set(on_ray["tests"]["after"].values()) == {"passed"}
    assert ray_status == local_status == 1  # found, not written
    assert without_timings(on_ray) == without_timings(local)
    assert snapshot(project) == before


def test_ray_fixes_are_written_like_local_ones(tmp_path: Path, ray_address: str) -> None:
    project = three_bugs(tmp_path / "shop")
    status, report, _ = fix_json(project, "--write", "--executor", f"ray={ray_address}")
    assert status == 0 and report["written"] == ["pricing.py", "shipping.py"]
    assert "quantity >= 10" in (project / "pricing.py").read_text()
    assert "total >= 50" in (project / "pricing.py").read_text()
    assert "max(weights)" in (project / "shipping.py").read_text()


def test_a_model_on_ray_uses_the_key_of_the_workers(tmp_path: Path, ray_address: str) -> None:
    project = write_project(tmp_path / "greet", {
        "farewells.py": 'def farewell(name):\n    return "Bye " + name\n',
        "greetings.py": 'def greeting(name):\n    return "Hello " + name\n',
        "tests/test_greet.py": """\
            from farewells import farewell
            from greetings import greeting


            def test_farewell():
                assert farewell("Ada") == "Goodbye, Ada."


            def test_greeting():
                assert greeting("Ada") == "Hello, Ada!"
            """,
    })
    fixes = {
        "def farewell": 'def farewell(name):\n    return f"Goodbye, {name}."\n',
        "def greeting": 'def greeting(name):\n    return f"Hello, {name}!"\n',
    }

    def answer(request: ReceivedRequest) -> Reply:
        prompt = json.dumps(request.body)
        return Reply.text(next(f"```python\n{fix}```" for head, fix in fixes.items() if head in prompt))

    # The driver has no key: clean_environment removes OPENAI_API_KEY; the settings come as CI passes them.
    settings = {"GREENFIX_MODEL": "scripted-model", "GREENFIX_CONSTRAINT": "none", "GREENFIX_RETRIES": "0"}
    with ScriptedOpenAIServer(answer) as server:
        status, report, stderr = fix_json(
            project, "--executor", f"ray={ray_address}", "--max-model-calls", "2",
            env={**settings, "GREENFIX_BASE_URL": server.base_url},
        )
        requests = server.chat_requests
    assert stderr == "" and WORKER_KEY not in json.dumps(report)
    assert [(f["function"], f["status"], f["proposer"]) for f in report["functions"]] == [
        ("farewell", "fixed", "model"),
        ("greeting", "fixed", "model"),
    ]
    assert {r.headers["authorization"] for r in requests} == {f"Bearer {WORKER_KEY}"}
    # The run's budget of model calls was split between the two tasks; their usage is the run's.
    assert len(requests) == report["usage"]["model_calls"] == 2
    assert report["usage"]["tokens"] == 2 * sum(DEFAULT_USAGE)
    assert status == 1


def test_an_address_where_no_ray_listens_is_a_configuration_error(tmp_path: Path) -> None:
    if not ray_installed():
        pytest.skip('Ray is not installed (pip install "greenfix[ray]")')
    project = three_bugs(tmp_path / "shop")
    before = snapshot(project)
    closed = free_port()  # nothing listens there once the probe socket is closed
    for spec, complaint in (
        (f"ray=127.0.0.1:{closed}", f"cannot reach the Ray head at 127.0.0.1:{closed}: Connection refused"),
        ("ray=headnode", "--executor ray=ADDRESS: expected HOST:PORT or ray://HOST:PORT, got 'headnode'"),
        ("cluster", "--executor: expected local, ray or ray=ADDRESS, got 'cluster'"),
    ):
        status, report, stderr = fix_json(project, "--executor", spec)
        assert (status, report["status"], stderr) == (2, "error", ""), spec
        assert report["message"] == complaint
    assert snapshot(project) == before


def test_without_ray_installed_local_runs_and_ray_says_what_to_install(tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path / "discount")
    # Ray made impossible to import, as in an environment without it.
    command = [sys.executable, "-c", "import sys; sys.modules['ray'] = None; from greenfix.server.cli import main; sys.exit(main())"]
    for spec, expected in (("local", 1), ("ray=127.0.0.1:6379", 2)):
        result = subprocess.run(
            [*command, "fix", "--format", "json", "--executor", spec],
            cwd=project, env=clean_environment(), capture_output=True, text=True, timeout=240,
        )
        report = json.loads(result.stdout)
        assert (result.returncode, result.stderr) == (expected, ""), spec
        if spec == "local":
            assert [f["status"] for f in report["functions"]] == ["fixed"]
        else:
            assert report["message"] == '--executor ray needs Ray, which is not installed here: pip install "greenfix[ray]"'
