"""`greenfix check` and friends, run as a user runs them: a real process in a project folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

GREENFIX = [sys.executable, "-m", "greenfix.server"]


def greenfix(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GREENFIX, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "ok.py").write_text("def f(x):\n    return x\n")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "broken.py").write_text("import os\n\ndef f(x)\n    return x\n")
    (tmp_path / "pkg" / "emoji.py").write_text("s = '😀' + (1,\n")
    return tmp_path


def test_a_clean_project_exits_0_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n")
    result = greenfix(tmp_path, "check")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "no problems in 1 file\n")


def test_problems_are_printed_one_per_line_and_exit_1(project: Path) -> None:
    result = greenfix(project, "check")
    assert result.returncode == 1
    assert result.stdout == (
        "pkg/broken.py:3:8: missing ':'\n"
        "pkg/emoji.py:1:11: '(' was never closed\n"  # code points: 12 in UTF-16
    )
    assert result.stderr == "2 problems in 2 files (3 files checked)\n"


def test_paths_are_printed_as_given(project: Path) -> None:
    result = greenfix(project / "pkg", "check", "../pkg/broken.py")
    assert result.stdout == "../pkg/broken.py:3:8: missing ':'\n"


def test_json_report(project: Path) -> None:
    result = greenfix(project, "check", "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout) == {
        "version": 1,
        "tool": {"name": "greenfix", "version": version("greenfix")},
        "problems": [
            {"path": "pkg/broken.py", "line": 3, "column": 8, "end_line": 3, "end_column": 9,
             "message": "missing ':'", "source": "greenfix", "rule": "syntax-error"},
            {"path": "pkg/emoji.py", "line": 1, "column": 11, "end_line": 1, "end_column": 12,
             "message": "'(' was never closed", "source": "greenfix", "rule": "syntax-error"},
        ],
        "files_checked": 3,
    }
    assert result.stderr == ""


def test_json_report_is_stable(project: Path) -> None:
    assert greenfix(project, "check", "--format", "json").stdout == greenfix(
        project, "check", "pkg", "ok.py", "--format", "json"
    ).stdout


def test_github_annotations(project: Path) -> None:
    result = greenfix(project, "check", "--format", "github")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "::error file=pkg/broken.py,line=3,col=8,endLine=3,endColumn=9,title=greenfix%3A syntax error::missing ':'",
        "::error file=pkg/emoji.py,line=1,col=11,endLine=1,endColumn=12,title=greenfix%3A syntax error::'(' was never closed",
    ]


def test_github_annotations_escape_what_the_runner_would_misread(tmp_path: Path) -> None:
    (tmp_path / "a,b:100%.py").write_text("x = 1 +\n")
    result = greenfix(tmp_path, "check", "--format", "github")
    assert result.stdout == (
        "::error file=a%2Cb%3A100%25.py,line=1,col=7,endLine=1,endColumn=8,"
        "title=greenfix%3A syntax error::unexpected end of line\n"
    )


def test_gitignore_virtualenvs_and_node_modules_are_skipped(tmp_path: Path) -> None:
    broken = "def f(\n"
    (tmp_path / ".gitignore").write_text("generated/\n")
    for name in ("generated/x.py", ".venv/lib/x.py", "env/lib/x.py", "web/node_modules/x.py", ".git/x.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(broken)
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (tmp_path / "main.py").write_text("x = 1\n")
    result = greenfix(tmp_path, "check")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "no problems in 1 file\n")


def test_unreadable_files_are_reported_not_crashed_on(tmp_path: Path) -> None:
    (tmp_path / "binary.py").write_bytes(b"\x7fELF\x00\x01")
    (tmp_path / "latin.py").write_bytes(b"x = 1\nname = 'caf\xe9'\n")
    (tmp_path / "declared.py").write_bytes(b"# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n")
    result = greenfix(tmp_path, "check")
    assert result.returncode == 1
    assert result.stdout == (
        "binary.py:1:1: binary file: contains NUL bytes\n"
        "latin.py:1:1: not valid UTF-8: cannot decode byte 0xe9 at line 2\n"
    )
    assert result.stderr == "2 problems in 2 files (3 files checked)\n"


def test_unreadable_files_have_their_own_rule_in_json(tmp_path: Path) -> None:
    (tmp_path / "binary.py").write_bytes(b"\x00")
    (problem,) = json.loads(greenfix(tmp_path, "check", "--format", "json").stdout)["problems"]
    assert problem["rule"] == "unreadable-file"
    assert (problem["line"], problem["column"]) == (1, 1)


def test_a_large_file_is_checked(tmp_path: Path) -> None:
    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(16_700))  # ~50,000 lines
    (tmp_path / "big.py").write_text(body + "if x:\npass\n")
    result = greenfix(tmp_path, "check")
    assert result.stdout == "big.py:50102:1: expected an indented block after 'if' statement on line 50101\n"


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["check", "missing.py"], "missing.py: no such file or directory"),
        (["check", "notes.txt"], "notes.txt: not a source file of a known language"),
        (["check", "--format", "xml"], "invalid choice: 'xml'"),
        (["check", "--fast"], "unrecognized arguments: --fast"),
        (["serve", "--tcp", "localhost"], "expected HOST:PORT"),
        (["serve", "--tcp", "localhost:99999"], "expected HOST:PORT"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_usage_errors_exit_2_with_a_message(tmp_path: Path, args: list[str], complaint: str) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    result = greenfix(tmp_path, *args)
    assert result.returncode == 2
    assert complaint in result.stderr
    assert result.stdout == ""


def test_version() -> None:
    result = subprocess.run(["greenfix", "--version"], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, f"greenfix {version('greenfix')}\n")


def test_check_does_not_load_the_language_server_library(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    probe = (
        "import sys\n"
        "from greenfix.server.cli import main\n"
        "status = main(['check', '.'])\n"
        "print(status, 'pygls' in sys.modules, 'lsprotocol' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.stdout == "0 False False\n"


def test_doctor_says_how_test_runs_are_contained_and_which_model_is_used(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.greenfix]\nmodel = "local-coder"\nbase_url = "http://127.0.0.1:9/v1"\n')
    done = subprocess.run([sys.executable, "-m", "greenfix.server", "check", "--doctor"], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, "OPENAI_API_KEY": "sk-secret-doctor"})
    assert done.returncode == 0
    assert "sandbox: " in done.stdout
    assert "model: local-coder at http://127.0.0.1:9/v1 (key from $OPENAI_API_KEY" in done.stdout
    assert "sk-secret-doctor" not in done.stdout + done.stderr
