"""Name families: a variable, call, field or attribute for another, swapped or moved arguments."""

from __future__ import annotations

import builtins
import math
import re
from itertools import permutations
from dataclasses import replace
from typing import Iterable, Iterator

import tree_sitter

from ...positions import decode
from .tree import (
    _Edit, _change_size, _is_assignment_target, _is_variable, _positional_arguments, _read_names, _reads_a_name,
)
from .facts import _named_call, _type_words
from .function import _Function
from .operators import _reads_a_value


_NON_COMMUTATIVE = frozenset({"-", "/", "//", "%", "**"})


# Words of a name that are easily written for their opposite: `days_before` for `days_after`.
_OPPOSITE_PAIRS = (
    ("before", "after"), ("first", "last"), ("min", "max"), ("start", "end"), ("begin", "end"),
    ("left", "right"), ("upper", "lower"), ("open", "close"), ("add", "remove"), ("prev", "next"),
    ("previous", "next"), ("old", "new"), ("head", "tail"), ("top", "bottom"), ("low", "high"),
    ("push", "pop"), ("encode", "decode"), ("load", "dump"), ("read", "write"), ("get", "set"),
    ("enable", "disable"), ("up", "down"), ("floor", "ceil"), ("from", "to"), ("src", "dst"),
    ("input", "output"), ("parent", "child"), ("width", "height"), ("rows", "cols"), ("row", "col"),
    ("inc", "dec"), ("increment", "decrement"), ("asc", "desc"), ("ascending", "descending"),
    ("lstrip", "rstrip"), ("in", "out"), ("on", "off"), ("show", "hide"), ("major", "minor"),
)
_OPPOSITES = {
    word: [b if word == a else a for a, b in _OPPOSITE_PAIRS if word in (a, b)] for pair in _OPPOSITE_PAIRS for word in pair
}
# Names that are easily mistaken for one another; each maps to the rest of its group.
_SIBLING_GROUPS = (
    ("append", "extend", "insert", "add"),
    ("min", "max"),
    ("sort", "sorted"),
    ("reverse", "reversed"),
    ("lower", "upper", "title", "capitalize"),
    ("keys", "values", "items"),
    ("startswith", "endswith"),
    ("floor", "ceil", "round", "trunc", "int"),
    ("any", "all"),
    ("find", "rfind", "index", "rindex"),
    ("strip", "lstrip", "rstrip"),
    ("split", "rsplit", "splitlines"),
    ("remove", "discard", "pop"),
    ("get", "pop", "setdefault"),
    ("int", "float", "str", "round"),
    ("list", "tuple", "set", "sorted"),
    ("sum", "len", "max", "min"),
    ("isdigit", "isalpha", "isalnum", "isspace"),
    ("ljust", "rjust", "center"),
    ("update", "union", "intersection", "difference"),
    ("match", "search", "fullmatch"),  # re: from the start, anywhere, the whole text
    ("bisect", "bisect_left", "bisect_right"),  # bisect: after equal items, or before them
    ("insort", "insort_left", "insort_right"),
)


