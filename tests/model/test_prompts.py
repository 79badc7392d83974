"""Prompts: the function and the task in whole, context found with tree-sitter, and a
warning when the token budget leaves context out."""

from __future__ import annotations

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.model.function_text import locate_function
from greenfix.analysis.model.prompts import Attempt, FailingTest, refine_prompt, rewrite_prompt, syntax_fix_prompt
from greenfix.analysis.syntax import find_problems

SOURCE = """import statistics
from pathlib import Path


def load(path: Path) -> list[float]:
    return [float(x) for x in path.read_text().split()]


def unused(flag: bool) -> None:
    pass


class Report:
    def summary(self, path):
        values = load(path)
        return statistics.mean(values) if values else 0.0
"""
START = SOURCE.index("def summary")
END = len(SOURCE.rstrip())


def test_syntax_fix_prompt_holds_the_function_the_problem_and_nearby_context() -> None:
    broken = SOURCE.replace("load(path)", "load(path")
    target = locate_function(broken, START, len(broken.rstrip()))
    (problem,) = find_problems(SourceDocument(broken))
    prompt = syntax_fix_prompt(broken, target, problem)
    system, user = prompt.messages
    assert system.role == "system" and "`def summary(`" in system.content
    assert "syntax error on its line 2: '(' was never closed" in user.content
    assert "import statistics\nfrom pathlib import Path" in user.content
    assert "```python\ndef summary(self, path):\n    values = load(path\n" in user.content
    assert not prompt.truncated


def test_signatures_of_called_functions_only() -> None:
    target = locate_function(SOURCE, START, END)
    (_, user) = rewrite_prompt(SOURCE, target, "return None for an empty file").messages
    assert "def load(path: Path) -> list[float]: ..." in user.content
    assert "unused" not in user.content
    assert "Instruction: return None for an empty file" in user.content


def test_a_function_larger_than_the_budget_goes_in_whole_without_context() -> None:
    body = "".join(f"    x{i} = load(path)\n" for i in range(200))
    big = SOURCE + f"\n\ndef big(path):\n{body}    return x0\n"
    start = big.index("def big")
    target = locate_function(big, start, len(big.rstrip()))
    prompt = rewrite_prompt(big, target, "use a loop", budget_tokens=500)
    user = prompt.messages[1].content
    assert prompt.truncated and prompt.warning is not None and "500 tokens" in prompt.warning
    assert target.text in user
    assert "import statistics" not in user


def test_refine_prompt_carries_failures_and_earlier_attempts() -> None:
    target = locate_function(SOURCE, START, END)
    failure = FailingTest(
        test_id="tests/test_report.py::test_empty",
        test_source="def test_empty(tmp_path):\n    assert Report().summary(tmp_path / 'f') is None",
        message="assert 0.0 is None",
        traceback="tests/test_report.py:2: in test_empty",
        locals={"tmp_path": "PosixPath('/tmp/x')"},
    )
    attempt = Attempt(code="def summary(self, path):\n    return None", failures=("test_mean: assert None == 2.0",))
    user = refine_prompt(SOURCE, target, [failure], [attempt]).messages[1].content
    for expected in (
        "Failing test tests/test_report.py::test_empty",
        "assert Report().summary(tmp_path / 'f') is None",
        "Failure: assert 0.0 is None",
        "tests/test_report.py:2: in test_empty",
        "tmp_path = PosixPath('/tmp/x')",
        "def summary(self, path):\n    return None",
        "- test_mean: assert None == 2.0",
    ):
        assert expected in user
