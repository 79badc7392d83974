"""A function that says it returns a value and never does: the static "missing return
statement" a type checker reports. When a test fails on a None, such a function among
those the test ran is where the None came from."""

from __future__ import annotations

import ast
import functools
import re
import textwrap
from collections.abc import Iterator

# Types that a function ending without `return` can honestly be annotated with.
_MAY_GIVE_NONE = frozenset({"None", "NoReturn", "Never", "Any", "object"})

_NONE_IN_MESSAGE = re.compile(r"\bNone(Type)?\b")


def mentions_none(message: str) -> bool:
    """`'NoneType' object is not callable`, `assert None == 3`, ..."""
    return bool(_NONE_IN_MESSAGE.search(message))


@functools.lru_cache(maxsize=1024)  # every failing test that met a None asks about the same functions
def lacks_return(function_source: str) -> bool:
    """True for a function annotated to return a value (`-> int`, `-> Callable[[], None]`)
    whose own body has no `return <value>` and no `yield`, and is more than a stub."""
    try:
        tree = ast.parse(textwrap.dedent(function_source))
    except SyntaxError:
        return False
    function = tree.body[0] if tree.body else None
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) or function.returns is None:
        return False
    if _may_be_none(function.returns) or _is_stub(function):
        return False
    return not any(
        isinstance(node, (ast.Yield, ast.YieldFrom)) or (isinstance(node, ast.Return) and node.value is not None)
        for node in _own_nodes(function)
    )


def _may_be_none(annotation: ast.expr) -> bool:
    """None itself, an Optional or a union with None, NoReturn, Any; a string annotation
    is read the same way."""
    if isinstance(annotation, ast.Constant):
        if annotation.value is None:
            return True
        if isinstance(annotation.value, str):
            try:
                return _may_be_none(ast.parse(annotation.value, mode="eval").body)
            except SyntaxError:
                return True
        return True
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _may_be_none(annotation.left) or _may_be_none(annotation.right)
    name = ast.unparse(annotation.value if isinstance(annotation, ast.Subscript) else annotation).rsplit(".", 1)[-1]
    if name in ("Optional", "Union"):
        return True if name == "Optional" else any(_may_be_none(e) for e in _elements(annotation))
    return name in _MAY_GIVE_NONE


def _elements(annotation: ast.expr) -> list[ast.expr]:
    inner = annotation.slice if isinstance(annotation, ast.Subscript) else annotation
    return list(inner.elts) if isinstance(inner, ast.Tuple) else [inner]


def _is_stub(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A body of only a docstring, `...`, `pass` or a `raise` (abstract, not yet written)."""
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    return all(isinstance(s, (ast.Pass, ast.Raise)) for s in body)


def _own_nodes(function: ast.AST) -> Iterator[ast.AST]:
    """The nodes of the function's body, not of the functions, lambdas and classes in it."""
    for child in ast.iter_child_nodes(function):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        yield child
        yield from _own_nodes(child)