def variable(f: _Function) -> Iterator[_Edit]:
    """A variable (parameter or assigned local) replaced by another in-scope name; a
    field read where a local the function never reads, or one it computed from that
    field, was meant: `round(job.bench_minutes * rate)` -> `round(charged * rate)`; and a
    call made again where the local holding its value was meant: `round(walk_price(walk),
    2)` -> `round(price, 2)` after `price = walk_price(walk)`; the counts of the
    parts for the size of the whole; and in a nested function, its own parameter or
    another name of the function around it for a name of that function."""
    for node in f.nodes:
        if not _is_variable(node, f.names):
            continue
        current = f.source_of(node)
        for name in f.names:
            if name != current and not _declared_apart(f, name, current):
                yield f.replace(node, name)
    # A name of the function around it read where its own parameter was meant:
    # `total_faults(round_, time_allowed)` in `ranked(rounds, allowed)`; or another of its
    # names: `spirit_litres` where `charge_litres`, the spirit cut with water, was meant.
    for node in f.nodes:
        if _is_variable(node, f.outer_names):
            for name in [*f.params, *f.outer_names]:
                if name not in ("self", "cls", f.source_of(node)):
                    yield f.replace(node, name)
    values = _local_values(f)
    for node in f.nodes:
        if node.type == "binary_operator" and _reads_a_value(node) and node.parent.type != "binary_operator":
            # A part of what a local holds, computed again where the local was meant:
            # `self.litres * 1000 - bottles * bottle_ml` after `usable = self.litres * 1000 * ...`.
            for part in (node.child_by_field_name("left"), node):
                text = f.source_of(part)
                for name in dict.fromkeys(name for name, value, end in values if end < node.start_byte and text in value):
                    yield replace(f.replace(part, name), size=len(name))  # as small as a name changed
        if node.type == "attribute" and _reads_a_value(node):
            root = f.source_of(node).split(".")[0]
            derived = [name for name, value, end in values if end < node.start_byte and f.source_of(node) in value and name != root]
            for name in dict.fromkeys([*f.unused_locals, *derived]):
                yield f.replace(node, name)
        elif node.type == "call" and _reads_a_value(node):
            for name in dict.fromkeys(name for name, value, end in values if end < node.start_byte and value == f.source_of(node)):
                # As small as a name changed: the name holds what is computed again.
                yield replace(f.replace(node, name), size=len(name))
            # The size of the whole where its parts were meant: `len(ages)` -> `(adults +
            # children)` after `adults = sum(1 for age in ages if age >= ADULT_FROM)`.
            whole = re.fullmatch(r"len\((\w+)\)", f.source_of(node))
            counted = re.compile(rf"(sum\(1|len\(\[).* for .* in {re.escape(whole[1])}\b") if whole else None
            parts = [name for name, value, end in values if counted and end < node.start_byte and counted.match(value)]
            for part in [*parts, *([f"({' + '.join(parts)})"] if len(parts) > 1 else [])]:
                yield f.replace(node, part)


def _same_typed_fields(f: _Function) -> Iterator[_Edit]:
    """A name declared with a type of its own (`start: date`, not a number, a string or
    a flag) read where an object's field of that type was meant: `(day - start).days` ->
    `(day - tray.set_on).days`, the object one the function names. Plain types match too
    many fields to say anything."""
    for node in f.nodes:
        name = f.source_of(node)
        kind = f.declared.get(name, f.outer_declared.get(name)) if _reads_a_name(node) else None
        if kind is None or _type_words(kind) <= {"str", "bool", "number"}:
            continue
        for owner in f.names:
            for field in f.fields_of(owner):
                if f.annotations.get(field) == kind:
                    yield f.replace(node, f"{owner}.{field}")


def _local_values(f: _Function) -> list[tuple[str, str, int]]:
    """(name, the text of its value, where it ends) for each `name = value` of the function."""
    return [
        (f.source_of(left), f.source_of(n.child_by_field_name("right")), n.end_byte)
        for n in f.nodes if n.type == "assignment" and (left := n.child_by_field_name("left")).type == "identifier"
        and n.child_by_field_name("right") is not None
    ]


def _declared_apart(f: _Function, name: str, other: str) -> bool:
    """Two names the function declares with types that share nothing (`sku: str`,
    `qty: int`); an int and a float, or `int` and `Optional[int]`, may stand for each other."""
    kinds = f.declared.get(name), f.declared.get(other)
    return None not in kinds and not _type_words(kinds[0]) & _type_words(kinds[1])


def swap(f: _Function) -> Iterator[_Edit]:
    """Two positional call arguments swapped; operands of `-`, `/`, `//`, `%`, `**` swapped."""
    for node in f.nodes:
        if node.type == "call":
            arguments = _positional_arguments(node)
            for i, first in enumerate(arguments):
                for second in arguments[i + 1 :]:
                    yield _exchange(f, first, second)
        elif node.type == "binary_operator" and node.child_by_field_name("operator").type in _NON_COMMUTATIVE:
            yield _exchange(f, node.child_by_field_name("left"), node.child_by_field_name("right"))


