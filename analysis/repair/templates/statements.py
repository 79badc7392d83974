"""Statement families: a statement missing, deleted, inserted, moved, pasted, returned or at module level."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations
from typing import Iterator

import tree_sitter

from ...positions import decode
from ...targets import walk
from .tree import (
    _CHANGING_METHODS, _CONDITION_OWNERS, _COPYING_METHODS, _Edit, _LOOPS, _ancestors, _assigned_names, _first_line,
    _identifiers, _is_assignment_target, _is_docstring_statement, _is_variable, _line_span, _read_names, _reads_a_name,
    _statements,
)
from .facts import _annotation_of, _assigned_names_before, _empty_kind, _names_in, _type_words
from .function import _Function
from .operators import comparison


# Statements after which nothing else in their block runs.
_ENDS_A_BLOCK = frozenset({"return_statement", "raise_statement", "break_statement", "continue_statement"})
_ENDING_WORDS = frozenset({"return", "raise", "break", "continue"})
# Compound statements whose body a statement may belong in or out of.
_BODY_OWNERS = frozenset({"for_statement", "while_statement", "if_statement", "with_statement"})


_SIMPLE_STATEMENTS = frozenset(
    {
        "expression_statement",
        "return_statement",
        "break_statement",
        "continue_statement",
        "raise_statement",
        "pass_statement",
        "delete_statement",
    }
)


# A shallow copy of a name: `dict(stock)`, `list(queue)`, `stock.copy()`, `queue[:]`.
_COPY = re.compile(r"(?:dict|list|set|(?:copy\.)?(?:deep)?copy)\((\w+)\)|(\w+)\.copy\(\)|(\w+)\[:\]")


def _originals_read_after_copying(f: _Function) -> Iterator[tuple[tree_sitter.Node, str]]:
    """(a read of the original, the copy's name) for each local made as a copy of a name
    (`left = dict(stock)`) that the function then changes in place (`left[key] -= got`),
    and each later read of the original: the copy was made to be used up, so that the
    original stays as it was, and what is left is in the copy."""
    for node in f.nodes:
        target, value = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type != "assignment" or target is None or value is None or target.type != "identifier":
            continue
        copied = _COPY.fullmatch(f.source_of(value))
        copy = f.source_of(target)
        if copied is None or not _changed_in_place(f, copy):
            continue
        original = next(group for group in copied.groups() if group)
        for read in f.nodes:
            if read.type == "identifier" and read.start_byte > node.end_byte and f.source_of(read) == original and _reads_a_name(read):
                yield read, copy


def _changed_in_place(f: _Function, name: str) -> bool:
    """The function sets an item of the collection, deletes one, or calls a method that changes it."""
    for node in f.nodes:
        if node.type in ("assignment", "augmented_assignment", "delete_statement"):
            target = node.child_by_field_name("left") if node.type != "delete_statement" else (node.named_children or [None])[0]
            if target is not None and target.type == "subscript" and f.source_of(target.child_by_field_name("value")) == name:
                return True
        elif node.type == "call" and (function := node.child_by_field_name("function")) is not None and function.type == "attribute":
            owner, method = (f.source_of(function.child_by_field_name(k)) for k in ("object", "attribute"))
            if owner == name and method in _CHANGING_METHODS:
                return True
    return False


def pasted_statement(f: _Function) -> Iterator[_Edit]:
    """A statement pasted below its twin without the change its new place needed: the
    statement before each twin differs in one value (`lines.append((..., board))` and
    `lines.append((..., extra.cost))`), and the pasted twin still reads the first one's
    (`total += board` -> `total += extra.cost`); or the twin right below it reads another
    field of the same object (`drawn[game.white] += 1` -> `drawn[game.black] += 1`)."""
    statements = [n for n in f.nodes if n.parent is not None and n.parent.type == "block" and n.is_named and n.type != "comment"]
    for i, first in enumerate(statements):
        for pasted in (s for s in statements[i + 1 :] if f.source_of(s) == f.source_of(first)):
            if pasted.prev_named_sibling == first:
                # Pasted right below itself: one field of an object was to be another it has
                # (`drawn[game.white] += 1` twice, where the second was `game.black`).
                text = f.source_of(pasted)
                read = {f.source_of(n) for n in walk(pasted) if n.type == "attribute" and n.child_by_field_name("object").type == "identifier"}
                for owner, _, field in sorted(r.partition(".") for r in read):
                    for other in sorted(f.attributes.get(owner, set()) - f.methods - {field}):
                        edit = f.replace(pasted, re.sub(rf"\b{re.escape(owner)}\.{field}\b", f"{owner}.{other}", text))
                        yield replace(edit, description=f"`{owner}.{field}` -> `{owner}.{other}`")
                continue
            before, after = first.prev_named_sibling, pasted.prev_named_sibling
            if before is None or after is None or before.type != after.type:
                continue
            for old, new in _differences(f, before, after):
                for node in (n for n in walk(pasted) if f.source_of(n) == old and n.type in ("identifier", "attribute")):
                    yield f.replace(node, new)


def _differences(f: _Function, a: tree_sitter.Node, b: tree_sitter.Node) -> Iterator[tuple[str, str]]:
    """The expressions two statements of one shape differ in, as (a's, b's): their
    children are walked side by side while they have the same types."""
    if f.source_of(a) == f.source_of(b):
        return
    if a.type != b.type or len(a.named_children) != len(b.named_children) or not a.named_children:
        yield f.source_of(a), f.source_of(b)
        return
    for x, y in zip(a.named_children, b.named_children):
        yield from _differences(f, x, y)


def return_value(f: _Function) -> Iterator[_Edit]:
    """A return statement returning another in-scope name, or None; and a call of the
    module's own function whose result is dropped, returned: `_temperature(v, s, t)` ->
    `return _temperature(v, s, t)`."""
    for node in f.nodes:
        if node.type == "return_statement":
            for value in [*f.names, "None"]:
                yield f.replace(node, f"return {value}")
        elif node.type == "expression_statement" and node.named_child_count == 1 and (call := node.named_children[0]).type == "call":
            if (function := call.child_by_field_name("function")).type == "identifier" and f.source_of(function) in f.module_names:
                yield f.replace(node, f"return {f.source_of(call)}")


_ASSIGNABLE = frozenset({"identifier", "attribute", "subscript"})


def kept_value(f: _Function) -> Iterator[_Edit]:
    """A value computed and dropped, kept: `day + timedelta(days=1)` alone on its line ->
    `day += timedelta(days=1)`; `code.strip()` -> `code = code.strip()`. A statement that
    computes and drops a value does nothing, so it is surely what went wrong."""
    for node in f.nodes:
        if node.type != "expression_statement" or node.named_child_count != 1:
            continue
        value = node.named_children[0]
        if value.type == "binary_operator" and (left := value.child_by_field_name("left")).type in _ASSIGNABLE:
            operator, right = value.child_by_field_name("operator"), value.child_by_field_name("right")
            kept = f"{f.source_of(left)} {f.source_of(operator)}= {f.source_of(right)}"
        elif value.type == "call" and (method := value.child_by_field_name("function")).type == "attribute":
            owner = method.child_by_field_name("object")
            if owner.type not in _ASSIGNABLE or f.source_of(method.child_by_field_name("attribute")) not in _COPYING_METHODS:
                continue
            kept = f"{f.source_of(owner)} = {f.source_of(value)}"
        else:
            continue
        yield replace(f.replace(node, kept, f"`{f.source_of(value)}` -> `{kept}`"), progress=True)


def delete_statement(f: _Function) -> Iterator[_Edit]:
    """A statement removed (`pass` when it was alone in its block); an `if` without
    `else` replaced by its body, as if its condition were always true."""
    for node in _statements(f):
        if _is_docstring_statement(node):
            continue
        siblings = [s for s in node.parent.named_children if s.type != "comment"]
        start, end = _line_span(f, node)
        # The function's last line has no line break of its own: remove the one before.
        cut = start - 1 if end == len(f.data) and not f.data.endswith(b"\n") else start
        if len(siblings) > 1:
            yield _Edit(cut, end, "", (node.start_point.row,), f"delete `{_first_line(f, node)}`")
        elif node.type != "pass_statement":
            yield _Edit(node.start_byte, node.end_byte, "pass", (node.start_point.row,), f"`{_first_line(f, node)}` -> `pass`")
        if node.type == "if_statement" and node.child_by_field_name("alternative") is None:
            body = node.child_by_field_name("consequence")
            if body is not None and body.start_point.row > node.start_point.row:
                yield _Edit(start, end, _dedented_block(f, body, f.indent_of(node)), (node.start_point.row,), f"unwrap `{_first_line(f, node)}`")


def insert_statement(f: _Function) -> Iterator[_Edit]:
    """A statement drawn from the function's own lines, or one it plausibly lacks
    (`return`, `return <local>`, `<loop variable> += 1`, `break`), inserted between statements."""
    own = [f.source_of(s) for s in _statements(f) if s.type in _SIMPLE_STATEMENTS and "\n" not in f.source_of(s)]
    own = [s for s in own if not _is_docstring_text(s)]
    # A procedure (no `return` gives a value) leaves early with a bare `return`.
    gives_values = any(n.type == "return_statement" and n.named_children for n in f.nodes)
    lacking = [*([] if gives_values else ["return"]), *(f"return {name}" for name in [*f.names, *f.inner_functions])]
    # What a loop looks for, returned once found: `return rule.action` for the first rule that matches.
    lacking += [f"return {item}.{field}" for item in f.loop_variables for field in f.fields_of(item)]
    for node in f.nodes:
        if node.type == "while_statement":
            condition = node.child_by_field_name("condition")
            for name in sorted({f.source_of(n) for n in walk(condition) if _is_variable(n, f.names)}):
                lacking.extend((f"{name} += 1", f"{name} -= 1"))
        if node.type in _LOOPS:
            lacking.extend(("break", "continue"))
    statements = list(dict.fromkeys([*own, *lacking]))
    at_end = len(f.data)
    # A `return`, `break`, ... goes last in its block: before another statement it leaves that one dead.
    # (Blocks nested at their end share that offset: the indentation tells which one it is.)
    block_ends = {
        (_line_span(f, block.named_children[-1])[1], f.indent_of(block.named_children[0]))
        for block in f.nodes
        if block.type == "block" and block.named_children and block.named_children[-1].type not in _ENDS_A_BLOCK
    }
    for offset, indent, rows in _insertion_points(f):
        for statement in statements:
            if statement.split(" ", 1)[0] in _ENDING_WORDS and (offset, indent) not in block_ends:
                continue
            # After the function's last line, which has no line break of its own.
            text = f"\n{indent}{statement}" if offset == at_end else f"{indent}{statement}\n"
            yield _Edit(offset, offset, text, rows, f"insert `{statement}`")


def missing_statement(f: _Function) -> Iterator[_Edit]:
    """A statement the function plausibly lacks, on what it (or, in a method, its object)
    builds up from empty: `<list>.append(<name>)`, `<total> += <name>` or `<count> += 1`
    / `-= 1` (see _number_updates),
    `<set>.add(<name>)` or `.discard`, `<dict>[<key>] = <name>` or `.pop(<key>, None)`,
    over the loop's variables and parameters (and what it makes of the kind a list holds:
    `sale = Sale(...)` for `sales: list[Sale]`); `<counts>[<loop variable>] += 1` or
    `-= 1` for a mapping it counts in; a flag set once and tested, turned (`had_break = True`)."""
    values = [*f.loop_variables, *[p for p in f.params if p not in ("self", "cls")]]
    # What may be added is also what the loop computes or reads of its items: `key`,
    # `line.strip()`, `item.price`.
    collections = f.built
    items = [v for v in dict.fromkeys([*values, *_loop_locals(f), *_item_expressions(f)]) if v not in collections]
    statements = []
    for name, kind in collections.items():
        if kind == "list":
            # And what the function makes of the kind it holds: `sale = Sale(...)` for `sales: list[Sale]`.
            made = _made_as(f, _type_words(_annotation_of(f, name) or ""))
            statements.extend(f"{name}.append({value})" for value in dict.fromkeys([*made, *items]) if value != name)
        elif kind == "number":
            statements.extend(_number_updates(f, name, items))
        elif kind == "set":
            # What the function looks up in a set is what belongs in it: `key in seen` -> `seen.add(key)`.
            members = _looked_up(f, name) or items
            statements.extend(f"{name}.{method}({value})" for value in members for method in ("add", "discard"))
        elif kind == "dict":
            keys = _looked_up(f, name) or values
            if _counts_in(f, name):  # `counts.get(key, 0)`: a count per key
                statements.extend(f"{name}[{key}] += 1" for key in _looked_up(f, name))
            statements.extend(_dict_updates(f, name, keys, values))
            statements.extend(f"{name}.pop({key}, None)" for key in keys)
    # A field its class starts empty and nothing ever changes: `card.lapses += 1`.
    for field, kind in _unfed_fields(f).items():
        if field in collections:
            continue  # built above, with what the function looks up in it
        if kind == "number":
            statements.extend(f"{field} {step}" for step in ("+= 1", "-= 1"))
        elif kind in ("list", "set"):
            owner = field.rpartition(".")[0]
            made = _made_as(f, _type_words(_annotation_of(f, field) or ""))
            statements.extend(
                f"{field}.{'append' if kind == 'list' else 'add'}({value})"
                for value in dict.fromkeys([*made, *items]) if value not in (field, owner)
            )
        elif kind == "none" and field.rpartition(".")[0] in _changed_owners(f) and (wanted := _type_words(_annotation_of(f, field) or "")):
            # A field that starts as None and nothing sets, of an object the function records
            # something on (`wheel.turns += 1`): `wheel.last_turned = day`, given what the
            # function declares of its type.
            statements.extend(f"{field} = {name}" for name, declared in f.declared.items() if _type_words(declared) == wanted)
    # A flag set once and tested, never turned: `had_break = True`.
    statements.extend(f"{name} = {not value}" for name, value in _unturned_flags(f))
    # What a loop compares each item with and never moves on: `previous = score.points`;
    # names set together, moved on together: `previous_day, previous = day, grams`.
    pairs = _stale_pairs(f)
    statements.extend(pairs)
    statements.extend(_stale_entries(f))  # `last_shot[haul.string] = haul.day`
    for name in _stale(f):
        statements.extend(f"{name} = {value}" for value in [*f.loop_variables, *_item_expressions(f)] if value != name)
    statements.extend(_chosen_moves(f))
    # A count kept per key: `indegree[b] += 1` here, `indegree[neighbour] -= 1` forgotten.
    for counter in _counters(f):
        statements.extend(f"{counter}[{v}] {step}" for v in f.loop_variables for step in ("+= 1", "-= 1"))
    yield from moved_on_fields(f)
    # Once what they read is set: a count a record starts at 0 that no code here ever adds
    # to, `row["callouts"] += 1`; a start moved on past where an item ends, `first = last + 1`.
    later = {f"{count} += 1": start for count, start in _unfed_keys(f).items()} | _unmoved_starts(f)
    at_end = len(f.data)
    for offset, indent, rows in _insertion_points(f):
        for statement in [*statements, *(s for s, start in later.items() if offset >= start)]:
            text = f"\n{indent}{statement}" if offset == at_end else f"{indent}{statement}\n"
            # A pair moved on is one step, as small as one name moved on.
            size = len(statement.split(",")[0]) if statement in pairs else None
            yield _Edit(offset, offset, text, rows, f"insert `{statement}`", size=size)


def held_at_bound(f: _Function) -> Iterator[_Edit]:
    """A value a branch finds past a bound, held at that bound where the branch leaves
    it as it is: `if grams < MIN_GRAMS: notes.append(...)` ends with `return MIN_GRAMS`
    or `grams = MIN_GRAMS`."""
    gives_values = any(n.type == "return_statement" and n.named_children for n in f.nodes)
    for node in (n for n in f.nodes if n.type == "if_statement"):
        condition, block = node.child_by_field_name("condition"), node.child_by_field_name("consequence")
        if condition is None or condition.type != "comparison_operator" or len(condition.named_children) != 2:
            continue
        if block is None or not block.named_children or block.named_children[-1].type in _ENDS_A_BLOCK:
            continue
        if not {c.type for c in condition.children if not c.is_named} <= _ORDERINGS:
            continue
        last = block.named_children[-1]
        offset, indent = _line_span(f, last)[1], f.indent_of(last)
        for value, bound in permutations(condition.named_children):
            if value.type != "identifier" or bound.type not in _BOUNDS or f.source_of(value) in _assigned_names(block):
                continue
            statements = [f"{f.source_of(value)} = {f.source_of(bound)}", *([f"return {f.source_of(bound)}"] if gives_values else [])]
            for statement in statements:
                text = f"\n{indent}{statement}" if offset == len(f.data) else f"{indent}{statement}\n"
                yield _Edit(offset, offset, text, (last.end_point.row,), f"insert `{statement}`")


_ORDERINGS = frozenset({"<", "<=", ">", ">="})
# What a value may be held at: a named limit, a field or a number.
_BOUNDS = frozenset({"identifier", "attribute", "integer", "float"})


_MAX_ITEM_EXPRESSIONS = 6


def _made_as(f: _Function, kinds: set[str]) -> list[str]:
    """The locals the function sets to a call of one of these classes: `sale = Sale(...)`."""
    made = []
    for node in (n for n in f.nodes if n.type == "assignment"):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left.type == "identifier" and right is not None and right.type == "call" and f.source_of(right.child_by_field_name("function")) in kinds:
            made.append(f.source_of(left))
    return made


def _changed_owners(f: _Function) -> set[str]:
    """The objects the function sets or changes a field of: `wheel` of `wheel.turns += 1`."""
    targets = [n.child_by_field_name("left") for n in f.nodes if n.type in ("assignment", "augmented_assignment")]
    return {f.source_of(t.child_by_field_name("object")) for t in targets if t is not None and t.type == "attribute"}


def _unfed_fields(f: _Function) -> dict[str, str]:
    """`owner.field` -> its kind, for the fields of the objects in scope that their class
    starts empty and no code of the module or the modules it imports ever changes."""
    owners = [*(["self"] if f.params[:1] == ["self"] else []), *f.params, *f.names]
    found = {}
    for owner in dict.fromkeys(owners):
        fields = f.attributes.get("self", set()) if owner == "self" else set(f.fields_of(owner))
        found.update({f"{owner}.{field}": kind for field, kind in f.unfed_fields.items() if field in fields})
    return found


def _unfed_keys(f: _Function) -> dict[str, int]:
    """`row["callouts"]` -> the offset where the record is made, for each number a local
    record starts at 0, made by a dict literal (`row = figures.setdefault(member,
    {"callouts": 0, "hours": 0.0})`), whose key no code of the module or the modules it
    imports ever sets or updates."""
    found = {}
    for node in f.nodes:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type != "assignment" or left is None or left.type != "identifier" or right is None:
            continue
        made = right if right.type == "dictionary" else None
        if right.type == "call" and (arguments := right.child_by_field_name("arguments").named_children):
            made = arguments[-1] if arguments[-1].type == "dictionary" else None
        for pair in made.named_children if made is not None else []:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type == "pair" and key.type == "string" and f.source_of(value) in ("0", "0.0"):
                if f.source_of(key).strip("\"'") not in f.updated_keys:
                    found.setdefault(f"{f.source_of(left)}[{f.source_of(key)}]", node.end_byte)
    return found


def _stale(f: _Function) -> list[str]:
    """Locals set before a loop and never set in it, that the loop compares with what
    changes per item, or subtracts from it (`score.points != previous`,
    `day - previous == ONE_DAY`, `abs(segment.target - temperature)`): what the loop
    should move on. A name merely read in the loop (`range(size // 2)`), or a table the
    comparison looks the item up in (`pending[user] == 0`), is not one."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        assigned_in = _assigned_names(body) | set(_identifiers(loop.child_by_field_name("left")))
        compared = set()
        for comparison in (n for n in walk(body) if n.type == "comparison_operator" or _is_difference(n)):
            if assigned_in & _read_names(comparison):
                compared.update(_read_names(comparison) - _looked_into(comparison))
        before = _assigned_names_before(f, loop)
        found += sorted((compared & before) - assigned_in - set(f.params) - set(f.built))
    return list(dict.fromkeys(found))


