"""The gate between the model and the user: ask for `n` samples, take the code out
of each, keep only those that are the target function and add no syntax problem
to the file, and ask once more, with the reasons, when none passes.

A rejected candidate is never returned; its reason is.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from dataclasses import dataclass

from ..config import ModelSettings
from ..document import SourceDocument
from ..edits import Edit, minimal_edits
from ..positions import decode, encode
from ..syntax import Problem, find_problems
from .errors import ModelError
from .constraints import Dialect, UnusableOutput, extract_code, request_fields, resolve_dialect
from .exchange import ChatMessage, ModelDoor, ModelOutput, ModelRequest, ModelResponse, Usage
from .function_text import FunctionText, locate_function
from .prompts import Prompt, feedback_message, rewrite_prompt, syntax_fix_prompt

MAX_REASONS_SHOWN = 3


@dataclass(frozen=True)
class GateResult:
    ok: bool
    new_text: str  # the whole file with the candidate in place
    reason: str  # why it was rejected; "" when ok


@dataclass(frozen=True)
class Candidate:
    code: str  # the new function text as it sits in the file
    new_text: str  # the whole file with it in place
    edits: tuple[Edit, ...]  # the minimal edits turning the file into new_text (byte offsets)


@dataclass(frozen=True)
class Proposal:
    candidates: tuple[Candidate, ...]
    rejections: tuple[str, ...]
    model_calls: int
    usage: Usage | None
    warning: str | None = None  # the prompt left context out

    @property
    def failure(self) -> str | None:
        """What to tell the user when nothing can be offered."""
        if self.candidates:
            return None
        reasons = list(dict.fromkeys(self.rejections))
        shown = "; ".join(reasons[:MAX_REASONS_SHOWN]) or "the model gave no answer"
        more = f" (and {len(reasons) - MAX_REASONS_SHOWN} more)" if len(reasons) > MAX_REASONS_SHOWN else ""
        return f"no valid fix found: {shown}{more}"


def syntax_gate(file_text: str, target_start: int, target_end: int, candidate: str) -> GateResult:
    """Put `candidate` in place of bytes [target_start, target_end) and parse the whole
    file: rejected if any problem lies in the candidate, or outside it where the file
    without the candidate has none.

    "Without the candidate" is the file with a trivial function in the target's
    place, not the original: a broken target hides problems after it (the
    compiler stops at its first error), and they are not the candidate's doing.
    """
    data = encode(file_text)
    new_code = encode(candidate)
    new_data = data[:target_start] + new_code + data[target_end:]
    new_text = decode(new_data)
    new_end = target_start + len(new_code)
    stub = encode(_stub(data, target_start))
    shift = len(new_code) - len(stub)
    without = data[:target_start] + stub + data[target_end:]
    before = Counter(
        (p.message, p.start + shift if p.start >= target_start + len(stub) else p.start)
        for p in find_problems(SourceDocument(without))
    )
    new_doc = SourceDocument(new_data)
    for problem in find_problems(new_doc):
        line = new_doc.index.line_of(problem.start) + 1
        if target_start <= problem.start <= new_end:
            first_line = new_doc.index.line_of(target_start)
            return GateResult(False, new_text, f"line {line - first_line} of the function: {problem.message}")
        key = (problem.message, problem.start)
        if before[key] == 0:
            return GateResult(False, new_text, f"it breaks line {line} of the file, outside the function: {problem.message}")
        before[key] -= 1
    return GateResult(True, new_text, "")


def _stub(data: bytes, start: int) -> str:
    """A function that parses wherever the target stood, indented like it."""
    indent = decode(data[data.rfind(b"\n", 0, start) + 1 : start])
    step = "\t" if "\t" in indent else "    "
    return f"def _():\n{indent}{step}pass"


async def propose_fix(
    door: ModelDoor, settings: ModelSettings, file_text: str, target_start: int, target_end: int, problem: Problem
) -> Proposal:
    """Candidates fixing `problem` in the function in bytes [target_start, target_end).
    Model errors (ModelError) propagate."""
    target = locate_function(file_text, target_start, target_end)
    return await propose(door, settings, file_text, target, syntax_fix_prompt(file_text, target, problem))


async def propose_rewrite(
    door: ModelDoor, settings: ModelSettings, file_text: str, target_start: int, target_end: int, instruction: str
) -> Proposal:
    target = locate_function(file_text, target_start, target_end)
    return await propose(door, settings, file_text, target, rewrite_prompt(file_text, target, instruction))


async def propose(
    door: ModelDoor,
    settings: ModelSettings,
    file_text: str,
    target: FunctionText,
    prompt: Prompt,
    seed: int | None = None,
    retry: bool = True,
) -> Proposal:
    """Ask for `settings.n` samples, gate each, and (if `retry`) ask once more with the
    reasons if none passes."""
    if not settings.model:
        raise ValueError("propose needs settings.model")
    dialect = await resolve_dialect(settings, door)
    constraint = request_fields(dialect, target.spec)

    async def ask(messages: tuple[ChatMessage, ...]) -> _Round:
        request = ModelRequest(settings.model or "", messages, settings.temperature, settings.max_tokens, settings.n, seed, constraint)
        response = await door.complete(request)
        # Parsing whole files is CPU work: keep the caller's event loop free meanwhile.
        checked = await asyncio.to_thread(lambda: [_check(dialect, o, file_text, target) for o in response.outputs])
        candidates = {c.new_text: c for c in checked if isinstance(c, Candidate)}
        rejected = tuple(c for c in checked if isinstance(c, _Rejection))
        return _Round(tuple(candidates.values()), rejected, response)

    rounds = [await ask(prompt.messages)]
    retry_error: tuple[str, ...] = ()
    if retry and not rounds[0].candidates and rounds[0].rejected:
        first = rounds[0].rejected[0]
        try:
            rounds.append(await ask((*prompt.messages, ChatMessage("assistant", first.code), feedback_message(first.reason, target))))
        except ModelError as error:
            # The first round's reasons say more than "the answer was empty" alone.
            retry_error = (f"on retry: {error}",)
    rejections = tuple(reason for r in rounds for reason in (*r.response.dropped, *(x.reason for x in r.rejected))) + retry_error
    usages = [r.response.usage for r in rounds if r.response.usage]
    usage = Usage(sum(u.prompt_tokens for u in usages), sum(u.completion_tokens for u in usages)) if usages else None
    calls = len(rounds) + len(retry_error)
    return Proposal(rounds[-1].candidates, rejections, calls, usage, prompt.warning)


@dataclass(frozen=True)
class _Rejection:
    code: str
    reason: str


@dataclass(frozen=True)
class _Round:
    candidates: tuple[Candidate, ...]
    rejected: tuple[_Rejection, ...]
    response: ModelResponse


def _check(dialect: Dialect, output: ModelOutput, file_text: str, target: FunctionText) -> Candidate | _Rejection:
    try:
        code = extract_code(dialect, output)
    except UnusableOutput as error:
        return _Rejection(output.text, str(error))
    if not re.fullmatch(target.spec.regex(), code):
        return _Rejection(
            code,
            f"the answer is not just the function `{target.spec.name}`: it must start with "
            f"`{target.spec.header}`, with the body indented under it and nothing around it",
        )
    placed = target.in_place(code)
    result = syntax_gate(file_text, target.start, target.end, placed)
    if not result.ok:
        return _Rejection(code, result.reason)
    old = decode(encode(file_text)[target.start : target.end])
    return Candidate(placed, result.new_text, tuple(minimal_edits(old, placed, base=target.start)))