def call_name(f: _Function) -> Iterator[_Edit]:
    """A method, attribute or called builtin replaced by a sibling (`append`/`extend`,
    `min`/`max`, `keys`/`values`, ...) or by another attribute the function uses; a
    function called replaced by one of the module's whose name is one word apart;
    `break` <-> `continue`."""
    for node in f.nodes:
        if node.type in ("break_statement", "continue_statement"):
            yield f.replace(node, "continue" if node.type == "break_statement" else "break")
        name = _called_or_attribute_name(node)
        if name is None:
            continue
        current = f.source_of(name)
        alternatives = [*_siblings(current)]
        if node.type == "call":  # a sibling the module can name: `workdays_before` -> `workdays_after`
            alternatives.extend(a for a in _opposites(current) if a in f.module_names)
            # A function of the same family that takes these arguments: `mph_to_kph` -> `mph_to_knots`.
            given = len(_positional_arguments(node))
            alternatives.extend(
                name for name in _one_word_apart(current, f.signatures)
                if sum(p.required for p in f.signatures[name]) <= given <= len(f.signatures[name])
            )
            # A bare name: only what the module can call (`ceil` as `math.ceil`), not a NameError.
            alternatives = [called for alternative in alternatives if (called := _callable_bare(f, alternative))]
        if node.type == "attribute":
            owner = f.source_of(node.child_by_field_name("object"))
            alternatives.extend(sorted(f.attributes.get(owner, ())))
            if owner != "self" and current in f.fields:  # an instance of one of the module's classes, likely
                alternatives.extend(sorted(f.fields))
            for fields in f.classes:  # another field of a class that declares this one
                if current in fields:
                    alternatives.extend(sorted(fields))
        if current == "get" and node.type == "attribute":
            yield from _get_to_pop(f, node)
        for alternative in dict.fromkeys(alternatives):
            if alternative != current:
                edit = f.replace(name, alternative)
                # `math.` only says where the sibling lives: `round` -> `math.ceil` is one name changed.
                yield replace(edit, size=_change_size(current, alternative.removeprefix("math.")))


def _get_to_pop(f: _Function, attribute: tree_sitter.Node) -> Iterator[_Edit]:
    """`d.get(k)` -> `d.pop(k, None)`: the key is taken out, and a missing one still gives
    None to the code that checks for it, as `d.pop(k)` would not."""
    call = attribute.parent
    arguments = call.child_by_field_name("arguments") if call is not None and call.type == "call" else None
    if arguments is None or arguments.named_child_count != 1 or arguments.named_children[0].type == "keyword_argument":
        return
    owner, key = f.source_of(attribute.child_by_field_name("object")), f.source_of(arguments.named_children[0])
    # As small a change as `get` -> `pop`: the default only keeps what was.
    edit = f.replace(call, f"{owner}.pop({key}, None)")
    yield replace(edit, size=_change_size("get", "pop"))


def call_argument(f: _Function) -> Iterator[_Edit]:
    """A call replaced by its only argument, and a name by a call of one of the file's
    own functions that the file calls with one argument elsewhere."""
    for node in f.nodes:
        if node.type == "call":
            arguments = node.child_by_field_name("arguments")
            if arguments is not None and arguments.type == "argument_list" and len(arguments.named_children) == 1:
                only = arguments.named_children[0]
                if only.type not in ("keyword_argument", "list_splat", "dictionary_splat"):
                    yield f.replace(node, f.source_of(only))
        elif _is_variable(node, f.names) and not _is_assignment_target(node):
            for helper in f.helpers:
                yield f.replace(node, f"{helper}({f.source_of(node)})")


def self_attribute(f: _Function) -> Iterator[_Edit]:
    """In a method, `x` where `self.x` was meant (an attribute the file sets or reads on
    `self`), and `self.x` where the local or parameter `x` was meant."""
    if not f.params or f.params[0] != "self":
        return
    attributes, read = f.attributes.get("self", set()), _read_names(f.body)
    for node in f.nodes:
        name = decode(node.text or b"") if node.type == "identifier" else None
        # A local set and never read is an attribute the method meant to keep: `_mark = now`.
        if name in attributes and (_reads_a_name(node) or (_is_assignment_target(node) and name not in read)):
            yield f.replace(node, f"self.{name}")
        elif node.type == "attribute" and f.source_of(node.child_by_field_name("object")) == "self":
            name = f.source_of(node.child_by_field_name("attribute"))
            if name in f.names:
                yield f.replace(node, name)


