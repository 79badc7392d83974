"""Copies of the examples for the editor tests, with the text their intended fix gives."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.repair.projects import EXAMPLES, copy_project

# How the server sums up a fix's evidence (the counts depend on the example and blame).
EVIDENCE = r"\d+ failing test\(s\) now pass, \d+ kept passing"


@dataclass(frozen=True)
class Example:
    project: Path  # a copy of the example
    original: str  # the text of its module
    fixed: str  # the same once its intended fix, `.greenfix-expected.patch`, is applied


def copy_example(name: str, module: str, tmp_path: Path) -> Example:
    project = copy_project(EXAMPLES / name, tmp_path / name)
    intended = copy_project(project, tmp_path / "intended")
    subprocess.run(["git", "apply", ".greenfix-expected.patch"], cwd=intended, check=True, capture_output=True)
    return Example(project, (project / module).read_text(), (intended / module).read_text())
