"""Value families: a value wrapped, converted or sorted the other way."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

import tree_sitter

from ...targets import walk
from .tree import _COPYING_METHODS, _Edit, _LOOPS, _is_variable, _read_names
from .facts import _assigned_names_before
from .function import _Function
from .operators import _integer_valued


def _traded_words(f: _Function, fields: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(word, other word) such that every field that has the word has a sibling, of the
    same owner, with the other word in its place."""
    fields = list(fields)
    words = {w for _, field in fields for w in field.split("_")}
    pairs = []
    for word in sorted(words):
        having = [(owner, field) for owner, field in fields if word in field.split("_")]
        if any(field.count("_") == 0 for _, field in having):
            continue  # a one-word field traded whole is another field, not its sibling
        others = None
        for owner, field in having:
            parts = field.split("_")
            siblings = {
                g.split("_")[i] for g in f.fields_of(owner) if len(g.split("_")) == len(parts)
                and f.annotations.get(g) == f.annotations.get(field)
                for i, w in enumerate(parts) if w == word and g.split("_")[:i] + g.split("_")[i + 1 :] == parts[:i] + parts[i + 1 :]
            } - {word}
            others = siblings if others is None else others & siblings
        pairs += [(word, other) for other in sorted(others or ())]
    return pairs


def _trade(field: str, word: str, other: str) -> str:
    return "_".join(other if w == word else w for w in field.split("_"))


def _carried_assignments(f: _Function) -> Iterator[tuple[str, tree_sitter.Node]]:
    """(name, assigned value) of `name = value` in a loop, for a name set before the loop
    and read in it: what the loop carries from one item to the next."""
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        carried = _assigned_names_before(f, loop) & _read_names(body)
        for node in walk(body):
            left = node.child_by_field_name("left") if node.type == "assignment" else None
            value = node.child_by_field_name("right") if left is not None else None
            if left is not None and left.type == "identifier" and value is not None and f.source_of(left) in carried:
                if f.source_of(left) not in _read_names(value):  # `total = total + x` is no bound
                    yield f.source_of(left), value


_WRAPPERS = ("sorted", "list", "dict", "set")


# Words for the two ends of what may count at both: stairs at the address moved from and to.
_BOTH_ENDS = {a: b for pair in (("from", "to"), ("in", "out"), ("left", "right"), ("up", "down"), ("front", "back"),
                                ("home", "away")) for a, b in (pair, pair[::-1])}


def _counts_in_a_sum(node: tree_sitter.Node) -> bool:
    """The node is a factor of a product or a term of a sum, or what `+=` adds."""
    parent = node.parent
    if parent.type == "binary_operator":
        return parent.child_by_field_name("operator").type in ("*", "+")
    return parent.type == "augmented_assignment" and parent.child_by_field_name("right") == node


