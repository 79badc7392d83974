"""Condition families: a clause added or replaced, a guard, a guarded statement, and the clauses they try."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

import tree_sitter

from ...targets import walk
from .tree import (
    _COMPREHENSIONS, _Edit, _LOOPS, _NUMBER_TYPES, _ancestors, _assigned_names, _change_size, _first_line,
    _identifiers, _is_docstring_statement, _is_variable, _line_span, _statements, _words,
)
from .facts import _COLLECTION_TYPE, _annotation_of, _may_be_number, _names_in, _type_words
from .function import _Function
from .operators import _LOOSE, comparison, negation
from .names import _OPPOSITES
from .values import _trade, _traded_words
from .statements import _owned_condition


_GUARD_RESULTS = ("None", "0", '""', "[]", "{}", "False", "True")


def guard(f: _Function) -> Iterator[_Edit]:
    """An early return at the top of the body: `if not <param>: return <constant>`
    or `if <param> is None: return None`, for inputs the function forgot (empty, None)."""
    first = _first_body_statement(f)
    if first is None or not f.alone_on_its_lines(first):
        return
    indent = f.indent_of(first)
    offset = f.data.rfind(b"\n", 0, first.start_byte) + 1
    for param in [p for p in f.params if p not in ("self", "cls")]:
        guards = [(f"not {param}", result) for result in (*_GUARD_RESULTS, param)]
        guards.append((f"{param} is None", "None"))
        for condition, result in guards:
            text = f"{indent}if {condition}:\n{indent}{f.indent_unit}return {result}\n"
            yield _Edit(offset, offset, text, (first.start_point.row,), f"guard `if {condition}: return {result}`")


_CLAUSE_COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
# Clauses tried per condition: the simplest come first and suffice for most bugs.
_MAX_CLAUSES = 60
# Clauses tried per guarded statement and per place a raising check may go.
_MAX_GUARD_CLAUSES = 24


def condition_clause(f: _Function) -> Iterator[_Edit]:
    """A clause added to a condition (or to a test the function returns) with `and` /
    `or`: a truth or None test of an in-scope name, or its comparison with a constant of
    the function or another name used there; `while True` <-> `while <name>`. A
    parameter the function never reads comes first: it was surely meant to be tested."""
    for node in f.nodes:
        condition = _owned_condition(node) or _returned_test(node) or _returned_flag(f, node)
        if condition is None:
            continue
        text = f.source_of(condition)
        if node.type == "while_statement":
            if text == "True":
                for name in _names_in(f, node):
                    yield f.replace(condition, name)
            else:
                yield f.replace(condition, "True")
        wrapped = f"({text})" if condition.type in ("boolean_operator", "conditional_expression", "lambda") else text
        # A condition that raised may need a clause that keeps it from being evaluated, and a
        # size checked beside an index guards it: `len(name) >= 3 and name[0] ...`.
        raised = not f.raised_rows.isdisjoint(range(condition.start_point.row, condition.end_point.row + 1))
        indexed = {f.source_of(n.child_by_field_name("value")) for n in walk(condition) if n.type == "subscript"}
        bounds = _index_guards(f, node)
        # `a and b` gains `and c` without parentheses.
        chained = condition.type == "boolean_operator" and condition.child_by_field_name("operator").type == "and"
        # An operand of `&`, `+`, `<`, ... may be None, where the tests did not say it raised.
        maybe_none = {f"{f.source_of(operand)} is not None" for operand in _operated_on(condition)}
        held = _held_values(f, node)  # read only where the key was found
        for clause in _condition_clauses(f, node):
            guards = clause in bounds or any(f"len({name})" in clause for name in indexed)
            if raised or guards or clause in maybe_none:
                yield f.replace(condition, f"{clause} and {text if chained else wrapped}")
            for joiner in ("or",) if guards else ("and",) if clause in held else ("and", "or"):
                yield f.replace(condition, f"{text if chained and joiner == 'and' else wrapped} {joiner} {clause}")
    # A comprehension that keeps every item where it should filter: `[u for u in users if u.active]`.
    for node in f.nodes:
        if node.type not in _COMPREHENSIONS or any(c.type == "if_clause" for c in node.named_children):
            continue
        loops = [c for c in node.named_children if c.type == "for_in_clause"]
        items = [name for loop in loops for name in _identifiers(loop.child_by_field_name("left"))]
        if not loops or not items:
            continue
        for clause in _clauses(f, _with_attributes(f, items)):
            yield _Edit(loops[-1].end_byte, loops[-1].end_byte, f" if {clause}", (node.start_point.row,), f"keep only the items where `{clause}`")


def _operated_on(condition: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The names and fields an operator of the condition works on: `a.x & b.y`, `n < limit`."""
    for node in walk(condition):
        if node.type in ("binary_operator", "comparison_operator"):
            yield from (c for c in node.named_children if c.type in ("identifier", "attribute"))


