"""The language registry: which tree-sitter grammar parses a file, and which of its
node types are functions, classes and calls.

Python is registered here. Another language is one more `register(...)` call
with its grammar and node types; nothing else in the engine names a language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePath
from typing import Callable

import tree_sitter


@dataclass(frozen=True)
class LanguageSpec:
    name: str
    suffixes: tuple[str, ...]
    grammar: Callable[[], object]  # returns the grammar's language capsule
    function_types: frozenset[str]
    class_types: frozenset[str]
    call_types: frozenset[str]
    # Directory names never worth walking into for this language's sources.
    ignored_dirs: frozenset[str] = field(default_factory=frozenset)
    test_file_globs: tuple[str, ...] = ()


_REGISTRY: dict[str, LanguageSpec] = {}


def register(spec: LanguageSpec) -> None:
    _REGISTRY[spec.name] = spec


def get(name: str) -> LanguageSpec:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no language registered as {name!r}; known: {sorted(_REGISTRY)}") from None


def for_path(path: str | PurePath) -> LanguageSpec | None:
    suffix = PurePath(path).suffix
    for spec in _REGISTRY.values():
        if suffix in spec.suffixes:
            return spec
    return None


def for_language_id(language_id: str) -> LanguageSpec | None:
    """The spec for an LSP languageId ("python")."""
    return _REGISTRY.get(language_id)


@cache
def ts_language(name: str) -> tree_sitter.Language:
    return tree_sitter.Language(get(name).grammar())


def new_parser(name: str) -> tree_sitter.Parser:
    return tree_sitter.Parser(ts_language(name))


def _python_grammar() -> object:
    import tree_sitter_python

    return tree_sitter_python.language()


PYTHON = LanguageSpec(
    name="python",
    suffixes=(".py", ".pyi"),
    grammar=_python_grammar,
    function_types=frozenset({"function_definition"}),
    class_types=frozenset({"class_definition"}),
    call_types=frozenset({"call"}),
    ignored_dirs=frozenset({"__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".eggs"}),
    test_file_globs=("test_*.py", "*_test.py"),
)
register(PYTHON)
