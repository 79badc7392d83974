"""Targets: the function or method around a position, and the tests that exercise it.

Qualified names follow Python's `__qualname__`: "func", "Class.method",
"outer.<locals>.inner", so they match what a traceback's code object reports; a second
definition of the same name in the same scope is "name#2".
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterable, Iterator

import tree_sitter

from . import languages
from .document import SourceDocument
from .positions import decode

# Directories that hold someone else's code or tooling, never the project's tests.
_SKIPPED_DIRS = frozenset({"node_modules", "venv", "env", "site-packages", "build", "dist"})


@dataclass(frozen=True)
class FunctionTarget:
    name: str
    qualname: str  # "Class.method" or "func"
    start: int  # byte range of the whole definition, decorators included
    end: int
    body_start: int  # byte offset of the body block
    header_line: int  # 0-based line of the `def` keyword
    path: str | None = None


def functions(doc: SourceDocument, path: str | None = None) -> list[FunctionTarget]:
    """Every function and method of the document, outermost first, in source order."""
    spec = languages.get(doc.language)
    found: list[FunctionTarget] = []
    seen: dict[str, int] = {}
    for node, scopes in _definitions(doc.tree.root_node, (), spec):
        if node.type not in spec.function_types:
            continue
        name = _name(node)
        outer = node.parent if node.parent is not None and node.parent.type == "decorated_definition" else node
        body = node.child_by_field_name("body")
        qualname = ".".join((*scopes, name))
        # Python gives two definitions of one name in one scope the same __qualname__;
        # greenfix tells them apart: the second is "name#2" (the one Python keeps at module level).
        seen[qualname] = seen.get(qualname, 0) + 1
        found.append(
            FunctionTarget(
                name=name,
                qualname=qualname if seen[qualname] == 1 else f"{qualname}#{seen[qualname]}",
                start=outer.start_byte,
                end=node.end_byte,
                body_start=body.start_byte if body is not None else node.end_byte,
                header_line=node.start_point.row,
                path=path,
            )
        )
    return found


def function_at(doc: SourceDocument, offset: int) -> FunctionTarget | None:
    """The innermost function or method whose definition contains the byte offset."""
    containing = [f for f in functions(doc) if f.start <= offset <= f.end]
    return min(containing, key=lambda f: f.end - f.start, default=None)


_DEF_LINE = re.compile(rb"([ \t]*)(?:async[ \t]+)?def[ \t]")


def function_span_around(doc: SourceDocument, offset: int) -> tuple[int, int] | None:
    """The byte span of the function holding `offset`, also in code too broken for
    tree-sitter to build the function: then the nearest `def` line at or above the
    offset, down to the last line before one indented no deeper than it."""
    target = function_at(doc, offset)
    if target is not None:
        return target.start, target.end
    index, data = doc.index, doc.data
    line = index.line_of(offset)
    for header in range(line, -1, -1):
        found = _DEF_LINE.match(data, index.starts[header])
        if found is None:
            continue
        indent = len(found.group(1))
        last = header
        for following in range(header + 1, index.line_count):
            start, end = index.line_bounds(following)
            content = data[start:end]
            stripped = content.lstrip(b" \t")
            if not stripped or stripped.startswith(b"#"):
                continue
            if len(content) - len(stripped) <= indent:
                break
            last = following
        if last < line:
            return None  # the offset is after that function, at its level or above
        return index.starts[header], index.line_bounds(last)[1]
    return None


def function_named(doc: SourceDocument, qualname: str) -> FunctionTarget | None:
    return next((f for f in functions(doc) if f.qualname == qualname), None)


def outermost_function(doc: SourceDocument, target: FunctionTarget) -> FunctionTarget:
    """The top-level function or method holding `target` (itself, when it is one)."""
    return next(f for f in functions(doc) if f.start <= target.start and target.end <= f.end)


def _definitions(
    node: tree_sitter.Node, scopes: tuple[str, ...], spec: languages.LanguageSpec
) -> Iterator[tuple[tree_sitter.Node, tuple[str, ...]]]:
    """Function and class nodes with the names of their enclosing scopes."""
    for child in node.named_children:
        if child.type in spec.function_types:
            yield child, scopes
            yield from _definitions(child, (*scopes, _name(child), "<locals>"), spec)
        elif child.type in spec.class_types:
            yield child, scopes
            yield from _definitions(child, (*scopes, _name(child)), spec)
        else:
            yield from _definitions(child, scopes, spec)


def _name(node: tree_sitter.Node) -> str:
    name = node.child_by_field_name("name")
    return decode(name.text) if name is not None and name.text is not None else ""


# -- tests ---------------------------------------------------------------------


def find_test_files(project_root: Path) -> list[Path]:
    """Test files (test_*.py, *_test.py) under the project, skipping virtual
    environments, hidden directories and other people's code."""
    spec = languages.PYTHON
    found: list[Path] = []
    for folder, dirs, files in os.walk(project_root):
        dirs[:] = sorted(d for d in dirs if not _skipped(Path(folder, d), spec))
        found.extend(Path(folder, f) for f in sorted(files) if any(fnmatch(f, g) for g in spec.test_file_globs))
    return found


