"""What a failing test is blamed on.

- A failure in setup or teardown (a fixture) is a setup error: reported, never repaired.
- Otherwise the innermost traceback frame in the project's own (non-test) code names
  the function, found by the line's span, so nested, same-named and decorated functions
  are told apart. A frame in module-level code is reported as such.
- When the traceback ends in the test (an assertion on a returned value), the functions
  the failing tests executed are ranked by Ochiai over functions (executed by failing
  tests, rarely by passing ones), so a constructor every test calls ranks low.
- A test that failed on a None (`'NoneType' object is not callable`) blames first a
  function it ran that is annotated to return a value and has no `return`.
- An exception that got through a caller's `try` makes that caller the first suspect
  after the raising function: its handler may be the one that is wrong.
- A failure that is a `raise` the code chose (`if not self.is_free(...): raise Taken`)
  makes the functions its condition asked the next suspects, or those that gave the
  answer it tests (`reason = refusal(...)`, `if reason is not None: raise Refused`);
  when it tests nothing but their answer, they are blamed before it.
- A test blamed by coverage that ran a function another failing test's traceback
  blames is blamed on that function: one mistake may raise in one test and return a
  wrong value in another.
A blamed function carries the next suspects, for when it cannot be fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from math import sqrt
from pathlib import Path

from tree_sitter import Node

from ..document import SourceDocument
from ..targets import FunctionTarget, function_at, functions, names_in_tests, walk
from ..testing.results import RunResult, TestResult
from .returns import lacks_return, mentions_none
from .sources import ProjectSources

# Suspects kept beside the blamed function.
_OTHERS = 3


@dataclass(frozen=True)
class Blame:
    path: str  # relative to the project root, POSIX separators
    qualname: str
    line: int  # 1-based line of the frame, or of the function's header
    how: str = "traceback"  # "traceback" | "answer" (see _asked_before_raising) | "coverage" | "named"


@dataclass(frozen=True)
class Verdict:
    """Why a test fails, as far as greenfix can tell."""

    kind: str  # "function" | "setup" | "module" | "unknown"
    test: TestResult
    blame: Blame | None = None  # the function, for kind "function"
    others: tuple[Blame, ...] = field(default_factory=tuple)  # next suspects, most likely first
    note: str = ""  # what to tell the user for the other kinds


class Attribution:
    """Blames the failures of one run on the functions of the project's fixable sources."""

    def __init__(self, run: RunResult, root: Path, sources: ProjectSources) -> None:
        self.run = run
        self.root = root
        self.sources = sources
        self._starts: dict[str, dict[int, FunctionTarget]] = {}  # path -> first line -> function
        self._test_names: dict[str, dict[str, set[str]]] = {}  # test file -> node id -> names
        failing = [n for n in run.failed() if not run.results[n].failed_in_setup]
        self._failing_count = len(failing)
        # How many failing and passing tests executed each function.
        self._ef: dict[tuple[str, int], int] = {}
        self._ep: dict[tuple[str, int], int] = {}
        for counts, tests in ((self._ef, failing), (self._ep, run.passed())):
            for nodeid in tests:
                for key in run.functions.get(nodeid, ()):
                    counts[key] = counts.get(key, 0) + 1

    def verdicts(self, nodeids: list[str]) -> dict[str, Verdict]:
        """Each test's verdict. A test blamed by coverage (it failed on an assertion of its
        own) that ran a function another failing test's traceback blames is blamed on that
        one: a mistake that raises in one test may return a wrong value in another."""
        verdicts = {nodeid: self.verdict(nodeid) for nodeid in nodeids}
        named = [v.blame for v in verdicts.values() if v.blame is not None and v.blame.how in ("traceback", "answer")]
        for nodeid, verdict in verdicts.items():
            if verdict.blame is None or verdict.blame.how != "coverage":
                continue
            ran = {(path, target.qualname) for path, line in self.run.functions.get(nodeid, set())
                   if (target := self._starting(path, line)) is not None}
            shared = next((b for b in named if (b.path, b.qualname) in ran), None)
            if shared is not None and (shared.path, shared.qualname) != (verdict.blame.path, verdict.blame.qualname):
                verdicts[nodeid] = replace(verdict, blame=shared, others=self._others(shared, [verdict.blame, *verdict.others]))
        return verdicts

    def verdict(self, nodeid: str) -> Verdict:
        result = self.run.results[nodeid]
        if result.failed_in_setup:
            where = f"in {result.fixture}" if result.fixture else f"in {result.phase}"
            return Verdict("setup", result, note=f"setup error {where}: {result.message}")
        frames = [f for f in reversed(result.traceback) if self.sources.get(f.path, fixable_only=False) is not None]
        if result.outcome == "timeout":
            # A test that ran out of time hangs in a loop: a frame with none (a helper the
            # loop calls) is only where the clock stopped it.
            frames.sort(key=lambda frame: not self._loops_at(frame.path, frame.line))
        outside: str | None = None  # the innermost frame, when it is in a file a fix may not touch
        for frame in frames:
            document = self.sources.get(frame.path, fixable_only=False)
            assert document is not None
            if not 0 < frame.line <= document.index.line_count:
                continue
            target = function_at(document, _line_offset(document, frame.line))
            if target is None:
                return Verdict("module", result, note=f"module-level code at {frame.path}:{frame.line}: {result.message}")
            if not self.sources.fixable(frame.path):
                # A caller in the files a fix may touch may have called it wrongly: blame that one.
                outside = outside or f"fails in {target.qualname} ({frame.path}:{frame.line}), outside the files greenfix may fix"
                continue
            blame = Blame(frame.path, target.qualname, frame.line)
            callers = [f for f in frames if f is not frame]
            outer = [self._blame_of(f.path, f.line, "traceback") for f in callers]
            # A caller whose `try` the exception got through: its handler may be what is wrong.
            guarded = [b for b, f in zip(outer, callers) if b is not None and self._in_try(f.path, f.line)]
            asked, only = self._asked_before_raising(nodeid, document, frame.line)
            if only:  # the raise tests nothing but their answer: that is what is wrong
                answered = [replace(b, how="answer") for b in asked]
                return self._blamed(result, [*answered, blame, *guarded, *outer, *self._ranked(nodeid)])
            return self._blamed(result, [blame, *guarded, *asked, *outer, *self._ranked(nodeid)])
        if outside is not None:
            return Verdict("unknown", result, note=outside)
        ranked = self._ranked(nodeid) or [b for b in [self._named(result)] if b is not None]
        if not ranked:
            return Verdict("unknown", result, note="no function of the project's sources is to blame")
        return self._blamed(result, [*ranked[:1], *self._asked_before_a_raise_that_never_came(result), *ranked[1:]])

    def _blamed(self, result: TestResult, suspects: list[Blame | None]) -> Verdict:
        """The first suspect is blamed, unless the test failed on a None and a function it ran
        says it returns a value and never does: the None came from there."""
        if mentions_none(result.message):
            suspects = [*self._without_return(result.nodeid), *suspects]
        blame = next(s for s in suspects if s is not None)
        return Verdict("function", result, blame, self._others(blame, suspects))

    def _without_return(self, nodeid: str) -> list[Blame]:
        found = []
        for path, line in sorted(self.run.functions.get(nodeid, set())):
            target, document = self._starting(path, line), self.sources.get(path)
            if target is None or document is None:
                continue
            line_start = document.data.rfind(b"\n", 0, target.start) + 1  # with its indentation, for ast
            if lacks_return(document.data[line_start : target.end].decode("utf-8", "replace")):
                found.append(Blame(path, target.qualname, target.header_line + 1, "coverage"))
        return found

    def _ranked(self, nodeid: str) -> list[Blame]:
        """The functions the failing test executed, most suspicious first (Ochiai over
        functions; ties go to a function named on the line that failed, then to one the
        test names, then to one that is not a constructor (it sets up what others
        compute), then to one fewer passing tests ran). A function named on the line that
        failed is the first suspect after the blamed one, however many passing tests ran
        it: `orchard.unite(...)` may set up what `orchard.due_for_inspection()` gets wrong."""
        executed = [(key, self._starting(*key)) for key in self.run.functions.get(nodeid, set())]
        mentioned = self._mentioned(nodeid)
        asserted = self._on_failing_line(self.run.results[nodeid])
        scored = []
        for key, target in executed:
            if target is None:
                continue
            ef, ep = self._ef.get(key, 0), self._ep.get(key, 0)
            score = ef / sqrt(self._failing_count * (ef + ep)) if ef else 0.0
            # A nested function is named through the functions it is nested in; among them,
            # tied, the innermost does the work the test checks.
            names = _own_and_enclosing_names(target.qualname)
            depth = target.qualname.count(".<locals>.")
            rank = (-score, not names & asserted, not names & mentioned, target.name == "__init__", ep, -depth, key)
            scored.append((rank, Blame(key[0], target.qualname, target.header_line + 1, "coverage")))
        ranked = [blame for _, blame in sorted(scored, key=lambda pair: pair[0])]
        named = [blame for blame in ranked[1:] if blame.qualname.rsplit(".", 1)[-1] in asserted]
        if named:
            ranked.remove(named[0])
            ranked.insert(1, named[0])
        return ranked

    def _asked_before_raising(self, nodeid: str, document: SourceDocument, line: int) -> tuple[list[Blame], bool]:
        """When the failure is a `raise` the code chose (`if not self.is_free(...): raise
        Taken`), the functions its condition asked, among those the test ran: the raise
        only passes on their answer. And whether the condition tests nothing else."""
        node = _first_statement_on(document, line)
        if node is None or node.type != "raise_statement":
            return [], False
        branch = node.parent.parent if node.parent is not None else None  # raise -> block -> if
        condition = branch.child_by_field_name("condition") if branch is not None and branch.type in ("if_statement", "elif_clause") else None
        if condition is None:
            return [], False
        calls = [call for call in walk(condition) if call.type == "call"]
        asked = {_called_name(call) for call in calls}
        other = {n.text for n in walk(condition) if n.type == "identifier"} - {n.text for call in calls for n in walk(call)}
        # Or held the answer in a local first: `reason = refusal(tour, booking)`, `if reason is not None:`.
        for assignment in _assignments_before(branch):
            if (name := assignment.child_by_field_name("left").text) in other:
                answers = {_called_name(call) for call in walk(assignment.child_by_field_name("right")) if call.type == "call"}
                if answers - {None}:
                    asked |= answers
                    other.discard(name)
        asked.discard(None)
        found = []
        for path, first_line in sorted(self.run.functions.get(nodeid, set())):
            target = self._starting(path, first_line)
            if target is not None and target.name in asked:
                found.append(Blame(path, target.qualname, target.header_line + 1, "coverage"))
        return found, bool(found) and not other

    def _asked_before_a_raise_that_never_came(self, result: TestResult) -> list[Blame]:
        """When a test expected an exception that never came (`DID NOT RAISE ValueError`),
        the functions asked by the condition of a `raise ValueError` in a function the
        test ran (`if start not in self.open_slots(flyer): raise ValueError(...)`): their
        answer may be what kept it from raising."""
        expected = re.search(r"DID NOT RAISE (?:<class ')?(?:[\w.]*\.)?(\w+)", result.message)
        if expected is None:
            return []
        found: list[Blame] = []
        for path, first_line in sorted(self.run.functions.get(result.nodeid, set())):
            target, document = self._starting(path, first_line), self.sources.get(path)
            if target is None or document is None:
                continue
            raises = [n for n in walk(document.tree.root_node) if n.type == "raise_statement"
                      and target.start <= n.start_byte < target.end and expected.group(1).encode() in (n.text or b"")]
            for node in raises:
                asked, _ = self._asked_before_raising(result.nodeid, document, node.start_point.row + 1)
                found += [b for b in asked if b not in found]
        return found

    def _in_try(self, path: str, line: int) -> bool:
        """The 1-based line is in the body of a `try` that has handlers, within its function."""
        document = self.sources.get(path)
        if document is None:
            return False
        offset = _line_offset(document, line)
        node = document.tree.root_node.descendant_for_byte_range(offset, offset)
        while node is not None and node.type not in ("function_definition", "module"):
            parent = node.parent
            if parent is not None and parent.type == "try_statement" and node == parent.child_by_field_name("body"):
                return any(c.type == "except_clause" for c in parent.named_children)
            node = parent
        return False

    def _mentioned(self, nodeid: str) -> set[str]:
        """The names the failing test's body mentions (parsed once per test file)."""
        test_path = nodeid.split("::", 1)[0]
        if test_path not in self._test_names:
            test_file = self.root / test_path
            self._test_names[test_path] = names_in_tests(test_file, self.root) if test_file.is_file() else {}
        return self._test_names[test_path].get(nodeid.split("[", 1)[0], set())

    def _on_failing_line(self, result: TestResult) -> set[str]:
        """The names on the test's own line where it failed (`assert stock.value() == 2`)."""
        test_path = result.nodeid.split("::", 1)[0]
        frames = [f for f in result.traceback if f.path == test_path]
        if not frames:
            return set()
        try:
            line = (self.root / test_path).read_text(encoding="utf-8", errors="replace").splitlines()[frames[-1].line - 1]
        except (OSError, IndexError):
            return set()
        return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", line))

    def _named(self, result: TestResult) -> Blame | None:
        """A project function the failing test's body names, when no coverage was recorded:
        plain functions before methods, never a nested function (a test cannot call it)."""
        for path in self.sources:  # every source: nothing narrows the search here
            self._starting(path, 0)
        mentioned = self._mentioned(result.nodeid)
        found = [
            (path, t)
            for path, targets in self._starts.items()
            for t in targets.values()
            if t.name in mentioned and "<locals>" not in t.qualname
        ]
        if not found:
            return None
        path, target = min(found, key=lambda pair: ("." in pair[1].qualname, pair[0], pair[1].start))
        return Blame(path, target.qualname, target.header_line + 1, "named")

    def _starting(self, path: str, line: int) -> FunctionTarget | None:
        """The function whose definition (decorators included) starts at 1-based `line`."""
        if path not in self._starts:
            document = self.sources.get(path)
            self._starts[path] = (
                {document.index.line_of(t.start) + 1: t for t in functions(document, path)} if document else {}
            )
        return self._starts[path].get(line)

    def _loops_at(self, path: str, line: int) -> bool:
        """Whether the function around the 1-based line has a `while` loop."""
        document = self.sources.get(path, fixable_only=False)
        if document is None or not 0 < line <= document.index.line_count:
            return False
        target = function_at(document, _line_offset(document, line))
        return target is not None and re.search(rb"\bwhile\b", document.data[target.start : target.end]) is not None

    def _blame_of(self, path: str, line: int, how: str) -> Blame | None:
        document = self.sources.get(path)
        if document is None or not 0 < line <= document.index.line_count:
            return None
        target = function_at(document, _line_offset(document, line))
        return Blame(path, target.qualname, line, how) if target is not None else None

    @staticmethod
    def _others(blame: Blame, suspects: list[Blame | None]) -> tuple[Blame, ...]:
        seen = {(blame.path, blame.qualname)}
        others = []
        for suspect in suspects:
            if suspect is not None and (suspect.path, suspect.qualname) not in seen:
                seen.add((suspect.path, suspect.qualname))
                others.append(suspect)
        return tuple(others[:_OTHERS])


