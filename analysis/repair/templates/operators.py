"""Operator, constant and bound families: arithmetic, comparison, boolean, negation, off by one, constants, rounding."""

from __future__ import annotations

import re
from typing import Collection, Iterator

import tree_sitter

from ...positions import decode
from ...targets import walk
from .tree import (
    _CONDITION_OWNERS, _Edit, _ancestors, _is_assignment_target, _is_docstring, _is_negative_literal, _positional_arguments,
    _reads_a_name,
)
from .facts import _annotation_of, _may_be_number
from .function import _Function


_ARITHMETIC = ("+", "-", "*", "/", "//", "%", "**")
_AUGMENTED = ("+=", "-=", "*=", "/=", "//=", "%=")


_COMPARISON_ALTERNATIVES = {
    "<": ("<=", ">", ">=", "==", "!="),
    "<=": ("<", ">=", ">", "==", "!="),
    ">": (">=", "<", "<=", "==", "!="),
    ">=": (">", "<=", "<", "==", "!="),
    "==": ("!=", "<=", ">=", "is"),
    "!=": ("==", "<", ">", "is not"),
    "is": ("is not", "=="),
    "is not": ("is", "!="),
    "in": ("not in",),
    "not in": ("in",),
}
_CONSTANTS = ("0", "1", "-1", "True", "False", "None", '""')


# Separators a string is split on or joined with; a wrong or missing one is a common slip.
_SEPARATORS = ('" "', '","', '""', '"\\n"', '";"', '"\\t"', '"|"', '", "')
_SEPARATOR_METHODS = frozenset({"split", "rsplit", "join"})
# What a lookup of a missing key should give instead of a KeyError.
_DEFAULTS = ("0", "None", '""', "[]", "False")


# Expressions that need parentheses before `+ 1` or after `not`.
_LOOSE = frozenset(
    {"boolean_operator", "not_operator", "comparison_operator", "conditional_expression", "lambda", "named_expression"}
)
_ATOMS = frozenset(
    {"identifier", "call", "attribute", "subscript", "parenthesized_expression", "true", "false", "none", "integer"}
)
_LITERALS = frozenset({"integer", "float", "string", "true", "false", "none"})
# Expressions ±1 makes no sense on (`True - 1`, `"a" + 1`, `(x < y) + 1`).
_NEVER_NUMBERS = frozenset(
    {"true", "false", "none", "string", "concatenated_string", "list", "dictionary", "set", "tuple",
     "list_comprehension", "dictionary_comprehension", "set_comprehension", "generator_expression", "lambda",
     "boolean_operator", "not_operator", "comparison_operator"}
)


def arithmetic(f: _Function) -> Iterator[_Edit]:
    """`+` <-> `-` <-> `*` <-> `/` <-> `//` <-> `%` <-> `**`, and the augmented `+=`, `-=`,
    ...; a division that rounds down where a begun unit counts whole: `-(-words // 250)`;
    a quantity in another unit than the function works in: `limit_minutes * 60`; a
    product the docstring says counts twice: `2 * chargeable * per_mile`."""
    for node in f.nodes:
        if node.type == "binary_operator":
            operator = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            yield from _meaningful_swaps(f, operator, _ARITHMETIC, right)
            if operator.type == "//" and left is not None and right is not None:
                negated = f"-{f.source_of(left)}" if left.type in _PLAIN_OPERANDS else f"-({f.source_of(left)})"
                yield f.replace(node, f"-({negated} // {f.source_of(right)})", f"`{f.source_of(node)}` rounded up")
        elif node.type == "augmented_assignment":
            operator = node.child_by_field_name("operator")
            yield from _meaningful_swaps(f, operator, _AUGMENTED, node.child_by_field_name("right"))
    yield from _unit_conversions(f, [c for c in f.constants if c in _UNIT_FACTORS])
    # A product the docstring says is doubled ("mileage there and back", "twice the rate")
    # where the code never doubles anything.
    if f.says_doubled and not re.search(r"\b2 \*|\* 2\b", decode(f.text)):
        for node in f.nodes:
            product = node.type == "binary_operator" and node.child_by_field_name("operator").type == "*"
            if product and not (node.parent.type == "binary_operator" and node.parent.child_by_field_name("operator").type == "*"):
                yield f.replace(node, f"2 * {f.source_of(node)}")


