"""One edit format per dialect: what is sent, that real grammar engines compile it
and hold a model to it, and how code is taken out of each kind of answer."""

from __future__ import annotations

import ctypes
import json
from typing import Any

import llguidance
import pytest
from llguidance.gbnf_to_lark import gbnf_to_lark

from greenfix.analysis.model.client import OpenAIDoor
from greenfix.analysis.model.constraints import (
    Dialect,
    FunctionSpec,
    UnusableOutput,
    dialect_for,
    extract_code,
    request_fields,
    resolve_dialect,
)
from greenfix.analysis.model.exchange import ModelOutput
from tests.model.conftest import settings_for, simple_request
from tests.support.llama_server import gguf_path, require_real_model
from tests.support.openai_server import Reply, ScriptedOpenAIServer

SPEC = FunctionSpec("mean")
ASYNC_SPEC = FunctionSpec("fetch", is_async=True)
CONSTRAINT_KEYS = {"grammar", "ebnf", "structured_outputs", "tools", "tool_choice", "response_format"}


async def sent_body(server: ScriptedOpenAIServer, dialect: Dialect) -> dict[str, Any]:
    server.add(Reply.text("def mean(xs):\n    return 0"))
    await OpenAIDoor(settings_for(server), {}).complete(simple_request(constraint=request_fields(dialect, SPEC)))
    return server.chat_requests[-1].body


async def test_gbnf_goes_to_llama_cpp_as_grammar(server: ScriptedOpenAIServer) -> None:
    body = await sent_body(server, "gbnf")
    assert body["grammar"] == SPEC.gbnf()
    assert body["grammar"].startswith('root ::= "def mean("')
    assert CONSTRAINT_KEYS & body.keys() == {"grammar"}


async def test_ebnf_goes_to_sglang_as_ebnf(server: ScriptedOpenAIServer) -> None:
    body = await sent_body(server, "ebnf")
    assert body["ebnf"] == SPEC.gbnf()
    assert CONSTRAINT_KEYS & body.keys() == {"ebnf"}


async def test_lark_goes_to_vllm_as_structured_outputs_grammar(server: ScriptedOpenAIServer) -> None:
    body = await sent_body(server, "lark")
    assert body["structured_outputs"] == {"grammar": SPEC.lark()}
    assert CONSTRAINT_KEYS & body.keys() == {"structured_outputs"}


async def test_lark_tool_is_an_openai_custom_tool_the_model_must_call(server: ScriptedOpenAIServer) -> None:
    body = await sent_body(server, "lark_tool")
    (tool,) = body["tools"]
    assert tool["type"] == "custom"
    assert tool["custom"]["name"] == "replace_function"
    assert tool["custom"]["format"] == {"type": "grammar", "grammar": {"syntax": "lark", "definition": SPEC.lark()}}
    assert body["tool_choice"] == {"type": "custom", "custom": {"name": "replace_function"}}


async def test_json_schema_is_a_strict_response_format_with_a_code_field(server: ScriptedOpenAIServer) -> None:
    body = await sent_body(server, "json_schema")
    response_format = body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    schema = response_format["json_schema"]["schema"]
    assert schema["required"] == ["code"] and schema["additionalProperties"] is False
    assert schema["properties"]["code"]["type"] == "string"
    assert CONSTRAINT_KEYS & body.keys() == {"response_format"}


async def test_none_sends_no_constraint(server: ScriptedOpenAIServer) -> None:
    body = await sent_body(server, "none")
    assert not CONSTRAINT_KEYS & body.keys()


class _ByteTokenizer:
    """One token per byte, plus end-of-sequence: lets a grammar judge whole texts."""

    def __init__(self) -> None:
        self.tokens = [bytes([i]) for i in range(256)] + [b"<eos>"]
        self.eos_token_id = 256
        self.bos_token_id = None
        self.special_token_ids = [256]

    def __call__(self, text: str | bytes) -> list[int]:
        return list(text if isinstance(text, bytes) else text.encode("utf-8"))


