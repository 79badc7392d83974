"""The syntax gate, and proposals through the real client and the scripted server:
only candidates that parse are ever returned; rejections carry their reasons."""

from __future__ import annotations

import pytest

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.edits import apply_edits
from greenfix.analysis.model.client import ModelAuthError, OpenAIDoor
from greenfix.analysis.model.gate import propose, propose_fix, propose_rewrite, syntax_gate
from greenfix.analysis.model.function_text import locate_function
from greenfix.analysis.model.prompts import rewrite_prompt
from greenfix.analysis.syntax import find_problems
from tests.model.conftest import settings_for
from tests.support.openai_server import Reply, ScriptedOpenAIServer

BROKEN = """import math


def area(r):
    return math.pi * r ** 2


def ratio(a, b:
    if b == 0:
        return 0
    return a / b


def total(xs):
    return sum(xs)
"""
FIXED_RATIO = "def ratio(a, b):\n    if b == 0:\n        return 0\n    return a / b"
START = BROKEN.index("def ratio")
END = BROKEN.index("return a / b") + len("return a / b")
PROBLEM = next(p for p in find_problems(SourceDocument(BROKEN)) if START <= p.start < END)


def test_gate_accepts_a_candidate_that_parses() -> None:
    result = syntax_gate(BROKEN, START, END, FIXED_RATIO)
    assert result.ok and result.reason == ""
    assert result.new_text == BROKEN.replace("def ratio(a, b:", "def ratio(a, b):")


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        ("Here is the fixed function: it adds the missing parenthesis.", "line 1 of the function"),
        ("def ratio(a, b):\n    if b == 0\n        return 0\n    return a / b", "line 2 of the function"),
        (BROKEN[START:END], "line 1 of the function"),  # the unfixed original
    ],
)
def test_gate_rejects_prose_and_broken_code(candidate: str, reason: str) -> None:
    result = syntax_gate(BROKEN, START, END, candidate)
    assert not result.ok
    assert reason in result.reason


def test_gate_tolerates_problems_that_were_already_outside_the_target() -> None:
    text = BROKEN + "\n\ndef other(:\n    pass\n"
    assert syntax_gate(text, START, END, FIXED_RATIO).ok


def test_gate_rejects_a_candidate_that_breaks_the_code_after_it() -> None:
    # A trailing block opener takes the next function as its body, which isn't indented.
    result = syntax_gate(BROKEN, START, END, "def ratio(a, b):\n    return a / b\nclass Extra:")
    assert not result.ok
    assert "outside the function: expected an indented block" in result.reason


async def test_prose_is_rejected_then_the_retry_with_its_reason_succeeds(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("You forgot a parenthesis."), Reply.text(FIXED_RATIO))
    settings = settings_for(server, constraint="none")
    proposal = await propose_fix(OpenAIDoor(settings, {}), settings, BROKEN, START, END, PROBLEM)
    assert [c.new_text for c in proposal.candidates] == [BROKEN.replace("def ratio(a, b:", "def ratio(a, b):")]
    assert proposal.model_calls == 2 and proposal.failure is None
    retry = server.chat_requests[1].body["messages"]
    assert retry[-2] == {"role": "assistant", "content": "You forgot a parenthesis."}
    assert "rejected: the answer is not just the function `ratio`" in retry[-1]["content"]
    (candidate,) = proposal.candidates
    assert apply_edits(BROKEN.encode(), candidate.edits).decode() == candidate.new_text
    assert [e.new_text for e in candidate.edits] == [")"]  # the minimal edit, not the whole function


async def test_only_valid_samples_are_offered(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("I think it's fine.", "def ratio(a, b:\n    return a / b", FIXED_RATIO))
    settings = settings_for(server, constraint="none", n=3)
    proposal = await propose_fix(OpenAIDoor(settings, {}), settings, BROKEN, START, END, PROBLEM)
    assert [c.code for c in proposal.candidates] == [FIXED_RATIO]
    assert len(proposal.rejections) == 2 and proposal.model_calls == 1


async def test_nothing_valid_twice_means_no_candidate_and_a_reason(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("def ratio(a, b:\n    return a / b"), Reply.text("def ratio(a, b:\n    return b / a"))
    settings = settings_for(server, constraint="none")
    proposal = await propose_fix(OpenAIDoor(settings, {}), settings, BROKEN, START, END, PROBLEM)
    assert proposal.candidates == ()
    assert proposal.failure is not None
    assert proposal.failure.startswith("no valid fix found: line 1 of the function:")
    assert len(server.chat_requests) == 2  # one retry, no more


async def test_json_schema_answers_are_unpacked_and_gated(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.json_code(FIXED_RATIO))
    settings = settings_for(server, constraint="json_schema")
    proposal = await propose_fix(OpenAIDoor(settings, {}), settings, BROKEN, START, END, PROBLEM)
    assert [c.code for c in proposal.candidates] == [FIXED_RATIO]
    assert server.chat_requests[0].body["response_format"]["json_schema"]["strict"] is True


METHODS = """class Stack:
    def __init__(self):
        self.items = []

    @property
    def top(self):
        return self.items[0]

    def size(self):
        return len(self.items)
"""


async def test_a_method_is_rewritten_in_place_keeping_decorator_and_indentation(server: ScriptedOpenAIServer) -> None:
    start = METHODS.index("    @property") + 4
    end = METHODS.index("self.items[0]") + len("self.items[0]")
    server.add(Reply.text("def top(self):\n    return self.items[-1]"))
    settings = settings_for(server, constraint="none")
    proposal = await propose_rewrite(OpenAIDoor(settings, {}), settings, METHODS, start, end, "return the last item")
    (candidate,) = proposal.candidates
    assert candidate.new_text == METHODS.replace("self.items[0]", "self.items[-1]")
    assert [(e.new_text) for e in candidate.edits] == ["-1"]
    sent = server.chat_requests[0].body["messages"][-1]["content"]
    assert "Instruction: return the last item" in sent
    assert "def top(self):\n    return self.items[0]" in sent  # shown at column 0, without its decorator


async def test_model_errors_reach_the_caller(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.error(401, "bad key"))
    settings = settings_for(server, constraint="none")
    target = locate_function(BROKEN, START, END)
    with pytest.raises(ModelAuthError):
        await propose(OpenAIDoor(settings, {}), settings, BROKEN, target, rewrite_prompt(BROKEN, target, "simplify"))


async def test_a_retry_that_fails_keeps_the_first_round_s_reasons(server: ScriptedOpenAIServer) -> None:
    server.add(Reply.text("Add a colon after the parameters."), Reply.text(""))
    file_text = "def area(w, h)\n    return w * h\n"
    problem = find_problems(SourceDocument(file_text))[0]
    door = OpenAIDoor(settings_for(server, constraint="none", retries=0), {})
    proposal = await propose_fix(door, settings_for(server, constraint="none", retries=0), file_text, 0, len(file_text.encode()), problem)
    assert proposal.candidates == ()
    assert proposal.model_calls == 2
    failure = proposal.failure or ""
    assert "no valid fix found" in failure and "empty" in failure
    assert proposal.rejections == (
        "the answer is not just the function `area`: it must start with `def area(`, with the body indented under it and nothing around it",
        "on retry: the answer was empty",
    )