def _first_statement_on(document: SourceDocument, line: int) -> Node | None:
    """The statement that starts on the 1-based line, past its indentation."""
    offset = _line_offset(document, line)
    node = document.tree.root_node.descendant_for_byte_range(offset, offset)
    while node is not None and node.parent is not None and node.parent.start_byte == node.start_byte and node.type not in _STATEMENTS:
        node = node.parent
    return node


_STATEMENTS = frozenset({"raise_statement", "return_statement", "expression_statement", "if_statement"})


def _assignments_before(statement: Node) -> list[Node]:
    """The plain assignments (`name = ...`) of the statements before this one in its block."""
    found = []
    sibling = statement.prev_named_sibling
    while sibling is not None:
        if sibling.type == "expression_statement" and sibling.named_children and sibling.named_children[0].type == "assignment":
            assignment = sibling.named_children[0]
            if assignment.child_by_field_name("left").type == "identifier" and assignment.child_by_field_name("right") is not None:
                found.append(assignment)
        sibling = sibling.prev_named_sibling
    return found


def _own_and_enclosing_names(qualname: str) -> set[str]:
    """`price` and `counter_board` of `counter_board.<locals>.price`."""
    parts = qualname.split(".")
    return {parts[-1], *(name for name, after in zip(parts, parts[1:]) if after == "<locals>")}


def _called_name(call: Node) -> str | None:
    """`is_free` of `self.is_free(...)` or of `is_free(...)`."""
    function = call.child_by_field_name("function")
    if function is not None and function.type == "attribute":
        function = function.child_by_field_name("attribute")
    return function.text.decode("utf-8", "replace") if function is not None and function.type == "identifier" and function.text else None


def _line_offset(document: SourceDocument, line: int) -> int:
    """Where the 1-based line's code starts, past its indentation: a frame on a `def`
    line (a call that failed as it began, say a RecursionError) is in that function."""
    offset = document.index.starts[line - 1]
    while document.data[offset : offset + 1] in (b" ", b"\t"):
        offset += 1
    return offset
