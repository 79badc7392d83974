"""Emacs with eglot, in a real terminal, driving the real server: docs/editors.md's
eglot snippet, copied as written into a new user's ~/.emacs.d/init.el, and Debian's
Emacs (`emacs-nox`) and eglot (`elpa-eglot`, 1.9 on bookworm). What is asserted is
what the user sees on screen (tmux capture-pane) and the file on disk."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.editors.examples import EVIDENCE, copy_example
from tests.editors.snippets import code_blocks
from tests.editors.terminal import Terminal

EARLY_INIT = Path(__file__).resolve().parent / "emacs" / "early-init.el"


@pytest.fixture(scope="module")
def emacs(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Emacs with eglot loadable as a new user gets it (Debian's site files)."""
    emacs = shutil.which("emacs")
    home = tmp_path_factory.mktemp("emacs-home")
    found = emacs and subprocess.run(
        [emacs, "--batch", "--eval", "(require 'eglot)"], env={**os.environ, "HOME": str(home)}, capture_output=True, timeout=60
    )
    if not found or found.returncode != 0:
        reason = "Emacs with eglot is needed: run .ci/install-emacs.sh (Debian's emacs-nox and elpa-eglot)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return emacs  # type: ignore[return-value]


def new_user(emacs: str, tmp_path: Path, project: Path) -> Terminal:
    """`emacs -nw pricing.py` for a user whose init file is the documented snippet."""
    home = tmp_path / "home"
    (home / ".emacs.d").mkdir(parents=True)
    (snippet,) = code_blocks("elisp")
    (home / ".emacs.d" / "init.el").write_text(snippet)
    shutil.copy(EARLY_INIT, home / ".emacs.d" / "early-init.el")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EMACS", "XDG_"))}
    # `greenfix` on PATH is this environment's, as `pip install -e` puts it there.
    env.update(HOME=str(home), PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}")
    return Terminal([emacs, "-nw", "pricing.py"], project, env, tmp_path)


def command(term: Terminal, name: str) -> None:
    """M-x name RET, each step once Emacs shows it is ready for it."""
    term.send("M-x")
    term.wait_for(lambda screen: screen.rstrip().endswith("M-x"))
    term.type(name)
    term.wait_for(lambda screen: screen.rstrip().endswith(name))
    term.send("Enter")


def test_the_documented_eglot_setup_runs_tests_on_save_and_refine_asks_with_the_diff(emacs: str, tmp_path: Path):
    example = copy_example("discount", "pricing.py", tmp_path)
    module = example.project / "pricing.py"
    term = new_user(emacs, tmp_path, example.project)
    try:
        term.wait_for("[eglot:discount]")
        # An edit and a save: `:runTestsOnSave t` from the snippet survives the empty
        # workspace/didChangeConfiguration eglot sends after initialize.
        term.send("M->", "Enter", "C-x", "C-s")
        term.wait_for("Flymake[2 0]")  # the two failing tests, as errors
        command(term, "flymake-show-buffer-diagnostics")
        listed = term.wait_for("greenfix [failing-test]: test_ten_items_get_the_dis")
        # Line 6, `def bulk_discount`: the function under test, not the test.
        assert re.search(r"\b6 +4 +error +\S+ +greenfix \[failing-test\]: test_ten_items_get_the_dis", listed)
        term.send("C-x", "1")

        # Refine with tests, from the code actions on bulk_discount's comparison.
        term.send("M-g", "g")
        term.wait_for("Goto line")
        term.type("8")
        term.send("Enter")
        command(term, "eglot-code-actions")
        term.wait_for("[eglot] Pick an action (default Refine with tests):")
        term.send("Enter")
        asked = term.wait_for("Choose an option: Apply")
        # On screen when asked: the changed lines and the evidence; nothing applied yet.
        assert "-    if quantity > 10:\n+    if quantity >= 10:\n" in asked
        assert re.search(EVIDENCE, asked)
        assert module.read_text() == example.original + "\n"
        # A user reads the diff for a while: longer than eglot's 10 s wait for a command.
        time.sleep(12)
        assert "Choose an option: Apply" in term.screen()
        term.send("C-a", "C-k")
        term.type("Discard")
        term.send("Enter")
        # The command answered ("/1" in the mode line is a request waiting): nothing applied.
        after = term.wait_for(lambda screen: "[eglot:discount]" in screen and "Choose an option" not in screen)
        # The mode line, wherever a long message in the echo area leaves it.
        mode_line = next(line for line in after.splitlines() if "[eglot:discount]" in line)
        assert "pricing.py" in mode_line and ":**" not in mode_line  # unmodified since the save
        assert "    if quantity > 10:" in after

        command(term, "eglot-code-actions")
        term.wait_for("[eglot] Pick an action (default Refine with tests):")
        term.send("Enter")
        term.wait_for("Choose an option: Apply")
        term.send("Enter")
        term.wait_for("[eglot] Edit successful!")
        term.wait_for("    if quantity >= 10:")  # once Emacs has redrawn the buffer
        term.wait_for("Flymake[0 0]")  # the tests ran again on the fixed buffer
        term.send("C-x", "C-s")
        term.wait_for(lambda _: module.read_text() == example.fixed + "\n", timeout=10)
    finally:
        term.close()
    assert not term.seen("Proceed?"), "eglot asked a second time, without the diff"
    assert not term.seen("Timed out")
