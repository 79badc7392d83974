"""The real openai client against the scripted server: answers, retries, faults."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest

from greenfix.analysis.config import ModelSettings
from greenfix.analysis.model.client import (
    EmptyOutput,
    MalformedResponse,
    ModelAuthError,
    ModelTimeout,
    ModelUnavailable,
    OpenAIDoor,
    RefusedOutput,
    TruncatedOutput,
    UnknownModel,
)
from greenfix.analysis.model.exchange import ModelOutput, Usage
from tests.model.conftest import settings_for, simple_request
from tests.support.openai_server import Reply, ScriptedOpenAIServer

SECRET = "sk-test-secret-0123456789abcdef"


async def test_answer_and_usage_come_back_and_the_key_is_sent_from_its_variable(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("def f():\n    return 1", "def f():\n    return 2", usage=(120, 45)))
    door = OpenAIDoor(settings_for(server, api_key_env="MY_KEY"), {"MY_KEY": SECRET})
    response = await door.complete(simple_request(n=2))
    assert response.outputs == (ModelOutput("def f():\n    return 1", "stop"), ModelOutput("def f():\n    return 2", "stop"))
    assert response.usage == Usage(prompt_tokens=120, completion_tokens=45)
    (request,) = server.chat_requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.body["model"] == "scripted-model"
    assert request.body["n"] == 2 and request.body["max_tokens"] == 64
    assert request.body["messages"] == [{"role": "user", "content": "fix it"}]


async def test_429_waits_for_retry_after_then_succeeds(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.rate_limited(0.4), Reply.text("def f():\n    pass"))
    door = OpenAIDoor(settings_for(server), {})
    started = time.monotonic()
    response = await door.complete(simple_request())
    assert response.outputs[0].text == "def f():\n    pass"
    assert len(server.chat_requests) == 2
    assert time.monotonic() - started >= 0.4  # it did wait as told, not merely retry


async def test_500_is_retried_with_backoff(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.error(500, "boom"), Reply.text("ok"))
    response = await OpenAIDoor(settings_for(server), {}).complete(simple_request())
    assert response.outputs[0].text == "ok"
    assert len(server.chat_requests) == 2


async def test_retries_are_bounded_and_the_error_says_what_happened(server: ScriptedOpenAIServer) -> None:
    server.add(*[Reply.error(503, "overloaded")] * 5)
    with pytest.raises(ModelUnavailable, match="HTTP 503: overloaded"):
        await OpenAIDoor(settings_for(server, retries=1), {}).complete(simple_request())
    assert len(server.chat_requests) == 2  # one try and one retry: the client's own retries are off


async def test_retry_after_beyond_the_deadline_is_not_waited_for(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.rate_limited(30))
    started = time.monotonic()
    with pytest.raises(ModelUnavailable, match="429"):
        await OpenAIDoor(settings_for(server, timeout=2.0), {}).complete(simple_request())
    assert time.monotonic() - started < 30
    assert len(server.chat_requests) == 1


async def test_slow_answer_beyond_the_timeout_is_a_clear_error_and_hangs_up(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("late").after(10))
    with pytest.raises(ModelTimeout, match=r"the model did not answer within 0\.5 s \(setting 'timeout'\); endpoint http://127\.0\.0\.1:\d+/v1"):
        await OpenAIDoor(settings_for(server, timeout=0.5), {}).complete(simple_request())
    assert await asyncio.to_thread(server.wait_for_disconnect, 5)


async def test_401_names_the_variable_and_never_the_key(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.error(401, f"Incorrect API key provided: {SECRET}"))
    with pytest.raises(ModelAuthError) as raised:
        await OpenAIDoor(settings_for(server, api_key_env="MY_KEY"), {"MY_KEY": SECRET}).complete(simple_request())
    message = str(raised.value)
    assert "MY_KEY" in message and "401" in message
    assert SECRET not in message and SECRET[:10] not in message


async def test_401_without_the_variable_says_it_is_unset(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.error(401, "no key"))
    with pytest.raises(ModelAuthError, match="environment variable OPENAI_API_KEY is not set"):
        await OpenAIDoor(settings_for(server), {}).complete(simple_request())


async def test_unknown_model(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.error(404, "The model `nope` does not exist"))
    with pytest.raises(UnknownModel, match="does not know the model 'nope'"):
        await OpenAIDoor(settings_for(server, model="nope"), {}).complete(simple_request(model="nope"))


@pytest.mark.parametrize(
    ("reply", "error", "message"),
    [
        (Reply.truncated("def f():\n    return ("), TruncatedOutput, r"cut at max_tokens \(64\)"),
        (Reply.refusal("I can't help with that."), RefusedOutput, "the model refused: I can't help with that."),
        (Reply(body={"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []}), EmptyOutput, "no choices"),
        (Reply.malformed(), MalformedResponse, "not a chat completion"),
    ],
)
async def test_unusable_answers_are_clear_errors(server: ScriptedOpenAIServer, reply: Reply, error: type, message: str) -> None:
    server.add(reply)
    with pytest.raises(error, match=message):
        await OpenAIDoor(settings_for(server), {}).complete(simple_request())


async def test_a_truncated_sample_is_dropped_with_its_reason_and_the_rest_kept(server: ScriptedOpenAIServer) -> None:
    reply = Reply.text("def f():\n    return 1", "def f():\n    ret")
    reply.body["choices"][1]["finish_reason"] = "length"
    server.add(reply)
    response = await OpenAIDoor(settings_for(server), {}).complete(simple_request(n=2))
    assert [o.text for o in response.outputs] == ["def f():\n    return 1"]
    assert len(response.dropped) == 1 and "max_tokens" in response.dropped[0]


async def test_custom_tool_call_input_is_the_output(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.tool_call("def f():\n    return 3"))
    response = await OpenAIDoor(settings_for(server), {}).complete(simple_request())
    assert response.outputs == (ModelOutput("def f():\n    return 3", "tool_calls", from_tool=True),)


async def test_cancelling_the_awaiting_task_closes_the_http_request(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("late").after(30))
    task = asyncio.create_task(OpenAIDoor(settings_for(server, timeout=60), {}).complete(simple_request()))
    for _ in range(200):
        if server.chat_requests:
            break
        await asyncio.sleep(0.02)
    assert server.chat_requests, "the request never reached the server"
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await asyncio.to_thread(server.wait_for_disconnect, 5)


async def test_unreachable_endpoint_is_a_clear_error() -> None:
    # A port bound but never listening refuses connections, and stays ours for the
    # whole test (a stopped server's port could be taken by another test meanwhile).
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{unused.getsockname()[1]}/v1"
        settings = ModelSettings(model="scripted-model", base_url=base_url, retries=1, timeout=5.0)
        with pytest.raises(ModelUnavailable, match=f"cannot reach {base_url}"):
            await OpenAIDoor(settings, {}).complete(simple_request())
