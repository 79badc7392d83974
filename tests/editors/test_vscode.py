"""The VS Code extension end to end, in a real VS Code build: code-server with the
packaged extension installed, driven through headless chromium by
tests/editors/vscode_driver/drive.mjs (keyboard, command palette, quick fix menu,
Problems panel, Refactor Preview). The files on disk are checked here, after the
driver saved them as a person would. Screenshots go to test-artifacts/vscode/.

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
DRIVER_TIMEOUT = 240  # seconds for one scenario, refine included
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
    more: list[Path] | None = None, env: dict[str, str] | None = None,
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


def run_project_tests(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project, capture_output=True, text=True, timeout=120,
    )


def test_quick_fix_in_vscode_inserts_the_missing_colon(tools: Tools, code_server: CodeServer, tmp_path: Path) -> None:
    project = copy_example("syntax_error", tmp_path)
    before = (project / "inventory.py").read_text()

    steps = drive(tools, code_server, "quickfix", project, tmp_path / "browser")

    assert "Problems panel shows: missing ':' greenfix syntax-error [Ln 5, Col 77]" in steps
    after = (project / "inventory.py").read_text()
    assert after == before.replace("-> dict[str, int]\n", "-> dict[str, int]:\n", 1)
    compile(after, "inventory.py", "exec")
    publish_screenshots("quick-fix")


def test_refine_in_vscode_shows_the_fix_as_a_diff_and_accept_applies_it(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "refine", project, tmp_path / "browser")

    # Keybindings: Ctrl+Alt+P runs the tests, Ctrl+Alt+R refines the function at the cursor.
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in steps
    assert "the progress notification has a Cancel button" in steps
    assert "diff shows the fix for bulk_discount: 'if quantity >= 10:'" in steps
    evidence = next(line for line in steps.splitlines() if "found a fix for bulk_discount" in line)
    assert "Now passing: test_ten_items_get_the_discount" in evidence
    assert "kept passing" in evidence
    assert "pricing.py has the fix, unsaved" in steps
    assert "Problems panel no longer shows 'failed'" in steps  # the tests ran again after Accept
    assert (project / "pricing.py").read_text() == before.replace("if quantity > 10:", "if quantity >= 10:", 1)
    tests = run_project_tests(project)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    publish_screenshots("failing-test", "refine-diff")


def test_discard_changes_nothing_and_a_fix_for_a_changed_file_is_refused(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "refine-discard", project, tmp_path / "browser")

    assert "pricing.py unchanged and not dirty" in steps
    assert "notification: greenfix: pricing.py changed since the fix for bulk_discount was found, so it was not applied." in steps
    # Refine again found the fix for the text as typed; Accept applied it there.
    expected = before.replace("if quantity > 10:", "if quantity >= 10:", 1) + "# typed while the fix was shown\n"
    assert (project / "pricing.py").read_text() == expected


def test_cancelling_refine_in_vscode_stops_its_test_run(tools: Tools, code_server: CodeServer, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)
    marker = f"greenfix-slow-test-{uuid.uuid4().hex}"
    (project / "tests" / "test_slow.py").write_text(
        "import subprocess, sys\n\n\n"
        "def test_a_slow_check():\n"
        f"    subprocess.run([sys.executable, '-c', 'import time; time.sleep(300)', {marker!r}])\n"
    )
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "cancel", project, tmp_path / "browser", env={"GREENFIX_SLOW_MARKER": marker})

    assert "greenfix output shows 'Refine with tests: bulk_discount: cancelled'" in steps
    assert "status bar no longer shows 'refining'" in steps
    assert "the slow test was stopped" in steps
    assert (project / "pricing.py").read_text() == before


def test_restarting_the_server_in_vscode_shows_the_failing_tests_again(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)

    steps = drive(tools, code_server, "restart", project, tmp_path / "browser")

    after_restart = steps.split("ran command 'greenfix: Restart server'", 1)[1]
    assert "greenfix output shows 'running the tests again, as they had been run before the restart'" in after_restart
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in after_restart


def test_fix_file_in_vscode_fixes_the_syntax_then_shows_the_refine_as_a_diff(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "fix-file", project, tmp_path / "browser")

    assert "Problems panel shows: missing ':'" in steps
    assert "diff shows the fix for bulk_discount" in steps
    assert (project / "pricing.py").read_text() == before.replace("if quantity > 10:", "if quantity >= 10:", 1)


def test_a_setting_changed_in_vscode_reaches_the_server(tools: Tools, code_server: CodeServer, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)

    steps = drive(tools, code_server, "setting-change", project, tmp_path / "browser")

    # runTestsOnSave is off until the driver sets it in the workspace settings:
    # the save runs the tests only if the change reached the running server.
    assert """greenfix output shows 'settings changed: {"runTestsOnSave":true}'""" in steps
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in steps
    assert (project / "pricing.py").read_text().endswith("# saved to run the tests\n")


def test_the_model_is_a_text_box_in_the_settings_ui_and_earlier_settings_stay(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)
    (project / ".vscode").mkdir()
    (project / ".vscode" / "settings.json").write_text(json.dumps({"greenfix.runTestsOnSave": True}))

    steps = drive(tools, code_server, "settings-ui", project, tmp_path / "browser")

    assert "Settings UI shows a text box for greenfix: Model (value '')" in steps
    assert json.loads((project / ".vscode" / "settings.json").read_text()) == {
        "greenfix.runTestsOnSave": True,
        "greenfix.model": "test-model",
    }
    # The server was started with runTestsOnSave (initialization options); the change
    # of the model alone must not turn it off: the save still ran the tests.
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in steps.split("typed 'test-model'", 1)[1]


def test_vscode_says_how_to_install_when_the_server_cannot_start(tools: Tools, code_server: CodeServer, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)
    (project / ".vscode").mkdir()
    (project / ".vscode" / "settings.json").write_text(json.dumps({"greenfix.server.command": "/nonexistent/greenfix"}))
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "start-failure", project, tmp_path / "browser")

    assert "notification: greenfix: could not start '/nonexistent/greenfix': there is no such program." in steps
    assert "status bar shows the greenfix server stopped" in steps
    assert "How to install opened the extension's README at 'Install the server'" in steps
    assert (project / "pricing.py").read_text() == before


def test_the_no_model_notice_shows_once_per_workspace_and_not_after_dont_show_again(
    tools: Tools, code_server: CodeServer, tmp_path: Path
) -> None:
    first, second, third = (copy_example("syntax_error", tmp_path / name) for name in ("a", "b", "c"))

    steps = drive(tools, code_server, "no-model-notice", first, tmp_path / "browser", more=[second, third])

    assert steps.count("notification: greenfix: no model is configured") == 2  # the first and second workspace
    assert "no second no-model notice in this workspace within 2 s" in steps
    assert "pressed Don't show again" in steps
    assert "no no-model notice within 2 s" in steps


def resolve_server_command(tools: Tools, setting: object, folders: list[Path], search_path: str) -> object:
    """The extension's own resolveServerCommand (compiled), run in Node."""
    script = (
        "const { resolveServerCommand } = require(process.argv[1]);"
        "const [setting, folders, searchPath] = JSON.parse(process.argv[2]);"
        "console.log(JSON.stringify(resolveServerCommand(setting, folders, searchPath) ?? null));"
    )
    module = ROOT / "editor-clients" / "vscode" / "out" / "serverCommand.js"
    arguments = json.dumps([setting, [str(f) for f in folders], search_path])
    result = subprocess.run([str(tools.node), "-e", script, str(module), arguments], capture_output=True, text=True, timeout=30, check=True)
    return json.loads(result.stdout)


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
