"""The VS Code extension end to end, in a real VS Code build: code-server with the
packaged extension installed, driven through headless chromium by
tests/editors/vscode_driver/drive.mjs (keyboard and keybindings, command palette,
quick fix menu, notifications, the Problems panel, the diff of a fix, the Settings
UI). Each scenario runs once, in one browser window, and several tests read what it
did; the files on disk are checked here, after the driver saved them as a person
would. One code-server serves every scenario.

Screenshots go to test-artifacts/vscode/; the README's three (readme-*.png) are
copied to docs/images/ when GREENFIX_UPDATE_SCREENSHOTS=1.

The tools come from .ci/install-vscode.sh, which writes where they are."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("GREENFIX_CI_CACHE", Path.home() / ".cache" / "greenfix-ci"))
TOOLS_FILE = CACHE / "vscode-tools.env"
VSIX = ROOT / "editor-clients" / "vscode" / "greenfix.vsix"
DRIVER = ROOT / "tests" / "editors" / "vscode_driver" / "drive.mjs"
ARTIFACTS = ROOT / "test-artifacts" / "vscode"
DOCS_IMAGES = ROOT / "docs" / "images"
CODE_SERVER_LOG = ARTIFACTS / "code-server.log"
CHROMIUM = Path("/usr/bin/chromium")
DRIVER_TIMEOUT = 300  # seconds for one scenario (the longest opens three workspaces)
USER_SETTINGS = {
    "workbench.startupEditor": "none",
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "workbench.tips.enabled": False,
    "workbench.welcomePage.walkthroughs.openOnInstall": False,
    "security.workspace.trust.enabled": False,
    "telemetry.telemetryLevel": "off",
    "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False,
    "chat.disableAIFeatures": True,
    "git.enabled": False,
    "files.autoSave": "off",  # code-server saves after a delay by default; the driver saves as a person would
    # This checkout's server, whatever `greenfix` the extension host's PATH finds first
    # (a login shell's PATH may put another install ahead of this interpreter's).
    "greenfix.server.command": [sys.executable, "-m", "greenfix.server", "serve"],
}


@dataclass(frozen=True)
class Tools:
    node: Path
    code_server: Path


def find_tools() -> Tools:
    """The tools the install script recorded; fails in CI and skips elsewhere when one is missing."""
    recorded = recorded_tools()
    wanted = {
        "Node 24": recorded.get("NODE"),
        "code-server": recorded.get("CODE_SERVER"),
        "chromium": CHROMIUM,
        "the packaged extension": VSIX,
        "the driver's playwright-core": DRIVER.parent / "node_modules" / "playwright-core",
    }
    missing = [name for name, path in wanted.items() if path is None or not path.exists()]
    if missing:
        reason = f"missing {', '.join(missing)}: run .ci/install-vscode.sh"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return Tools(node=recorded["NODE"], code_server=recorded["CODE_SERVER"])


def recorded_tools() -> dict[str, Path]:
    if not TOOLS_FILE.is_file():
        return {}
    pairs = (line.split("=", 1) for line in TOOLS_FILE.read_text().splitlines() if "=" in line)
    return {key: Path(value) for key, value in pairs if value}


@pytest.fixture(scope="module")
def tools() -> Tools:
    return find_tools()


def tool_environment(tools: Tools) -> dict[str, str]:
    """PATH with Node 24 first (code-server runs on it) and this interpreter's
    bin folder, where `pip install -e .` put the `greenfix` the extension finds."""
    path = os.pathsep.join([str(tools.node.parent), str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path}


@dataclass(frozen=True)
class CodeServer:
    url: str
    logs: Path  # where VS Code keeps each window's output channels


@pytest.fixture(scope="module")
def code_server(tools: Tools, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CodeServer]:
    """A running code-server with the packaged extension installed, shared by the scenarios."""
    home = tmp_path_factory.mktemp("code-server")
    user_data, extensions, config = home / "user-data", home / "extensions", home / "config.yaml"
    (user_data / "User").mkdir(parents=True)
    (user_data / "User" / "settings.json").write_text(json.dumps(USER_SETTINGS))
    config.write_text("")  # keeps code-server from writing one under ~/.config
    dirs = ["--config", str(config), "--user-data-dir", str(user_data), "--extensions-dir", str(extensions)]
    env = tool_environment(tools)
    subprocess.run(
        [str(tools.code_server), *dirs, "--install-extension", str(VSIX)],
        env=env, check=True, timeout=120, capture_output=True,
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with CODE_SERVER_LOG.open("wb") as log_file:
        process = subprocess.Popen(
            [str(tools.code_server), *dirs, "--bind-addr", "127.0.0.1:0", "--auth", "none",
             "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--ignore-last-opened"],
            env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield CodeServer(url=wait_for_listening(process), logs=user_data / "logs")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_listening(process: subprocess.Popen[bytes], timeout: float = 60) -> str:
    """The URL code-server prints once it listens (it picks the port itself)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.search(r"HTTP server listening on (http://127\.0\.0\.1:\d+)", CODE_SERVER_LOG.read_text(errors="replace"))
        if found:
            return found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.2)
    pytest.fail(f"code-server did not start listening:\n{CODE_SERVER_LOG.read_text(errors='replace')}")