def _unmoved_starts(f: _Function) -> dict[str, int]:
    """A start set before a loop and never moved in it, that the loop adds to for where
    each item ends (`last = first + sheets * 4 - 1`): the next item starts after it,
    `first = last + 1`, or at it, `first = last` (-> the offset where the end is known)."""
    found = {}
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        per_item = set(_identifiers(loop.child_by_field_name("left")))
        assigned_in = _assigned_names(body)
        before = _assigned_names_before(f, loop) - assigned_in
        for statement in body.named_children:
            assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            if assignment is None or assignment.type != "assignment":
                continue
            end, value = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            start = _first_addend(value) if end.type == "identifier" and value is not None else None
            if start is not None and start in before and _read_names(value) & per_item:
                found |= {f"{start} = {f.source_of(end)} + 1": statement.end_byte, f"{start} = {f.source_of(end)}": statement.end_byte}
    return found


def _first_addend(node: tree_sitter.Node) -> str | None:
    """`first` of `first + sheets * 4 - 1`: the name a sum starts from."""
    while node.type == "binary_operator" and node.child_by_field_name("operator").type in ("+", "-"):
        left = node.child_by_field_name("left")
        if left.type == "identifier":
            return decode(left.text or b"") if node.child_by_field_name("operator").type == "+" else None
        node = left
    return None