def _condition_clauses(f: _Function, node: tree_sitter.Node) -> list[str]:
    # A bool is an int: `isinstance(v, int)` lets True through unless told not to.
    bools = [
        f"not isinstance({f.source_of(arguments[0])}, bool)"
        for call in walk(node)
        if call.type == "call" and f.source_of(call.child_by_field_name("function")) == "isinstance"
        and len(arguments := call.child_by_field_name("arguments").named_children) == 2
        and re.search(r"\bint\b", f.source_of(arguments[1])) and not re.search(r"\bbool\b", f.source_of(arguments[1]))
    ]
    # What the loop around it computes per item may be what it should test: `status != DELETED`;
    # so may the item itself: `and not plant.indoor`.
    computed = [
        name for loop in _ancestors(node, f.body) if loop.type in _LOOPS and (body := loop.child_by_field_name("body")) is not None
        for name in [*_loop_targets(loop), *sorted(_assigned_names(body))] if name != "_"
    ]
    # And a question an item can answer, given what the function takes and never reads:
    # `not booking.lapsed(today)`.
    questions = [question for name in dict.fromkeys([*computed, *_names_in(f, node)]) for question in f.questions_of(name)]
    flags = [clause for flag in [*f.flag_calls, *f.flag_fields, *questions] for clause in (f"not {flag}", flag)]
    names = _with_attributes(f, list(dict.fromkeys([*f.unused_params, *f.unused_locals, *_names_in(f, node), *computed])))
    # The condition's own objects, `self` too: `member_id in self.waitlist` beside `member_id in self.attendees`.
    condition = _owned_condition(node)
    owners = sorted({f.source_of(a.child_by_field_name("object")) for a in walk(condition) if a.type == "attribute"
                     and a.child_by_field_name("object").type == "identifier"} if condition is not None else set())
    siblings = _sibling_comparisons(f, _with_attributes(f, owners))
    clauses = [
        *_index_guards(f, node), *_mirrored(f, node, names), *_other_bounds(f, node), *_repeated_for_siblings(f, node),
        *_asked_of_each_item(f, node), *_matched_like_the_others(f, node), *_named_limits(f), *_held_values(f, node), *siblings,
        *_clauses(f, names),
    ]
    if node.type == "while_statement":  # a loop ends on its progress, not on what a collection holds
        clauses = [c for c in clauses if not re.search(r" (not )?in ", c)]
    return list(dict.fromkeys([*bools, *flags, *clauses]))


def _loop_targets(loop: tree_sitter.Node) -> list[str]:
    """The names a `for` loop binds per item; none for a `while` loop."""
    return sorted(_identifiers(loop.child_by_field_name("left"))) if loop.type == "for_statement" else []


def _index_guards(f: _Function, node: tree_sitter.Node) -> list[str]:
    """The bound an index in the condition may lack (TBar's range check):
    `i < len(items)` for `items[i]`, `i + 1 < len(items)` for `items[i + 1]`, `i > 0`
    for `items[i - 1]`; none the condition already has."""
    condition = _owned_condition(node)
    found = []
    for subscript in walk(condition) if condition is not None else []:
        if subscript.type != "subscript" or len(subscript.named_children) != 2:
            continue
        value, index = (f.source_of(child) for child in subscript.named_children)
        name, step = (index.split(" - ")[0], "-") if re.fullmatch(r"\w+ - 1", index) else (index, "+")
        if not _is_variable(subscript.named_children[1], f.names) and not re.fullmatch(r"\w+ [-+] \d+", index):
            continue
        guard = f"{name} > 0" if step == "-" else f"{index} < len({value})"
        if guard not in f.source_of(condition) and f"len({value})" not in f.source_of(condition):
            found.append(guard)
    return list(dict.fromkeys(found))


def _mirrored(f: _Function, node: tree_sitter.Node, names: list[str]) -> list[str]:
    """A comparison of the condition with each side traded for its counterpart, a name
    for the field of that name: `booking.start < end` -> `start < booking.end`, the other
    half of an overlap."""
    counterparts: dict[str, str] = {}
    for name in names:
        owner, _, field = name.rpartition(".")
        if owner.isidentifier() and field in f.names:
            counterparts[name] = field
            counterparts.setdefault(field, name)
    condition = _owned_condition(node)
    found = []
    for comparison in walk(condition) if condition is not None else []:
        if comparison.type != "comparison_operator" or len(comparison.named_children) != 2:
            continue
        left, right = (f.source_of(side) for side in comparison.named_children)
        if left in counterparts and right in counterparts and counterparts[left] != right:  # not `desk == booking.desk` again
            operator = " ".join(f.source_of(c) for c in comparison.children if not c.is_named)
            found.append(f"{counterparts[left]} {operator} {counterparts[right]}")
    return found


