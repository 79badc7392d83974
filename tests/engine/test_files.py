"""Which files a walk finds, and reading them as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenfix.analysis.files import BadPath, UnreadableFile, iter_source_files, read_source


def make_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def found(paths: list[Path], root: Path | None = None) -> list[str]:
    return [p.as_posix() for p in iter_source_files(paths, root)]


def test_a_walk_skips_version_control_virtualenvs_node_modules_and_caches(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path, {
        "app.py": "", "pkg/mod.py": "", "pkg/stub.pyi": "", "README.md": "",
        ".git/hooks/h.py": "", ".hg/x.py": "", ".svn/x.py": "",
        ".venv/lib/site.py": "", "venv/lib/site.py": "", "env311/pyvenv.cfg": "", "env311/lib/site.py": "",
        "web/node_modules/pkg/x.py": "", "pkg/__pycache__/mod.py": "", ".tox/py/x.py": "",
    })
    monkeypatch.chdir(tmp_path)
    assert found([Path(".")]) == ["app.py", "pkg/mod.py", "pkg/stub.pyi"]


def test_root_and_nested_gitignores_are_respected(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path, {
        ".gitignore": "build/\n*_generated.py\n/top_only.py\n",
        "build/out.py": "", "a_generated.py": "", "top_only.py": "", "keep.py": "",
        "sub/top_only.py": "", "sub/.gitignore": "local.py\n!b_generated.py\n",
        "sub/local.py": "", "sub/b_generated.py": "", "sub/c_generated.py": "",
    })
    monkeypatch.chdir(tmp_path)
    assert found([Path(".")]) == ["keep.py", "sub/b_generated.py", "sub/top_only.py"]


def test_walking_a_subdirectory_honours_the_gitignore_of_the_checkout_above(tmp_path: Path) -> None:
    make_tree(tmp_path, {".git/HEAD": "", ".gitignore": "src/gen/\n", "src/gen/x.py": "", "src/y.py": ""})
    assert found([tmp_path / "src"]) == [(tmp_path / "src/y.py").as_posix()]


def test_an_explicit_root_decides_which_gitignores_apply(tmp_path: Path) -> None:
    make_tree(tmp_path, {".gitignore": "src/gen/\n", "src/gen/x.py": "", "src/y.py": ""})
    assert found([tmp_path / "src"]) == [(tmp_path / p).as_posix() for p in ("src/gen/x.py", "src/y.py")]
    assert found([tmp_path / "src"], root=tmp_path) == [(tmp_path / "src/y.py").as_posix()]


def test_files_named_explicitly_are_included_even_when_ignored(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path, {".gitignore": "*.py\n", "a.py": "", "b.py": ""})
    monkeypatch.chdir(tmp_path)
    assert found([Path(".")]) == []
    assert found([Path("b.py"), Path("a.py")]) == ["b.py", "a.py"]


def test_a_file_reached_twice_is_listed_once(tmp_path: Path, monkeypatch) -> None:
    make_tree(tmp_path, {"a.py": "", "b.py": ""})
    monkeypatch.chdir(tmp_path)
    assert found([Path("b.py"), Path("."), Path("./a.py")]) == ["b.py", "a.py"]


def test_a_missing_path_is_a_bad_path_before_anything_is_walked(tmp_path: Path) -> None:
    with pytest.raises(BadPath, match="no such file or directory"):
        iter_source_files([tmp_path, tmp_path / "missing.py"])


def test_an_explicit_file_of_no_known_language_is_a_bad_path(tmp_path: Path) -> None:
    make_tree(tmp_path, {"notes.txt": "hello"})
    with pytest.raises(BadPath, match="notes.txt: not a source file of a known language"):
        iter_source_files([tmp_path / "notes.txt"])


def test_a_latin1_file_with_a_coding_declaration_is_decoded_by_it(tmp_path: Path) -> None:
    path = tmp_path / "old.py"
    path.write_bytes(b"# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n")
    assert read_source(path) == "# -*- coding: latin-1 -*-\nname = 'café'\n"


def test_a_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.py"
    path.write_bytes(b"\xef\xbb\xbfx = 1\r\n")
    assert read_source(path) == "x = 1\r\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x = 1\ny = 2\nz = '\xff'\n", "not valid UTF-8: cannot decode byte 0xff at line 3"),
        (b"name = 'caf\xe9'\n", "not valid UTF-8: cannot decode byte 0xe9 at line 1"),
        (b"x = 1\x00\x01\x02", "binary file: contains NUL bytes"),
        (b"# coding: klingon\nx = 1\n", "bad coding declaration: unknown encoding: klingon"),
    ],
)
def test_an_unreadable_file_gets_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.py"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as error:
        read_source(path)
    assert str(error.value) == message


def test_a_directory_that_cannot_be_read_as_a_file_gets_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_source(tmp_path)