def _unit_conversions(f: _Function, factors: list[str], skipped: Collection[str] = ()) -> Iterator[_Edit]:
    """A quantity its name gives in one unit where the function works in another, by one of
    the factors: `self.limit_minutes` -> `self.limit_minutes * 60`, and `/ 60`; not for
    names whose last part is `skipped`."""
    for node in f.nodes:
        if node.type not in ("identifier", "attribute") or not _reads_a_value(node) or not _UNIT_NAME.search(name := f.source_of(node)):
            continue
        if name.rsplit(".", 1)[-1] in skipped:
            continue
        if node.type == "identifier" and not _reads_a_name(node):
            continue
        operation = node.parent.child_by_field_name("operator") if node.parent.type == "binary_operator" else None
        for factor in factors:
            for operator in ("*", "/"):
                converted = f"{name} {operator} {factor}"
                yield f.replace(node, converted if operation is None or operation.type in ("+", "-") else f"({converted})")


def _applied_factors(f: _Function) -> dict[str, set[str]]:
    """The unit factors the function multiplies or divides by -> the last parts of the
    names it applies each to: the 60 of `over // 60` -> {"over"}."""
    applied: dict[str, set[str]] = {}
    for node in f.nodes:
        if node.type != "binary_operator" or node.child_by_field_name("operator").type not in ("*", "/", "//"):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if right is not None and (factor := f.source_of(right)) in _UNIT_FACTORS and left is not None:
            named = {f.source_of(n).rsplit(".", 1)[-1] for n in walk(left) if n.type in ("identifier", "attribute")}
            applied.setdefault(factor, set()).update(named)
    return applied


# A name that says its unit (`time_limit_minutes`, `weight_kg`), and the factors between units.
_UNIT_NAME = re.compile(r"(?:^|[._])(?:seconds|secs|minutes|mins|hours|hrs|days|weeks|ms|pence|cents|grams|kg|metres|meters|km|cm|mm)$")
_UNIT_FACTORS = frozenset({"7", "12", "24", "60", "100", "1000", "1024", "3600"})

# What an operator does with 1 or 0 on its right that is no arithmetic at all: leaves the
# number as it is (`n * 1`), makes it a constant (`count %= 1`) or raises (`n / 0`).
_DEGENERATE = {"1": {"*", "/", "//", "%", "**"}, "0": {"+", "-", "*", "/", "//", "%", "**"}}


def _meaningful_swaps(
    f: _Function, operator: tree_sitter.Node, alternatives: tuple[str, ...], right: tree_sitter.Node | None
) -> Iterator[_Edit]:
    degenerate = _DEGENERATE.get(f.source_of(right) if right is not None else "", set())
    for edit in _swap_token(f, operator, alternatives):
        if edit.new.removesuffix("=") not in degenerate:
            yield edit


_PLAIN_OPERANDS = frozenset({"identifier", "attribute", "call", "subscript", "integer", "float", "parenthesized_expression"})


def comparison(f: _Function) -> Iterator[_Edit]:
    """`<` / `<=` / `>` / `>=`, `==` / `!=`, `is` / `is not`, `in` / `not in`."""
    for node in f.nodes:
        if node.type == "comparison_operator":
            for token in node.children:
                for alternative in _COMPARISON_ALTERNATIVES.get(token.type, ()):
                    yield f.replace(token, alternative)


def boolean(f: _Function) -> Iterator[_Edit]:
    """`and` <-> `or`, and a condition reduced to one of its operands."""
    for node in f.nodes:
        if node.type != "boolean_operator":
            continue
        operator = node.child_by_field_name("operator")
        yield f.replace(operator, "or" if operator.type == "and" else "and")
        for operand in (node.child_by_field_name("left"), node.child_by_field_name("right")):
            yield f.replace(node, f.source_of(operand))


