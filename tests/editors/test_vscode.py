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


@pytest.fixture(scope="module")
def code_server(tools: Tools, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A running code-server with the packaged extension installed; yields its URL."""
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
        yield wait_for_listening(process)
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


def drive(tools: Tools, url: str, scenario: str, folder: Path, profile: Path) -> str:
    """Runs one driver scenario; fails with its steps, and code-server's log, if it does not finish."""
    result = subprocess.run(
        [str(tools.node), str(DRIVER), scenario, url, str(folder), str(ARTIFACTS), str(profile)],
        env=tool_environment(tools), capture_output=True, text=True, timeout=DRIVER_TIMEOUT,
    )
    steps = result.stdout + result.stderr
    print(steps)  # shown by pytest -rP, and on failure
    assert result.returncode == 0, (
        f"the VS Code scenario '{scenario}' did not finish (screenshots in {ARTIFACTS}):\n{steps}\n"
        f"code-server log:\n{CODE_SERVER_LOG.read_text(errors='replace')[-3000:]}"
    )
    return steps


def test_quick_fix_in_vscode_inserts_the_missing_colon(tools: Tools, code_server: str, tmp_path: Path) -> None:
    project = copy_example("syntax_error", tmp_path)
    before = (project / "inventory.py").read_text()

    steps = drive(tools, code_server, "quickfix", project, tmp_path / "browser")

    assert "Problems panel shows: missing ':' greenfix syntax-error [Ln 5, Col 77]" in steps
    after = (project / "inventory.py").read_text()
    assert after == before.replace("-> dict[str, int]\n", "-> dict[str, int]:\n", 1)
    compile(after, "inventory.py", "exec")


def test_refine_with_tests_in_vscode_makes_the_failing_test_pass(
    tools: Tools, code_server: str, tmp_path: Path
) -> None:
    project = copy_example("discount", tmp_path)
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "refine", project, tmp_path / "browser")

    assert "Problems panel shows: test_ten_items_get_the_discount failed" in steps
    assert "Refactor Preview shows the edit" in steps
    assert (project / "pricing.py").read_text() == before.replace("if quantity > 10:", "if quantity >= 10:", 1)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project, capture_output=True, text=True, timeout=120,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr


def test_a_setting_changed_in_vscode_reaches_the_server(tools: Tools, code_server: str, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)

    steps = drive(tools, code_server, "setting-change", project, tmp_path / "browser")

    # runTestsOnSave is off until the driver sets it in the workspace settings:
    # the save runs the tests only if the change reached the running server.
    assert 'greenfix output shows the changed settings sent to the server' in steps
    assert "Problems panel shows: test_ten_items_get_the_discount failed" in steps
    assert (project / "pricing.py").read_text().endswith("# saved to run the tests\n")


def test_vscode_says_how_to_install_when_the_server_cannot_start(tools: Tools, code_server: str, tmp_path: Path) -> None:
    project = copy_example("discount", tmp_path)
    (project / ".vscode").mkdir()
    (project / ".vscode" / "settings.json").write_text(json.dumps({"greenfix.server.command": "/nonexistent/greenfix"}))
    before = (project / "pricing.py").read_text()

    steps = drive(tools, code_server, "start-failure", project, tmp_path / "browser")

    assert "notification: greenfix: could not start '/nonexistent/greenfix'" in steps
    assert "status bar shows the greenfix server stopped" in steps
    assert "How to install opened the extension's README" in steps
    assert (project / "pricing.py").read_text() == before


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
