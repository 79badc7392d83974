"""The edit the templates make, and generic helpers on tree-sitter nodes and texts."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

import tree_sitter

from ...positions import decode
from ...targets import walk

if TYPE_CHECKING:
    from .function import _Function


_CONDITION_OWNERS = frozenset({"if_statement", "elif_clause", "while_statement"})
_LOOPS = frozenset({"for_statement", "while_statement"})
_COMPREHENSIONS = frozenset({"list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"})


@dataclass(frozen=True)
class _Edit:
    """Replace bytes [start, end) of the parsed text with `new`."""

    start: int
    end: int
    new: str
    lines: tuple[int, ...]  # 0-based rows (in the parsed text) whose suspiciousness counts
    description: str
    progress: bool = False  # a step a stuck `while` loop may lack, or take in one branch only (see loop_progress)
    expected_raise: bool = False  # raises what a failing test expected (see raise_guard)
    # (row, clause): the clause that guards the statement at a row (see guarded_statement).
    guard: tuple[int, str] | None = None
    size: int | None = None  # how big a change it is, when its text says it wrongly (see _Function.replace)


def _read_names(node: tree_sitter.Node) -> set[str]:
    """The bare names an expression reads: `score` of `score.points`."""
    return {decode(n.text or b"") for n in walk(node) if n.type == "identifier" and _reads_a_name(n)}


def _ancestors(node: tree_sitter.Node, top: tree_sitter.Node | None) -> Iterator[tree_sitter.Node]:
    current = node.parent
    while current is not None and current != top:
        yield current
        current = current.parent


# Methods of `str` that return a changed copy and leave their object as it is.
_COPYING_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize",
                              "removeprefix", "removesuffix", "replace", "zfill", "format"})

_NUMBER_TYPES = frozenset({"int", "float", "Decimal", "Fraction", "complex", "Number", "Real"})


def _is_assignment_target(node: tree_sitter.Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in ("assignment", "augmented_assignment", "for_statement") and (
        parent.child_by_field_name("left") == node
    )


def _reads_a_name(node: tree_sitter.Node) -> bool:
    """A bare name that is read (not an attribute's field, a keyword, a definition or a target)."""
    parent = node.parent
    if parent is None or _is_attribute_name(node) or _is_assignment_target(node):
        return False
    if parent.type == "keyword_argument" and parent.child_by_field_name("name") == node:
        return False
    return parent.type not in ("function_definition", "class_definition", "parameters", "default_parameter")


# Methods that change the collection they are called on.
_CHANGING_METHODS = frozenset({"append", "extend", "insert", "add", "update", "discard", "remove", "pop", "popleft",
                               "appendleft", "clear", "setdefault"})


def _last_name(node: tree_sitter.Node) -> str:
    if node.type == "attribute":
        return decode(node.child_by_field_name("attribute").text or b"")
    return decode(node.text or b"")


def _name_of(node: tree_sitter.Node) -> str:
    name = node.child_by_field_name("name")
    return decode(name.text or b"") if name is not None else ""


def _first(node: tree_sitter.Node, wanted: Callable[[tree_sitter.Node], bool]) -> tree_sitter.Node | None:
    return next((n for n in walk(node) if wanted(n)), None)


def _compiles(data: bytes) -> bool:
    # Candidates are made to be odd ("x is 0"); the compiler's style warnings are noise here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, "<candidate>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return False
    return True


def _change_size(old: str, new: str) -> int:
    """Characters changed once the common prefix and suffix are set aside; of a statement
    inserted or deleted whole, its text without the indentation, which says nothing of
    how big a change it is; of a clause joined to the old text kept whole in
    parentheses, the clause: `(a and b) and c` adds ` and c`."""
    if not old or not new:
        return len(" ".join((old or new).split()))
    rest = new.replace(f"({old})", "", 1)
    if rest != new and re.match(r"\s*(and|or)\s|.*\s(and|or)\s*$", rest):
        return len(rest)
    if old in new:
        new = _unwrapped(new)  # `(len(xs) - 1)` for `len(xs)`: the parentheses only keep the order
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return max(len(old) - prefix - suffix, len(new) - prefix - suffix)


def _unwrapped(text: str) -> str:
    """The text without the parentheses around all of it, if there are such."""
    if not (text.startswith("(") and text.endswith(")")):
        return text
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and i < len(text) - 1:
            return text  # `(a) + (b)`: the first one closes before the end
    return text[1:-1]


def _identifiers(node: tree_sitter.Node | None) -> Iterator[str]:
    """Names bound by a target: `x`, `x, y`, `(x, [y, *z])`; not `a.b` or `a[i]`."""
    if node is None:
        return
    if node.type == "identifier":
        yield decode(node.text or b"")
    elif node.type in ("pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern", "as_pattern_target", "tuple", "list"):
        for child in node.named_children:
            yield from _identifiers(child)


def _parameter_names(function: tree_sitter.Node) -> list[str]:
    names: list[str] = []
    parameters = function.child_by_field_name("parameters")
    for parameter in parameters.named_children if parameters is not None else []:
        named = parameter.child_by_field_name("name")
        if named is None:
            named = _first(parameter, lambda n: n.type == "identifier")
        if named is not None:
            names.append(decode(named.text or b""))
    return names


def _none_names(function: tree_sitter.Node) -> set[str]:
    """Names that start as None: `found = None`, a parameter `limit=None`."""
    found = set()
    for node in walk(function):
        value = node.child_by_field_name("right" if node.type == "assignment" else "value")
        if node.type in ("assignment", "default_parameter", "typed_default_parameter") and value is not None and value.type == "none":
            name = node.child_by_field_name("left" if node.type == "assignment" else "name")
            if name is not None and name.type == "identifier":
                found.add(decode(name.text or b""))
    return found


def _assigned_names(body: tree_sitter.Node) -> set[str]:
    """Locals: assignment and loop targets, `with ... as`, walrus and comprehension variables."""
    names: set[str] = set()
    for node in walk(body):
        if node.type in ("assignment", "augmented_assignment", "for_statement", "for_in_clause"):
            names.update(_identifiers(node.child_by_field_name("left")))
        elif node.type == "as_pattern_target":
            names.update(_identifiers(node))
        elif node.type == "named_expression":
            names.update(_identifiers(node.child_by_field_name("name")))
    return names


def _is_variable(node: tree_sitter.Node, names: list[str]) -> bool:
    """An identifier that reads or binds one of `names` (not an attribute's field,
    a keyword argument's name or a called function)."""
    if node.type != "identifier" or decode(node.text or b"") not in names:
        return False
    parent = node.parent
    if parent is None:
        return False
    if _is_attribute_name(node):
        return False
    for kind, field in (("keyword_argument", "name"), ("call", "function")):
        if parent.type == kind and parent.child_by_field_name(field) == node:
            return False
    return parent.type not in ("global_statement", "nonlocal_statement", "function_definition", "class_definition")


def _identity_kept(f: _Function, node: tree_sitter.Node, replaced: tree_sitter.Node, new: str) -> str | None:
    """The operand a binary operation `node` keeps when `new` in place of its operator or
    operand `replaced` makes it an identity (`j * 1`, `j + 0`, `0 + j`); None when it
    does not."""
    if node.type != "binary_operator":
        return None
    parts = {name: node.child_by_field_name(name) for name in ("left", "operator", "right")}
    texts = {name: new if part == replaced else f.source_of(part) for name, part in parts.items()}
    operator, left, right = texts["operator"], texts["left"], texts["right"]
    if right == _NEUTRAL.get(operator):
        return left
    if operator in ("+", "*") and left == _NEUTRAL[operator]:
        return right
    return None


# The right operand that leaves the left one as it is.
_NEUTRAL = {"+": "0", "-": "0", "*": "1", "/": "1", "//": "1", "**": "1"}


def _is_negative_literal(node: tree_sitter.Node | None) -> bool:
    """`-1`: a unary minus on an integer, which templates treat as one literal."""
    return (
        node is not None
        and node.type == "unary_operator"
        and node.child_by_field_name("operator").type == "-"
        and node.child_by_field_name("argument").type == "integer"
    )


def _positional_arguments(call: tree_sitter.Node) -> list[tree_sitter.Node]:
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type != "argument_list":
        return []
    return [
        a
        for a in arguments.named_children
        if a.type not in ("keyword_argument", "list_splat", "dictionary_splat", "comment")
    ]


def _words(text: str) -> frozenset[str]:
    """The words of names and prose, lower case and singular: `rejectedLines` and
    "rejected line" both give {"rejected", "line"}; short words say too little."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text)
    return frozenset(w.lower().removesuffix("s") for w in words if len(w) > 3)


def _is_docstring(node: tree_sitter.Node) -> bool:
    return node.type == "string" and node.parent is not None and _is_docstring_statement(node.parent)


def _is_docstring_statement(node: tree_sitter.Node) -> bool:
    return node.type == "expression_statement" and node.named_child_count == 1 and node.named_children[0].type == "string"


def _statements(f: _Function) -> Iterator[tree_sitter.Node]:
    """Every statement in the body, nested blocks included."""
    for node in f.nodes:
        if node.parent is not None and node.parent.type == "block" and node.is_named and node.type != "comment":
            yield node


def _line_span(f: _Function, node: tree_sitter.Node) -> tuple[int, int]:
    """Bytes of the whole lines a statement occupies, its line break included."""
    start = f.data.rfind(b"\n", 0, node.start_byte) + 1
    end = f.data.find(b"\n", node.end_byte)
    return start, len(f.data) if end < 0 else end + 1


def _first_line(f: _Function, node: tree_sitter.Node) -> str:
    return f.source_of(node).splitlines()[0]


def _is_attribute_name(node: tree_sitter.Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "attribute" and parent.child_by_field_name("attribute") == node