def negation(f: _Function) -> Iterator[_Edit]:
    """A condition negated, or its `not` removed."""
    for node in f.nodes:
        if node.type == "not_operator":
            yield f.replace(node, f.source_of(node.child_by_field_name("argument")))
        for condition in _conditions(node):
            if condition.type != "not_operator":
                yield f.replace(condition, _negated(f.source_of(condition), condition.type))


def off_by_one(f: _Function) -> Iterator[_Edit]:
    """+1 / -1 on integer literals and on bounds: range() arguments, slice bounds,
    subscript indices, comparison operands, assigned and returned values, the values of
    a dict literal, what `//` divides, and counts a product scales or a span is divided by."""
    for node in f.nodes:
        places: list[tree_sitter.Node] = []
        if node.type == "integer" and not _is_negative_literal(node.parent):
            places.append(node)
        elif _is_negative_literal(node):
            places.append(node)
        elif node.type == "call" and f.source_of(node.child_by_field_name("function")) == "range":
            places.extend(_positional_arguments(node))
        elif node.type == "slice":
            places.extend(node.named_children)
        elif node.type == "subscript" and f.source_of(node.child_by_field_name("value")) not in f.mappings:
            places.extend(c for c in node.children_by_field_name("subscript") if c.type != "slice")
        elif node.type == "comparison_operator":
            places.extend(node.named_children)
        elif node.type in ("assignment", "augmented_assignment"):
            places.extend(c for c in [node.child_by_field_name("right")] if c is not None)
        elif node.type == "return_statement":
            places.extend(c for c in node.named_children if c.type != "expression_list")
        elif node.type == "pair" and (value := node.child_by_field_name("value")) is not None:
            places.append(value)  # a count a record is made with: `"bracket": math.ceil(run_mm / SPACING)`
        elif node.type == "binary_operator" and node.child_by_field_name("operator").type == "//":
            places.append(node.child_by_field_name("left"))  # rounding up by hand: `(late + every - 1) // every`
        for place in (p for p in places if p.type not in _NEVER_NUMBERS and _may_be_number(f, f.source_of(p))):
            # A fraction one off is no count one off (`litres / cover + 1`), nor is a unit one
            # off (`minutes / 14` for a quarter hour).
            if _is_true_division(place) or _is_divisor(place):
                continue
            for delta in (1, -1):
                yield f.replace(place, _shifted(f, place, delta))
    # A count one off in a product: `extra_piano * visit.pianos` -> `extra_piano * (visit.pianos - 1)`
    # for the pianos after the first. Likewise the count that divides a span (`(end -
    # start) / (shots - 1)`: the gaps between shots are one fewer than the shots).
    for node in (n for n in f.nodes if n.type == "binary_operator" and n.child_by_field_name("operator").type in ("*", "/", "//")):
        counted = node.named_children if node.child_by_field_name("operator").type == "*" else [node.child_by_field_name("right")]
        for factor in counted:
            name = f.source_of(factor)
            if factor.type in ("identifier", "attribute") and (name in f.numeric_names or _annotation_of(f, name) == "int"):
                for delta in (-1, 1):
                    yield f.replace(factor, f"({_shifted(f, factor, delta)})")


def _is_true_division(node: tree_sitter.Node) -> bool:
    operator = node.child_by_field_name("operator") if node.type == "binary_operator" else None
    return operator is not None and operator.type == "/"


def _is_divisor(node: tree_sitter.Node) -> bool:
    parent = node.parent
    if node.type != "integer" or parent is None or parent.type != "binary_operator":
        return False
    return parent.child_by_field_name("operator").type in ("/", "//") and parent.child_by_field_name("right") == node


def unread_constant(f: _Function) -> Iterator[_Edit]:
    """A number the module names and no code reads, added to or taken from what a step
    adds (`clock += minutes` -> `clock += minutes + GAP_MINUTES`) or what is assigned, or
    read where the function reads another named number (`MAX_STROKES` -> `PICK_UP_SCORE`)."""
    for node in f.nodes:
        named = f.source_of(node) if node.type == "identifier" else ""
        if named in f.named_constants and not f.named_constants[named] and not _is_assignment_target(node):
            yield from (f.replace(node, constant) for constant in f.unread_constants)
        if node.type not in ("augmented_assignment", "assignment") or (right := node.child_by_field_name("right")) is None:
            continue
        if node.type == "assignment" and not _integer_valued(f, right):
            continue
        text = f.source_of(right)
        wrapped = f"({text})" if right.type in _LOOSE else text
        for constant in f.unread_constants:
            for operator in ("+", "-"):
                yield f.replace(right, f"{wrapped} {operator} {constant}")


