"""Chat messages for the model: fix a syntax problem, rewrite by instruction, or
refine with test failures.

The function and the task always go in whole. Context (the file's imports, the
signatures of functions the target calls, found with tree-sitter; for refining,
failures and earlier attempts) is added in order of use until the token budget
(estimated at 4 characters a token) is spent; what doesn't fit is left out and
the prompt says so in `warning`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import tree_sitter

from .. import languages
from ..document import SourceDocument
from ..positions import decode
from ..syntax import Problem
from ..targets import walk
from .exchange import ChatMessage
from .function_text import FunctionText

CHARS_PER_TOKEN = 4
DEFAULT_BUDGET_TOKENS = 3000
_IMPORT_TYPES = frozenset({"import_statement", "import_from_statement", "future_import_statement"})


@dataclass(frozen=True)
class Prompt:
    messages: tuple[ChatMessage, ...]
    warning: str | None = None  # set when context had to be left out

    @property
    def truncated(self) -> bool:
        return self.warning is not None


@dataclass(frozen=True)
class FailingTest:
    """A failing test as the refine loop reports it."""

    test_id: str
    test_source: str
    message: str  # the assertion message
    traceback: str = ""
    locals: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Attempt:
    """An earlier candidate and how it failed."""

    code: str
    failures: tuple[str, ...]


def syntax_fix_prompt(file_text: str, target: FunctionText, problem: Problem, budget_tokens: int = DEFAULT_BUDGET_TOKENS) -> Prompt:
    line_in_function = _line_of(file_text, problem.start) - _line_of(file_text, target.start) + 1
    task = f"The function below has a syntax error on its line {line_in_function}: {problem.message}.\nFix it and change nothing else."
    return _prompt(target, task, _code_context(file_text, target), budget_tokens)


def rewrite_prompt(file_text: str, target: FunctionText, instruction: str, budget_tokens: int = DEFAULT_BUDGET_TOKENS) -> Prompt:
    task = f"Rewrite the function below as instructed.\nInstruction: {instruction}"
    return _prompt(target, task, _code_context(file_text, target), budget_tokens)


def refine_prompt(
    file_text: str,
    target: FunctionText,
    failures: Sequence[FailingTest],
    attempts: Sequence[Attempt] = (),
    budget_tokens: int = DEFAULT_BUDGET_TOKENS,
) -> Prompt:
    """Make the failing tests pass; earlier attempts (newest last) say what not to repeat."""
    task = "The tests below fail. Change the function below so that they pass, without breaking other uses of it."
    sections = [_failure_section(f) for f in failures]
    sections += [_attempt_section(a) for a in reversed(attempts)]
    return _prompt(target, task, [*sections, *_code_context(file_text, target)], budget_tokens)


def system_message(target: FunctionText) -> ChatMessage:
    return ChatMessage(
        "system",
        "You fix Python functions. Answer with the complete new text of the function "
        f"`{target.spec.name}` and nothing else: it starts with `{target.spec.header}`, its body is "
        "indented under it, no explanation, no other code before or after it.",
    )


def feedback_message(reason: str, target: FunctionText) -> ChatMessage:
    """The follow-up after a rejected answer: why, and what is expected instead."""
    return ChatMessage(
        "user",
        f"That answer was rejected: {reason}.\nAnswer again with the whole corrected function "
        f"`{target.spec.name}` only, starting with `{target.spec.header}`.",
    )


def _prompt(target: FunctionText, task: str, context: Sequence[str], budget_tokens: int) -> Prompt:
    function = f"Function:\n```python\n{target.text}\n```"
    left = budget_tokens * CHARS_PER_TOKEN - len(task) - len(function)
    kept: list[str] = []
    dropped = 0
    for section in context:
        if len(section) + 2 <= left:
            kept.append(section)
            left -= len(section) + 2
        else:
            dropped += 1
    warning = None
    if dropped:
        reason = "the function alone exceeds" if left < 0 else "it exceeds"
        warning = f"{dropped} of {len(context)} context sections left out of the prompt: {reason} the budget of {budget_tokens} tokens"
    user = "\n\n".join([task, *kept, function])
    return Prompt((system_message(target), ChatMessage("user", user)), warning)


def _failure_section(failure: FailingTest) -> str:
    parts = [f"Failing test {failure.test_id}:\n```python\n{failure.test_source.rstrip()}\n```", f"Failure: {failure.message}"]
    if failure.traceback:
        parts.append(f"Traceback:\n{failure.traceback.rstrip()}")
    if failure.locals:
        parts.append("Locals: " + ", ".join(f"{k} = {v}" for k, v in failure.locals.items()))
    return "\n".join(parts)


def _attempt_section(attempt: Attempt) -> str:
    failed = "\n".join(f"- {f}" for f in attempt.failures) or "- (no detail)"
    return f"An earlier attempt, which failed:\n```python\n{attempt.code}\n```\nIts failures:\n{failed}"


def _code_context(file_text: str, target: FunctionText) -> list[str]:
    """The file's imports, then signatures of the functions and classes the target calls."""
    doc = SourceDocument(file_text)
    root = doc.tree.root_node
    sections: list[str] = []
    imports = [decode(doc.data[n.start_byte : n.end_byte]) for n in root.children if n.type in _IMPORT_TYPES]
    if imports:
        sections.append("Imports of the file:\n" + "\n".join(imports))
    called = _called_names(root, target.start, target.end)
    signatures = [s for name, s in _definitions(root, doc.data, target.start) if name in called]
    if signatures:
        sections.append("Signatures of what it calls, from the same file:\n" + "\n".join(signatures))
    return sections


def _called_names(root: tree_sitter.Node, start: int, end: int) -> set[str]:
    call_types = languages.PYTHON.call_types
    names: set[str] = set()
    for node in walk(root):
        if node.end_byte < start or node.start_byte > end or node.type not in call_types:
            continue
        function = node.child_by_field_name("function")
        if function is not None and function.type == "attribute":
            function = function.child_by_field_name("attribute")
        if function is not None and function.type == "identifier" and function.text is not None:
            names.add(function.text.decode("utf-8", "replace"))
    return names


def _definitions(root: tree_sitter.Node, data: bytes, target_start: int) -> Iterable[tuple[str, str]]:
    """(name, header line) of every function and class but the target."""
    kinds = languages.PYTHON.function_types | languages.PYTHON.class_types
    for node in walk(root):
        if node.type not in kinds or node.start_byte == target_start:
            continue
        name = node.child_by_field_name("name")
        body = node.child_by_field_name("body")
        if name is None or body is None or name.text is None:
            continue
        header = decode(data[node.start_byte : body.start_byte]).rstrip()
        yield name.text.decode("utf-8", "replace"), f"{header} ..."



def _line_of(file_text: str, byte_offset: int) -> int:
    return file_text.encode("utf-8", "surrogatepass")[:byte_offset].count(b"\n")