TOKENIZER = llguidance.LLTokenizer(llguidance.TokenizerWrapper(_ByteTokenizer()))


def compiled(kind: str, spec: FunctionSpec) -> str:
    """The spec's grammar in llguidance's form, compiled without error."""
    if kind == "lark":
        grammar = llguidance.LLMatcher.grammar_from_lark(spec.lark())
    elif kind == "gbnf":  # llguidance's own GBNF reader
        grammar = llguidance.LLMatcher.grammar_from_lark(gbnf_to_lark(spec.gbnf()))
    else:
        grammar = llguidance.LLMatcher.grammar_from_json_schema(spec.json_schema())
    is_error, messages = llguidance.LLMatcher.validate_grammar_with_warnings(grammar, TOKENIZER)
    assert not is_error, messages
    return grammar


def accepts(grammar: str, text: str) -> bool:
    matcher = llguidance.LLMatcher(TOKENIZER, grammar, log_level=0)
    return matcher.consume_tokens(TOKENIZER.tokenize_str(text)) and not matcher.is_error() and matcher.is_accepting()


VALID = [
    (SPEC, "def mean(xs):\n    return sum(xs) / len(xs)"),
    (SPEC, "def mean(xs: list[float]) -> float:\n    total = sum(xs)\n\n    return total / len(xs)\n"),
    (SPEC, "def mean(\n    xs,\n):\n\tif not xs:\n\t\treturn 0\n\treturn sum(xs) / len(xs)\n\n"),
    (ASYNC_SPEC, "async def fetch(url):\n    return await get(url)"),
]
INVALID = [
    (SPEC, "Here is the fixed function:\ndef mean(xs):\n    return sum(xs) / len(xs)"),
    (SPEC, "def average(xs):\n    return sum(xs) / len(xs)"),
    (SPEC, "def mean(xs):\n    return sum(xs) / len(xs)\nprint(mean([1]))"),
    (SPEC, "def mean(xs):\n"),
    (SPEC, "```python\ndef mean(xs):\n    return 0\n```"),
    (ASYNC_SPEC, "def fetch(url):\n    return get(url)"),
]


@pytest.mark.parametrize("kind", ["lark", "gbnf", "json_schema"])
def test_every_rendered_grammar_compiles_and_holds_the_format(kind: str) -> None:
    for spec, text in VALID:
        as_sent = json.dumps({"code": text}) if kind == "json_schema" else text
        assert accepts(compiled(kind, spec), as_sent), text
    for spec, text in INVALID:
        as_sent = json.dumps({"code": text}) if kind == "json_schema" else text
        assert not accepts(compiled(kind, spec), as_sent), text


def llama_cpp_accepts(model: Any, gbnf: str, text: str) -> bool:
    """Whether llama.cpp's grammar sampler lets the model write `text`, then stop.
    llama.cpp parses a grammar only when a sampler is built from it on a vocabulary
    (`LlamaGrammar.from_string` just keeps the text), so this builds one."""
    import llama_cpp

    sampler = llama_cpp.llama_sampler_init_grammar(model.vocab, gbnf.encode("utf-8"), b"root")
    assert sampler, "llama.cpp could not parse the grammar"  # a NULL pointer is falsy
    try:
        for token in [*model.tokenize(text.encode("utf-8"), add_bos=False, special=False), model.token_eos()]:
            # A one-token candidate list: the sampler sets its logit to -inf if the grammar forbids it.
            candidates = (llama_cpp.llama_token_data * 1)(llama_cpp.llama_token_data(token, 0.0, 0.0))
            array = llama_cpp.llama_token_data_array(candidates, 1, -1, False)
            llama_cpp.llama_sampler_apply(sampler, ctypes.byref(array))
            if candidates[0].logit == float("-inf"):
                return False
            if token != model.token_eos():
                llama_cpp.llama_sampler_accept(sampler, token)
        return True
    finally:
        llama_cpp.llama_sampler_free(sampler)