def object_field(f: _Function) -> Iterator[_Edit]:
    """A name where the field of that name of an object in scope was meant: `system` ->
    `sale.system` when the loop's sale has a system of its own, or where its field of
    the same type was (see _same_typed_fields); a field where the object's method of
    that type was: `wall.length_m` -> `wall.built_m()`."""
    fields = {owner: set(f.fields_of(owner)) for owner in f.names}
    for node in f.nodes:
        name = decode(node.text or b"") if node.type == "identifier" else None
        if name not in f.names or not _reads_a_name(node):
            continue
        for owner, owned in fields.items():
            if owner != name and name in owned:
                yield f.replace(node, f"{owner}.{name}")
    yield from _same_typed_fields(f)
    # A field read where the object's method giving the same type was meant:
    # `wall.length_m` -> `wall.built_m()`, the length without its gateways.
    for node in f.nodes:
        if node.type != "attribute" or not _reads_a_value(node):
            continue
        owner, field = f.source_of(node.child_by_field_name("object")), f.source_of(node.child_by_field_name("attribute"))
        kind = f.annotations.get(field)
        for query in f.queries_of(owner) if kind is not None else []:
            if f.query_results[query] == kind and query != field:
                yield f.replace(node, f"{owner}.{query}()")


def move_argument(f: _Function) -> Iterator[_Edit]:
    """An argument moved between a call and a call nested in it: `f(g(a), b)` <->
    `f(g(a, b))`."""
    for node in f.nodes:
        if node.type != "call":
            continue
        arguments = _positional_arguments(node)
        for i, inner in enumerate(arguments):
            if inner.type != "call":
                continue
            inner_arguments = _positional_arguments(inner)
            for j, moved in enumerate(arguments):
                if j != i:
                    yield _moved_in(f, node, inner, moved)
            if len(inner_arguments) >= 2:
                yield _moved_out(f, node, inner, inner_arguments[-1])


def operand_into_call(f: _Function) -> Iterator[_Edit]:
    """An operand applied outside a call moved into one of its arguments, the last first:
    `max(0, a) - b` -> `max(0, a - b)`, `round(x, 1) / n` -> `round(x / n, 1)`."""
    for node in f.nodes:
        if node.type != "binary_operator":
            continue
        call, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        arguments = _positional_arguments(call) if call is not None and call.type == "call" else []
        if not arguments or len(arguments) != len(call.child_by_field_name("arguments").named_children):
            continue  # keyword or starred arguments: no plain last argument
        operator = node.child_by_field_name("operator").type
        for argument in reversed(arguments):
            inner = f"{f.source_of(argument)} {operator} {f.source_of(right)}"
            new_call = f.source_of_range(call.start_byte, argument.start_byte) + inner + f.source_of_range(argument.end_byte, call.end_byte)
            yield f.replace(node, new_call)


def call_for_name(f: _Function) -> Iterator[_Edit]:
    """A call of one of the module's functions where a bare name was written: the
    function's own name (`centre = mean` -> `centre = mean(values)`), or a name the call
    takes (`sleep(base)` -> `sleep(backoff(attempt, base, cap))`). The arguments are the
    in-scope names the function's parameters are named after, else in-scope names in
    order. And a method of its own class for the local of its name: `area = self.area()`."""
    for node in f.nodes:
        if node.type != "identifier" or not _reads_a_name(node):
            continue
        name = decode(node.text or b"")
        parent = node.parent
        if name in f.signatures and name not in f.names and not (parent.type == "call" and parent.child_by_field_name("function") == node):
            for call in _calls_of(f, name):
                yield f.replace(node, call)
        elif _is_variable(node, f.names) and not _is_assignment_target(node):
            for function in f.signatures:
                named = _named_call(f, function)
                if named is not None and name in named[1]:
                    yield f.replace(node, named[0])
    yield from _method_for_local(f)


def _method_for_local(f: _Function) -> Iterator[_Edit]:
    """A local worked out by hand that its class has a method for: `area = sum(...)` ->
    `area = self.area()`, which also takes off the doors and windows."""
    for node in (n for n in f.nodes if n.type == "assignment" and f.params[:1] == ["self"]):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left.type == "identifier" and right is not None and f.source_of(left) in f.queries:
            yield f.replace(right, f"self.{f.source_of(left)}()")