def _skipped(folder: Path, spec: languages.LanguageSpec) -> bool:
    name = folder.name
    return (
        name.startswith(".")
        or name in _SKIPPED_DIRS
        or name in spec.ignored_dirs
        or (folder / "pyvenv.cfg").exists()
    )


def tests_referencing(test_files: Iterable[Path], name: str, root: Path | None = None) -> list[str]:
    """pytest node ids of the test functions whose body mentions `name`, as an
    identifier or as an attribute `.name` (an import alias of it counts too).
    Ids are relative to `root` when given. Tree-sitter only guesses; the caller
    confirms by pytest collection."""
    ids: list[str] = []
    parser = languages.new_parser("python")
    for path in test_files:
        tree = parser.parse(path.read_bytes())
        names = {name, *_aliases(tree.root_node, name)}
        shown = path.relative_to(root).as_posix() if root is not None else path.as_posix()
        for test, parts in _test_functions(tree.root_node):
            if _mentions(test, names):
                ids.append("::".join((shown, *parts)))
    return ids


def names_in_tests(test_file: Path, root: Path) -> dict[str, set[str]]:
    """pytest node id (relative to `root`, no parameters) -> the names its test's body
    mentions, as identifiers or attributes, with `import x as alias` aliases resolved."""
    tree = languages.new_parser("python").parse(test_file.read_bytes())
    aliases: dict[str, str] = {}
    for node in walk(tree.root_node):
        if node.type == "aliased_import":
            original, alias = node.child_by_field_name("name"), node.child_by_field_name("alias")
            if original is not None and alias is not None:
                aliases[decode(alias.text or b"")] = decode(original.text or b"").split(".")[-1]
    shown = test_file.relative_to(root).as_posix()
    found: dict[str, set[str]] = {}
    for test, parts in _test_functions(tree.root_node):
        body = test.child_by_field_name("body")
        names = {decode(n.text or b"") for n in walk(body) if n.type == "identifier"} if body is not None else set()
        found["::".join((shown, *parts))] = names | {aliases[n] for n in names if n in aliases}
    return found


def test_files_text(root: Path, nodeids: Iterable[str]) -> tuple[str, ...]:
    """The texts of the Python files the tests are in, and of the conftest.py files above
    them, where their fixtures may be: what the tests build their inputs from."""
    files: dict[Path, None] = {}
    for nodeid in nodeids:
        path = nodeid.partition("::")[0]
        if not path.endswith(".py"):
            continue
        folder = (root / path).parent
        for parent in [folder, *folder.parents]:
            if not parent.is_relative_to(root):
                break
            files.setdefault(parent / "conftest.py")
        files.setdefault(root / path)
    texts = []
    for file in files:
        try:
            texts.append(file.read_bytes().decode("utf-8", "replace"))  # only read for names
        except OSError:
            continue
    return tuple(texts)