def _stale_entries(f: _Function) -> list[str]:
    """A table set before a loop and never written, whose entry for an item the loop
    subtracts from the item's own value (the time since the last one): the entry moved on
    to it, `last_shot[haul.string] = haul.day` for `haul.day - last_shot[haul.string]`."""
    found = []
    written = {f.source_of(n.child_by_field_name("value")) for n in f.nodes
               if n.type == "subscript" and _is_assignment_target(n)}
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        per_item = _assigned_names(body) | set(_identifiers(loop.child_by_field_name("left")))
        before = _assigned_names_before(f, loop) - written - set(f.params)
        for node in (n for n in walk(body) if _is_difference(n)):
            value, entry = node.child_by_field_name("left"), node.child_by_field_name("right")
            table = entry.child_by_field_name("value") if entry.type == "subscript" else None
            if (table is not None and f.source_of(table) in before and value.type in ("identifier", "attribute")
                    and _read_names(value) <= per_item and _read_names(entry) - {f.source_of(table)} <= per_item):
                found.append(f"{f.source_of(entry)} = {f.source_of(value)}")
    return list(dict.fromkeys(found))


def moved_on_fields(f: _Function) -> Iterator[_Edit]:
    """A field the next call should measure from, moved on (see _stale_fields): before the
    `return`, or after the last statement of the body that reads it."""
    for statement, last in _stale_fields(f):
        offset, indent = _line_span(f, last)[0 if last.type == "return_statement" else 1], f.indent_of(last)
        text = f"\n{indent}{statement}" if offset == len(f.data) else f"{indent}{statement}\n"
        yield _Edit(offset, offset, text, (last.start_point.row,), f"insert `{statement}`")


