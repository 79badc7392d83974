"""Record every model exchange to a JSONL file, and replay it offline.

A chat exchange is keyed by a stable hash of what determines the answer: model,
messages, constraint fields and sampling parameters (never the key, nor
timeouts). Answers to the same request are replayed in the order they were
recorded (the last one repeats), so a recorded run replays identically. The
endpoint's /models listing is recorded too, for the `auto` dialect probe.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from pathlib import Path
from typing import Any

from .errors import ModelError
from .exchange import ModelDoor, ModelRequest, ModelResponse


class ReplayMiss(ModelError):
    pass


def request_key(request: ModelRequest) -> str:
    canonical = json.dumps(request.to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class RecordingDoor:
    """Passes every call to `inner` and appends each answer to `path`."""

    def __init__(self, inner: ModelDoor, path: Path, base_url: str | None) -> None:
        self._inner = inner
        self._path = path
        self._base_url = base_url

    async def complete(self, request: ModelRequest) -> ModelResponse:
        response = await self._inner.complete(request)
        self._append({"kind": "chat", "key": request_key(request), "request": request.to_json(), "response": response.to_json()})
        return response

    async def list_models(self) -> list[dict[str, Any]]:
        models = await self._inner.list_models()
        self._append({"kind": "models", "base_url": self._base_url, "models": models})
        return models

    async def close(self) -> None:
        await self._inner.close()

    def _append(self, entry: dict[str, Any]) -> None:
        with self._path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")


class ReplayDoor:
    """Answers from a recording; never opens a connection."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._answers: dict[str, deque[ModelResponse]] = {}
        self._models: list[dict[str, Any]] = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise ModelError(f"cannot read the replay file {path}: {error.strerror or error}") from None
        for number, line in enumerate(lines, 1):
            if line.strip():
                self._load(line, number)

    async def complete(self, request: ModelRequest) -> ModelResponse:
        key = request_key(request)
        answers = self._answers.get(key)
        if not answers:
            raise ReplayMiss(
                f"the replay file {self._path} has no answer for this request (key {key[:12]}); "
                "record the run again with --record"
            )
        return answers.popleft() if len(answers) > 1 else answers[0]

    async def list_models(self) -> list[dict[str, Any]]:
        return self._models

    async def close(self) -> None:
        pass

    def _load(self, line: str, number: int) -> None:
        try:
            entry = json.loads(line)
            if entry["kind"] == "chat":
                self._answers.setdefault(entry["key"], deque()).append(ModelResponse.from_json(entry["response"]))
            elif entry["kind"] == "models":
                self._models = list(entry["models"])
        except (ValueError, KeyError, TypeError) as error:
            raise ModelError(f"line {number} of the replay file {self._path} is not a recorded exchange: {error!r}") from None