_FLIPPED = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _other_bounds(f: _Function, node: tree_sitter.Node) -> list[str]:
    """A limit checked on one side only, checked on the other too: beside
    `party.size > room.max_players`, `party.size < room.min_players`, where the class
    declares the field of the opposite word (max/min, upper/lower, start/end, ...). And a
    limit checked on one of the values unpacked together, checked on the others too:
    beside `width > OVERSIZE_CM`, `height > OVERSIZE_CM` for `width, height = size(order)`.
    And a difference held under a limit, held above zero too: a window before a date
    (`(due - day).days <= 60`) is one the date is still ahead of (`(due - day).days >= 0`)."""
    condition = _owned_condition(node)
    unpacked = [names for n in f.nodes if n.type == "assignment" and len(names := list(_identifiers(n.child_by_field_name("left")))) > 1]
    found = []
    for comparison in walk(condition) if condition is not None else []:
        operator = " ".join(f.source_of(c) for c in comparison.children if not c.is_named)
        if comparison.type != "comparison_operator" or len(comparison.named_children) != 2 or operator not in _FLIPPED:
            continue
        sides = [f.source_of(side) for side in comparison.named_children]
        below = 0 if operator in ("<", "<=") else 1  # the side held under the other
        if _is_gap(comparison.named_children[below]):
            found.append(f"{sides[below]} >= 0")
        for i, side in enumerate(comparison.named_children):
            for other in (other for names in unpacked if sides[i] in names for other in names if other != sides[i]):
                bounded = [*sides[:i], other, *sides[i + 1 :]]
                found.append(f"{bounded[0]} {operator} {bounded[1]}")
            if side.type != "attribute" or side.child_by_field_name("object").type != "identifier":
                continue
            owner, field = f.source_of(side.child_by_field_name("object")), f.source_of(side.child_by_field_name("attribute"))
            for word, other in _traded_words(f, [(owner, field)]):
                if other in _OPPOSITES.get(word, ()):
                    bounded = [*sides[:i], f"{owner}.{_trade(field, word, other)}", *sides[i + 1 :]]
                    found.append(f"{bounded[0]} {_FLIPPED[operator]} {bounded[1]}")
    return [clause for clause in dict.fromkeys(found) if clause not in f.source_of(condition)]


def _matched_like_the_others(f: _Function, node: tree_sitter.Node) -> list[str]:
    """An item matched on fields to the like-named values in scope, matched on the one it
    leaves out: `cut.beach == beach` beside `cut.day == day and cut.species == species`,
    where `beach` is in scope and a field of the item's class."""
    condition = _owned_condition(node)
    matched: dict[str, set[str]] = {}
    for comparison in walk(condition) if condition is not None else []:
        operator = [c.type for c in comparison.children if not c.is_named]
        if comparison.type != "comparison_operator" or operator != ["=="] or len(comparison.named_children) != 2:
            continue
        left, right = comparison.named_children
        for side, other in ((left, right), (right, left)):
            if side.type == "attribute" and (owner := side.child_by_field_name("object")).type == "identifier":
                field = f.source_of(side.child_by_field_name("attribute"))
                if f.source_of(other) == field:
                    matched.setdefault(f.source_of(owner), set()).add(field)
    return [
        f"{owner}.{name} == {name}" for owner, fields in matched.items()
        for name in f.fields_of(owner) if name in f.names and name not in fields
    ]


def _named_limits(f: _Function) -> list[str]:
    """A number the module names and never reads, held against the name in scope it is
    named for: `bunches >= BONUS_BUNCHES`, `weight <= MAX_WEIGHT_KG`; only as the
    module's prose says, when it does ("at least BONUS_BUNCHES bunches")."""
    return [
        f"{name} {op} {constant}" for constant in f.unread_constants for name in f.names
        if _words(name) & _words(constant) and _may_be_number(f, name)
        for op in ([f.said_limits[constant]] if constant in f.said_limits else (">=", "<=", ">", "<"))
    ]


