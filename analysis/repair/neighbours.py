"""The project modules a file imports, for the templates to read: a class declared in
another module has the fields a wrong attribute was meant to be, and a constant
written there (`"rejected"`) is the one a missing condition compares with."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Callable

from .. import languages
from ..positions import decode

# Enough for the modules a function's file names; a huge import list is not read whole.
MAX_NEIGHBOURS = 8
MAX_NEIGHBOUR_BYTES = 200_000


def imported_sources(path: str, text: str, read: Callable[[str], str | None]) -> tuple[str, ...]:
    """The texts of the project modules `text` (the file at `path`, relative to the
    project root) imports, as `read(relative path)` gives them; modules outside the
    project (the standard library, installed packages) are not found and left out."""
    found: dict[str, str] = {}
    for module, level in _imports(text):
        for candidate in _module_paths(path, module, level):
            if candidate in found or candidate == path:
                continue
            source = read(candidate)
            if source is not None and len(source) <= MAX_NEIGHBOUR_BYTES:
                found[candidate] = source
                break
        if len(found) >= MAX_NEIGHBOURS:
            break
    return tuple(found.values())


def _imports(text: str) -> list[tuple[str, int]]:
    """(dotted module, leading dots) of each top-level import; `from . import x` gives
    ("x", 1) as well as ("", 1), since `x` may be a module."""
    tree = languages.new_parser("python").parse(text.encode("utf-8", "surrogatepass"))
    found: list[tuple[str, int]] = []
    for node in tree.root_node.named_children:
        if node.type == "import_statement":
            for name in node.children_by_field_name("name"):
                dotted = name.child_by_field_name("name") if name.type == "aliased_import" else name
                found.append((decode(dotted.text or b"") if dotted is not None else "", 0))
        elif node.type == "import_from_statement":
            source = node.child_by_field_name("module_name")
            written = decode(source.text or b"") if source is not None else ""
            level = len(written) - len(written.lstrip("."))
            module = written.lstrip(".")
            found.append((module, level))
            for name in node.children_by_field_name("name"):
                dotted = name.child_by_field_name("name") if name.type == "aliased_import" else name
                if dotted is not None:
                    found.append((".".join(filter(None, [module, decode(dotted.text or b"")])), level))
    return [(module, level) for module, level in found if module]


def _module_paths(path: str, module: str, level: int) -> list[str]:
    """Where the module's file may be: beside the importing file for a relative import;
    for an absolute one, under each folder above it (a src/ layout, a flat layout)."""
    folder = PurePosixPath(path).parent
    if level:
        bases = [folder.parents[level - 2] if level > 1 else folder] if level - 1 <= len(folder.parents) else []
    else:
        bases = [folder, *folder.parents]
    relative = PurePosixPath(*module.split("."))
    return [
        (base / relative).with_suffix(".py").as_posix() if kind == "module" else (base / relative / "__init__.py").as_posix()
        for base in bases
        for kind in ("module", "package")
    ]