def test_gbnf_compiles_in_llama_cpp_and_holds_the_format() -> None:
    require_real_model()
    import llama_cpp
    from llama_cpp._internals import LlamaModel

    params = llama_cpp.llama_model_default_params()
    params.vocab_only = True
    model = LlamaModel(path_model=str(gguf_path()), params=params, verbose=False)
    try:
        broken = 'root ::= "def mean(" [^\\n'
        assert not llama_cpp.llama_sampler_init_grammar(model.vocab, broken.encode("utf-8"), b"root")
        for spec, text in VALID:
            assert llama_cpp_accepts(model, spec.gbnf(), text), text
        for spec, text in INVALID:
            assert not llama_cpp_accepts(model, spec.gbnf(), text), text
    finally:
        model.close()


@pytest.mark.parametrize(
    ("dialect", "output", "code"),
    [
        ("json_schema", ModelOutput('{"code": "def mean(xs):\\n    return 0\\n"}', "stop"), "def mean(xs):\n    return 0"),
        ("lark_tool", ModelOutput("def mean(xs):\n    return 0", "tool_calls", from_tool=True), "def mean(xs):\n    return 0"),
        ("none", ModelOutput("Sure:\n```python\ndef mean(xs):\n    return 0\n```\nDone.", "stop"), "def mean(xs):\n    return 0"),
        ("none", ModelOutput("def mean(xs):\n    return 0\n\n", "stop"), "def mean(xs):\n    return 0"),
        ("gbnf", ModelOutput("def mean(xs):\n    return 0", "stop"), "def mean(xs):\n    return 0"),
    ],
)
def test_code_is_taken_out_of_each_kind_of_answer(dialect: Dialect, output: ModelOutput, code: str) -> None:
    assert extract_code(dialect, output) == code


@pytest.mark.parametrize(
    ("dialect", "output", "reason"),
    [
        ("json_schema", ModelOutput("def mean(xs):\n    return 0", "stop"), "not the JSON object"),
        ("json_schema", ModelOutput('{"text": "def mean(xs): pass"}', "stop"), "no string field 'code'"),
        ("lark_tool", ModelOutput("I would change the return value.", "stop"), "instead of calling the tool"),
        ("none", ModelOutput("```python\n\n```", "stop"), "holds no code"),
    ],
)
def test_answers_without_code_in_the_asked_form_are_unusable(dialect: Dialect, output: ModelOutput, reason: str) -> None:
    with pytest.raises(UnusableOutput, match=reason):
        extract_code(dialect, output)


@pytest.mark.parametrize(
    ("owned_by", "dialect"),
    [("vllm", "lark"), ("sglang", "ebnf"), ("llamacpp", "gbnf"), ("me", "gbnf"), ("library", "json_schema"), ("someone", "none")],
)
def test_auto_reads_the_server_from_its_models_listing(owned_by: str, dialect: Dialect) -> None:
    models = [{"id": "other", "owned_by": "vllm"}, {"id": "m", "owned_by": owned_by}]
    assert dialect_for("auto", "http://127.0.0.1:8000/v1", "m", models) == dialect


def test_openai_endpoint_and_explicit_choices() -> None:
    assert dialect_for("auto", None, "gpt-5-mini", []) == "lark_tool"
    assert dialect_for("auto", "https://api.openai.com/v1", "gpt-4o", []) == "json_schema"
    assert dialect_for("lark", None, "gpt-5", []) == "lark_tool"
    assert dialect_for("lark", "http://127.0.0.1:8000/v1", "m", []) == "lark"
    assert dialect_for("gbnf", None, "gpt-5", []) == "gbnf"


async def test_auto_probes_the_endpoint_once_and_remembers() -> None:
    with ScriptedOpenAIServer(models=[{"id": "scripted-model", "object": "model", "owned_by": "llamacpp"}]) as server:
        settings = settings_for(server, constraint="auto")
        door = OpenAIDoor(settings, {})
        assert await resolve_dialect(settings, door) == "gbnf"
        assert await resolve_dialect(settings, door) == "gbnf"
        assert [r.path for r in server.requests] == ["/v1/models"]
