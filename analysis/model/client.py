"""The door to any OpenAI-compatible endpoint, through the official `openai` client.

This is the one place for timeouts and retries. A whole `complete()` call,
retries included, ends by a deadline: `settings.timeout` from its start, or the
end of the run's budget when the door is given one and it comes first. The
deadline is wall-clock, enforced around the request, so it also holds against an
endpoint that accepts and never answers or drips bytes (httpx's read timeout
starts again with every byte); the request is then cancelled and its connection
closed. Retried: 429 (after the server's retry-after, else backoff), 5xx and
connection errors (exponential backoff); a wait that would pass the deadline is
not started. The openai client's own retries are off, so these are the only
ones. Cancelling the awaiting task aborts the HTTP request the same way.

The API key is read from the environment variable the settings name, and never
appears in a message: error texts from the server are scrubbed of it.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from typing import Any, Awaitable, Mapping, TypeVar

import openai
from openai.types.chat import ChatCompletion

from ..config import ModelSettings
from .errors import (
    EmptyOutput,
    MalformedResponse,
    ModelAuthError,
    ModelError,
    ModelTimeout,
    ModelUnavailable,
    RefusedOutput,
    TruncatedOutput,
    UnknownModel,
)
from .exchange import ModelOutput, ModelRequest, ModelResponse, Usage

T = TypeVar("T")
_BACKOFF_FIRST = 0.5
_BACKOFF_MAX = 8.0


class OpenAIDoor:
    """Chat completions against `settings.base_url` (None: OpenAI's own endpoint)."""

    def __init__(self, settings: ModelSettings, environ: Mapping[str, str], deadline: float | None = None) -> None:
        """`deadline` (time.monotonic()): when the run's budget ends; no call lasts beyond it."""
        if not settings.model:
            raise ModelError("no model configured: set 'model' (or GREENFIX_MODEL)")
        self.settings = settings
        self.deadline = deadline
        self._key = environ.get(settings.api_key_env) or None
        self._endpoint = settings.base_url or "https://api.openai.com/v1"
        self._client = openai.AsyncOpenAI(
            base_url=settings.base_url,
            # Local servers need no key, but the client insists on one.
            api_key=self._key or "no-key",
            max_retries=0,
            timeout=settings.timeout,
        )
        self._models: list[dict[str, Any]] | None = None

    async def complete(self, request: ModelRequest) -> ModelResponse:
        limit, which = self._limit()
        deadline = time.monotonic() + limit
        attempt = 0
        while True:
            try:
                completion = await _by(deadline, self._client.chat.completions.create(
                    model=request.model,
                    messages=[{"role": m.role, "content": m.content} for m in request.messages],  # type: ignore[misc]
                    temperature=request.temperature,
                    max_tokens=request.max_tokens,
                    n=request.n,
                    **({"seed": request.seed} if request.seed is not None else {}),
                    **request.constraint,
                    timeout=max(deadline - time.monotonic(), 0.001),
                ))
                return self._response(completion, request.max_tokens)
            except openai.RateLimitError as error:
                wait = _retry_after(error.response.headers) or _backoff(attempt)
                failure: ModelError = ModelUnavailable(f"{self._endpoint} keeps answering 429 (rate limited)")
            except openai.InternalServerError as error:
                wait = _backoff(attempt)
                failure = ModelUnavailable(
                    f"{self._endpoint} failed with HTTP {error.status_code}: {self._scrub(_server_message(error))}"
                )
            except (openai.APITimeoutError, asyncio.TimeoutError):
                raise ModelTimeout(
                    f"the model did not answer within {round(limit, 1):g} s ({which}); endpoint {self._endpoint}"
                ) from None
            except openai.APIConnectionError:
                wait = _backoff(attempt)
                failure = ModelUnavailable(f"cannot reach {self._endpoint} (setting 'base_url')")
            except openai.APIStatusError as error:
                raise self._status_error(error, request.model) from None
            except (openai.APIResponseValidationError, ValueError) as error:
                raise MalformedResponse(f"{self._endpoint} sent a body that is not a chat completion: {type(error).__name__}") from None
            if attempt >= self.settings.retries or time.monotonic() + wait >= deadline:
                raise failure
            await asyncio.sleep(wait)
            attempt += 1

    async def list_models(self) -> list[dict[str, Any]]:
        """The endpoint's /models entries as sent (fetched once per door); [] if it has none."""
        if self._models is None:
            limit, which = self._limit()
            limit = min(limit, 10.0)
            try:
                page = await _by(time.monotonic() + limit, self._client.models.list(timeout=max(limit, 0.001)))
                self._models = [m.model_dump() for m in page.data]
            except openai.APIStatusError:
                self._models = []
            except (openai.APITimeoutError, asyncio.TimeoutError):
                raise ModelTimeout(f"{self._endpoint} did not list its models within {round(limit, 1):g} s ({which})") from None
            except openai.APIConnectionError:
                raise ModelUnavailable(f"cannot reach {self._endpoint} (setting 'base_url')") from None
        return self._models

    async def close(self) -> None:
        await self._client.close()

    def _limit(self) -> tuple[float, str]:
        """Seconds a call may take from now, and which limit that is, in words."""
        if self.deadline is not None and self.deadline - time.monotonic() < self.settings.timeout:
            return max(self.deadline - time.monotonic(), 0.0), "the time left in the run's budget"
        return self.settings.timeout, "setting 'timeout'"

    def _response(self, completion: ChatCompletion, max_tokens: int) -> ModelResponse:
        if not completion.choices:
            raise EmptyOutput(f"{self._endpoint} answered with no choices")
        outputs: list[ModelOutput] = []
        dropped: list[ModelError] = []
        for choice in completion.choices:
            message = choice.message
            tool_input = next((c.custom.input for c in message.tool_calls or () if c.type == "custom"), None)
            if message.refusal:
                dropped.append(RefusedOutput(f"the model refused: {message.refusal}"))
            elif choice.finish_reason == "length":
                dropped.append(TruncatedOutput(f"the answer was cut at max_tokens ({max_tokens}); raise 'max_tokens'"))
            elif tool_input is not None:
                outputs.append(ModelOutput(tool_input, choice.finish_reason, from_tool=True))
            elif message.content:
                outputs.append(ModelOutput(message.content, choice.finish_reason))
            else:
                dropped.append(EmptyOutput("the answer was empty"))
        if not outputs:
            raise dropped[0]
        usage = completion.usage
        return ModelResponse(
            outputs=tuple(outputs),
            usage=Usage(usage.prompt_tokens, usage.completion_tokens) if usage else None,
            dropped=tuple(str(e) for e in dropped),
        )

    def _status_error(self, error: openai.APIStatusError, model: str) -> ModelError:
        if error.status_code == 401:
            # The server's own message may quote part of the key: never pass it on.
            if self._key is None:
                return ModelAuthError(
                    f"{self._endpoint} wants an API key, and the environment variable "
                    f"{self.settings.api_key_env} is not set (setting 'api_key_env')"
                )
            return ModelAuthError(
                f"{self._endpoint} refused the API key from the environment variable "
                f"{self.settings.api_key_env} (HTTP 401); check that variable (setting 'api_key_env')"
            )
        if error.status_code == 404:
            return UnknownModel(f"{self._endpoint} does not know the model {model!r} (setting 'model'): {self._scrub(_server_message(error))}")
        return ModelError(f"{self._endpoint} refused the request with HTTP {error.status_code}: {self._scrub(_server_message(error))}")

    def _scrub(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text


async def _by(deadline: float, call: Awaitable[T]) -> T:
    """`call`'s result, or asyncio.TimeoutError at `deadline` (time.monotonic()), whatever the
    connection does meanwhile; the request is then cancelled, which closes its connection."""
    return await asyncio.wait_for(call, max(deadline - time.monotonic(), 0.0))


def _server_message(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        if isinstance(inner, Mapping) and isinstance(inner.get("message"), str):
            return inner["message"]
        if isinstance(body.get("message"), str):
            return body["message"]
    return error.message


def _backoff(attempt: int) -> float:
    return min(_BACKOFF_FIRST * 2**attempt, _BACKOFF_MAX)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks us to wait: retry-after-ms, retry-after seconds or date."""
    try:
        if "retry-after-ms" in headers:
            return max(float(headers["retry-after-ms"]) / 1000, 0.0)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(float(value), 0.0)
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(when.timestamp() - time.time(), 0.0)
    except (ValueError, TypeError):
        return None
