"""A real local model for tests and benchmarks: llama-cpp-python's OpenAI-compatible
server (`python -m llama_cpp.server`) serving Gemma 3 270M on 127.0.0.1.

`.ci/install-model.sh` installs llama-cpp-python and assembles the GGUF at
DEFAULT_GGUF (GREENFIX_GGUF overrides the path, for both).

    with LlamaServer(gguf_path(), tmp_path / "llama.log") as server:
        settings = ModelSettings(model=server.model, base_url=server.base_url)
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType

DEFAULT_GGUF = Path.home() / ".cache" / "greenfix-ci" / "models" / "gemma-3-270m-q4_k_m.gguf"
MODEL_ALIAS = "gemma-3-270m"
REQUIRE_ENV = "GREENFIX_REQUIRE_REAL_MODEL"
LOG_TAIL_CHARS = 3000


def gguf_path() -> Path:
    return Path(os.environ.get("GREENFIX_GGUF") or DEFAULT_GGUF)


def real_model_missing() -> str | None:
    """Why the real model cannot run here, or None when it can."""
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_cpp.server") is None:
        return "llama-cpp-python[server] is not installed (run .ci/install-model.sh)"
    if not gguf_path().is_file():
        return f"the Gemma 3 270M GGUF is not at {gguf_path()} (run .ci/install-model.sh, or set GREENFIX_GGUF)"
    return None


def require_real_model() -> None:
    """Skip the calling test when the real model is missing, or fail it when
    GREENFIX_REQUIRE_REAL_MODEL=1 (CI), so it never goes silently unrun."""
    import pytest

    missing = real_model_missing()
    if missing and os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {missing}")
    if missing:
        pytest.skip(f"{missing}; {REQUIRE_ENV}=1 makes this a failure")


class LlamaServerError(RuntimeError):
    pass


class LlamaServer:
    """Starts the server on a free port, waits until `/v1/models` answers, and stops it
    (killing it if it won't stop). Everything it prints goes to `log_path`."""

    def __init__(self, model_path: Path, log_path: Path, threads: int = 1, context: int = 2048, startup_timeout: float = 120.0) -> None:
        self.model_path = model_path
        self.log_path = log_path
        self.threads = threads
        self.context = context
        self.startup_timeout = startup_timeout
        self.model = MODEL_ALIAS
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LlamaServer:
        self.port = _free_port()
        command = [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(self.model_path),
            "--model_alias", MODEL_ALIAS,
            "--host", "127.0.0.1",
            "--port", str(self.port),
            # One thread is steadier than two on a 2-core machine shared with tests.
            "--n_threads", str(self.threads),
            "--n_ctx", str(self.context),
            # The GGUF is the pretrained model and carries no chat template. Under
            # Gemma's own turn markers or the llama-2 fallback it echoes the prompt
            # and never stops; in ChatML it ends its answer with the text
            # "<|im_end|>", which the server takes as the stop.
            "--chat_format", "chatml",
        ]  # fmt: skip
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def log_tail(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-LOG_TAIL_CHARS:]
        except OSError:
            return ""

    def __enter__(self) -> LlamaServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stop()

    def _wait_until_ready(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise LlamaServerError(f"llama_cpp.server exited with code {self._process.returncode}; its log:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as answer:
                    if any(m.get("id") == MODEL_ALIAS for m in json.load(answer).get("data", [])):
                        return
            except (OSError, ValueError):
                pass  # still loading the model
            time.sleep(0.2)
        raise LlamaServerError(f"llama_cpp.server did not answer /v1/models within {self.startup_timeout:g} s; its log:\n{self.log_tail()}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
