"""A workspace of 50,000 files is not copied whole: code always, data within a budget."""

from __future__ import annotations

from pathlib import Path

from greenfix.analysis.testing.shadow import MAX_DATA_FILES, ShadowWorkspace


def test_a_huge_workspace_copies_its_code_and_a_bounded_share_of_its_data(tmp_path: Path):
    project = tmp_path / "huge"
    data = project / "data"
    data.mkdir(parents=True)
    for n in range(50_000):
        (data / f"{n}.json").write_text("{}")
    (project / "mod.py").write_text("X = 1\n")
    (project / "tests").mkdir()
    (project / "tests" / "test_mod.py").write_text("from mod import X\n\ndef test_x():\n    assert X == 1\n")

    with ShadowWorkspace.create(project) as shadow:
        copied = [p for p in shadow.root.rglob("*") if p.is_file()]
        assert (shadow.root / "mod.py").is_file() and (shadow.root / "tests" / "test_mod.py").is_file()
        assert len(copied) == 2 + MAX_DATA_FILES
        assert shadow.left_out == 50_000 - MAX_DATA_FILES