def _stale_fields(f: _Function) -> list[tuple[str, tree_sitter.Node]]:
    """What a method compares a parameter with, or subtracts from it, kept in a field only
    `__init__` sets, moved on to the parameter once the body has read it: `self.last_reading
    = reading` after `burnt = reading - self.last_reading`. The next call should measure
    from this one. (The statement, the statement of the body it goes after.)"""
    found = []
    differences = (n for n in f.nodes if n.type == "binary_operator" and n.child_by_field_name("operator").type == "-")
    for node in [*(n for n in f.nodes if n.type == "comparison_operator"), *differences]:
        sides = [f.source_of(side) for side in node.named_children]
        fields = [side for side in sides if side.startswith("self.") and side.count(".") == 1]
        params = [side for side in sides if side in f.params and side != "self"]
        for field in (field for field in fields if field.removeprefix("self.") in f.set_at_start):
            reading = [s for s in f.body.named_children if any(f.source_of(n) == field for n in walk(s))]
            found += [(f"{field} = {param}", reading[-1]) for param in params if reading]
    return list(dict.fromkeys(found))


def _chosen_moves(f: _Function) -> list[str]:
    """Where a loop chooses by a key that measures from a name it never moves, the name
    moved to what was chosen: `here = nearest.location` (or `here = nearest`) for
    `nearest = min(left, key=lambda d: math.dist(here, d.location))`."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        fixed = _assigned_names_before(f, loop) - _assigned_names(body) - set(f.params)
        for assignment in (n for n in walk(body) if n.type == "assignment"):
            chosen, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if chosen.type != "identifier" or right is None or right.type != "call":
                continue
            if f.source_of(right.child_by_field_name("function")) not in ("min", "max"):
                continue
            for key in (a for a in right.child_by_field_name("arguments").named_children if a.type == "keyword_argument"):
                measure = key.child_by_field_name("value")
                if measure.type != "lambda" or measure.child_by_field_name("parameters") is None:
                    continue
                items = {f.source_of(p) for p in measure.child_by_field_name("parameters").named_children if p.type == "identifier"}
                fields = [
                    f.source_of(n.child_by_field_name("attribute")) for n in walk(measure.child_by_field_name("body"))
                    if n.type == "attribute" and f.source_of(n.child_by_field_name("object")) in items
                ]
                for name in sorted(_read_names(measure.child_by_field_name("body")) & fixed):
                    found += [*(f"{name} = {f.source_of(chosen)}.{field}" for field in fields), f"{name} = {f.source_of(chosen)}"]
    return list(dict.fromkeys(found))


def _unturned_flags(f: _Function) -> list[tuple[str, bool]]:
    """(name, value) for a local the function sets to True or False once and tests in a
    condition, and never sets otherwise: `had_break = False` and `if not had_break and ...`."""
    values: dict[str, list[str]] = {}
    for node in (n for n in f.nodes if n.type in ("assignment", "augmented_assignment")):
        for name in _identifiers(node.child_by_field_name("left")):
            right = node.child_by_field_name("right")
            values.setdefault(name, []).append(f.source_of(right) if node.type == "assignment" and right is not None else "")
    tested = {name for node in f.nodes if (condition := _owned_condition(node)) is not None for name in _read_names(condition)}
    return [(name, set_to == ["True"]) for name, set_to in values.items() if set_to in (["True"], ["False"]) and name in tested]


def _looked_into(node: tree_sitter.Node) -> set[str]:
    """Names an expression only looks a value up in: `pending` of `pending[user] == 0` is a
    table, not a value the loop should move on."""
    looked = {decode(n.child_by_field_name("value").text or b"") for n in walk(node)
              if n.type == "subscript" and n.child_by_field_name("value").type == "identifier"}
    bare = {decode(n.text or b"") for n in walk(node)
            if n.type == "identifier" and _reads_a_name(n) and not (n.parent.type == "subscript" and n.parent.child_by_field_name("value") == n)}
    return looked - bare


def _is_difference(node: tree_sitter.Node) -> bool:
    """`segment.target - temperature`: a field of an item less something (not a count: `size - 1 - i`)."""
    return (
        node.type == "binary_operator" and node.child_by_field_name("operator").type == "-"
        and any(n.type == "attribute" for n in walk(node))
    )


def _stale_pairs(f: _Function) -> list[str]:
    """Names set together before a loop and never moved on (see _stale), moved on together
    to the loop's items when the loop takes as many at a time: `previous_day, previous =
    day, grams` for `previous_day, previous = weighings[0]` and `for day, grams in ...`."""
    stale = set(_stale(f))
    groups = [left for n in f.nodes if n.type == "assignment" and (left := n.child_by_field_name("left")).type in ("pattern_list", "tuple_pattern")]
    found = []
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        items = list(_identifiers(loop.child_by_field_name("left")))
        for group in groups:
            names = list(_identifiers(group))
            if len(names) == len(items) > 1 and set(names) <= stale and group.start_byte < loop.start_byte:
                found.append(f"{', '.join(names)} = {', '.join(items)}")
    return list(dict.fromkeys(found))


def _loop_locals(f: _Function) -> list[str]:
    """Names assigned inside a loop's body: `key = email.lower()`."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is not None:
            found.extend(sorted(_assigned_names(body) - {"_"}))
    return list(dict.fromkeys(found))


def _item_expressions(f: _Function) -> list[str]:
    """Calls and attributes of a loop variable the function reads, whole: `line.strip()`
    of `if line.strip():`, `item.price` of `item.price > 0`."""
    found = []
    for node in f.nodes:
        if node.type not in ("call", "attribute") or node.parent is None or node.parent.type in ("call", "attribute"):
            continue  # only the outermost of `line.strip().lower()`
        root = node
        while root.type in ("call", "attribute"):
            root = root.child_by_field_name("function" if root.type == "call" else "object")
        if root.type == "identifier" and f.source_of(root) in f.loop_variables and "\n" not in f.source_of(node):
            found.append(f.source_of(node))
    return list(dict.fromkeys(found))[:_MAX_ITEM_EXPRESSIONS]


def _looked_up(f: _Function, name: str) -> list[str]:
    """What the function looks up in `name`: `x` of `x in name`, `x not in name`,
    `name[x]`, `name.get(x)` and `name.setdefault(x, ...)`."""
    found = []
    for node in f.nodes:
        if node.type == "comparison_operator" and len(node.named_children) == 2:
            operator = [c.type for c in node.children if not c.is_named]
            left, right = node.named_children
            if operator in (["in"], ["not in"], ["not", "in"]) and f.source_of(right) == name:
                found.append(f.source_of(left))
        elif node.type == "subscript" and f.source_of(node.child_by_field_name("value")) == name:
            found.append(f.source_of(node.child_by_field_name("subscript")))
        elif node.type == "call" and f.source_of(node.child_by_field_name("function")) in (f"{name}.get", f"{name}.setdefault"):
            arguments = node.child_by_field_name("arguments").named_children
            found.extend(f.source_of(a) for a in arguments[:1])
    return [key for key in dict.fromkeys(found) if "\n" not in key]


def _counts_in(f: _Function, name: str) -> bool:
    """The function reads `name` with 0 for a missing key: `name.get(k, 0)`, `name.setdefault(k, 0)`."""
    for node in f.nodes:
        if node.type == "call" and f.source_of(node.child_by_field_name("function")) in (f"{name}.get", f"{name}.setdefault"):
            arguments = node.child_by_field_name("arguments").named_children
            if len(arguments) == 2 and f.source_of(arguments[1]) == "0":
                return True
    return False


def _unfed(f: _Function) -> set[str]:
    """Locals the function starts empty (`out = []`, `count = 0`) and then only reads:
    what it builds is surely built by a statement it lacks."""
    kinds = {name: kind for name, kind in f.built.items() if "." not in name}
    uses: dict[str, list[tree_sitter.Node]] = {}
    for node in f.nodes:
        if node.type == "identifier" and (name := f.source_of(node)) in kinds:
            uses.setdefault(name, []).append(node)
    return {name for name, kind in kinds.items() if not any(_may_feed(f, n, kind) for n in uses.get(name, []))}


# Calls that read what they are given and never change it.
_READING_CALLS = frozenset({"len", "bool", "sum", "sorted", "list", "tuple", "set", "dict", "min", "max", "str", "repr",
                            "print", "any", "all", "enumerate", "reversed", "iter", "isinstance", "abs", "round", "int", "float"})
_READING_METHODS = frozenset({"get", "keys", "values", "items", "copy", "count", "index"})


def _may_feed(f: _Function, node: tree_sitter.Node, kind: str) -> bool:
    """This use of a name may change what it holds: it is assigned or updated (but not
    started empty), a method that is not a mere read is called on it, a function is
    given it, or (a collection, not a number) another name or container shares it."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "assignment" and parent.child_by_field_name("left") == node:
        return _empty_kind(parent) is None
    owner = node
    while owner.parent is not None and (
        owner.parent.type in ("pattern_list", "tuple_pattern", "list_pattern")
        or owner.parent.type in ("subscript", "attribute") and owner.parent.named_children[0] == owner
    ):
        owner = owner.parent
    if owner is not node and _is_assignment_target(owner):
        return True  # `out[k] = v`, `node.x += 1`, `best, total = start, t`
    if parent.type == "augmented_assignment":
        return parent.child_by_field_name("left") == node
    if parent.type == "attribute" and parent.parent is not None and parent.parent.type == "call":
        return f.source_of(parent.child_by_field_name("attribute")) not in _READING_METHODS
    if parent.type == "argument_list" and parent.parent is not None:
        return f.source_of(parent.parent.child_by_field_name("function")) not in _READING_CALLS
    if kind == "number":
        return False
    return parent.type in ("assignment", "list", "tuple", "dictionary", "pair", "set", "keyword_argument", "yield")


def _dict_updates(f: _Function, name: str, keys: list[str], values: list[str]) -> list[str]:
    """`name[key] = value`; for a mapping declared to hold lists or sets, a value added
    to the key's own: `by_customer.setdefault(customer, []).append(number)`."""
    held = re.match(r"(?:typing\.)?(?:dict|Dict|defaultdict|DefaultDict)\[[^\[\],]+,\s*(?:typing\.)?(list|List|set|Set)\b",
                    _annotation_of(f, name) or "")
    pairs = [(key, value) for key in keys for value in values if value not in (key, name, name.rpartition(".")[0])]
    if held is None:
        return [f"{name}[{key}] = {value}" for key, value in pairs]
    start, add = ("[]", "append") if held.group(1) in ("list", "List") else ("set()", "add")
    return [f"{name}.setdefault({key}, {start}).{add}({value})" for key, value in pairs]


def _number_updates(f: _Function, name: str, values: list[str]) -> list[str]:
    """Updates of a number the function builds up, in the way it already updates it: a
    count (`n += 1` somewhere) gains or loses one, a total (`t += price`) gains a value;
    either, when it is never updated."""
    steps = {
        f.source_of(node.child_by_field_name("right"))
        for node in f.nodes
        if node.type == "augmented_assignment" and f.source_of(node.child_by_field_name("left")) == name
    }
    totals = [f"{name} += {value}" for value in values if value != name]
    if steps == {"1"}:
        return [f"{name} += 1", f"{name} -= 1"]
    return totals if steps else [*totals, f"{name} += 1"]


def move_statement(f: _Function) -> Iterator[_Edit]:
    """A statement in the wrong place: swapped with the next one; the last statement of
    a loop's, `if`'s (or its `else`'s) or `with`'s body moved out after it (a `return` that
    ends a loop after one round, a step taken only in one branch); the statement after
    one moved into the end of its body."""
    for block in (n for n in f.nodes if n.type == "block"):
        statements = [s for s in block.named_children if s.type != "comment"]
        if not statements or not all(f.alone_on_its_lines(s) for s in statements):
            continue
        for first, second in zip(statements, statements[1:]):
            if _is_docstring_statement(first) or second.type in _ENDS_A_BLOCK:
                continue  # `return` moved up would leave the statement it passes unreachable
            start, middle = _line_span(f, first)
            if _line_span(f, second)[0] == middle:
                end = _line_span(f, second)[1]
                upper, lower = f.source_of_range(start, middle), f.source_of_range(middle, end)
                swapped = lower + upper if lower.endswith("\n") else lower + "\n" + upper.removesuffix("\n")
                yield _Edit(start, end, swapped, (first.start_point.row, second.start_point.row),
                            f"swap `{_first_line(f, first)}` and `{_first_line(f, second)}`")
        for owner, following in zip(statements, [*statements[1:], None]):
            body = _plain_body(owner)
            if body is None:
                continue
            inner = [s for s in body.named_children if s.type != "comment"]
            outer_indent, inner_indent = f.indent_of(owner), f.indent_of(inner[0])
            if len(inner) >= 2 and not _is_docstring_statement(inner[-1]) and not (
                following is not None and inner[-1].type in _ENDS_A_BLOCK
            ):
                start, end = _line_span(f, inner[-1])
                moved = _reindented(f.source_of_range(start, end), inner_indent, outer_indent)
                # A step a `while` loop takes in one branch only may be why it never ends.
                progress = owner.type == "if_statement" and bool(_assigned_in(inner[-1]) & _deciding_names(f, owner))
                yield _Edit(start, end, moved, (inner[-1].start_point.row,), f"move `{_first_line(f, inner[-1])}` out of its block",
                            progress=progress)
            if following is not None and inner[-1].type not in _ENDS_A_BLOCK:
                start, end = _line_span(f, owner)[1], _line_span(f, following)[1]
                if _line_span(f, following)[0] == start:
                    moved = _reindented(f.source_of_range(start, end), outer_indent, inner_indent)
                    yield _Edit(start, end, moved, (following.start_point.row,), f"move `{_first_line(f, following)}` into the block above")


def _assigned_in(statement: tree_sitter.Node) -> set[str]:
    """The names a statement assigns: `i` of `i += 1`."""
    node = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else statement
    return set(_identifiers(node.child_by_field_name("left"))) if node.type in ("assignment", "augmented_assignment") else set()


def _deciding_names(f: _Function, node: tree_sitter.Node) -> set[str]:
    """The names that decide whether the `while` loop around the node ends: those its
    condition reads, and those its body sets or changes them from, and so on (`i` of
    `start = todays[i].end`; `t` of `take = min(people, free(t))` and `people -= take`)."""
    loop = next((a for a in _ancestors(node, f.body) if a.type == "while_statement"), None)
    if loop is None or (condition := loop.child_by_field_name("condition")) is None:
        return set()
    names = set(_names_in(f, condition))
    assignments = [n for n in walk(loop.child_by_field_name("body")) if n.type in ("assignment", "augmented_assignment")]
    grown = True
    while grown:
        before = len(names)
        for assignment in assignments:
            if names & set(_identifiers(assignment.child_by_field_name("left"))):
                names |= _read_names(assignment.child_by_field_name("right"))
        grown = len(names) > before
    return names


def module_statement(f: _Function) -> Iterator[_Edit]:
    """A statement the module writes elsewhere, on names in scope here, inserted between
    statements: `self._entries.move_to_end(key)` that `put` has and `get` forgot."""
    at_end = len(f.data)
    for offset, indent, rows in _insertion_points(f):
        for statement in f.ingredients:
            text = f"\n{indent}{statement}" if offset == at_end else f"{indent}{statement}\n"
            yield _Edit(offset, offset, text, rows, f"insert `{statement}`")


def _plain_body(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The last body of a loop, `if` (its `else`'s, if it has one) or `with`, spread over
    its own lines; None for a loop's `else` or an `if` that ends in `elif`."""
    if node.type not in _BODY_OWNERS:
        return None
    alternatives = node.children_by_field_name("alternative")
    if alternatives and (node.type != "if_statement" or alternatives[-1].type != "else_clause"):
        return None
    owner = alternatives[-1] if alternatives else node
    body = owner.child_by_field_name("body") or owner.child_by_field_name("consequence")
    if body is None or body.start_point.row == owner.start_point.row:
        return None
    inner = [s for s in body.named_children if s.type != "comment"]
    return body if inner and body.named_children[-1] == inner[-1] else None


def _reindented(lines: str, old: str, new: str) -> str:
    return "".join(new + line[len(old) :] if line.startswith(old) else line for line in lines.splitlines(keepends=True))


def _owned_condition(node: tree_sitter.Node) -> tree_sitter.Node | None:
    if node.type in _CONDITION_OWNERS:
        return node.child_by_field_name("condition")
    if node.type == "conditional_expression" and len(node.named_children) == 3:
        return node.named_children[1]
    if node.type == "if_clause" and node.named_children:
        return node.named_children[0]
    return None


def _counters(f: _Function) -> list[str]:
    """Names the function counts in by key: `d[k] += 1`, `d[k] -= 1`."""
    found = []
    for node in f.nodes:
        if node.type == "augmented_assignment" and f.source_of(node.child_by_field_name("right")) == "1":
            left = node.child_by_field_name("left")
            if left.type == "subscript" and left.child_by_field_name("value").type == "identifier":
                found.append(f.source_of(left.child_by_field_name("value")))
    return list(dict.fromkeys(found))


def _is_docstring_text(text: str) -> bool:
    return text[:1] in ("'", '"') or text[:2].lower() in ('r"', "r'", 'b"', "b'")


def _dedented_block(f: _Function, block: tree_sitter.Node, indent: str) -> str:
    """A block's lines re-indented to `indent`, ending with a line break."""
    start, end = _line_span(f, block)
    lines = f.source_of_range(start, end).splitlines(keepends=True)
    inner = f.indent_of(block.named_children[0]) if block.named_children else indent
    return "".join(indent + line[len(inner) :] if line.startswith(inner) else line for line in lines)


def _insertion_points(f: _Function) -> Iterator[tuple[int, str, tuple[int, ...]]]:
    """Line starts where a statement can go, with the indentation it needs and the
    rows of its neighbours: before the first statement of each block and after each
    statement."""
    for block in (n for n in f.nodes if n.type == "block"):
        statements = [s for s in block.named_children if s.type != "comment"]
        if not statements or not f.alone_on_its_lines(statements[0]):
            continue
        indent = f.indent_of(statements[0])
        if not _is_docstring_statement(statements[0]):
            yield f.data.rfind(b"\n", 0, statements[0].start_byte) + 1, indent, (statements[0].start_point.row,)
        for current, following in zip(statements, [*statements[1:], None]):
            rows = (current.end_point.row,) if following is None else (current.end_point.row, following.start_point.row)
            yield _line_span(f, current)[1], indent, rows