def constants(f: _Function) -> Iterator[_Edit]:
    """A literal replaced by 0, 1, -1, True, False, None or ""; a number by another the
    function or its docstring says (`value < 1000` beside `value /= 1024`)."""
    numbers = [c for c in f.constants if re.fullmatch(r"\d+(\.\d+)?", c)]
    for node in f.nodes:
        is_literal = node.type in _LITERALS and not _is_negative_literal(node.parent)
        if not (is_literal or _is_negative_literal(node)) or _is_docstring(node):
            continue
        if node.type == "string" and node.parent is not None and node.parent.type == "concatenated_string":
            continue
        others = [n for n in numbers if n not in _CONSTANTS and n != f.source_of(node)] if node.type in ("integer", "float") else []
        for constant in [*_CONSTANTS, *others]:
            if constant.startswith("-") and _is_added_or_subtracted(node):
                continue  # `n - -1` is `n + 1`, which the operator's own edit writes plainly
            if constant in ("True", "False") and _counts_as_number(node):
                continue  # `items[True]` is `items[1]` written oddly, and would back it as a second edit
            yield f.replace(node, constant)


def separator(f: _Function) -> Iterator[_Edit]:
    """The separator of `split`/`rsplit`/`join` replaced or, for a bare `split()`,
    given: `text.split()` -> `text.split(",")`, `"".join(w)` -> `" ".join(w)`."""
    for node in f.nodes:
        if node.type != "call":
            continue
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if function is None or function.type != "attribute" or arguments is None:
            continue
        method = function.child_by_field_name("attribute")
        if method is None or decode(method.text or b"") not in _SEPARATOR_METHODS:
            continue
        if decode(method.text or b"") == "join":  # its argument may be a bare generator
            owner = function.child_by_field_name("object")
            if owner is not None and owner.type == "string":
                yield from (f.replace(owner, s) for s in _SEPARATORS if s != f.source_of(owner))
        elif arguments.type != "argument_list":
            continue
        elif not arguments.named_children:
            yield from (f.replace(arguments, f"({s})") for s in _SEPARATORS if s != '""')
        elif arguments.named_children[0].type == "string":
            first = arguments.named_children[0]
            yield from (f.replace(first, s) for s in _SEPARATORS if s not in ('""', f.source_of(first)))


def lookup_default(f: _Function) -> Iterator[_Edit]:
    """A subscript that may miss, read with a default: `d[k]` -> `d.get(k, 0)`; a key
    that may be missing, taken out with a default: `d.pop(k)` -> `d.pop(k, 0)`."""
    for node in f.nodes:
        if node.type == "call" and (callee := node.child_by_field_name("function")).type == "attribute" \
                and f.source_of(callee.child_by_field_name("attribute")) == "pop":
            arguments = node.child_by_field_name("arguments")
            if arguments.named_child_count == 1 and arguments.named_children[0].type != "keyword_argument":
                for default in _DEFAULTS:
                    yield f.replace(node, f"{f.source_of(callee)}({f.source_of(arguments.named_children[0])}, {default})")
        if node.type != "subscript" or _is_assignment_target(node) or node.parent is None:
            continue
        if node.parent.type == "augmented_assignment" and node.parent.child_by_field_name("left") == node:
            continue
        value, index = node.child_by_field_name("value"), node.child_by_field_name("subscript")
        if value is None or index is None or index.type == "slice" or node.named_child_count != 2:
            continue
        for default in _DEFAULTS:
            yield f.replace(node, f"{f.source_of(value)}.get({f.source_of(index)}, {default})")


def _reads_a_value(node: tree_sitter.Node) -> bool:
    """`job.minutes` read whole: not the callee of a call, a part of a longer attribute, or a target."""
    parent = node.parent
    if parent is None or _is_assignment_target(node) or parent.type == "attribute":
        return False
    return not (parent.type == "call" and parent.child_by_field_name("function") == node)


