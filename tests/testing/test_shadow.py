"""The shadow workspace: a private copy where candidates go; the user's tree is only read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from greenfix.analysis.testing.shadow import ShadowWorkspace
from tests.testing.rigs import tree_digest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "mod.py").write_text("VALUE = 1\n")
    (root / "tests").mkdir()
    (root / "tests" / "test_mod.py").write_text("from pkg.mod import VALUE\n")
    (root / "data.json").write_text("{}\n")
    for skipped in (".git", "node_modules", "pkg/__pycache__", ".pytest_cache", ".mypy_cache", ".tox"):
        (root / skipped).mkdir(parents=True)
        (root / skipped / "junk.txt").write_text("junk\n")
    (root / "env").mkdir()
    (root / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (root / "env" / "lib.py").write_text("installed = True\n")
    return root


def test_create_copies_the_project_without_caches_history_or_environments(project: Path) -> None:
    with ShadowWorkspace.create(project) as shadow:
        assert shadow.root.name.startswith("greenfix-shadow-")
        assert sorted(tree_digest(shadow.root)) == ["data.json", "pkg/mod.py", "tests/test_mod.py"]
        assert tree_digest(shadow.root) == {
            name: digest for name, digest in tree_digest(project).items() if name in tree_digest(shadow.root)
        }


def test_sync_picks_up_changed_new_and_deleted_files(project: Path) -> None:
    with ShadowWorkspace.create(project) as shadow:
        (project / "pkg" / "mod.py").write_text("VALUE = 2  # changed\n")
        (project / "pkg" / "new.py").write_text("NEW = True\n")
        (project / "data.json").unlink()
        changed = shadow.sync()
        assert sorted(changed) == ["data.json", "pkg/mod.py", "pkg/new.py"]
        assert (shadow.root / "pkg" / "mod.py").read_text() == "VALUE = 2  # changed\n"
        assert (shadow.root / "pkg" / "new.py").read_text() == "NEW = True\n"
        assert not (shadow.root / "data.json").exists()
        assert shadow.sync() == []


def test_sync_of_given_paths_copies_them_even_with_the_same_size_and_time(project: Path) -> None:
    source = project / "pkg" / "mod.py"
    with ShadowWorkspace.create(project) as shadow:
        stat = source.stat()
        source.write_text("VALUE = 3\n")
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert shadow.sync() == []
        assert shadow.sync([source]) == ["pkg/mod.py"]
        assert (shadow.root / "pkg" / "mod.py").read_text() == "VALUE = 3\n"


def test_write_and_restore_change_only_the_shadow(project: Path) -> None:
    before = tree_digest(project)
    with ShadowWorkspace.create(project) as shadow:
        shadow.write("pkg/mod.py", "VALUE = 42\n")
        assert (shadow.root / "pkg" / "mod.py").read_text() == "VALUE = 42\n"
        assert shadow.sync() == []  # a candidate is not undone by syncing an unchanged project
        shadow.restore("pkg/mod.py")
        assert (shadow.root / "pkg" / "mod.py").read_text() == "VALUE = 1\n"
    assert tree_digest(project) == before


def test_a_buffer_with_a_lone_surrogate_is_written_as_the_invalid_bytes_it_holds(project: Path) -> None:
    # An editor can send "\\udc00" in JSON; the tests then report the file as invalid UTF-8.
    before = tree_digest(project)
    with ShadowWorkspace.create(project) as shadow:
        shadow.write("pkg/mod.py", "VALUE = '\udc00'\n")
        data = (shadow.root / "pkg" / "mod.py").read_bytes()
        assert data == b"VALUE = '\xed\xb0\x80'\n"
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert tree_digest(project) == before


@pytest.mark.parametrize("bad", ["../escape.py", "/etc/passwd", "pkg/../../escape.py", ""])
def test_a_path_outside_the_project_is_refused_and_nothing_is_written(project: Path, bad: str) -> None:
    with ShadowWorkspace.create(project) as shadow:
        before = tree_digest(project.parent)
        with pytest.raises(ValueError, match="not a path inside the project"):
            shadow.write(bad, "print('escaped')\n")
        assert tree_digest(project.parent) == before


def test_cleanup_removes_the_copy(project: Path) -> None:
    shadow = ShadowWorkspace.create(project)
    shadow.cleanup()
    assert not shadow.root.exists()
    assert project.exists()


def test_a_missing_project_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError, match="project root is not a directory"):
        ShadowWorkspace.create(tmp_path / "nowhere")
