"""Exception families: a check that raises what a test expected, and handlers edited toward what escaped."""

from __future__ import annotations

import builtins
from typing import Iterator

import tree_sitter

from .tree import _Edit, _LOOPS, _ancestors, _first_line, _is_docstring_statement, _line_span
from .function import _Function
from .clauses import _CLAUSE_COMPARISONS, _comparisons_with


_MAX_RAISE_CLAUSES = 36


def raise_guard(f: _Function, raises: tuple[str, ...]) -> Iterator[_Edit]:
    """A check a failing test expected: `if <clause>: raise ValueError(...)`, at the top
    of the body or before one of its statements, on the parameters and the attributes
    of `self` the function reads. Only for exceptions the module can name."""
    nameable = [name for name in raises if name in f.module_names or name in vars(builtins)]
    if not nameable:
        return
    parameters = [p for p in f.params if p not in ("self", "cls")]
    own = sorted({f.source_of(n) for n in f.nodes if n.type == "attribute" and f.source_of(n.child_by_field_name("object")) == "self"})
    names = [*parameters, *(a for a in own if a.count(".") == 1)]
    clauses = [f"{a} {op} {b}" for i, a in enumerate(names) for b in names[i + 1 :] for op in _comparisons_with(b)]
    clauses += [f"{a} {op} {c}" for a in names for c in f.constants for op in _CLAUSE_COMPARISONS]
    clauses += [c for a in names for c in (f"not {a}", f"{a} is None")]
    for offset, indent, rows in _raise_points(f):
        for clause in clauses[:_MAX_RAISE_CLAUSES]:
            for exception in nameable:
                check = f"if {clause}:\n{indent}{f.indent_unit}raise {exception}({clause!r})"
                text = f"\n{indent}{check}" if offset == len(f.data) else f"{indent}{check}\n"
                yield _Edit(offset, offset, text, rows, f"insert `if {clause}: raise {exception}`", expected_raise=True)


_EXCEPTION_GROUPS = (
    ("KeyError", "IndexError", "LookupError"),
    ("ValueError", "TypeError"),
    ("OSError", "FileNotFoundError", "PermissionError"),
    ("ZeroDivisionError", "ArithmeticError"),
)


def exception_handling(
    f: _Function, escaped: tuple[str, ...], expected: tuple[str, ...], raised_rows: frozenset[int] = frozenset()
) -> Iterator[_Edit]:
    """The exception a handler catches or a `raise` raises, replaced by one a failing test
    saw escape (`escaped`) or expected with `pytest.raises` (`expected`), or by a sibling
    (`KeyError` / `IndexError` / `LookupError`); a handler widened to what escaped
    (`except KeyError` -> `except (KeyError, ValueError)`); a handler of `Exception`
    narrowed to one the module or a module it imports raises; and a one-line statement
    wrapped in `try` / `except <escaped>` that raises what a test expected instead or,
    when the tests expect no other exception, skips it, goes on with the loop or returns
    None."""
    escaped = tuple(n for n in escaped if n in f.module_names or n in vars(builtins))
    expected = tuple(n for n in expected if n in f.module_names or n in vars(builtins))
    for node in f.nodes:
        caught = node.child_by_field_name("value") if node.type == "except_clause" else None
        if caught is not None and caught.type == "as_pattern":
            caught = caught.named_children[0]
        raised = node.named_children[0] if node.type == "raise_statement" and node.named_children else None
        if raised is not None and raised.type == "call":
            raised = raised.child_by_field_name("function")
        # `except (ValueError, KeyError)`: each member is edited as a lone handler's would be.
        members = [c for c in caught.named_children if c.type == "identifier"] if caught is not None and caught.type == "tuple" else []
        together = [f.source_of(m) for m in members]
        if members:
            for other in (e for e in escaped if e not in together):
                yield f.replace(caught, f"({', '.join([*together, other])})")
        for name in (n for n in (caught, *members, raised) if n is not None and n.type == "identifier"):
            current = f.source_of(name)
            handled = name == caught or name in members
            wanted = [*escaped, *expected] if handled else [*expected, *escaped]
            for other in dict.fromkeys([*wanted, *(s for g in _EXCEPTION_GROUPS if current in g for s in g)]):
                if other != current and other not in together:
                    yield f.replace(name, other)
            if name == caught:
                for other in (e for e in escaped if e != current):
                    yield f.replace(name, f"({current}, {other})")
            if name == caught and current in ("Exception", "BaseException"):
                # A handler of everything also swallows what a test expects to escape: it
                # meant what the code here raises (`except Exception` -> `except ValueError`).
                for other in sorted(f.raised_nearby - {current, *expected}):
                    if other in f.module_names or other in vars(builtins):
                        yield f.replace(name, other)
    if not escaped:
        return
    for first, last in _statement_runs(f):
        # A test that expects another exception wants this one turned into it, not swallowed.
        handlers = [f"raise {e}(str(error)) from error" for e in expected if e not in escaped]
        if not handlers:
            in_loop = any(a.type in _LOOPS for a in _ancestors(first, f.body))
            handlers = ["pass", "return None", *(["continue"] if in_loop else [])]
        indent, inner = f.indent_of(first), f.indent_of(first) + f.indent_unit
        start, end = _line_span(f, first)[0], _line_span(f, last)[1]
        body = "".join(inner + line.lstrip() for line in f.source_of_range(start, end).splitlines(keepends=True))
        body += "" if body.endswith("\n") else "\n"
        for exception in escaped:
            for handler in handlers:
                caught = f"{exception} as error" if "error" in handler else exception
                text = f"{indent}try:\n{body}{indent}except {caught}:\n{inner}{handler}"
                text += "\n" if f.data[end - 1 : end] == b"\n" else ""  # the function's last line has none
                rows = (first.start_point.row, last.start_point.row)
                turns = handler.startswith("raise") and not raised_rows.isdisjoint(range(rows[0], rows[1] + 1))
                yield _Edit(start, end, text, rows, f"`{_first_line(f, first)}` in `try` / `except {exception}: {handler}`",
                            expected_raise=turns)


def _statement_runs(f: _Function) -> Iterator[tuple[tree_sitter.Node, tree_sitter.Node]]:
    """One-line expression and return statements, alone and with the next one in their
    block: what a `try` may need to hold (`right = stack.pop()` and `left = stack.pop()`)."""
    simple = ("expression_statement", "return_statement")
    for block in (n for n in f.nodes if n.type == "block"):
        statements = [s for s in block.named_children if s.type != "comment"]
        plain = [s.type in simple and "\n" not in f.source_of(s) and f.alone_on_its_lines(s) for s in statements]
        for i, statement in enumerate(statements):
            if plain[i]:
                yield statement, statement
                if i + 1 < len(statements) and plain[i + 1] and statement.type != "return_statement":
                    yield statement, statements[i + 1]


def _raise_points(f: _Function) -> Iterator[tuple[int, str, tuple[int, ...]]]:
    """Before each statement of the body and before the first one of each loop body."""
    blocks = [f.body, *(n.child_by_field_name("body") for n in f.nodes if n.type in _LOOPS)]
    for block in (b for b in blocks if b is not None):
        statements = [s for s in block.named_children if s.type != "comment" and not _is_docstring_statement(s)]
        if block != f.body:
            statements = statements[:1]
        for statement in statements:
            if f.alone_on_its_lines(statement):
                offset = f.data.rfind(b"\n", 0, statement.start_byte) + 1
                yield offset, f.indent_of(statement), (statement.start_point.row,)