def copy_example(name: str, destination: Path) -> Path:
    folder = destination / name
    shutil.copytree(ROOT / "examples" / name, folder, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    return folder


def drive(
    tools: Tools, server: CodeServer, scenario: str, folder: Path, profile: Path,
    more: list[Path] | None, env: dict[str, str] | None,
) -> str:
    """Runs one driver scenario; fails with its steps, and code-server's log, if it does not finish."""
    env = {**tool_environment(tools), "GREENFIX_VSCODE_LOGS": str(server.logs), **(env or {})}
    result = subprocess.run(
        [str(tools.node), str(DRIVER), scenario, server.url, str(folder), str(ARTIFACTS), str(profile), *map(str, more or [])],
        env=env, capture_output=True, text=True, timeout=DRIVER_TIMEOUT,
    )
    steps = result.stdout + result.stderr
    print(steps)  # shown by pytest -rP, and on failure
    assert result.returncode == 0, (
        f"the VS Code scenario '{scenario}' did not finish (screenshots in {ARTIFACTS}):\n{steps}\n"
        f"code-server log:\n{CODE_SERVER_LOG.read_text(errors='replace')[-3000:]}"
    )
    return steps


def publish_screenshots(*names: str) -> None:
    """The README's screenshots come from these runs: written to test-artifacts/vscode/
    always, copied to docs/images/ when GREENFIX_UPDATE_SCREENSHOTS=1."""
    shots = [ARTIFACTS / f"readme-{name}.png" for name in names]
    for shot in shots:
        assert shot.is_file(), f"the run wrote no {shot.name}"
        assert shot.stat().st_size < 200_000, f"{shot.name} is {shot.stat().st_size} bytes; crop it"
    if os.environ.get("GREENFIX_UPDATE_SCREENSHOTS") == "1":
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copyfile(shot, DOCS_IMAGES / shot.name.removeprefix("readme-"))


def passes_its_tests(project: Path) -> bool:
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project, capture_output=True, text=True, timeout=120,
    )
    return tests.returncode == 0


@dataclass(frozen=True)
class Run:
    """One scenario, driven once; several tests read what it did."""
    steps: str
    project: Path
    before: str  # the project's main file before the run

    def after(self, marker: str) -> str:
        """The steps after the first one holding `marker`."""
        assert marker in self.steps, f"no step '{marker}'"
        return self.steps.split(marker, 1)[1]


def run_scenario(
    tools: Tools, server: CodeServer, scenario: str, project: Path, main: str,
    more: list[Path] | None = None, env: dict[str, str] | None = None,
) -> Run:
    before = (project / main).read_text()
    steps = drive(tools, server, scenario, project, project.parent / "browser", more, env)
    return Run(steps, project, before)


# -- A syntax error: the quick fix, and the no-model notice in three workspaces ----

@pytest.fixture(scope="module")
def syntax_run(tools: Tools, code_server: CodeServer, tmp_path_factory: pytest.TempPathFactory) -> Run:
    home = tmp_path_factory.mktemp("syntax")
    first, second, third = (copy_example("syntax_error", home / name) for name in ("a", "b", "c"))
    return run_scenario(tools, code_server, "syntax", first, "inventory.py", more=[second, third])


def test_quick_fix_in_vscode_inserts_the_missing_colon(syntax_run: Run) -> None:
    assert "Problems panel shows: missing ':' greenfix syntax-error [Ln 5, Col 77]" in syntax_run.steps
    after = (syntax_run.project / "inventory.py").read_text()
    assert after == syntax_run.before.replace("-> dict[str, int]\n", "-> dict[str, int]:\n", 1)
    compile(after, "inventory.py", "exec")
    publish_screenshots("quick-fix")


def test_the_no_model_notice_shows_once_per_workspace(syntax_run: Run) -> None:
    first_workspace, _ = syntax_run.steps.split("opened folder", 2)[1:]
    assert first_workspace.count("notification: greenfix: no model is configured") == 1
    restarted = syntax_run.after("ran command 'greenfix: Restart server'")
    assert "no second no-model notice in this workspace within 2 s" in restarted