def _held_values(f: _Function, node: tree_sitter.Node) -> list[str]:
    """A key found in a mapping of numbers, its number held against one the block has
    just computed or the function takes: `dmc in stash and stash[dmc] >= needed`."""
    condition = _owned_condition(node)
    before = [name for s in reversed(_statements_before(node)) for name in sorted(_assigned_names(s))]
    numbers = [n for n in dict.fromkeys([*before, *f.params]) if n in f.names and _may_be_number(f, n)]
    found = []
    for comparison in walk(condition) if condition is not None else []:
        operator = [c.type for c in comparison.children if not c.is_named]
        if comparison.type != "comparison_operator" or operator != ["in"] or len(comparison.named_children) != 2:
            continue
        key, mapping = (f.source_of(side) for side in comparison.named_children)
        value = re.search(_NUMBER_VALUES, f.declared.get(mapping) or "")
        if value is not None and value.group(1) in _NUMBER_TYPES:
            found += [f"{mapping}[{key}] {op} {n}" for n in numbers if n not in (key, mapping) for op in (">=", "<=", ">", "<")]
    return found


# The type of a mapping's values: `dict[str, int]`, `Mapping[str, float] | None`.
_NUMBER_VALUES = re.compile(r"\b(?:dict|Dict|Mapping|MutableMapping|defaultdict|Counter)\[[^,\[\]]+,\s*(\w+)\]")


def _asked_of_each_item(f: _Function, node: tree_sitter.Node) -> list[str]:
    """A question the function asks of one item of a collection (`in_house(ranked[0])`),
    asked of each item a loop around the node takes from it: `not in_house(stone)` in
    `for stone in ranked:`."""
    found = []
    for loop in (a for a in _ancestors(node, f.body) if a.type == "for_statement"):
        item, collection = loop.child_by_field_name("left"), loop.child_by_field_name("right")
        if item is None or collection is None or item.type != "identifier":
            continue
        for call in (n for n in f.nodes if n.type == "call"):
            arguments = call.child_by_field_name("arguments")
            one = arguments.named_children[0] if arguments is not None and arguments.named_child_count == 1 else None
            if one is not None and one.type == "subscript" and f.source_of(one.child_by_field_name("value")) == f.source_of(collection):
                asked = f"{f.source_of(call.child_by_field_name('function'))}({f.source_of(item)})"
                found += [f"not {asked}", asked]
    return found


def _is_gap(node: tree_sitter.Node) -> bool:
    """`a - b`, `(a - b).days` or `(a - b).total_seconds()`: how far apart two values are."""
    while node.type in ("parenthesized_expression", "attribute", "call") and node.named_children:
        node = node.named_children[0]
    return node.type == "binary_operator" and node.child_by_field_name("operator").type == "-"


def _repeated_for_siblings(f: _Function, node: tree_sitter.Node) -> list[str]:
    """An operand of the condition said again for sibling fields, one word traded in each:
    `(animal.good_with_cats or not applicant.has_cats)` beside
    `(animal.good_with_kids or not applicant.has_kids)`, where both classes declare the
    `cats` field of each `kids` one."""
    condition = _owned_condition(node)
    if condition is None or condition.type != "boolean_operator":
        return []
    found = []
    for operand in _operands(condition, condition.child_by_field_name("operator").type):
        fields = {f.source_of(a): (f.source_of(a.child_by_field_name("object")), f.source_of(a.child_by_field_name("attribute")))
                  for a in walk(operand) if a.type == "attribute" and a.child_by_field_name("object").type == "identifier"}
        for word, other in _traded_words(f, fields.values()):
            traded = {text: f"{owner}.{_trade(field, word, other)}" for text, (owner, field) in fields.items()}
            clause = re.sub("|".join(rf"\b{re.escape(t)}\b" for t in traded), lambda m: traded[m.group(0)], f.source_of(operand))
            if clause != f.source_of(operand) and clause not in f.source_of(condition):
                found.append(clause)
    return list(dict.fromkeys(found))


# Clauses tried per operand of `and` / `or`, after the ties of the other operands.
_MAX_ALTERNATIVE_CLAUSES = 12


def alternative_clause(f: _Function) -> Iterator[_Edit]:
    """A clause added to one operand of `or` or `and` rather than to the whole: first the
    tie of another operand's comparison (`a < b or c < d` -> `a < b or (a == b and c < d)`,
    the next key decides only a tie), then the clauses condition_clause tries."""
    for node in f.nodes:
        if node.type != "boolean_operator" or (node.parent is not None and node.parent.type == "boolean_operator"):
            continue  # an operand of a longer chain: the chain's outermost operator handles it
        joiner = node.child_by_field_name("operator").type
        operands = _operands(node, joiner)
        ties = {id(o): _tie(f, o) for o in operands}
        clauses = _clauses(f, _with_attributes(f, _names_in(f, node)))[:_MAX_ALTERNATIVE_CLAUSES]
        first_steps = _first_step(f, node) if joiner == "and" else []
        for operand in operands:
            text = f.source_of(operand)
            wrapped = f"({text})" if operand.type in _LOOSE - {"comparison_operator", "not_operator"} else text
            others = [*first_steps, *(tie for o in operands if o is not operand and (tie := ties[id(o)]))]
            for clause in dict.fromkeys([*others, *clauses]):
                edit = f.replace(operand, f"({clause} and {wrapped})" if joiner == "or" else f"({wrapped} or {clause})")
                # A tie extends the other comparison to equal keys: as small a change as `<` -> `<=`.
                yield replace(edit, size=_change_size("<", "<=")) if clause in others else edit


