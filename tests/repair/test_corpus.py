"""The bug corpus (benchmarks/corpus/README.md) is well formed: every bug fails a
visible test, its reference fix passes them all, and its hidden observe() tells the
two apart, the same way every time. The template engine has the exact fix for the
bugs marked `templates`."""

from __future__ import annotations

import ast
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.repair.templates import propose
from greenfix.analysis.targets import function_named
from tests.repair.projects import (
    Bug,
    corpus_bugs,
    finish,
    observed,
    reference_copy,
    replace_function,
    start_observe,
    start_pytest,
    user_copy,
)

KINDS = {
    "wrong-operator",
    "negated-condition",
    "off-by-one",
    "wrong-variable",
    "swapped-arguments",
    "wrong-constant",
    "missing-guard",
    "missing-condition",
    "extra-condition",
    "missing-statement",
    "extra-statement",
    "wrong-call",
    "wrong-attribute",
    "infinite-loop",
    "exception",
    "two-edits",
    "call-vs-argument",
    "wrong-name-for-call",
    "missing-self",
    "moved-argument",
    "no-single-edit",
}
BUGS = {bug.id: bug for bug in corpus_bugs()}


def multi_file(bug: Bug) -> bool:
    """The project has more than one source module (empty __init__.py files aside), or conftest fixtures."""
    outside = ("tests", "reference", "hidden")
    sources = [p for p in bug.folder.rglob("*.py") if p.relative_to(bug.folder).parts[0] not in outside and p.read_text().strip()]
    return len(sources) > 1 or any(bug.folder.rglob("conftest.py"))


def test_corpus_is_large_and_varied() -> None:
    bugs = list(BUGS.values())
    assert len(bugs) >= 100
    assert {bug.kind for bug in bugs} == KINDS
    assert sum(bug.kind == "two-edits" for bug in bugs) >= 8
    assert sum(multi_file(bug) for bug in bugs) >= 30
    assert sum(bug.split == "holdout" for bug in bugs) >= 15


@dataclass
class Runs:
    """What running a bug's project, as it is and with its reference fix, showed."""

    buggy: Path
    fixed: Path
    buggy_tests: tuple[int, str]  # pytest's exit code and output
    fixed_tests: tuple[int, str]
    seen_buggy: list[str] | str  # observe()'s lines, or why it failed
    seen_fixed: list[str] | str  # two runs


def run(bug: Bug, folder: Path) -> Runs:
    buggy = user_copy(bug, folder / "buggy")
    fixed = reference_copy(bug, folder / "fixed")
    running = start_pytest(buggy), start_pytest(fixed)
    watching = start_observe(bug, buggy, folder / "buggy.out"), start_observe(bug, fixed, folder / "fixed.out", runs=2)
    tests = finish(running[0]), finish(running[1])
    return Runs(buggy, fixed, *tests, observed(watching[0], folder / "buggy.out"), observed(watching[1], folder / "fixed.out"))


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[Runs]]]:
    """The runs of every selected bug, started ahead, two bugs at a time: each test
    waits only for its own, and both cores stay busy."""
    selected = [item.callspec.params["bug_id"] for item in request.session.items
                if getattr(item, "originalname", None) == "test_bug_fails_its_tests_the_reference_passes_and_observe_tells_them_apart"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield {bug_id: pool.submit(run, BUGS[bug_id], tmp_path_factory.mktemp(bug_id)) for bug_id in selected}
        pool.shutdown(cancel_futures=True)


@pytest.mark.parametrize("bug_id", sorted(BUGS))
def test_bug_fails_its_tests_the_reference_passes_and_observe_tells_them_apart(
    bug_id: str, runs: dict[str, Future[Runs]], tmp_path: Path
) -> None:
    bug = BUGS[bug_id]
    meta = bug.meta
    assert {"kind", "description", "split", "target", "command"} <= set(meta) <= {
        "kind", "description", "split", "target", "command", "templates"}
    assert bug.kind in KINDS and bug.split in ("dev", "holdout") and meta["description"]
    assert set(meta["target"]) == {"path", "qualname"}
    assert isinstance(meta["command"], list) and all(isinstance(arg, str) for arg in meta["command"])
    assert (bug.folder / "hidden" / "observe.py").is_file()
    result = runs[bug_id].result(timeout=300)
    buggy, fixed = result.buggy, result.fixed

    assert not {"meta.json", "reference", "hidden"} & {p.name for p in buggy.iterdir()}
    for arg in meta["command"]:
        if arg.endswith(".py") or "/" in arg:
            assert (buggy / arg.split("::")[0]).exists(), f"the command names {arg}, which the project lacks"

    # The reference changes the target function and nothing else.
    assert [str(p) for p in bug.reference_files()] == [bug.target_path]
    reference_source = (fixed / bug.target_path).read_bytes()
    ast.parse(reference_source)
    fixed_function = function_named(SourceDocument(reference_source), bug.qualname)
    assert fixed_function is not None, f"{bug.qualname} not found in the reference"
    patched = tmp_path / "patched.py"
    patched.write_bytes((buggy / bug.target_path).read_bytes())
    replace_function(patched, bug.qualname, reference_source[fixed_function.start : fixed_function.end].decode())
    assert reference_source != (buggy / bug.target_path).read_bytes()
    assert patched.read_bytes() == reference_source, "the reference changes more than the target function"

    (buggy_code, buggy_output), (fixed_code, fixed_output) = result.buggy_tests, result.fixed_tests
    assert buggy_code == 1 and " failed" in buggy_output, buggy_output
    assert fixed_code == 0, fixed_output
    seen_buggy, seen_fixed = result.seen_buggy, result.seen_fixed
    assert isinstance(seen_fixed, list), seen_fixed
    assert isinstance(seen_buggy, list), seen_buggy
    assert seen_fixed[0] == seen_fixed[1], "observe() is not deterministic"
    assert "'timeout'" not in seen_fixed[0] and "('object'," not in seen_fixed[0]
    assert seen_buggy[0] != seen_fixed[0], "observe() does not tell the bug from its fix"


@pytest.mark.parametrize("bug_id", sorted(b.id for b in BUGS.values() if b.meta.get("templates")))
def test_templates_propose_the_exact_fix(bug_id: str) -> None:
    bug = BUGS[bug_id]
    source = (bug.folder / bug.target_path).read_bytes()
    target = function_named(SourceDocument(source), bug.qualname)
    reference = (bug.folder / "reference" / bug.target_path).read_bytes()
    fixed = function_named(SourceDocument(reference), bug.qualname)
    assert target is not None and fixed is not None
    assert reference[fixed.start : fixed.end].decode() in [c.text for c in propose(source, target)]