def test_dont_show_again_keeps_the_no_model_notice_away_in_every_workspace(syntax_run: Run) -> None:
    second_workspace = syntax_run.steps.split("opened folder", 3)[2]
    assert "notification: greenfix: no model is configured" in second_workspace  # a new workspace: shown once
    third_workspace = syntax_run.after("pressed Don't show again")
    assert "no no-model notice within 2 s" in third_workspace


# -- Run tests, restart, Refine with tests, Accept ---------------------------------

@pytest.fixture(scope="module")
def refine_run(tools: Tools, code_server: CodeServer, tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_scenario(tools, code_server, "refine", copy_example("discount", tmp_path_factory.mktemp("refine")), "pricing.py")


def test_the_run_tests_keybinding_shows_the_failing_test_on_the_function(refine_run: Run) -> None:
    pressed = refine_run.after("pressed Ctrl+Alt+P (greenfix: Run tests)")
    assert pressed.index("Problems panel shows: test_ten_items_get_the_discount failed") < pressed.index("Restart server")
    assert "hover on bulk_discount: test_ten_items_get_the_discount failed: assert 0.0 == 0.1" in refine_run.steps
    publish_screenshots("failing-test")


def test_restarting_the_server_in_vscode_shows_the_failing_tests_again(refine_run: Run) -> None:
    restarted = refine_run.after("ran command 'greenfix: Restart server'")
    assert "greenfix output shows 'running the tests again, as failing tests were shown before the restart'" in restarted
    assert "greenfix output shows 'Run tests: 1 passed, 2 failed' 2 times" in restarted
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in restarted


def test_the_refine_keybinding_shows_the_fix_as_a_diff_with_its_evidence(refine_run: Run) -> None:
    pressed = refine_run.after("pressed Ctrl+Alt+R (greenfix: Refine with tests)")
    assert "notification: greenfix: Refine with tests: bulk_discount" in pressed
    assert "the progress notification has a Cancel button" in pressed
    assert "diff shows the fix for bulk_discount: 'if quantity >= 10:'" in pressed
    evidence = next(line for line in pressed.splitlines() if "found a fix for bulk_discount" in line)
    assert "Now passing: test_order_total_applies_the_discount, test_ten_items_get_the_discount" in evidence
    assert "kept passing" in evidence
    publish_screenshots("refine-diff")


def test_accept_applies_the_fix_in_the_editor_and_the_tests_run_again(refine_run: Run) -> None:
    accepted = refine_run.after("pressed Accept")
    assert "pricing.py has the fix, unsaved" in accepted
    assert "Problems panel no longer shows 'failed'" in accepted  # the tests ran again after Accept
    assert (refine_run.project / "pricing.py").read_text() == refine_run.before.replace("if quantity > 10:", "if quantity >= 10:", 1)
    assert passes_its_tests(refine_run.project)


# -- Discard, a fix for a changed file, Fix file ------------------------------------

@pytest.fixture(scope="module")
def discard_run(tools: Tools, code_server: CodeServer, tmp_path_factory: pytest.TempPathFactory) -> Run:
    project = copy_example("discount", tmp_path_factory.mktemp("discard"))
    return run_scenario(tools, code_server, "discard-and-fix-file", project, "pricing.py")


def test_discard_closes_the_diff_and_changes_nothing(discard_run: Run) -> None:
    discarded = discard_run.after("pressed Discard on the diff's title bar")
    assert "editor shows 'if quantity > 10:'" in discarded
    assert "pricing.py unchanged and not dirty" in discarded


def test_a_fix_for_a_file_changed_before_accept_is_refused_with_refine_again(discard_run: Run) -> None:
    typed = discard_run.after("typed in pricing.py while the fix was shown")
    assert "notification: greenfix: pricing.py changed since the fix for bulk_discount was found, so it was not applied." in typed
    refused = typed.split("pressed Accept", 1)[1].split("pressed Refine again", 1)[0]
    assert "editor shows 'if quantity > 10:'" in refused
    assert "diff shows the fix for bulk_discount" in discard_run.after("pressed Refine again")


def test_fix_file_in_vscode_fixes_the_syntax_then_shows_the_refine_as_a_diff(discard_run: Run) -> None:
    fixing = discard_run.after("ran command 'greenfix: Fix file'")
    assert "diff shows the fix for bulk_discount" in fixing
    assert "Problems panel no longer shows 'missing ':''" in fixing
    expected = discard_run.before.replace("if quantity > 10:", "if quantity >= 10:", 1) + "# typed while the fix was shown\n"
    assert (discard_run.project / "pricing.py").read_text() == expected
    assert passes_its_tests(discard_run.project)


# -- Cancel -------------------------------------------------------------------------

def test_cancelling_refine_in_vscode_stops_its_test_run(tools: Tools, code_server: CodeServer, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)
    marker = f"greenfix-slow-test-{uuid.uuid4().hex}"
    (project / "tests" / "test_slow.py").write_text(
        "import subprocess, sys\n\n\n"
        "def test_a_slow_check():\n"
        f"    subprocess.run([sys.executable, '-c', 'import time; time.sleep(300)', {marker!r}])\n"
    )

    run = run_scenario(tools, code_server, "cancel", project, "pricing.py", env={"GREENFIX_SLOW_MARKER": marker})

    cancelled = run.after("pressed Cancel on the progress notification")
    assert "greenfix output shows 'Refine with tests: bulk_discount: cancelled'" in cancelled
    assert "status bar no longer shows 'refining'" in cancelled
    assert "the slow test was stopped" in cancelled
    assert (project / "pricing.py").read_text() == run.before


# -- Settings -----------------------------------------------------------------------

def test_the_model_typed_in_the_settings_ui_reaches_the_server_and_earlier_settings_stay(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)
    (project / ".vscode").mkdir()
    (project / ".vscode" / "settings.json").write_text(json.dumps({"greenfix.runTestsOnSave": True}))

    run = run_scenario(tools, code_server, "settings", project, "pricing.py")

    assert "Settings UI shows a text box for greenfix: Model (value '')" in run.steps
    assert json.loads((project / ".vscode" / "settings.json").read_text()) == {
        "greenfix.runTestsOnSave": True,
        "greenfix.model": "test-model",
    }
    changed = run.after("typed 'test-model' in the Model text box")
    assert "the server has the model" in changed
    # The server was started with runTestsOnSave (initialization options); the change
    # of the model alone must not turn it off: the save still ran the tests.
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in changed


def test_vscode_says_how_to_install_when_the_server_cannot_start(tools: Tools, code_server: CodeServer, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)
    (project / ".vscode").mkdir()
    (project / ".vscode" / "settings.json").write_text(json.dumps({"greenfix.server.command": "/nonexistent/greenfix"}))

    run = run_scenario(tools, code_server, "start-failure", project, "pricing.py")

    assert "notification: greenfix: could not start '/nonexistent/greenfix': there is no such program." in run.steps
    assert "status bar shows the greenfix server stopped" in run.steps
    assert "no second notification from the language client within 1 s" in run.steps
    assert "How to install opened the extension's README at 'Install the server'" in run.steps
    assert (project / "pricing.py").read_text() == run.before


def call_compiled(tools: Tools, module: str, function: str, *args: object) -> object:
    """A function of the extension's compiled module (out/<module>.js), run in Node on JSON arguments."""
    script = (
        "const module = require(process.argv[1]);"
        "const result = module[process.argv[2]](...JSON.parse(process.argv[3]));"
        "console.log(JSON.stringify(result ?? null));"
    )
    path = ROOT / "editor-clients" / "vscode" / "out" / f"{module}.js"
    result = subprocess.run(
        [str(tools.node), "-e", script, str(path), function, json.dumps(args)],
        capture_output=True, text=True, timeout=30, check=True,
    )
    return json.loads(result.stdout)


def resolve_server_command(tools: Tools, setting: object, folders: list[Path], search_path: str) -> object:
    return call_compiled(tools, "serverCommand", "resolveServerCommand", setting, [str(f) for f in folders], search_path)


def make_program(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_the_extension_finds_greenfix_in_the_workspace_venv_then_on_path(tools: Tools, tmp_path: Path) -> None:
    workspace, elsewhere = tmp_path / "project", tmp_path / "bin"
    on_path = make_program(elsewhere / "greenfix")
    assert resolve_server_command(tools, "", [workspace], str(elsewhere)) == {"command": str(on_path), "args": ["serve"]}

    (workspace / ".venv" / "bin").mkdir(parents=True)
    (workspace / ".venv" / "bin" / "greenfix").write_text("not executable")
    assert resolve_server_command(tools, "", [workspace], str(elsewhere))["command"] == str(on_path)

    in_venv = make_program(workspace / "venv" / "bin" / "greenfix")
    assert resolve_server_command(tools, "", [workspace], str(elsewhere)) == {"command": str(in_venv), "args": ["serve"]}

    assert resolve_server_command(tools, "", [tmp_path / "empty"], str(tmp_path / "nothing")) is None


def test_the_server_command_setting_wins_and_names_the_workspace_folder(tools: Tools, tmp_path: Path) -> None:
    make_program(tmp_path / ".venv" / "bin" / "greenfix")
    as_path = resolve_server_command(tools, "${workspaceFolder}/tools/greenfix", [tmp_path], "")
    as_line = resolve_server_command(tools, ["python3", "-m", "greenfix.server", "serve"], [tmp_path], "")

    assert as_path == {"command": f"{tmp_path}/tools/greenfix", "args": ["serve"]}
    assert as_line == {"command": "python3", "args": ["-m", "greenfix.server", "serve"]}


def test_a_server_command_that_is_no_program_is_caught_before_starting(tools: Tools, tmp_path: Path) -> None:
    program = make_program(tmp_path / "bin" / "greenfix")
    (tmp_path / "bin" / "notes.txt").write_text("not a program")

    assert call_compiled(tools, "serverCommand", "programExists", str(program), "") is True
    assert call_compiled(tools, "serverCommand", "programExists", "greenfix", str(tmp_path / "bin")) is True
    assert call_compiled(tools, "serverCommand", "programExists", "/nonexistent/greenfix", str(tmp_path / "bin")) is False
    assert call_compiled(tools, "serverCommand", "programExists", str(tmp_path / "bin" / "notes.txt"), "") is False
    assert call_compiled(tools, "serverCommand", "programExists", "python-nowhere", str(tmp_path / "bin")) is False


EVIDENCE = {
    "testsFixed": ["tests/test_pricing.py::test_ten_items_get_the_discount"],
    "testsKept": 2,
    "callsRecorded": 4,
    "callsChanged": 1,
    "otherPlausible": 0,
    "weak": [],
    "summary": "1 failing test(s) now pass, 2 kept passing, result changed on 1 of 4 recorded call(s)",
}


def test_the_fix_notification_names_the_tests_now_passing_and_what_else_is_known(tools: Tools) -> None:
    result = {"status": "fixed", "message": "`>` -> `>=` on line 8", "evidence": EVIDENCE}

    text = call_compiled(tools, "outcomes", "evidenceText", "bulk_discount", result)

    assert text == (
        "greenfix found a fix for bulk_discount. Now passing: test_ten_items_get_the_discount. "
        "2 tests kept passing. Result changed on 1 of 4 recorded calls."
    )


def test_the_fix_notification_says_first_what_is_uncertain(tools: Tools) -> None:
    weak = {**EVIDENCE, "weak": ["only one test exercises bulk_discount"], "otherPlausible": 2}

    text = call_compiled(tools, "outcomes", "evidenceText", "bulk_discount", {"status": "fixed", "evidence": weak})

    assert text.startswith("⚠ Uncertain: only one test exercises bulk_discount. greenfix found a fix for bulk_discount.")
    assert text.endswith("2 other candidates also passed.")


def test_the_output_says_what_each_job_tried_and_found(tools: Tools) -> None:
    unfixed = {"status": "unfixed", "message": "no candidate made all 1 failing test(s) pass", "attempts": 57, "seconds": 3.2}
    fixed = {"status": "fixed", "message": "`>` -> `>=` on line 8", "attempts": 5, "seconds": 1.1, "evidence": EVIDENCE}
    tests = {"passed": 1, "failed": 2, "collection_error": None, "unattributed": ["tests/test_x.py::test_y"]}
    fix_file = {"applied": True, "fixes": 1, "refined": {"bulk_discount": "fixed", "order_total": "unfixed"}}

    assert call_compiled(tools, "outcomes", "refineOutcome", "f", unfixed) == (
        "Refine with tests: f: unfixed (57 candidates, 3.2 s): no candidate made all 1 failing test(s) pass"
    )
    assert call_compiled(tools, "outcomes", "refineOutcome", "bulk_discount", fixed) == (
        "Refine with tests: bulk_discount: fixed (5 candidates, 1.1 s): `>` -> `>=` on line 8. "
        f"Evidence: {EVIDENCE['summary']}"
    )
    assert call_compiled(tools, "outcomes", "testsOutcome", tests) == (
        "Run tests: 1 passed, 2 failed; not shown on any function: test_y"
    )
    assert call_compiled(tools, "outcomes", "fixFileOutcome", "pricing.py", fix_file) == (
        "Fix file: pricing.py: 1 syntax fix applied; Refine with tests: bulk_discount fixed, order_total unfixed"
    )
