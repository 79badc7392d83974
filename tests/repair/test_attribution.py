"""Blame read from a failure's traceback, on frames pytest reports for real files."""

from __future__ import annotations

from pathlib import Path

from greenfix.analysis.repair.attribution import Attribution
from greenfix.analysis.repair.sources import ProjectSources
from greenfix.analysis.testing.results import Frame, RunResult, TestResult

GRAPH = (
    "class Graph:\n"
    "    def __init__(self, edges):\n"
    "        self.edges = edges\n\n"
    "    def neighbours(self, node):\n"  # line 5
    "        return self.edges.get(node, [])\n"
)
ALGORITHMS = (
    "def has_cycle(graph, start):\n"
    "    def visit(node):\n"
    "        for neighbour in graph.neighbours(node):\n"  # line 3
    "            if visit(node):\n"  # line 4: the bug, `node` for `neighbour`
    "                return True\n"
    "        return False\n"
    "    return visit(start)\n"
)
TEST = "tests/test_algorithms.py::test_cycle"


def project(tmp_path: Path) -> Path:
    (tmp_path / "graph.py").write_text(GRAPH)
    (tmp_path / "algorithms.py").write_text(ALGORITHMS)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_algorithms.py").write_text("def test_cycle():\n    pass\n")
    return tmp_path


def recursion_error(innermost: Frame) -> RunResult:
    """A RecursionError raised as `neighbours` was entered: its frame is on its `def` line."""
    frames = [Frame("tests/test_algorithms.py", 2, "test_cycle"), Frame("algorithms.py", 7, "has_cycle")]
    frames += [Frame("algorithms.py", 4, "visit"), Frame("algorithms.py", 3, "visit")] * 3 + [innermost]
    failure = TestResult(TEST, "failed", message="RecursionError: maximum recursion depth exceeded", traceback=frames)
    return RunResult(results={TEST: failure})


def test_a_frame_on_a_def_line_is_in_that_function_not_module_code(tmp_path: Path) -> None:
    root = project(tmp_path)
    run = recursion_error(Frame("graph.py", 5, "neighbours"))
    verdict = Attribution(run, root, ProjectSources(root)).verdict(TEST)
    assert (verdict.kind, verdict.blame.path, verdict.blame.qualname) == ("function", "graph.py", "Graph.neighbours")


def test_the_innermost_caller_in_the_files_a_fix_may_touch_is_blamed(tmp_path: Path) -> None:
    root = project(tmp_path)
    run = recursion_error(Frame("graph.py", 5, "neighbours"))
    verdict = Attribution(run, root, ProjectSources(root, ["algorithms.py"])).verdict(TEST)
    assert (verdict.kind, verdict.blame.path, verdict.blame.qualname) == ("function", "algorithms.py", "has_cycle.<locals>.visit")


def test_a_failure_only_in_files_a_fix_may_not_touch_says_where_it_is(tmp_path: Path) -> None:
    root = project(tmp_path)
    failure = TestResult(TEST, "failed", message="KeyError: 3", traceback=[
        Frame("tests/test_algorithms.py", 2, "test_cycle"), Frame("graph.py", 6, "neighbours"),
    ])
    verdict = Attribution(RunResult(results={TEST: failure}), root, ProjectSources(root, ["algorithms.py"])).verdict(TEST)
    assert verdict.kind == "unknown" and verdict.blame is None
    assert verdict.note == "fails in Graph.neighbours (graph.py:6), outside the files greenfix may fix"
