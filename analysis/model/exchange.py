"""The plain data of one model exchange (what is asked, what comes back) and the
shape of whatever answers it.

Both sides convert to and from JSON-ready dicts, which is what record/replay stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system", "user" or "assistant"
    content: str


@dataclass(frozen=True)
class ModelRequest:
    model: str
    messages: tuple[ChatMessage, ...]
    temperature: float
    max_tokens: int
    n: int = 1
    seed: int | None = None
    # Keyword arguments of the constraint dialect (extra_body, response_format, tools...).
    constraint: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Everything that determines the answer; nothing secret, no timeouts."""
        return {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in self.messages],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "n": self.n,
            "seed": self.seed,
            "constraint": dict(self.constraint),
        }


@dataclass(frozen=True)
class ModelOutput:
    """One sample: the text the model produced (message content or a tool's input)."""

    text: str
    finish_reason: str
    from_tool: bool = False


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class ModelResponse:
    outputs: tuple[ModelOutput, ...]
    usage: Usage | None = None
    # Why samples were left out (cut at max_tokens, refused); the rest are usable.
    dropped: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "outputs": [{"text": o.text, "finish_reason": o.finish_reason, "from_tool": o.from_tool} for o in self.outputs],
            "usage": None if self.usage is None else {"prompt_tokens": self.usage.prompt_tokens, "completion_tokens": self.usage.completion_tokens},
            "dropped": list(self.dropped),
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> ModelResponse:
        usage = data.get("usage")
        return ModelResponse(
            outputs=tuple(ModelOutput(o["text"], o["finish_reason"], o["from_tool"]) for o in data["outputs"]),
            usage=None if usage is None else Usage(usage["prompt_tokens"], usage["completion_tokens"]),
            dropped=tuple(data.get("dropped", ())),
        )


class ModelDoor(Protocol):
    """The live endpoint (client.OpenAIDoor) or a recording of it (recording)."""

    async def complete(self, request: ModelRequest) -> ModelResponse: ...

    async def list_models(self) -> list[dict[str, Any]]: ...

    async def close(self) -> None: ...