def _arguments_text(f: _Function, call: tree_sitter.Node, arguments: list[str]) -> str:
    keywords = [
        f.source_of(a)
        for a in call.child_by_field_name("arguments").named_children
        if a.type in ("keyword_argument", "list_splat", "dictionary_splat")
    ]
    return f"{f.source_of(call.child_by_field_name('function'))}({', '.join([*arguments, *keywords])})"


def _moved_in(f: _Function, outer: tree_sitter.Node, inner: tree_sitter.Node, moved: tree_sitter.Node) -> _Edit:
    inner_text = _arguments_text(f, inner, [f.source_of(a) for a in _positional_arguments(inner)] + [f.source_of(moved)])
    outer_arguments = [inner_text if a == inner else f.source_of(a) for a in _positional_arguments(outer) if a != moved]
    return f.replace(outer, _arguments_text(f, outer, outer_arguments), f"move `{f.source_of(moved)}` into `{f.source_of(inner)}`")


def _moved_out(f: _Function, outer: tree_sitter.Node, inner: tree_sitter.Node, moved: tree_sitter.Node) -> _Edit:
    inner_text = _arguments_text(f, inner, [f.source_of(a) for a in _positional_arguments(inner) if a != moved])
    outer_arguments = []
    for argument in _positional_arguments(outer):
        outer_arguments += [inner_text, f.source_of(moved)] if argument == inner else [f.source_of(argument)]
    return f.replace(outer, _arguments_text(f, outer, outer_arguments), f"move `{f.source_of(moved)}` out of `{f.source_of(inner)}`")


def _calls_of(f: _Function, function: str) -> list[str]:
    """Calls of a module function on in-scope names: by its parameters' names, else its
    required parameters (at most two) filled in order from the names in scope, those the
    function never reads first (`minute = ...` computed for the call that lacks it)."""
    named = _named_call(f, function)
    if named is not None:
        return [named[0]]
    required = [p for p in f.signatures[function] if p.required]
    if not 1 <= len(required) <= 2:
        return []
    names = list(dict.fromkeys([*f.unused_params, *f.unused_locals, *f.names]))
    return [f"{function}({', '.join(chosen)})" for chosen in permutations(names, len(required))][:6]


def _exchange(f: _Function, first: tree_sitter.Node, second: tree_sitter.Node) -> _Edit:
    a, b = f.source_of(first), f.source_of(second)
    between = f.source_of_range(first.end_byte, second.start_byte)
    return _Edit(first.start_byte, second.end_byte, f"{b}{between}{a}", (first.start_point.row,), f"swap `{a}` and `{b}`")


def _called_or_attribute_name(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name token of `obj.name` or of a call to a bare name `name(...)`."""
    if node.type == "attribute":
        return node.child_by_field_name("attribute")
    if node.type == "call":
        function = node.child_by_field_name("function")
        if function is not None and function.type == "identifier":
            return function
    return None


def _callable_bare(f: _Function, name: str) -> str | None:
    """How the module can call `name` by itself: a builtin or a name it binds as is, a
    function of `math` through the module it imports (`ceil` -> `math.ceil`), else None."""
    if hasattr(builtins, name) or name in f.module_names:
        return name
    if "math" in f.module_names and callable(getattr(math, name, None)):
        return f"math.{name}"
    return None


def _opposites(name: str) -> Iterator[str]:
    """The name with one of its words (between underscores) turned into its opposite."""
    words = name.split("_")
    for i, word in enumerate(words):
        for opposite in _OPPOSITES.get(word, ()):
            yield "_".join([*words[:i], opposite, *words[i + 1 :]])


def _one_word_apart(name: str, names: Iterable[str]) -> list[str]:
    """The names of as many words (between underscores) as `name`, one of them another."""
    words = name.split("_")
    return sorted(
        other for other in names
        if len(words) > 1 and len(others := other.split("_")) == len(words) and sum(a != b for a, b in zip(words, others)) == 1
    )


def _siblings(name: str) -> Iterator[str]:
    for group in _SIBLING_GROUPS:
        if name in group:
            yield from group