def _operands(node: tree_sitter.Node, joiner: str) -> list[tree_sitter.Node]:
    """`a or b or c` -> [a, b, c]: the operands of a chain of one operator."""
    found = []
    for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
        if side is not None and side.type == "boolean_operator" and side.child_by_field_name("operator").type == joiner:
            found += _operands(side, joiner)
        elif side is not None:
            found.append(side)
    return found


def _first_step(f: _Function, condition: tree_sitter.Node) -> list[str]:
    """`end == start` for a `while` whose condition this is, that moves `end` on from
    where `end = start` set it: its first step taken whatever the other clauses say (a
    word too long for a line still goes on one of its own)."""
    loop = condition.parent
    if loop is None or loop.type != "while_statement" or loop.child_by_field_name("condition") != condition:
        return []
    body = loop.child_by_field_name("body")
    stepped = {f.source_of(n.child_by_field_name("left")) for n in walk(body) if n.type == "augmented_assignment"}
    found = []
    for statement in _statements_before(loop):
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if left.type == "identifier" and right is not None and right.type == "identifier" and f.source_of(left) in stepped:
            found.append(f"{f.source_of(left)} == {f.source_of(right)}")
    return found


def _statements_before(statement: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The statements of its block before it."""
    block = statement.parent
    return [] if block is None else [s for s in block.named_children if s.end_byte <= statement.start_byte]


def _tie(f: _Function, node: tree_sitter.Node) -> str | None:
    """`a == b` for an ordering comparison `a < b` (or `<=`, `>`, `>=`)."""
    if node.type != "comparison_operator" or len(node.named_children) != 2:
        return None
    operator = [c.type for c in node.children if not c.is_named]
    if operator not in (["<"], ["<="], [">"], [">="]):
        return None
    left, right = node.named_children
    return f"{f.source_of(left)} == {f.source_of(right)}"


def guarded_statement(f: _Function) -> Iterator[_Edit]:
    """A statement in a loop that should run only for some items: `total += n` ->
    `if n > 0: total += n`, with clauses on the names the statement reads."""
    for node in _guardable(f):
        indent = f.indent_of(node)
        start, end = _line_span(f, node)
        line = f.source_of_range(start, end)
        for clause in _guard_clauses(f, node):
            guarded = f"{indent}if {clause}:\n{f.indent_unit}{line}"
            yield _Edit(start, end, guarded, (node.start_point.row,), f"run `{_first_line(f, node)}` only if `{clause}`",
                        guard=(node.start_point.row, clause))


def _guardable(f: _Function) -> Iterator[tree_sitter.Node]:
    """One-line expression and return statements in a loop."""
    for node in _statements(f):
        if node.type not in ("expression_statement", "return_statement") or not f.alone_on_its_lines(node):
            continue
        if "\n" not in f.source_of(node) and any(a.type in _LOOPS for a in _ancestors(node, f.body)):
            yield node


def _guard_clauses(f: _Function, node: tree_sitter.Node) -> list[str]:
    return _clauses(f, _with_attributes(f, _names_in(f, node)))[:_MAX_GUARD_CLAUSES]


def _returned_test(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The value of `return <comparison or boolean expression>`, parenthesized or not."""
    if node.type != "return_statement" or len(node.named_children) != 1:
        return None
    value = node.named_children[0]
    while value.type == "parenthesized_expression" and value.named_child_count == 1:
        value = value.named_children[0]
    return value if value.type in ("comparison_operator", "boolean_operator", "not_operator") else None


def _returned_flag(f: _Function, node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name of `return <name>` when the function only ever assigns it a test:
    `wanted = room < target`."""
    if node.type != "return_statement" or len(node.named_children) != 1 or node.named_children[0].type != "identifier":
        return None
    name = f.source_of(node.named_children[0])
    values = [
        n.child_by_field_name("right") for n in f.nodes
        if n.type == "assignment" and f.source_of(n.child_by_field_name("left")) == name
    ]
    tests = ("comparison_operator", "boolean_operator", "not_operator", "true", "false")
    return node.named_children[0] if values and all(v is not None and v.type in tests for v in values) else None


def _with_attributes(f: _Function, names: list[str]) -> list[str]:
    """The names, then the attributes the file reads (and never calls) on them, then the
    other fields of a class that declares all of those, and so on for an attribute that is
    itself an object: a missing clause often tests an object's field (`item.stock > 0`
    beside `item.active`), one the function never read."""
    def fields_on(name: str) -> list[str]:
        read = f.attributes.get(name, set()) - f.methods
        found = [f"{name}.{a}" for a in sorted(read)]
        for fields in f.classes if read else []:
            if read <= fields:
                found += [f"{name}.{a}" for a in sorted(fields - read)]
        return found

    attributes = []
    for name in names:
        attributes += fields_on(name)
        # One object further: `pet.owner.opted_out` beside `pet.owner.email`.
        attributes += [field for chained in fields_on(name) if chained in f.attributes for field in fields_on(chained)]
        attributes += [f"{name}[{key}]" for key in _record_keys(f, name)]
    # A sized thing is also compared by its size: `len(cart) >= MAX_ITEMS`.
    sizes = [f"len({name})" for name in names if name in f.sized]
    return list(dict.fromkeys([*names, *attributes, *sizes]))


def _clauses(f: _Function, names: list[str]) -> list[str]:
    """Clauses on the names, kind by kind; the simplest first and at most _MAX_CLAUSES of
    them, and then the first few of each kind the cap left out, so that a long list of
    names leaves room for a comparison with a constant."""
    kinds: list[list[str]] = []
    kinds.append([
        f"{low} <= {name} <= {high}"  # "3 to 16 characters"
        for low, high in f.said_ranges for name in names if _may_be_number(f, name) and not _may_be_none(f, name)
    ])
    # A field compared as a sibling field of the same type already is: `member.lead_expires < day`
    # beside `member.paid_until < day` (SimFix's ingredient of the same shape, close by).
    kinds.append(_sibling_comparisons(f, names))
    # The gap between two objects kept within the module's unread bound: `abs(a.t - b.t) <= TOLERANCE`.
    kinds.append(_within_tolerance(f, names))
    truths = []
    for name in (n for n in names if not n.startswith("len(")):
        # A name that starts as None is tested against None: `not found` is also true of 0 or "".
        # A number is compared with 0: `bars_left > 0` also keeps out a batch sold past its
        # bars, which `bars_left` lets through.
        if _declared_number(f, name):
            truths += [f"{name} > 0", f"{name} <= 0"]
        else:
            truths += [*([] if _may_be_none(f, name) else [name, f"not {name}"]), f"{name} is None", f"{name} is not None"]
    kinds.append(truths)
    kinds.append([
        f"{name} {op} {value}" for name in names for value in f.values.get(name.rsplit(".", 1)[-1], [])[:_MAX_VALUES]
        for op in ("==", "!=")
    ])
    # The same field of two objects: `call.line != arrival.line` beside `call.stop == arrival.stop`.
    fields = [n for n in names if n.count(".") == 1 and n.split(".")[0].isidentifier()]
    kinds.append([
        f"{name} {op} {other}" for i, name in enumerate(fields) for other in fields[i + 1 :]
        if other.split(".")[1] == name.split(".")[1] and other.split(".")[0] != name.split(".")[0] for op in ("!=", "==")
    ])
    # Other fields of two objects declared with one type, compared in order, a field the
    # function never reads first: `bid.at < lot.closes_at`.
    declared = [(n, f.annotations.get(n.split(".")[1])) for n in fields]
    typed = [
        (name, other) for i, (name, kind) in enumerate(declared) for other, other_kind in declared[i + 1 :]
        if kind not in (None, "str", "bool") and other_kind == kind
        and other.split(".")[0] != name.split(".")[0] and other.split(".")[1] != name.split(".")[1]
    ]
    read = {f.source_of(node) for node in f.nodes if node.type == "attribute"}
    typed.sort(key=lambda pair: read.issuperset(pair))
    kinds.append([clause for a, b in typed for clause in (f"{a} < {b}", f"{b} < {a}", f"{a} <= {b}", f"{b} <= {a}")])
    kinds.append(_against_declared(f, fields, names))
    # An item tested against a collection in scope: `word not in self.stopwords`, or a
    # field its class declares as one: `zone in permit.zones`.
    declared = [n for n in names if "." in n and re.match(_COLLECTION_TYPE, _annotation_of(f, n) or "")]
    collections = [c for c in dict.fromkeys([*f.sized, *f.collection_attributes, *declared]) if c not in f.texts]
    # What the code puts in such a field, when its owner is in scope: `flyer.name in
    # slot.booked`, where `book` does `....booked.append(flyer.name)`.
    scope = {*f.params, *f.names}
    kinds.append([
        f"{item}{negation} in {c}" for c in collections for item in f.members.get(c.rsplit(".", 1)[-1], [])
        if item.split(".")[0] in scope and item != c for negation in (" not", "")
    ])
    kinds.append([
        f"{name}{negation} in {c}" for name in names if name.isidentifier() and name not in f.built and name not in f.records
        for c in collections if c != name for negation in (" not", "")
    ])
    # A name compared with a member of a group of strings the module names, tested against
    # the group: `hive.status in LIVING` beside `hive.status == "queenless"`.
    kinds.append([
        f"{name}{negation} in {group}" for group, members in f.string_groups.items() for name in names
        if members & set(f.values.get(name.rsplit(".", 1)[-1], [])) for negation in ("", " not")
    ])
    # A flag of one object that requires a flag of another: a party that needs step-free
    # access gets an accessible table, `(not party.needs_access or table.accessible)`.
    flags = [n for n in names if "." in n and _annotation_of(f, n) == "bool"]
    kinds.append([
        clause for a in flags for b in flags if a.split(".")[0] != b.split(".")[0]
        for clause in (f"(not {b} or {a})", f"({b} and not {a})")
    ])
    # A text that should be skipped by how it starts: `not line.startswith("-")`.
    kinds.append([f"{negation}{name}.startswith({prefix})" for name in names if name in f.texts for prefix in f.prefixes for negation in ("not ", "")])
    # A parameter or local the function never reads, compared with what the condition
    # reads: `bike.battery >= min_battery`.
    unused = []
    for bound in (n for n in names if n in f.unused_params or n in f.unused_locals):
        # A minimum or maximum is the bound of its own clauses: `credits >= min_credits`.
        for name in (n for n in names if n != bound and _comparisons_with(n) == _CLAUSE_COMPARISONS):
            numbers = _may_be_number(f, name) and _may_be_number(f, bound)
            unused += [f"{name} {op} {bound}" for op in (_comparisons_with(bound) if numbers else ("==", "!="))]
    kinds.append(unused)
    # Each constant against every name, one kind per constant so that each keeps some
    # beyond the cap. A string is tested for equality, a number compared with what may be one.
    for constant in (c for c in f.constants if c not in f.keys):
        if constant[-1] in "\"'" or constant in f.named_strings:
            kinds.append([f"{name} {op} {constant}" for name in names if name not in f.built and name not in f.records for op in ("==", "!=")])
        else:
            kinds.append([f"{name} {op} {constant}" for name in names if _may_be_number(f, name) for op in _CLAUSE_COMPARISONS])
    pairs = []
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            numbers = _may_be_number(f, first) and _may_be_number(f, second)
            # A minimum or maximum is the bound: `credits >= min_credits`, not `min_credits < credits`.
            name, other = (second, first) if _comparisons_with(first) != _CLAUSE_COMPARISONS else (first, second)
            pairs += [f"{name} {op} {other}" for op in (_comparisons_with(other) if numbers else ("==", "!="))]
    kinds.append(pairs)
    clauses = [clause for kind in kinds for clause in kind][:_MAX_CLAUSES]
    kept = set(clauses)
    left_out = [clause for kind in kinds for clause in [c for c in kind if c not in kept][:_RESERVED_PER_KIND]]
    return list(dict.fromkeys([*clauses, *left_out]))


def _within_tolerance(f: _Function, names: list[str]) -> list[str]:
    """`abs(batch.temp_c - smoker.temp_c) <= TEMP_TOLERANCE`: the same number field of two
    objects in scope kept within a number the module names and never reads."""
    if not f.unread_constants:
        return []
    owners = [n for n in dict.fromkeys([*f.params, *f.loop_variables, *names]) if n.isidentifier() and n != "self"]
    numeric = {
        owner: {field for field in f.fields_of(owner) if _type_words(f.annotations.get(field) or "str") == {"number"}}
        for owner in owners
    }
    return [
        f"abs({a}.{field} - {b}.{field}) <= {constant}"  # "within ten degrees" takes in ten
        for i, a in enumerate(owners) for b in owners[i + 1 :] for field in sorted(numeric[a] & numeric[b])
        for constant in f.unread_constants
    ]


def _against_declared(f: _Function, fields: list[str], names: list[str]) -> list[str]:
    """A field compared in order with a name the function declares with the field's type
    (a date, a time; not a number, text or flag), and where the field may be None, the
    comparison only where it is set, or where it is not:
    `(patient.next_appointment is None or patient.next_appointment < today)`."""
    found = []
    for field in fields:
        kind = _type_words(f.annotations.get(field.split(".")[1]) or "str")
        if kind & {"str", "bool", "number"} or re.match(_COLLECTION_TYPE, f.annotations.get(field.split(".")[1]) or ""):
            continue
        for name in (n for n in names if "." not in n and _type_words(f.declared.get(n) or "str") == kind):
            for operator in ("<", ">=", "<=", ">"):
                clause = f"{field} {operator} {name}"
                found += [f"({field} is None or {clause})", f"({field} is not None and {clause})"] if _may_be_none(f, field) else [clause]
    return found


_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _sibling_comparisons(f: _Function, names: list[str]) -> list[str]:
    """`owner.field <op> value` and its negation for each ordering `owner.other <op> value`
    of the function, where the class declares both fields with one type (None aside) that
    is not text or a flag."""
    found = []
    for node in f.nodes:
        if node.type != "comparison_operator" or len(node.named_children) != 2:
            continue
        operator = [c.type for c in node.children if not c.is_named]
        left, right = node.named_children
        if len(operator) != 1:
            continue
        if operator[0] in ("<", "<=", ">", ">=") and left.type == "attribute" and not _declared(f, left) & {"str", "bool"}:
            # The same way, or the other way for the other end of a span: an item is skipped
            # once `donor.withdrawn <= sale.sold_on`, and while `donor.declared > sale.sold_on`.
            found += [f"{name} {op} {f.source_of(right)}" for op in (operator[0], _NEGATED[operator[0]])
                      for name in _alike_fields(f, left, names) if name not in f.source_of(right)]
        elif operator[0] in ("in", "not in") and right.type == "attribute" and re.match(_COLLECTION_TYPE, _annotation_of(f, f.source_of(right)) or ""):
            # `member_id in self.waitlist` beside `member_id in self.attendees`
            found += [f"{f.source_of(left)} {operator[0]} {name}" for name in _alike_fields(f, right, names)
                      if name not in f.source_of(left)]
    return list(dict.fromkeys(found))


def _declared(f: _Function, attribute: tree_sitter.Node) -> set[str]:
    """The words of the type the attribute's class declares it with; a field it does not declare is taken for text."""
    return _type_words(f.annotations.get(f.source_of(attribute).rpartition(".")[2]) or "str")


def _alike_fields(f: _Function, attribute: tree_sitter.Node, names: list[str]) -> list[str]:
    """The names that are other fields of the attribute's owner, declared with its type."""
    owner, _, field = f.source_of(attribute).rpartition(".")
    return [name for name in names if (split := name.rpartition("."))[0] == owner and split[2] != field
            and _type_words(f.annotations.get(split[2]) or "str") == _declared(f, attribute)]


# Clauses of each kind kept beyond the cap.
_RESERVED_PER_KIND = 6


def _may_be_none(f: _Function, name: str) -> bool:
    """A name that starts as None, or a field its class declares Optional."""
    if name in f.none_names:
        return True
    annotation = _annotation_of(f, name)
    return annotation is not None and bool(re.search(r"\bOptional\b|\bNone\b", annotation))


def _declared_number(f: _Function, name: str) -> bool:
    annotation = _annotation_of(f, name)
    return annotation is not None and set(re.findall(r"\w+", annotation)) <= _NUMBER_TYPES


def _comparisons_with(bound: str) -> tuple[str, ...]:
    """The comparisons of a clause `x <op> bound`. A bound whose name says it is a
    minimum or a maximum is inclusive (`battery >= min_battery`, `size <= max_size`),
    or the clause tests for crossing it (`battery < min_battery`): the other two
    operators would make a second, off-by-one clause that passes the same tests."""
    words = {w.lower() for w in re.findall(r"[A-Z]?[a-z]+", bound.rsplit(".", 1)[-1])}
    if words & _MINIMUM_WORDS:
        return (">=", "<", "==", "!=")
    if words & _MAXIMUM_WORDS:
        return ("<=", ">", "==", "!=")
    return _CLAUSE_COMPARISONS


_MINIMUM_WORDS = frozenset({"min", "minimum", "least", "lowest", "floor"})
_MAXIMUM_WORDS = frozenset({"max", "maximum", "most", "highest", "limit", "cap", "ceiling"})


def _record_keys(f: _Function, name: str) -> list[str]:
    """The keys a record may be read by: those the function reads on it, then those the
    tests and modules use (see _dict_keys), in the function's quotes."""
    read = f.records.get(name, [])
    if not read:
        return []
    quote = read[0][-1]
    return list(dict.fromkeys([*read, *(f"{quote}{key}{quote}" for key in f.dict_keys)]))


# Strings kept per name: an enumeration's members, not every message the module writes.
_MAX_VALUES = 6


def _first_body_statement(f: _Function) -> tree_sitter.Node | None:
    statements = [s for s in f.body.named_children if s.type != "comment"]
    while statements and _is_docstring_statement(statements[0]):
        statements.pop(0)
    return statements[0] if statements else None
