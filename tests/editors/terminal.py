"""A real terminal for an editor under test: tmux runs it in a detached session of
a fixed size, keys go in with `send-keys`, and what is on screen comes back with
`capture-pane -p`, as plain text. Every screen seen is kept, so a test can say
what never showed (a "Press ENTER" prompt, a blind question)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from pathlib import Path
from typing import Callable, Mapping

import pytest

WIDTH, HEIGHT = 160, 45


def tmux() -> str:
    """The tmux program; a skip outside CI, a failure in CI, when it is missing."""
    found = shutil.which("tmux")
    if found is None:
        reason = "tmux is needed to drive an editor in a real terminal: run .ci/install-ci-tools.sh"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


class Terminal:
    def __init__(self, command: list[str], cwd: Path, env: Mapping[str, str], folder: Path) -> None:
        """Start `command` in `cwd` with exactly the environment `env`, in a terminal
        of WIDTH x HEIGHT on a tmux server of its own (its socket in `folder`)."""
        self.socket = str(folder / "tmux.sock")
        self.screens: list[str] = []
        launcher = folder / "launch.sh"
        exports = "".join(f"export {name}={shlex.quote(value)}\n" for name, value in env.items())
        launcher.write_text(f"#!/bin/sh\n{exports}cd {shlex.quote(str(cwd))}\nexec {shlex.join(command)}\n")
        launcher.chmod(0o755)
        self._tmux("new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), str(launcher))

    def _tmux(self, *args: str) -> str:
        # -f /dev/null: no user tmux.conf; TERM for the editor is tmux's default.
        done = subprocess.run(
            [tmux(), "-f", "/dev/null", "-S", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        if done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def send(self, *keys: str) -> None:
        """Keys as tmux names them: text, or Enter, Escape, C-x ..."""
        for key in keys:
            self._tmux("send-keys", key)

    def type(self, text: str) -> None:
        """Literal text, no key names."""
        self._tmux("send-keys", "-l", text)

    def screen(self) -> str:
        text = self._tmux("capture-pane", "-p")
        self.screens.append(text)
        return text

    def wait_for(self, what: str | Callable[[str], bool], timeout: float = 90) -> str:
        """The first screen holding `what` (text, or a test of the screen's text)."""
        found = (lambda screen: what in screen) if isinstance(what, str) else what
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if found(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"not on screen after {timeout}s: {what!r}\n--- the screen:\n{screen}")
            time.sleep(0.1)

    def seen(self, text: str) -> list[str]:
        """The screens so far that showed `text`."""
        return [screen for screen in self.screens if text in screen]

    def close(self) -> None:
        try:
            self._tmux("kill-server")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass  # the editor quit and its server with it
