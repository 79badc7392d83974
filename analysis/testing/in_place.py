"""Load a candidate's text in place of a module's file, in a forked test child: no file is
written, so children with different candidates can run side by side from one worker.

Runs INSIDE the project's interpreter (greenfix is not installed there): standard
library only, loaded by path. Two cases:
- the worker imported the module before forking (a conftest imports the code under
  test): the function's code object is replaced in place (`__code__`), so every
  reference to it (a class, a name imported elsewhere) runs the candidate;
- it did not: the child's import of that file compiles the candidate's text instead.
Either way tracebacks show the candidate's lines. The engine sends only candidates that
change a function's body (decorators and signature unchanged), which is what `__code__`
can carry.

A request's "override": {"path": RELPATH, "text": TEXT, "qualname": OUTERMOST FUNCTION, "line": ITS FIRST LINE}
"""

from __future__ import annotations

import gc
import importlib.machinery
import linecache
import os
import sys
from types import CodeType, FunctionType
from typing import Any


class CannotLoad(Exception):
    """The candidate cannot be loaded in place; the file must be written instead."""


def load_in_place(root: str, override: dict[str, Any]) -> None:
    path = os.path.realpath(os.path.join(root, override["path"]))
    text = override["text"]
    try:
        code = compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        raise CannotLoad(f"the candidate does not compile: {error}") from error
    linecache.cache[path] = (len(text), None, text.splitlines(True), path)
    loaded = [m for m in list(sys.modules.values()) if _file_of(m) == path]
    if loaded:
        for module in loaded:
            _replace_function_code(module, code, override["qualname"], override["line"])
    else:
        _compile_on_import(path, code)


# The loaded modules' files, resolved. The worker fills this once before it forks, so a
# child does not resolve hundreds of paths (pytest alone brings them) per candidate.
_resolved: dict[str, str] = {}


def remember_loaded_files() -> None:
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file not in _resolved:
            _resolved[file] = os.path.realpath(file)


def _file_of(module: Any) -> str | None:
    file = getattr(module, "__file__", None)
    if not isinstance(file, str):
        return None
    return _resolved.get(file) or os.path.realpath(file)


def _replace_function_code(module: Any, module_code: CodeType, qualname: str, line: int) -> None:
    parts = qualname.split(".")
    new_code = _find_code(module_code, parts, line)
    if new_code is None:
        raise CannotLoad(f"{qualname} is not in the candidate at line {line}")
    holder: Any = module
    for part in parts[:-1]:
        holder = vars(holder).get(part) if holder is not None else None
    function = _unwrap(vars(holder).get(parts[-1]), parts[-1], line) if holder is not None else None
    found = [function] if function is not None else _functions_of(module_code.co_filename, qualname, line)
    if not found:
        raise CannotLoad(f"{qualname} is not reachable in the loaded module")
    for function in found:
        try:
            function.__code__ = new_code
        except ValueError as error:  # a different closure (free variables) than the original
            raise CannotLoad(str(error)) from error


def _functions_of(filename: str, qualname: str, line: int) -> list[FunctionType]:
    """Every live function made from that definition, wherever it is kept: the module may
    have removed it from its class or namespace after wrapping it (a property object holding
    it, a registry). A walk of the heap, so only when the name leads nowhere."""
    return [
        value
        for value in gc.get_objects()
        if isinstance(value, FunctionType)
        and value.__qualname__ == qualname
        and value.__code__.co_firstlineno == line
        and os.path.realpath(value.__code__.co_filename) == filename
    ]


def _find_code(code: CodeType, parts: list[str], line: int) -> CodeType | None:
    """The code object of the function `parts` (class and function names) in a module's code."""
    if not parts:
        return None
    for constant in code.co_consts:
        if isinstance(constant, CodeType) and constant.co_name == parts[0]:
            if len(parts) == 1 and constant.co_firstlineno == line:
                return constant
            if len(parts) > 1:  # a class body's code holds its methods
                found = _find_code(constant, parts[1:], line)
                if found is not None:
                    return found
    return None


def _unwrap(value: Any, name: str, line: int) -> Any:
    """The plain function behind a staticmethod, classmethod, property or functools.wraps wrapper."""
    seen = 0
    candidates = [value]
    while candidates and seen < 20:
        seen += 1
        current = candidates.pop(0)
        code = getattr(current, "__code__", None)
        if isinstance(code, CodeType) and code.co_name == name and code.co_firstlineno == line:
            return current
        for attribute in ("__func__", "__wrapped__", "fget", "fset", "fdel"):
            inner = getattr(current, attribute, None)
            if inner is not None:
                candidates.append(inner)
    return None


def _compile_on_import(path: str, code: CodeType) -> None:
    original = importlib.machinery.SourceFileLoader.get_code

    def get_code(self: Any, fullname: str) -> CodeType:
        if os.path.realpath(self.get_filename(fullname)) == path:
            return code
        return original(self, fullname)

    # This process is a forked child that runs one request and exits: the patch dies with it.
    importlib.machinery.SourceFileLoader.get_code = get_code  # type: ignore[method-assign]
