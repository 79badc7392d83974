"""A test that plants symlinks in the shadow copy (or in greenfix's run folder) to files outside:
greenfix, which writes from outside the sandbox, never writes through them, never reads
through them, and puts the copy back before the next run.

Through each door: the real runners, `greenfix fix` in a subprocess, and `greenfix serve`
with an unsaved buffer; with bubblewrap and with the sandbox off (a test without it could
write outside itself, but greenfix must still never be the one doing it).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.uris import from_fs_path

from greenfix.analysis.testing.runner import SubprocessRunner, WarmRunner
from greenfix.analysis.testing.shadow import ShadowWorkspace
from tests.security.hostile import (
    ADD_TEST,
    FIXED,
    PLANT_TEST,
    SECRET,
    greenfix,
    hostile_project,
    require_bwrap,
    start_server,
    victims,
)
from tests.support.lsp import open_document
from tests.testing.rigs import tree_digest

SANDBOX = [pytest.param(True, id="bwrap"), pytest.param(False, id="no-sandbox")]
KINDS = [pytest.param(WarmRunner, id="warm"), pytest.param(SubprocessRunner, id="subprocess")]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    return victims(tmp_path / "outside")


def open_runner(kind: type, shadow: ShadowWorkspace, sandboxed: bool) -> WarmRunner | SubprocessRunner:
    if sandboxed:
        require_bwrap()
    return kind(shadow, sys.executable, sandbox="bwrap" if sandboxed else "none")


@pytest.mark.parametrize("sandboxed", SANDBOX)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("how", ["file", "folder"])
def test_a_link_planted_by_a_test_is_undone_and_never_written_through(
    tmp_path: Path, outside: Path, how: str, kind: type, sandboxed: bool
) -> None:
    project = hostile_project(tmp_path / "project", how, outside / "mod.py" if how == "file" else outside)
    before, project_before = tree_digest(outside), tree_digest(project)
    shadow = ShadowWorkspace.create(project)
    runner = open_runner(kind, shadow, sandboxed)
    try:
        planted = runner.run(["tests/test_a_plant.py"], timeout=60)
        assert planted.passed() == [PLANT_TEST]  # the link was there when the test ended
        assert not (shadow.root / "pkg").is_symlink() and not (shadow.root / "pkg" / "mod.py").is_symlink()
        shadow.write("pkg/mod.py", FIXED)  # a candidate, as the repair loop writes it
        assert runner.run([ADD_TEST], timeout=60).passed() == [ADD_TEST]
        runner.run(["tests/test_a_plant.py"], timeout=60)
        shadow.restore("pkg/mod.py")
        runner.run(["tests/test_a_plant.py"], timeout=60)
        shadow.sync()
        assert runner.run([ADD_TEST], timeout=60).failed() == [ADD_TEST]  # the project's own text again
        runner.run(["tests/test_a_plant.py"], timeout=60)
    finally:
        runner.close()
        shadow.cleanup()
    assert tree_digest(outside) == before
    assert tree_digest(project) == project_before
    assert not shadow.root.exists()


@pytest.mark.parametrize("how", ["file", "folder", "root"])
def test_the_copy_itself_never_follows_a_planted_link(tmp_path: Path, outside: Path, how: str) -> None:
    """Links put straight into the copy, as a test left running between runs could."""
    project = hostile_project(tmp_path / "project", "file", outside)
    before = tree_digest(outside)
    shadow = ShadowWorkspace.create(project)
    moved = shadow.root.with_name(shadow.root.name + "-moved")

    def link(path: Path, target: Path) -> None:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.is_symlink() or path.exists():
            path.unlink()
        path.symlink_to(target)

    def plant() -> None:
        if how == "file":
            link(shadow.root / "pkg" / "mod.py", outside / "mod.py")
            link(shadow.root / "tests" / "test_b.py", outside / "run.log")
        elif how == "folder":
            link(shadow.root / "pkg", outside)
            link(shadow.root / "escape", outside)
        elif not moved.exists():  # the copy's root itself, which only a run without the sandbox can replace
            shadow.root.rename(moved)
            shadow.root.symlink_to(outside)

    try:
        for step in ("write", "restore", "sync"):
            plant()
            if step == "write":
                shadow.write("pkg/mod.py", FIXED)
            elif step == "restore":
                shadow.restore("pkg/mod.py")
            else:
                shadow.sync()
            assert tree_digest(outside) == before, step
        real = moved if how == "root" else shadow.root
        assert (real / "pkg" / "mod.py").read_text() == (project / "pkg" / "mod.py").read_text()
        if how != "root":
            assert not (real / "pkg").is_symlink() and not (real / "pkg" / "mod.py").is_symlink()
            assert not (real / "tests" / "test_b.py").exists() and not (real / "escape").exists()
            plant()
        shadow.cleanup()
        assert tree_digest(outside) == before
        assert not shadow.root.exists() or how == "root"
    finally:
        if how == "root":
            shadow.root.unlink()
            shutil.rmtree(moved)


@pytest.mark.parametrize("sandboxed", SANDBOX)
@pytest.mark.parametrize("kind", KINDS)
def test_links_planted_in_the_run_folder_are_never_written_through(
    tmp_path: Path, outside: Path, kind: type, sandboxed: bool
) -> None:
    project = hostile_project(tmp_path / "project", "run", outside)
    before = tree_digest(outside)
    shadow = ShadowWorkspace.create(project)
    runner = open_runner(kind, shadow, sandboxed)
    try:
        runner.run(["tests/test_a_plant.py"], timeout=60)  # the warm worker is killed with it
        shadow.write("pkg/mod.py", FIXED)
        assert runner.run([ADD_TEST], timeout=60).passed() == [ADD_TEST]  # a new request, a new worker
        assert runner.run([ADD_TEST], timeout=60).passed() == [ADD_TEST]
    finally:
        runner.close()
        shadow.cleanup()
    assert tree_digest(outside) == before


@pytest.mark.parametrize("sandboxed", SANDBOX)
@pytest.mark.parametrize("kind", KINDS)
def test_a_log_replaced_by_a_link_is_never_read_through(tmp_path: Path, outside: Path, kind: type, sandboxed: bool) -> None:
    project = hostile_project(tmp_path / "project", "run-and-die", outside)
    shadow = ShadowWorkspace.create(project)
    runner = open_runner(kind, shadow, sandboxed)
    try:
        run = runner.run(["tests/test_a_plant.py"], timeout=60)
    finally:
        runner.close()
        shadow.cleanup()
    assert run.passed() == []  # it died
    shown = json.dumps([run.collection_error, *(vars(result) for result in run.results.values())], default=str)
    assert "died" in shown or "ended" in shown
    assert SECRET not in shown


@pytest.mark.parametrize("sandboxed", SANDBOX)
@pytest.mark.parametrize("how", ["file", "folder"])
def test_greenfix_fix_on_a_project_whose_test_plants_links(tmp_path: Path, outside: Path, how: str, sandboxed: bool) -> None:
    project = hostile_project(tmp_path / "project", how, outside / "mod.py" if how == "file" else outside)
    before, project_before = tree_digest(outside), tree_digest(project)
    done = greenfix(["fix", "--format", "json", "--budget", "60"], project, sandboxed)
    assert done.returncode == 1, done.stderr  # a fix found, not written
    report = json.loads(done.stdout)
    assert [(f["function"], f["status"]) for f in report["functions"]] == [("add", "fixed")], report
    if sandboxed:
        assert "test runs are not sandboxed" not in done.stderr
    assert tree_digest(outside) == before
    assert tree_digest(project) == project_before


@pytest.mark.parametrize("how", ["file", "folder"])
async def test_greenfix_serve_never_writes_a_buffer_through_a_planted_link(tmp_path: Path, outside: Path, how: str) -> None:
    require_bwrap()
    project = hostile_project(tmp_path / "project", how, outside / "mod.py" if how == "file" else outside)
    before, project_before = tree_digest(outside), tree_digest(project)
    client = await start_server(project)
    try:
        uri = from_fs_path(str(project / "pkg" / "mod.py"))
        open_document(client, uri, FIXED)  # unsaved: the file on disk is still the buggy one
        for _ in range(2):  # the first run plants the link, the second writes the buffer again
            summary = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", [uri]))
            assert (summary["passed"], summary["failed"]) == (2, 0), summary  # the buffer's text was tested
            assert tree_digest(outside) == before
        await client.shutdown_session()
    finally:
        await client.stop()
    assert tree_digest(outside) == before
    assert tree_digest(project) == project_before


def test_links_in_the_users_project_are_copied_as_links_and_never_written_through(
    tmp_path: Path, outside: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = hostile_project(tmp_path / "project", "file", outside)
    (project / "inside.py").symlink_to("pkg/mod.py")
    (project / "outside.py").symlink_to(outside / "mod.py")
    (project / "zero.py").symlink_to("/dev/zero")
    os.mkfifo(project / "fifo.py")
    before, project_before = tree_digest(outside), tree_digest(project)
    with ShadowWorkspace.create(project) as shadow:
        inside, escaping = shadow.root / "inside.py", shadow.root / "outside.py"
        assert inside.is_symlink() and inside.resolve() == shadow.root / "pkg" / "mod.py"
        assert escaping.is_symlink() and os.readlink(escaping) == str(outside / "mod.py")
        assert "outside.py in " in caplog.text and "links outside the project" in caplog.text
        # A device or a FIFO is not copied: nothing reading the copy may hang or read without end.
        assert not os.path.lexists(shadow.root / "zero.py") and not os.path.lexists(shadow.root / "fifo.py")
        shadow.write("outside.py", FIXED)
        shadow.write("inside.py", FIXED)
        assert not escaping.is_symlink() and escaping.read_text() == FIXED
        assert (shadow.root / "pkg" / "mod.py").read_text() != FIXED  # the link was replaced, not followed
        shadow.restore("outside.py")
        shadow.restore("inside.py")
        assert escaping.is_symlink() and inside.is_symlink()
        assert shadow.sync() == []
    assert tree_digest(outside) == before
    assert tree_digest(project) == project_before
