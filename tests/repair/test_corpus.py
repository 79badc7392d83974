"""The bug corpus is well formed, and the template engine has the exact fix for
the bugs it is meant to handle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.languages import new_parser
from greenfix.analysis.repair.templates import propose
from greenfix.analysis.targets import function_named
from tests.repair.projects import CORPUS, copy_project, finish, replace_function, start_pytest

KINDS = {
    "wrong-operator",
    "negated-condition",
    "off-by-one",
    "wrong-variable",
    "swapped-arguments",
    "wrong-constant",
    "missing-guard",
    "missing-condition",
    "missing-statement",
    "extra-statement",
    "wrong-call",
    "wrong-attribute",
    "infinite-loop",
    "exception",
    "two-edits",
}
BUGS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def meta(bug: str) -> dict[str, object]:
    return json.loads((CORPUS / bug / "meta.json").read_text())


def test_corpus_is_large_and_varied() -> None:
    assert len(BUGS) >= 40
    kinds = {meta(bug)["kind"] for bug in BUGS}
    assert kinds == KINDS
    assert sum(meta(bug)["kind"] == "two-edits" for bug in BUGS) >= 3


@pytest.mark.parametrize("bug", BUGS)
def test_bug_fails_its_tests_and_the_fix_passes_them(bug: str, tmp_path: Path) -> None:
    info = meta(bug)
    assert set(info) == {"kind", "function", "description", "templates", "fixed"}
    assert info["kind"] in KINDS
    assert not new_parser("python").parse(str(info["fixed"]).encode()).root_node.has_error

    buggy = copy_project(CORPUS / bug, tmp_path / "buggy")
    fixed = copy_project(CORPUS / bug, tmp_path / "fixed")
    replace_function(fixed / "mod.py", str(info["function"]), str(info["fixed"]))
    assert (fixed / "mod.py").read_bytes() != (buggy / "mod.py").read_bytes()

    running = start_pytest(buggy), start_pytest(fixed)
    (buggy_code, buggy_output), (fixed_code, fixed_output) = (finish(p) for p in running)
    assert buggy_code == 1 and " failed" in buggy_output, buggy_output
    assert fixed_code == 0, fixed_output


@pytest.mark.parametrize("bug", [b for b in BUGS if meta(b)["templates"]])
def test_templates_propose_the_exact_fix(bug: str) -> None:
    info = meta(bug)
    source = (CORPUS / bug / "mod.py").read_bytes()
    target = function_named(SourceDocument(source), str(info["function"]))
    assert target is not None
    assert info["fixed"] in [c.text for c in propose(source, target)]
