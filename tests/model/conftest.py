from __future__ import annotations

from typing import Any, Iterator

import pytest

from greenfix.analysis.config import ModelSettings
from greenfix.analysis.model.exchange import ChatMessage, ModelRequest
from tests.support.openai_server import ScriptedOpenAIServer


@pytest.fixture
def server() -> Iterator[ScriptedOpenAIServer]:
    with ScriptedOpenAIServer() as running:
        yield running


def settings_for(server: ScriptedOpenAIServer, **changes: Any) -> ModelSettings:
    values: dict[str, Any] = {"model": "scripted-model", "base_url": server.base_url, "timeout": 10.0, **changes}
    return ModelSettings(**values)


def simple_request(**changes: Any) -> ModelRequest:
    values: dict[str, Any] = {
        "model": "scripted-model",
        "messages": (ChatMessage("user", "fix it"),),
        "temperature": 0.0,
        "max_tokens": 64,
        **changes,
    }
    return ModelRequest(**values)