def rounding(f: _Function) -> Iterator[_Edit]:
    """`round(x)` that should keep decimals: `round(x, 1)`, `round(x, 2)`; a whole count
    of what is started, not of what is complete: `minutes // 15` -> `math.ceil(minutes /
    15)` where the module imports `math`, else `-(-minutes // 15)`."""
    for node in f.nodes:
        if node.type == "call" and f.source_of(node.child_by_field_name("function")) == "round":
            arguments = node.child_by_field_name("arguments")
            if arguments is not None and len(arguments.named_children) == 1:
                value = f.source_of(arguments.named_children[0])
                for digits in ("1", "2"):
                    yield f.replace(node, f"round({value}, {digits})")
        elif node.type == "binary_operator" and node.child_by_field_name("operator").type == "//":
            left, right = (_atom(f, node.child_by_field_name(side)) for side in ("left", "right"))
            ceiling = f"math.ceil({left} / {right})" if "math" in f.module_names else f"-(-{left} // {right})"
            yield f.replace(node, ceiling)


def _atom(f: _Function, node: tree_sitter.Node) -> str:
    """The node's text, in parentheses unless it is one operand already: `(a + b)`, `a.b`."""
    text = f.source_of(node)
    return text if node.type in _ATOMS else f"({text})"


_ATOMS = frozenset({"identifier", "attribute", "call", "integer", "float", "subscript", "parenthesized_expression"})


def shifted_argument(f: _Function) -> Iterator[_Edit]:
    """+1 / -1 on an integer-valued call argument: a name, a count, a sum or difference."""
    for node in f.nodes:
        if node.type != "call" or f.source_of(node.child_by_field_name("function")) == "range":
            continue  # range() is the off_by_one family's
        for argument in _positional_arguments(node):
            if _integer_valued(f, argument):
                for delta in (1, -1):
                    yield f.replace(argument, _shifted(f, argument, delta))


def shifted_length(f: _Function) -> Iterator[_Edit]:
    """+1 / -1 on a `len()` inside arithmetic, which the bound families leave alone:
    `q * len(xs)` -> `q * (len(xs) - 1)`; and on a counted name multiplied or divided:
    `number * per_page` -> `(number - 1) * per_page`, a page numbered from 1, or
    `note / 12` -> `(note - 1) / 12`, a note counted from 1."""
    for node in f.nodes:
        if node.parent is None or node.parent.type != "binary_operator":
            continue
        length = node.type == "call" and f.source_of(node.child_by_field_name("function")) == "len"
        counted = node.type == "identifier" and decode(node.text or b"") in f.numeric_names
        operator = node.parent.child_by_field_name("operator").type
        dividend = operator == "/" and node == node.parent.child_by_field_name("left")  # `(note - 1) / 12`
        if length or (counted and (operator in ("*", "//", "%") or dividend)):
            for delta in (1, -1):
                yield f.replace(node, f"({_shifted(f, node, delta)})")


def _integer_valued(f: _Function, node: tree_sitter.Node) -> bool:
    if node.type in ("integer", "identifier"):
        return node.type == "integer" or decode(node.text or b"") in f.numeric_names
    if node.type == "call":
        return f.source_of(node.child_by_field_name("function")) in ("len", "int", "abs", "min", "max", "sum")
    if node.type == "binary_operator":
        return node.child_by_field_name("operator").type in ("+", "-", "*", "//", "%")
    return False


def _swap_token(f: _Function, token: tree_sitter.Node | None, group: tuple[str, ...]) -> Iterator[_Edit]:
    if token is None or token.type not in group:
        return
    for alternative in group:
        if alternative != token.type:
            yield f.replace(token, alternative)


