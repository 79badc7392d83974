"""A model endpoint that accepts and never answers, or drips a byte a second forever, holds no
call beyond its deadline (the `timeout` setting, or the run's budget when that ends first),
and no `greenfix fix --budget N` beyond N + 10 % (at least 5 s).

The real openai client talks to a scripted server on 127.0.0.1; each call that times out
must also hang up (the server sees the client close the connection).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from greenfix.analysis.config import ModelSettings
from greenfix.analysis.model.client import ModelTimeout, OpenAIDoor
from greenfix.analysis.model.exchange import ChatMessage, ModelRequest
from tests.ci.projects import greenfix, write_project
from tests.support.openai_server import Reply, ScriptedOpenAIServer

STALLS = {"silent": Reply.silence, "dripping": Reply.dripping}
REQUEST = ModelRequest("scripted-model", (ChatMessage("user", "fix it"),), 0.2, 64)
BUDGET = 15.0


def settings(server: ScriptedOpenAIServer, timeout: float) -> ModelSettings:
    return ModelSettings(model="scripted-model", base_url=server.base_url, constraint="none", retries=0, timeout=timeout)


async def timed_out_call(door: OpenAIDoor, server: ScriptedOpenAIServer) -> tuple[str, float, bool]:
    """The error, the seconds the call took, and whether it had hung up before the door closed."""
    started = time.monotonic()
    try:
        with pytest.raises(ModelTimeout) as raised:
            await door.complete(REQUEST)
        seconds = time.monotonic() - started
        hung_up = await asyncio.to_thread(server.wait_for_disconnect, 5)
    finally:
        await door.close()
    return str(raised.value), seconds, hung_up


@pytest.mark.parametrize("stall", STALLS)
async def test_the_timeout_setting_bounds_a_call_that_never_ends(stall: str) -> None:
    with ScriptedOpenAIServer([STALLS[stall]()]) as server:
        message, seconds, hung_up = await timed_out_call(OpenAIDoor(settings(server, 2.0), {}), server)
    assert 2.0 <= seconds < 4.0
    assert message.startswith("the model did not answer within 2 s (setting 'timeout')")
    assert hung_up


@pytest.mark.parametrize("stall", STALLS)
async def test_the_run_budget_bounds_a_call_before_the_timeout_does(stall: str) -> None:
    with ScriptedOpenAIServer([STALLS[stall]()]) as server:
        door = OpenAIDoor(settings(server, 60.0), {}, deadline=time.monotonic() + 2.0)
        message, seconds, hung_up = await timed_out_call(door, server)
    assert seconds < 4.0
    assert "did not answer within" in message and "(the time left in the run's budget)" in message
    assert hung_up


async def test_a_spent_budget_asks_nothing() -> None:
    with ScriptedOpenAIServer([Reply.text("def f():\n    return 1\n")]) as server:
        door = OpenAIDoor(settings(server, 60.0), {}, deadline=time.monotonic() - 1.0)
        with pytest.raises(ModelTimeout, match="within 0 s"):
            await door.complete(REQUEST)
        await door.close()
        assert server.chat_requests == []


def greetings(root: Path) -> Path:
    """A failing test that no template edit fixes, so the model is asked."""
    return write_project(root, {
        "greet.py": 'def greeting(name):\n    return "Hello " + name\n',
        "tests/test_greet.py": 'from greet import greeting\n\n\ndef test_greeting():\n    assert greeting("Ada") == "Hello, Ada!"\n',
    })


@pytest.mark.parametrize("stall", STALLS)
def test_a_budgeted_fix_ends_in_time_and_says_the_model_timed_out(tmp_path: Path, stall: str) -> None:
    project = greetings(tmp_path / "greet")
    # Every request stalls; the timeout setting (60 s by default) is longer than the budget.
    with ScriptedOpenAIServer(lambda request: STALLS[stall]()) as server:
        env = {"GREENFIX_MODEL": "scripted-model", "GREENFIX_BASE_URL": server.base_url, "GREENFIX_CONSTRAINT": "none"}
        started = time.monotonic()
        done = greenfix(project, "fix", "--format", "json", "--budget", f"{BUDGET:g}", env=env, timeout=120)
        seconds = time.monotonic() - started
        asked = len(server.chat_requests)
    report = json.loads(done.stdout)
    print(f"{stall}: greenfix fix --budget {BUDGET:g} took {seconds:.1f} s ({seconds / BUDGET:.2f} of the budget)")
    assert seconds <= BUDGET + max(0.1 * BUDGET, 5.0)
    assert asked >= 1
    assert report["functions"][0]["status"] == "unfixed"
    assert any("the model did not answer within" in note for note in report["notes"]), report["notes"]
