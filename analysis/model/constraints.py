"""One edit format, rendered in the dialect each kind of endpoint understands.

The format: the replacement for one target function, written at column 0. It
begins with the function's exact header (`def name(` or `async def name(`), every
later line is blank, indented under it, or closes a multi-line header at column 0
(`) -> int:`, as black writes it), at least one indented line holds code, and
nothing follows it. The pieces below are that rule once; each dialect spells it:

- gbnf: llama.cpp server, `extra_body={"grammar": ...}`
- ebnf: SGLang, `extra_body={"ebnf": ...}` (the same GBNF text; xgrammar reads it)
- lark: vLLM, `extra_body={"structured_outputs": {"grammar": ...}}` (guidance backend)
- lark_tool: OpenAI custom tools (GPT-5), a grammar-formatted tool the model must call
- json_schema: `response_format` json_schema, strict, the code in the string field "code"
- none: no constraint; a fenced code block is taken out of the answer

Servers may silently ignore a constraint they don't know, so every answer goes
through the syntax gate whatever the dialect.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal, Mapping
from urllib.parse import urlparse

from ..config import Constraint, ModelSettings
from .exchange import ModelDoor, ModelOutput

Dialect = Literal["gbnf", "ebnf", "lark", "lark_tool", "json_schema", "none"]

TOOL_NAME = "replace_function"
CODE_FIELD = "code"

# `auto`: which dialect a server speaks, by the `owned_by` its /models entries carry.
_OWNER_DIALECTS: dict[str, Dialect] = {
    "vllm": "lark",
    "sglang": "ebnf",
    "llamacpp": "gbnf",  # llama.cpp's own server
    "me": "gbnf",  # llama-cpp-python's server
    "library": "json_schema",  # Ollama
    "organization_owner": "json_schema",  # LM Studio
}
_FENCE = re.compile(r"```[ \t]*(?:python|py|python3)?[ \t]*\n(.*?)(?:\n[ \t]*```|\Z)", re.DOTALL)


class UnusableOutput(ValueError):
    """An answer that carries no code in the form asked for."""


@dataclass(frozen=True)
class FunctionSpec:
    """The target function the answer must replace."""

    name: str
    is_async: bool = False

    @property
    def header(self) -> str:
        return f"{'async ' if self.is_async else ''}def {self.name}("

    def regex(self) -> str:
        """The whole format as one regular expression (Rust and ECMAScript syntax).
        The header holds no other regex metacharacter: names are identifiers."""
        line = r"(\n([ \t]+[^\n]*|\)[^\n]*)?)"
        code_line = r"\n[ \t]+[^ \t\n][^\n]*"
        return self.header.replace("(", r"\(") + r"[^\n]*" + line + "*" + code_line + line + "*"

    def gbnf(self) -> str:
        return "\n".join(
            [
                f"root ::= {json.dumps(self.header)} [^\\n]* line* code line*",
                'line ::= "\\n" ([ \\t]+ [^\\n]* | ")" [^\\n]*)?',
                'code ::= "\\n" [ \\t]+ [^ \\t\\n] [^\\n]*',
                "",
            ]
        )

    def lark(self) -> str:
        # One terminal: Lark lexers are greedy, and overlapping line terminals
        # would make the lexer, not the rule, decide where a line ends.
        return f"start: FUNCTION\nFUNCTION: /{self.regex()}/\n"

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {CODE_FIELD: {"type": "string", "pattern": f"^{self.regex()}$"}},
            "required": [CODE_FIELD],
            "additionalProperties": False,
        }


def request_fields(dialect: Dialect, spec: FunctionSpec) -> dict[str, Any]:
    """Exactly the keyword arguments of `chat.completions.create` that carry the constraint."""
    if dialect == "gbnf":
        return {"extra_body": {"grammar": spec.gbnf()}}
    if dialect == "ebnf":
        return {"extra_body": {"ebnf": spec.gbnf()}}
    if dialect == "lark":
        return {"extra_body": {"structured_outputs": {"grammar": spec.lark()}}}
    if dialect == "lark_tool":
        tool = {
            "name": TOOL_NAME,
            "description": f"Receives the complete new text of the function {spec.name}.",
            "format": {"type": "grammar", "grammar": {"syntax": "lark", "definition": spec.lark()}},
        }
        return {"tools": [{"type": "custom", "custom": tool}], "tool_choice": {"type": "custom", "custom": {"name": TOOL_NAME}}}
    if dialect == "json_schema":
        schema = {"name": TOOL_NAME, "strict": True, "schema": spec.json_schema()}
        return {"response_format": {"type": "json_schema", "json_schema": schema}}
    return {}


def extract_code(dialect: Dialect, output: ModelOutput) -> str:
    """The function text in one sample, per dialect. Raises UnusableOutput."""
    text = output.text
    if dialect == "json_schema":
        try:
            data = json.loads(text)
        except ValueError:
            raise UnusableOutput("the answer is not the JSON object asked for") from None
        if not isinstance(data, dict) or not isinstance(data.get(CODE_FIELD), str):
            raise UnusableOutput(f"the answer's JSON has no string field {CODE_FIELD!r}")
        text = data[CODE_FIELD]
    elif dialect == "lark_tool" and not output.from_tool:
        raise UnusableOutput(f"the model answered in prose instead of calling the tool {TOOL_NAME!r}")
    fenced = _FENCE.search(text)
    code = fenced.group(1) if fenced else text
    code = code.strip("\n").rstrip()
    if not code.strip():
        raise UnusableOutput("the answer holds no code")
    return code


async def resolve_dialect(settings: ModelSettings, door: ModelDoor) -> Dialect:
    """The dialect to send. `auto` asks the endpoint's /models once (the door keeps it)."""
    if settings.constraint == "auto" and not _is_openai(settings.base_url):
        return dialect_for(settings.constraint, settings.base_url, settings.model or "", await door.list_models())
    return dialect_for(settings.constraint, settings.base_url, settings.model or "", [])


def dialect_for(constraint: Constraint, base_url: str | None, model: str, models: list[Mapping[str, Any]]) -> Dialect:
    """The heuristic behind `auto`, documented here because users will ask:

    - OpenAI's own endpoint: custom tools with a Lark grammar for GPT-5 models,
      strict JSON schema for the others;
    - elsewhere, the `owned_by` of the configured model's /models entry (else of
      the first entry) names the server: vllm -> lark, sglang -> ebnf,
      llamacpp / me (llama-cpp-python) -> gbnf, library (Ollama) and
      organization_owner (LM Studio) -> json_schema;
    - an unknown server gets none: it costs nothing to send, and the gate still
      stands between the answer and the user.
    An explicit `lark` means custom tools on OpenAI's endpoint, vLLM elsewhere.
    """
    if constraint == "lark":
        return "lark_tool" if _is_openai(base_url) else "lark"
    if constraint != "auto":
        return constraint
    if _is_openai(base_url):
        return "lark_tool" if model.startswith("gpt-5") else "json_schema"
    entry = next((m for m in models if m.get("id") == model), models[0] if models else {})
    return _OWNER_DIALECTS.get(str(entry.get("owned_by", "")), "none")


def _is_openai(base_url: str | None) -> bool:
    return base_url is None or (urlparse(base_url).hostname or "").endswith("api.openai.com")