def wrapped_value(f: _Function) -> Iterator[_Edit]:
    """A value that needed a copy, an order or one of the file's one-argument helpers:
    `result = base` -> `result = dict(base)`, `ordered = scores(s)` ->
    `ordered = sorted(scores(s))` (largest first where the docstring says so, "longest
    first"), `share = total / n` -> `share = cents(total / n)`, for
    assigned, returned and iterated values, or sorted before it is sliced,
    `sorted(awards)[1:-1]`; a difference kept from going below zero,
    `extra = max(0, driven - allowance)`; a name or a difference compared by size
    either way, `abs(a - b) > tolerance`; the part past a bound where the whole was
    used under the check that passed it, `(miles - FREE_MILES) * rate`; and a count at
    one end where both count, `(job.from_flights + job.to_flights)`."""
    for node in f.nodes:
        value = None
        if node.type == "assignment" and node.child_by_field_name("left").type == "identifier":
            value = node.child_by_field_name("right")
        elif node.type == "return_statement" and len(node.named_children) == 1:
            value = node.named_children[0]
        elif node.type == "for_statement":
            value = node.child_by_field_name("right")
        if value is None or value.type not in ("identifier", "attribute", "call", "subscript", "binary_operator"):
            continue
        called = f.source_of(value.child_by_field_name("function")) if value.type == "call" else None
        containers = _WRAPPERS if value.type != "binary_operator" else ()  # `sorted(a + b)` is rarely meant
        for wrapper in [*containers, *f.helpers]:
            if called not in (*_WRAPPERS, wrapper):
                yield f.replace(value, f"{wrapper}({f.source_of(value)})")
        if f.says_descending and called not in _WRAPPERS and value.type != "binary_operator":
            yield f.replace(value, f"sorted({f.source_of(value)}, reverse=True)")
        # A slice of what was meant in order: the top three, or all but the lowest and highest.
        sliced = value.child_by_field_name("value") if value.type == "subscript" else None
        if sliced is not None and any(c.type == "slice" for c in value.named_children) and sliced.type in ("identifier", "attribute"):
            yield f.replace(sliced, f"sorted({f.source_of(sliced)})")
        # A difference that may not go below nothing: miles over an allowance, time left.
        if value.type == "binary_operator" and value.child_by_field_name("operator").type == "-" and node.type != "for_statement":
            yield replace(f.replace(value, f"max(0, {f.source_of(value)})"), size=len("max(0, )"))
    for node in f.nodes:
        # Likewise one that a product scales: `(miles - FREE_MILES) * PER_MILE`.
        inner = node.named_children[0] if node.type == "parenthesized_expression" and node.named_child_count == 1 else None
        if inner is not None and inner.type == "binary_operator" and inner.child_by_field_name("operator").type == "-" \
                and node.parent.type == "binary_operator" and node.parent.child_by_field_name("operator").type in ("*", "/"):
            yield replace(f.replace(node, f"max(0, {f.source_of(inner)})"), size=len("max(0, )"))
        # A count at one end where both ends count: `job.from_flights * rate` ->
        # `(job.from_flights + job.to_flights) * rate`.
        if node.type == "attribute" and node.child_by_field_name("object").type == "identifier" and _counts_in_a_sum(node):
            owner, field = f.source_of(node.child_by_field_name("object")), f.source_of(node.child_by_field_name("attribute"))
            for word, other in _traded_words(f, [(owner, field)]):
                sibling = f"{owner}.{_trade(field, word, other)}"
                if _BOTH_ENDS.get(word) == other and sibling not in f.source_of(node.parent):
                    yield f.replace(node, f"({f.source_of(node)} + {sibling})")
    # A bound a loop carries keeps the larger or the smaller value: `cursor = end` ->
    # `cursor = max(cursor, end)`, where meetings overlap.
    for name, value in _carried_assignments(f):
        for bound in ("max", "min"):
            yield f.replace(value, f"{bound}({name}, {f.source_of(value)})")
    # A size compared either way: `difference > tolerance` -> `abs(difference) > tolerance`.
    for node in f.nodes:
        if node.type != "comparison_operator" or len(node.named_children) != 2:
            continue
        if [c.type for c in node.children if not c.is_named] not in (["<"], ["<="], [">"], [">="]):
            continue
        for side in node.named_children:
            if _is_variable(side, f.names) or (side.type == "binary_operator" and side.child_by_field_name("operator").type == "-"):
                yield f.replace(side, f"abs({f.source_of(side)})")
    # What is past a bound, where the whole was used under the check that it passed it:
    # under `if order.miles > FREE_MILES:`, `order.miles * rate` -> `(order.miles - FREE_MILES) * rate`.
    for node in f.nodes:
        condition, body = node.child_by_field_name("condition"), node.child_by_field_name("consequence")
        if node.type != "if_statement" or condition is None or body is None or condition.type != "comparison_operator":
            continue
        operators = [c.type for c in condition.children if not c.is_named]
        if len(condition.named_children) != 2 or operators not in (["<"], ["<="], [">"], [">="]):
            continue
        value, bound = condition.named_children if operators[0] in (">", ">=") else reversed(condition.named_children)
        whole, past = f.source_of(value), f.source_of(bound)
        if value.type not in ("identifier", "attribute") or (bound.type == "integer" and past == "0"):
            continue
        for read in walk(body):
            operation = read.parent
            if f.source_of(read) == whole and operation is not None and operation.type == "binary_operator" \
                    and operation.child_by_field_name("operator").type in ("*", "/", "//"):
                yield f.replace(read, f"({whole} - {past})")


