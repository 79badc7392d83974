"""The example projects: their tests fail now and pass with the intended fix."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.repair.templates import propose
from greenfix.analysis.targets import function_named
from tests.repair.projects import EXAMPLES, copy_project, finish, start_pytest

# pytest's exit codes: 1 when tests failed, 2 when collection was interrupted (a syntax error).
EXPECTED_FAILURE = {"discount": 1, "roman": 1, "syntax_error": 2}


def fixed_copy(name: str, destination: Path) -> Path:
    """A copy of the example with its intended fix, `.greenfix-expected.patch`, applied."""
    project = copy_project(EXAMPLES / name, destination)
    subprocess.run(["git", "apply", ".greenfix-expected.patch"], cwd=project, check=True, capture_output=True)
    return project


def test_every_example_is_listed() -> None:
    assert sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir()) == sorted(EXPECTED_FAILURE)


@pytest.mark.parametrize("name", sorted(EXPECTED_FAILURE))
def test_example_fails_and_the_intended_fix_makes_it_pass(name: str, tmp_path: Path) -> None:
    buggy = copy_project(EXAMPLES / name, tmp_path / "buggy")
    module = next(buggy.glob("*.py"))
    assert module.read_text().startswith('"""'), "each example explains itself in its module docstring"
    running = start_pytest(buggy), start_pytest(fixed_copy(name, tmp_path / "fixed"))
    (buggy_code, buggy_output), (fixed_code, fixed_output) = (finish(p) for p in running)
    assert buggy_code == EXPECTED_FAILURE[name], buggy_output
    assert fixed_code == 0, fixed_output


def test_quick_start_fix_is_among_the_first_template_candidates(tmp_path: Path) -> None:
    source = (EXAMPLES / "discount" / "pricing.py").read_bytes()
    target = function_named(SourceDocument(source), "bulk_discount")
    fixed_source = (fixed_copy("discount", tmp_path / "fixed") / "pricing.py").read_bytes()
    fixed_target = function_named(SourceDocument(fixed_source), "bulk_discount")
    assert target is not None and fixed_target is not None
    expected = fixed_source[fixed_target.start : fixed_target.end].decode()
    assert expected in [c.text for c in propose(source, target, max_candidates=20)]