def _conditions(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The conditions a node tests: of if/elif/while, a conditional expression,
    a comprehension's `if`, and each operand of `and`/`or`."""
    if node.type in _CONDITION_OWNERS:
        return [c for c in [node.child_by_field_name("condition")] if c is not None]
    if node.type == "conditional_expression" and len(node.named_children) == 3:
        return [node.named_children[1]]
    if node.type == "if_clause":
        return node.named_children[:1]
    if node.type == "boolean_operator":
        return [c for c in (node.child_by_field_name("left"), node.child_by_field_name("right")) if c is not None]
    return []


def _negated(text: str, kind: str) -> str:
    return f"not {text}" if kind in _ATOMS else f"not ({text})"


def _is_added_or_subtracted(node: tree_sitter.Node) -> bool:
    """The right operand of a binary `+` or `-`."""
    parent = node.parent
    if parent is None or parent.type != "binary_operator" or parent.child_by_field_name("right") != node:
        return False
    operator = parent.child_by_field_name("operator")
    return operator is not None and operator.type in ("+", "-")


def _counts_as_number(node: tree_sitter.Node) -> bool:
    """A number where a bool would count as 0 or 1: an operand, an index or a bound."""
    number = node.child_by_field_name("argument") if _is_negative_literal(node) else node
    return number.type in ("integer", "float") and node.parent is not None and node.parent.type in _NUMERIC_CONTEXTS


_NUMERIC_CONTEXTS = frozenset({"binary_operator", "comparison_operator", "augmented_assignment", "subscript", "slice"})


def _integer_value(f: _Function, node: tree_sitter.Node) -> int | None:
    text = f.source_of(node)
    try:
        return int(text, 0)
    except ValueError:
        return None


def _shifted(f: _Function, node: tree_sitter.Node, delta: int) -> str:
    """The expression plus `delta`, folded into a literal where there is one:
    `3` -> `4`, `n - 1` -> `n`, `n + 1` -> `n + 2`, `len(x)` -> `len(x) + 1`."""
    if node.type == "parenthesized_expression" and len(node.named_children) == 1:  # `(a + b)` -> `(a + b - 1)`
        return f"({_shifted(f, node.named_children[0], delta)})"
    literal = node.child_by_field_name("argument") if _is_negative_literal(node) else node
    if node.type == "integer" or _is_negative_literal(node):
        value = _integer_value(f, literal)
        if value is not None:
            return str((-value if node is not literal else value) + delta)
    if node.type == "binary_operator":
        operator = node.child_by_field_name("operator").type
        right = node.child_by_field_name("right")
        if operator in ("+", "-") and right.type == "integer":
            value = _integer_value(f, right)
            if value is not None:
                total = (value if operator == "+" else -value) + delta
                left = f.source_of(node.child_by_field_name("left"))
                if total == 0:
                    return left
                return f"{left} {'+' if total > 0 else '-'} {abs(total)}"
    text = f.source_of(node)
    if node.type in _LOOSE:
        text = f"({text})"
    return f"{text} {'+' if delta > 0 else '-'} {abs(delta)}"


def missing_factor(f: _Function) -> Iterator[_Edit]:
    """A product lacking a factor the function's other products share: `MEDICATION *
    medicated` beside `FIRST_CAT * nights` and `SHARING_CAT * (cats - 1) * nights` is
    charged per night too: `MEDICATION * medicated * nights`."""
    products = [n for n in f.nodes if _is_product(n) and not _is_product(n.parent)]
    factors = [{f.source_of(factor) for factor in _factors(product) if factor.type == "identifier"} for product in products]
    for product, own in zip(products, factors):
        shared = set().union(*(other for other in factors if other is not own)) - own
        for name in sorted(shared):
            yield f.replace(product, f"{f.source_of(product)} * {name}")


def per_unit(f: _Function) -> Iterator[_Edit]:
    """An item's price added up without its count: `sum(part.price for part in parts)`
    where the class also declares `qty: int`, `sum(part.price * part.qty ...)`. A number
    field that is not whole, added up (in `sum(...)` or by `+=`), times each whole number
    field of its class."""
    for node in (n for n in f.nodes if n.type == "attribute" and n.child_by_field_name("object").type == "identifier"):
        owner, field = f.source_of(node.child_by_field_name("object")), f.source_of(node.child_by_field_name("attribute"))
        kind = f.annotations.get(field)
        if kind is None or kind == "int" or not _may_be_number(f, f.source_of(node)) or not _added_up(f, node):
            continue
        if node.parent is not None and _is_product(node.parent):
            continue
        for count in (c for c in f.fields_of(owner) if c != field and f.annotations.get(c) == "int"):
            yield f.replace(node, f"{owner}.{field} * {owner}.{count}")


def _added_up(f: _Function, node: tree_sitter.Node) -> bool:
    """The node is part of what a `sum(...)` adds or what a `+=` adds."""
    for above in _ancestors(node, f.body):
        if above.type == "augmented_assignment" and above.child_by_field_name("operator").type == "+=":
            return node.start_byte >= above.child_by_field_name("right").start_byte
        if above.type == "call" and f.source_of(above.child_by_field_name("function")) == "sum":
            return True
    return False


def whole_of_parts(f: _Function) -> Iterator[_Edit]:
    """A rate applied to one part where the function adds up the parts and what the rate
    gave: `vat = round(lettering * VAT_RATE)` beside `lettering + fixing + vat` is due on
    the whole, `(lettering + fixing) * VAT_RATE`."""
    sums = [n for n in f.nodes if _is_sum(n) and not _is_sum(n.parent)]
    for assignment in (n for n in f.nodes if n.type == "assignment"):
        given, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if given.type != "identifier" or right is None:
            continue
        for product in (n for n in walk(right) if _is_product(n)):
            for part in (p for p in _factors(product) if p.type == "identifier"):
                for total in sums:
                    addends = [f.source_of(a) for a in _addends(total)]
                    if f.source_of(given) in addends and f.source_of(part) in addends:
                        others = [a for a in addends if a not in (f.source_of(given), f.source_of(part))]
                        if others:
                            yield f.replace(part, f"({' + '.join([f.source_of(part), *others])})")


def _is_sum(node: tree_sitter.Node | None) -> bool:
    return node is not None and node.type == "binary_operator" and node.child_by_field_name("operator").type == "+"


def _addends(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """`a`, `b`, `c` of `a + b + c`."""
    if not _is_sum(node):
        return [node]
    return [*_addends(node.child_by_field_name("left")), *_addends(node.child_by_field_name("right"))]


def regrouped(f: _Function) -> Iterator[_Edit]:
    """Operations grouped the other way, as when parentheses were left out: an operand
    taken into the operation beside it, at any depth of that side:
    `scale / 2 ** fret / 12` -> `scale / 2 ** (fret / 12)`, `low + high / 2` -> `(low + high) / 2`."""
    for node in (n for n in f.nodes if n.type == "binary_operator"):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        operator = f.source_of(node.child_by_field_name("operator"))
        inner = left
        while inner.type == "binary_operator":  # `... / 12` taken into the left side's last operand
            last = inner.child_by_field_name("right")
            if not _regrouped_alike(f.source_of(inner.child_by_field_name("operator")), operator):
                before, after = f.source_of_range(left.start_byte, last.start_byte), f.source_of_range(last.end_byte, left.end_byte)
                yield f.replace(node, f"{before}({f.source_of(last)} {operator} {f.source_of(right)}){after}")
            inner = last
        inner = right
        while inner.type == "binary_operator":  # `low + ...` taken into the right side's first operand
            first = inner.child_by_field_name("left")
            if not _regrouped_alike(operator, f.source_of(inner.child_by_field_name("operator"))):
                before, after = f.source_of_range(right.start_byte, first.start_byte), f.source_of_range(first.end_byte, right.end_byte)
                yield f.replace(node, f"{before}({f.source_of(left)} {operator} {f.source_of(first)}){after}")
            inner = first


def _regrouped_alike(first: str, second: str) -> bool:
    """`a first b second c` means the same grouped either way: `a + b - c`, `a * b / c`."""
    return (first, second) in {("+", "+"), ("+", "-"), ("*", "*"), ("*", "/"), ("&", "&"), ("|", "|"), ("^", "^")}


def _is_product(node: tree_sitter.Node | None) -> bool:
    return node is not None and node.type == "binary_operator" and node.child_by_field_name("operator").type == "*"


def _factors(product: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    for side in (product.child_by_field_name("left"), product.child_by_field_name("right")):
        if _is_product(side):
            yield from _factors(side)
        elif side is not None:
            yield side