def converted_value(f: _Function) -> Iterator[_Edit]:
    """A value used as another type than it has, converted: text added to a number,
    `total += int(qty)`; a number joined to text, `name + " (" + str(count) + ")"`; a
    count looped over, `for i in range(len(items) - 1)`; a quotient rounded,
    `round(total / n, 2)`, or to whole units as the module does elsewhere,
    `math.ceil(...)`; a name compared with what is lowered or stripped given the same,
    `wanted.lower() in [t.lower() for t in tags]`; text returned by a function declared
    to return a number, `float(number.strip())`."""
    for node in f.nodes:
        if node.type in ("augmented_assignment", "binary_operator"):
            operator = node.child_by_field_name("operator").type
            operands = [node.child_by_field_name("right" if node.type == "augmented_assignment" else "left"), node.child_by_field_name("right")]
            texts = [o for o in operands if o is not None and _is_text(o)]
            for operand in dict.fromkeys(o for o in operands if o is not None and not _is_text(o)):
                if texts and operator == "+":
                    yield f.replace(operand, f"str({f.source_of(operand)})")
                elif not texts and operand.type == "identifier" and f.source_of(operand) in f.texts | f.split_names:
                    for kind in ("int", "float"):
                        yield f.replace(operand, f"{kind}({f.source_of(operand)})")
            if node.type == "binary_operator" and operator == "/" and node.parent is not None and node.parent.type in ("return_statement", "assignment"):
                for digits in (", 2", ", 1", ""):
                    yield f.replace(node, f"round({f.source_of(node)}{digits})")
                # Whole units, up or down, where the module rounds that way elsewhere: a started
                # half hour charged in full, `math.ceil(on_site / BLOCK_MINUTES)`.
                if "math" in f.module_names:
                    for rounding in ("ceil", "floor"):
                        if rounding in f.methods:
                            yield f.replace(node, f"math.{rounding}({f.source_of(node)})")
        elif node.type in ("for_statement", "for_in_clause") and (over := node.child_by_field_name("right")) is not None:
            if _integer_valued(f, over) and over.type != "identifier":
                yield f.replace(over, f"range({f.source_of(over)})")
        elif node.type == "return_statement" and node.named_children and _returns_text(f, node.named_children[0]):
            # Text handed back where the function says it returns a number: `-> float`.
            declared = f.node.child_by_field_name("return_type")
            kind = f.source_of(declared) if declared is not None else ""
            if kind in ("int", "float"):
                yield f.replace(node.named_children[0], f"{kind}({f.source_of(node.named_children[0])})")
        elif node.type == "comparison_operator" and len(node.named_children) == 2:
            for side, other in (node.named_children, reversed(node.named_children)):
                methods = {f.source_of(a.child_by_field_name("attribute")) for a in walk(other) if a.type == "attribute"}
                for method in sorted(methods & _NORMALIZING_METHODS):
                    if side.type == "identifier":
                        yield f.replace(side, f"{f.source_of(side)}.{method}()")


_NORMALIZING_METHODS = frozenset({"lower", "upper", "casefold", "strip"})


def _returns_text(f: _Function, node: tree_sitter.Node) -> bool:
    """A string, or what a method that only ever gives text gives: `cue.number.strip()`."""
    if node.type == "call" and (callee := node.child_by_field_name("function")).type == "attribute":
        return f.source_of(callee.child_by_field_name("attribute")) in _COPYING_METHODS
    return _is_text(node)


def _is_text(node: tree_sitter.Node) -> bool:
    """A string literal, or a sum with one in it: `name + " ("`."""
    if node.type == "binary_operator" and node.child_by_field_name("operator").type == "+":
        return any(_is_text(side) for side in (node.child_by_field_name("left"), node.child_by_field_name("right")))
    return node.type in ("string", "concatenated_string")


def sort_order(f: _Function) -> Iterator[_Edit]:
    """The other order: `reverse=True` given to `sorted(...)` or `.sort(...)` (or taken
    away), and a sort key, or one element of a key's tuple, negated:
    `key=lambda item: (item[1], item[0])` -> `key=lambda item: (-item[1], item[0])`."""
    for node in f.nodes:
        if node.type != "call" or (arguments := node.child_by_field_name("arguments")) is None:
            continue
        function = f.source_of(node.child_by_field_name("function"))
        if function != "sorted" and not function.endswith(".sort"):
            continue
        keywords = {
            f.source_of(k.child_by_field_name("name")): k for k in arguments.named_children if k.type == "keyword_argument"
        }
        row = (node.start_point.row,)
        if "reverse" in keywords:
            reverse = keywords["reverse"]
            comma = reverse.prev_sibling if reverse.prev_sibling is not None and reverse.prev_sibling.type == "," else reverse
            yield _Edit(comma.start_byte, reverse.end_byte, "", row, "sort the other way: without `reverse`")
        else:
            closing = arguments.end_byte - 1
            yield _Edit(closing, closing, ", reverse=True", row, "sort the other way: `reverse=True`")
        key = keywords["key"].child_by_field_name("value") if "key" in keywords else None
        if key is None or key.type != "lambda" or (body := key.child_by_field_name("body")) is None:
            continue
        for part in body.named_children if body.type == "tuple" else [body]:
            negated = part.named_children[0] if part.type == "unary_operator" and f.source_of(part).startswith("-") else None
            if negated is not None:
                yield f.replace(part, f.source_of(negated), f"sort by `{f.source_of(negated)}` rising")
            elif part.type in ("subscript", "attribute", "identifier", "call"):
                yield f.replace(part, f"-{f.source_of(part)}", f"sort by `-{f.source_of(part)}`")