def test_source(root: Path, nodeid: str) -> str:
    """The source of the test a pytest node id names (parameters ignored), or ""."""
    path, _, rest = nodeid.partition("::")
    file = root / path
    try:
        data = file.read_bytes()
    except OSError:
        return ""
    wanted = tuple(rest.split("[", 1)[0].split("::"))
    tree = languages.new_parser("python").parse(data)
    for test, parts in _test_functions(tree.root_node):
        if parts == wanted:
            outer = test.parent if test.parent is not None and test.parent.type == "decorated_definition" else test
            return decode(data[outer.start_byte : outer.end_byte])
    return ""


def fixtures_requested(tests: Iterable[str], modules: Iterable[str]) -> list[str]:
    """The sources of the fixtures the tests ask for by parameter, and of those these ask
    for, found in the modules' texts (test modules and conftest.py files): the data a
    failing test sets up may be written in a fixture (`Booking(..., cancelled=True)`)."""
    parser = languages.new_parser("python")
    fixtures: dict[str, str] = {}
    for text in modules:
        data = text.encode("utf-8", "surrogatepass")
        for node in parser.parse(data).root_node.named_children:
            if node.type == "decorated_definition" and b"fixture" in b"".join(
                d.text or b"" for d in node.named_children if d.type == "decorator"
            ):
                fixtures.setdefault(_name(node.child_by_field_name("definition")), decode(data[node.start_byte : node.end_byte]))
    found: list[str] = []
    wanted = [name for text in tests for name in _parameters(parser, text)]
    while wanted:
        name = wanted.pop()
        if name in fixtures and fixtures[name] not in found:
            found.append(fixtures[name])
            wanted.extend(_parameters(parser, fixtures[name]))
    return found


def _parameters(parser: tree_sitter.Parser, text: str) -> list[str]:
    """The plain parameter names of the first function the text defines."""
    root = parser.parse(text.encode("utf-8", "surrogatepass")).root_node
    function = next((n for n in walk(root) if n.type == "function_definition"), None)
    parameters = function.child_by_field_name("parameters") if function is not None else None
    return [decode(p.text or b"") for p in parameters.named_children if p.type == "identifier"] if parameters is not None else []


def _test_functions(module: tree_sitter.Node) -> Iterator[tuple[tree_sitter.Node, tuple[str, ...]]]:
    """pytest's default collection: `test*` functions, and `test*` methods of `Test*` classes."""
    for node in _undecorated(module.named_children):
        if node.type == "function_definition" and _name(node).startswith("test"):
            yield node, (_name(node),)
        elif node.type == "class_definition" and _name(node).startswith("Test"):
            body = node.child_by_field_name("body")
            for method in _undecorated(body.named_children if body is not None else []):
                if method.type == "function_definition" and _name(method).startswith("test"):
                    yield method, (_name(node), _name(method))


def _undecorated(nodes: Iterable[tree_sitter.Node]) -> Iterator[tree_sitter.Node]:
    for node in nodes:
        definition = node.child_by_field_name("definition") if node.type == "decorated_definition" else node
        if definition is not None:
            yield definition


def _aliases(module: tree_sitter.Node, name: str) -> set[str]:
    """Local names bound by `from x import name as alias`."""
    aliases: set[str] = set()
    for node in walk(module):
        if node.type == "aliased_import":
            original = node.child_by_field_name("name")
            alias = node.child_by_field_name("alias")
            if original is not None and alias is not None and decode(original.text or b"").split(".")[-1] == name:
                aliases.add(decode(alias.text or b""))
    return aliases


def _mentions(test: tree_sitter.Node, names: set[str]) -> bool:
    body = test.child_by_field_name("body")
    return body is not None and any(n.type == "identifier" and decode(n.text or b"") in names for n in walk(body))


def walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The node and all its descendants, in source order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))
