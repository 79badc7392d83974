"""Loop families: a loop's progress, a streak or group set back, items skipped, a count consumed."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

import tree_sitter

from ...targets import walk
from .tree import (
    _Edit, _LOOPS, _ancestors, _assigned_names, _identifiers, _is_assignment_target, _is_variable, _line_span,
    _read_names, _reads_a_name, _words,
)
from .facts import _assigned_names_before, _may_be_number, _names_in, _started_empty
from .function import _Function
from .operators import comparison


def _unreset(f: _Function) -> list[str]:
    """Totals a loop adds to (`litres += fill.litres`) and hands on
    (`stretches.append((km, litres))`) but never sets back: what it hands on for each
    item then carries the items before."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        added, reset = set(), set()
        for node in walk(body):
            left = node.child_by_field_name("left") if node.type in ("assignment", "augmented_assignment") else None
            if left is not None and left.type == "identifier":
                (added if node.type == "augmented_assignment" else reset).add(f.source_of(left))
        found += sorted((added & _read_names(body) & _assigned_names_before(f, loop)) - reset)
    return list(dict.fromkeys(found))


def loop_progress(f: _Function) -> Iterator[_Edit]:
    """A step a `while` loop lacks, on a name its condition reads and its body never
    assigns: `i += 1`, `i -= 1`, `n //= <constant>` with the function's own integers,
    or `node = node.<field>` of the class it may be, at the start or the end of the
    loop's body; a step a branch forgot; a name set afresh on every pass made to build on
    itself."""
    divisors = [c for c in f.constants if c.isdigit() and int(c) >= 2]
    for loop in (n for n in f.nodes if n.type == "while_statement"):
        condition, body = loop.child_by_field_name("condition"), loop.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if condition is None or not statements or not f.alone_on_its_lines(statements[0]):
            continue
        indent = f.indent_of(statements[0])
        start = f.data.rfind(b"\n", 0, statements[0].start_byte) + 1
        end = _line_span(f, statements[-1])[1]
        places = ((start, (statements[0].start_point.row,)), (end, (statements[-1].end_point.row,)))
        # A loop that already steps a name has a wrong step, not a missing one.
        stepped = {name for node in walk(body) if node.type in ("assignment", "augmented_assignment")
                   for name in _identifiers(node.child_by_field_name("left"))}
        for name in [n for n in _names_in(f, condition) if n not in stepped]:
            # Along a chain of objects: `node = node.next`.
            links = [f"{name} = {name}.{field}" for field in f.fields_of(name)]
            # A list or a text is not counted on: `bookings += 1` spins as the loop did.
            numbers = [f"{name} += 1", f"{name} -= 1", *(f"{name} //= {d}" for d in divisors)] if _may_be_number(f, name) else []
            for step in [*numbers, *links]:
                for offset, rows in places:
                    text = f"\n{indent}{step}" if offset == len(f.data) else f"{indent}{step}\n"
                    yield _Edit(offset, offset, text, rows, f"insert `{step}`", progress=True)
        # A name some branches step and one forgets: `elif ch == "/":` that never moves `i` on.
        for name in [n for n in _names_in(f, condition) if n in stepped]:
            for block in _unstepped_branches(f, statements, name):
                last = [s for s in block.named_children if s.type != "comment"][-1]
                for step in (f"{name} += 1", f"{name} -= 1"):
                    yield _line_after(f, last, step, progress=True)
        # A `continue` that skips the step the body takes at its end: `if booking.end <= start:
        # continue` before `i += 1`.
        for skip, step in _skipped_steps(f, loop, statements, set(_names_in(f, condition))):
            yield replace(_line_before(f, skip, f.source_of(step)), progress=True)
        # A name set afresh on every pass never moves on: `actual = planned + ONE_DAY`, where
        # `actual = actual + ONE_DAY` was meant.
        tested = _names_in(f, condition)
        for node in (n for n in walk(body) if n.type == "assignment"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            name = f.source_of(left)
            if left.type != "identifier" or right is None or name not in tested or name in _read_names(right):
                continue
            for other in (n for n in walk(right) if _is_variable(n, f.names)):
                yield replace(f.replace(other, name), progress=True)
        # A name moved to a point a call builds may land where it was (`day = date(day.year,
        # *NESTING_ENDS)` on 31 August): one unit past it moves on.
        for node in (n for n in walk(body) if n.type == "assignment"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left.type != "identifier" or right is None or right.type != "call" or f.source_of(left) not in tested:
                continue
            unit = "timedelta(days=1)" if b"timedelta(" in f.data else "1" if _may_be_number(f, f.source_of(left)) else None
            if unit is not None:
                yield replace(f.replace(right, f"{f.source_of(right)} + {unit}"), progress=True)


def _skipped_steps(
    f: _Function, loop: tree_sitter.Node, statements: list[tree_sitter.Node], tested: set[str]
) -> Iterator[tuple[tree_sitter.Node, tree_sitter.Node]]:
    """(`continue`, step) for each `continue` of the loop that skips a statement of its body
    stepping a name the condition reads (`i += 1`), or one the `if` that leads to the
    `continue` reads (`if not is_school_day(day): continue` before `day += ONE_DAY`: the
    next pass asks the same of the same day), in a block that never steps it."""
    for k, statement in enumerate(statements):
        steps = [
            later for later in statements[k + 1 :]
            if later.type == "expression_statement" and later.named_children and f.alone_on_its_lines(later)
            and later.named_children[0].type == "augmented_assignment"
        ]
        for skip in (n for n in walk(statement) if n.type == "continue_statement" and f.alone_on_its_lines(n)):
            ancestors = list(_ancestors(skip, loop))
            if any(a.type in _LOOPS for a in ancestors):
                continue  # an inner loop's
            asked = {name for a in ancestors if a.type in ("if_statement", "elif_clause")
                     for name in _names_in(f, a.child_by_field_name("condition"))}
            block = skip.parent
            for step in steps:
                stepped = f.source_of(step.named_children[0].child_by_field_name("left"))
                if stepped in tested | asked and f.source_of(step) not in f.source_of(block):
                    yield skip, step


def _unstepped_branches(f: _Function, statements: list[tree_sitter.Node], name: str) -> Iterator[tree_sitter.Node]:
    """The blocks of the loop body's `if` / `elif` / `else` chains that never assign `name`
    and go on with the loop (no `break`, `return`, `raise` at their end), where another
    block of the same chain does assign it."""
    for statement in (s for s in statements if s.type == "if_statement"):
        blocks = _chain_blocks(statement)

        def steps(block: tree_sitter.Node) -> bool:
            return any(
                node.type in ("assignment", "augmented_assignment") and name in _identifiers(node.child_by_field_name("left"))
                for node in walk(block)
            )

        if not any(steps(b) for b in blocks):
            continue
        for block in blocks:
            last = [s for s in block.named_children if s.type != "comment"][-1]
            if not steps(block) and last.type not in ("break_statement", "return_statement", "raise_statement") and f.alone_on_its_lines(last):
                yield block


def _chain_blocks(statement: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The non-empty blocks of an `if` / `elif` / `else` chain, in order."""
    blocks = [statement.child_by_field_name("consequence")]
    for clause in statement.children_by_field_name("alternative"):
        blocks.append(clause.child_by_field_name("consequence") if clause.type == "elif_clause" else clause.child_by_field_name("body"))
    return [b for b in blocks if b is not None and [s for s in b.named_children if s.type != "comment"]]


def _line_after(f: _Function, statement: tree_sitter.Node, line: str, progress: bool = False) -> _Edit:
    """`line` inserted after the statement, at its indentation."""
    offset, indent = _line_span(f, statement)[1], f.indent_of(statement)
    text = f"\n{indent}{line}" if offset == len(f.data) else f"{indent}{line}\n"
    return _Edit(offset, offset, text, (statement.end_point.row,), f"insert `{line}`", progress=progress)


def streak_reset(f: _Function) -> Iterator[_Edit]:
    """A count one block of an `if` chain adds one to and no code sets back: a run (of
    misses, of wins) starts again in the chain's other blocks: `missed[name] = 0`."""
    for count, ends in _streaks(f):
        for last in ends:
            yield _line_after(f, last, f"{count} = 0")
    for count, skip in _skipped_streaks(f):
        yield _line_before(f, skip, f"{count} = 0")
    for count, start, statement in _streaks_without_else(f):
        yield _else_reset(f, statement, f"{count} = {start}")
    for step, position, start in _positions_left_behind(f):
        yield _line_after(f, step, f"{position} = {start}")
    for mark, ends in _marks_never_cleared(f):
        for last in ends:
            yield _line_after(f, last, f"{mark} = None")


def _marks_never_cleared(f: _Function) -> list[tuple[str, list[tree_sitter.Node]]]:
    """(mark, the last statements of the other blocks) for a mark one block of an `if`
    chain sets (`status["wired_since"] = entry.day`), that the function tests against None
    and never sets back to None: the other blocks (the wire came off) should clear it."""
    cleared = {
        f.source_of(n.child_by_field_name("left")) for n in f.nodes
        if n.type == "assignment" and (right := n.child_by_field_name("right")) is not None and right.type == "none"
    }
    tested = {
        f.source_of(n.named_children[0]) for n in f.nodes
        if n.type == "comparison_operator" and len(n.named_children) == 2 and n.named_children[1].type == "none"
    }
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement"):
        blocks = _chain_blocks(statement)
        for block in blocks:
            set_here = {f.source_of(n.child_by_field_name("left")) for n in walk(block) if n.type == "assignment"}
            for mark in sorted((set_here & tested) - cleared):
                ends = [[s for s in b.named_children if s.type != "comment"][-1] for b in blocks if b is not block]
                ends = [e for e in ends if f.alone_on_its_lines(e) and e.type not in _LEAVES_BLOCK]
                if ends:
                    found.append((mark, ends))
    return found


def _positions_left_behind(f: _Function) -> list[tuple[tree_sitter.Node, str, str]]:
    """(step, position, start) for a field that holds a position within a row
    (`self._next_seat += size`, read beside the row: `rows[self._row]`) and that nothing
    sets back when a loop moves on to the next row (`self._row += 1`): each row then
    starts where the last one ended. The start is the number `__init__` gives the field.
    (A local left behind is one of _unreset's totals.)"""
    assigned = {f.source_of(n.child_by_field_name("left")) for n in f.nodes if n.type == "assignment"}
    added = {f.source_of(n.child_by_field_name("left")) for n in f.nodes if n.type == "augmented_assignment"}
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        for step in walk(loop.child_by_field_name("body")):
            if step.type != "augmented_assignment" or step.child_by_field_name("operator").type != "+=" \
                    or f.source_of(step.child_by_field_name("right")) != "1" or step.parent.type != "expression_statement":
                continue
            row = f.source_of(step.child_by_field_name("left"))
            for position in sorted(added - assigned - {row}):
                start = f.field_starts.get(position)
                if start is not None and _read_together(f, row, position):
                    found.append((step.parent, position, start))
    return found


def _read_together(f: _Function, first: str, second: str) -> bool:
    """Whether one condition or call reads both: `self._next_seat + size - 1 > rows[self._row]`."""
    for node in (n for n in f.nodes if n.type in ("comparison_operator", "boolean_operator", "call")):
        read = {f.source_of(n) for n in walk(node) if n.type in ("identifier", "attribute") and not _is_assignment_target(n)}
        if {first, second} <= read:
            return True
    return False


def _skipped_streaks(f: _Function) -> list[tuple[str, tree_sitter.Node]]:
    """(count, `continue`) for a run a loop adds one to (`run += 1`) and reads again
    after that (`longest = max(longest, run)`: a run, not a total), where an `if` before
    it skips the rest of the body and the loop never sets the count back: an item the
    `if` skips may be one that ends the run."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        assigned = {f.source_of(n.child_by_field_name("left")) for n in walk(body) if n.type == "assignment"} if body is not None else set()
        for i, statement in enumerate(statements):
            step = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            if step is None or step.type != "augmented_assignment" or step.child_by_field_name("left").type != "identifier" \
                    or step.child_by_field_name("operator").type != "+=" or f.source_of(step.child_by_field_name("right")) != "1":
                continue
            count = f.source_of(step.child_by_field_name("left"))
            read_after = any(count in _read_names(later) for later in statements[i + 1 :])
            if count in assigned or not read_after:
                continue
            for earlier in statements[:i]:
                block = earlier.child_by_field_name("consequence") if earlier.type == "if_statement" else None
                inner = [s for s in block.named_children if s.type != "comment"] if block is not None else []
                if inner and inner[-1].type == "continue_statement" and f.alone_on_its_lines(inner[-1]):
                    found.append((count, inner[-1]))
    return found


def skipped_items(f: _Function) -> Iterator[_Edit]:
    """A loop that should skip the items a flag marks, a flag its class declares and the
    function never reads: `if trial.contaminated: continue` at the top of the body."""
    for first, flag in _unread_flags(f):
        indent = f.indent_of(first)
        start = f.data.rfind(b"\n", 0, first.start_byte) + 1
        for test in (flag, f"not {flag}"):
            text = f"{indent}if {test}:\n{indent}{f.indent_unit}continue\n"
            yield _Edit(start, start, text, (first.start_point.row,), f"skip the items where `{test}`")


def last_group(f: _Function) -> Iterator[_Edit]:
    """What a loop hands on when a group ends, handed on once more after the loop for the
    group still open when the items run out, with the loop's names for the last item:
    `periods.append(Period(first, previous, headway))` -> after the loop,
    `periods.append(Period(first, departures[-1], headway))`; `runs.append((current, n))`
    as it is. A group started empty is handed on only if it is not empty: `if current:`.
    The collection may be made before an outer loop, and the hand-on sit in an `if` of the
    block that starts the next group (`if start is not None: result.append(...)`)."""
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        body = loop.child_by_field_name("body")
        before = _bound_before(loop)
        made = {name for a in _ancestors(loop, f.node) if a.type == "block" for name in _bound_before_in(a, loop)}
        last = _last_items(f, loop)
        if body is None or not f.alone_on_its_lines(loop):
            continue
        for statement in (n for n in walk(body) if n.type == "expression_statement" and f.alone_on_its_lines(n)):
            call = statement.named_children[0] if statement.named_children else None
            function = call.child_by_field_name("function") if call is not None and call.type == "call" else None
            if function is None or function.type != "attribute":
                continue
            owner, method = (f.source_of(function.child_by_field_name(k)) for k in ("object", "attribute"))
            if owner not in made or method not in ("append", "add", "extend") or not _starts_a_group(statement, body, before):
                continue
            # `result.append((current, count))` hands on what the loop carries: it goes as it is.
            reads = [n for n in walk(statement) if n.type == "identifier" and _reads_a_name(n) and f.source_of(n) in _loop_names(f, loop)]
            if any(f.source_of(n) not in last for n in reads):
                continue  # it reads the item, and the last item has no name after the loop
            text = f.source_of(statement)
            for node in sorted(reads, key=lambda n: n.start_byte, reverse=True):
                start, end = node.start_byte - statement.start_byte, node.end_byte - statement.start_byte
                text = text[:start] + last[f.source_of(node)] + text[end:]
            # A group started empty is still empty when there were no items: `if current:` first.
            handed = {f.source_of(n) for n in walk(statement) if n.type == "identifier" and _reads_a_name(n)}
            for name in sorted(n for n in handed if f.built.get(n) in ("list", "set", "dict") and n != owner):
                guarded = f"if {name}:\n{f.indent_of(loop)}{f.indent_unit}{text}"
                yield replace(_line_after(f, loop, guarded), description=f"insert `if {name}: {text}` after the loop")
            yield _line_after(f, loop, text)


def _loop_names(f: _Function, loop: tree_sitter.Node) -> set[str]:
    """The names a `for` loop binds to each item: `s`, `i, s`."""
    left = loop.child_by_field_name("left")
    return {f.source_of(n) for n in walk(left) if n.type == "identifier"} if left is not None else set()


def restarted_group(f: _Function) -> Iterator[_Edit]:
    """A group a loop fills (`current.append(fix)`) and hands on (`rides.append(current)`)
    but never starts again, so each group carries the items of the ones before: it starts
    empty again (`current = []`) after the hand-on, or after a block around the hand-on
    (the one that decides the group has ended), outermost first; and after the hand-on in
    a helper that shares the group with the function around it (`nonlocal current`)."""
    for loop, name, empty, statement in _unrestarted_groups(f):
        body = loop.child_by_field_name("body")
        blocks = [a for a in _ancestors(statement, body) if a.type in _COMPOUND and a.parent != body]
        for place in [*reversed(blocks), statement]:
            if f.alone_on_its_lines(place):
                yield _line_after(f, place, f"{name} = {empty}")
    # A helper that seals the enclosing function's group (`nonlocal current`,
    # `vessels.append(current)`) is where the next one starts.
    for name, statement in _handed_on(f).items():
        if name in f.nonlocals and name in f.enclosing_empties and name not in _assigned_names(f.body):
            yield _line_after(f, statement, f"{name} = {f.enclosing_empties[name]}")
    # Without `nonlocal` the helper empties the group in place, once what it handed on is a
    # copy: `classes[name] = sorted(entries)`, then `entries.clear()`.
    for name, statement in _copied_on(f).items():
        if name not in f.nonlocals and name in f.enclosing_empties and name not in _assigned_names(f.body):
            yield _line_after(f, statement, f"{name}.clear()")
    # A group a table holds per key, started again without the old one handed on, where
    # the module hands on each group of that table: `sealed.append((piece.standard, [p.ref
    # for p in parcel]))` before `parcel = open_parcels[piece.standard] = []`.
    for statement, line in _unsealed_restarts(f):
        yield _line_before(f, statement, line)
    # A count that reaches its limit starts again: `open_nets[name] = 0` once the net is tied.
    for count, last in _unrestarted_counts(f):
        yield _line_after(f, last, f"{count} = 0")
    # A pot paid out is empty: `snowball = 0` after `house += snowball`.
    for pot, statement in _paid_out(f):
        yield _line_after(f, statement, f"{pot} = 0")


def _unsealed_restarts(f: _Function) -> Iterator[tuple[tree_sitter.Node, str]]:
    """(statement, the hand-on to put before it) for each `group = table[key] = []`."""
    for node in (n for n in f.nodes if n.type == "assignment" and n.parent.type == "expression_statement"):
        group, inner = node.child_by_field_name("left"), node.child_by_field_name("right")
        if group.type != "identifier" or inner is None or inner.type != "assignment":
            continue
        entry, empty = inner.child_by_field_name("left"), inner.child_by_field_name("right")
        if entry.type != "subscript" or empty is None or f.source_of(empty) not in ("[]", "list()"):
            continue
        table, key = f.source_of(entry.child_by_field_name("value")), f.source_of(entry.child_by_field_name("subscript"))
        for sealed_table, key_name, group_name, statement in f.sealed_per_key:
            if sealed_table == table:
                line = re.sub(rf"\b{group_name}\b", f.source_of(group), re.sub(rf"(?<![.\w]){key_name}\b", key, statement))
                yield node.parent, line


def _paid_out(f: _Function) -> Iterator[tuple[str, tree_sitter.Node]]:
    """(pot, the statement) for each `total += pot` where the function adds to the pot
    (`pot += ...`) and never sets it: what is paid out stays in the pot."""
    changes = [n for n in f.nodes if n.type in ("assignment", "augmented_assignment")]
    grown, set_here = _added_and_set(f, changes)
    for change in changes:
        pot = change.child_by_field_name("right")
        if change.type != "augmented_assignment" or change.child_by_field_name("operator").type != "+=" or pot is None:
            continue
        name = f.source_of(pot)
        if name in grown - set_here and name != f.source_of(change.child_by_field_name("left")) and f.alone_on_its_lines(change.parent):
            yield name, change.parent


def _added_and_set(f: _Function, changes: list[tree_sitter.Node]) -> tuple[set[str], set[str]]:
    """What these assignments add to with `+=`, and what they set with a plain `=`."""
    added = {f.source_of(n.child_by_field_name("left")) for n in changes if n.type == "augmented_assignment"
             and n.child_by_field_name("operator").type == "+="}
    return added, {f.source_of(n.child_by_field_name("left")) for n in changes if n.type == "assignment"}


def _unrestarted_counts(f: _Function) -> Iterator[tuple[str, tree_sitter.Node]]:
    """(count, the last statement of the `if` block) for each count (a name or an item,
    `open_nets[name]`) a loop adds to and checks in an `if` for reaching its limit (`==`,
    `>=`), that nothing in the loop sets back: the next round would start on top of it."""
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        added, set_back = _added_and_set(f, [n for n in walk(body) if n.type in ("assignment", "augmented_assignment")])
        for branch in (n for n in walk(body) if n.type == "if_statement"):
            condition, block = branch.child_by_field_name("condition"), branch.child_by_field_name("consequence")
            if condition is None or block is None or not block.named_children or not f.alone_on_its_lines(block.named_children[-1]):
                continue
            for comparison in (n for n in walk(condition) if n.type == "comparison_operator" and len(n.named_children) == 2):
                operators = [c.type for c in comparison.children if not c.is_named]
                count = f.source_of(comparison.named_children[0])
                if operators in (["=="], [">="]) and count in added - set_back:
                    yield count, block.named_children[-1]


# Statements that hold a block.
_COMPOUND = frozenset({"if_statement", "for_statement", "while_statement", "with_statement", "try_statement"})

# Methods that put one item or several into a collection.
_GROWING_METHODS = frozenset({"append", "add", "extend", "insert", "appendleft", "update"})


def _unrestarted_groups(f: _Function) -> Iterator[tuple[tree_sitter.Node, str, str, tree_sitter.Node]]:
    """(loop, name, its empty start, the statement handing it on) for each collection set
    empty just before a `for` loop, grown in it, handed on whole to another collection in
    it, and never set again in it."""
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        starts = _started_empty([s for s in (loop.parent.named_children if loop.parent is not None else []) if s.end_byte <= loop.start_byte])
        grown = {f.source_of(callee.child_by_field_name("object")) for callee in _growing_calls(f, body)}
        handed = _handed_on(f, body)
        for name in sorted((set(starts) & grown & set(handed)) - _assigned_names(body)):
            yield loop, name, starts[name], handed[name]


def _growing_calls(f: _Function, node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The callees of `x.append(...)`, `x.add(...)`, ... under the node."""
    for call in (n for n in walk(node) if n.type == "call"):
        callee = call.child_by_field_name("function")
        if callee.type == "attribute" and f.source_of(callee.child_by_field_name("attribute")) in _GROWING_METHODS:
            yield callee


def _handed_on(f: _Function, node: tree_sitter.Node | None = None) -> dict[str, tree_sitter.Node]:
    """Name -> the first statement under the node (the function's body by default) that
    puts it whole into another collection: `rides.append(current)`."""
    handed: dict[str, tree_sitter.Node] = {}
    for callee in _growing_calls(f, node or f.body):
        call = callee.parent
        owner, statement = f.source_of(callee.child_by_field_name("object")), call.parent
        for argument in call.child_by_field_name("arguments").named_children:
            if argument.type == "identifier" and f.source_of(argument) != owner and statement.type == "expression_statement":
                handed.setdefault(f.source_of(argument), statement)
    return handed


def band_share(f: _Function) -> Iterator[_Edit]:
    """The share of an amount within a band, where a loop walks bands by moving their
    lower edge up to each one's upper edge (`top = bottom`): `(self.depth - top) * rate`
    counts every metre below the band's top; `(min(self.depth, bottom) - top)` only those in it."""
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        body = loop.child_by_field_name("body")
        uppers = set(_identifiers(loop.child_by_field_name("left")))
        if body is None:
            continue
        moved = {
            f.source_of(left): f.source_of(right) for n in walk(body) if n.type == "assignment"
            and (left := n.child_by_field_name("left")).type == "identifier"
            and (right := n.child_by_field_name("right")) is not None and f.source_of(right) in uppers
        }
        for difference in (n for n in walk(body) if n.type == "binary_operator" and n.child_by_field_name("operator").type == "-"):
            amount, lower = difference.child_by_field_name("left"), difference.child_by_field_name("right")
            upper = moved.get(f.source_of(lower))
            if upper is not None and upper not in _read_names(amount):
                yield f.replace(amount, f"min({f.source_of(amount)}, {upper})")


def _copied_on(f: _Function) -> dict[str, tree_sitter.Node]:
    """Name -> the first statement that stores a copy of it elsewhere: `classes[name] =
    sorted(entries)`, `self.rounds.append(list(current))`, `done[key] = group.copy()`."""
    copied: dict[str, tree_sitter.Node] = {}
    for statement in (n for n in f.nodes if n.type == "expression_statement" and n.named_children):
        stored = statement.named_children[0]
        left = stored.child_by_field_name("left") if stored.type == "assignment" else None
        if not (left is not None and left.type in ("subscript", "attribute") or stored.type == "call"):
            continue
        for call in (n for n in walk(stored) if n.type == "call"):
            callee, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments").named_children
            if f.source_of(callee) in _COPIES and arguments and arguments[0].type == "identifier":
                copied.setdefault(f.source_of(arguments[0]), statement)
            elif callee.type == "attribute" and f.source_of(callee.child_by_field_name("attribute")) == "copy":
                if (owner := callee.child_by_field_name("object")).type == "identifier":
                    copied.setdefault(f.source_of(owner), statement)
    return copied


_COPIES = frozenset({"sorted", "list", "tuple", "set", "frozenset", "dict"})


def _bound_before(loop: tree_sitter.Node) -> set[str]:
    """Names an assignment in the loop's own block binds before it: `out = []`, `current, n = x, 0`."""
    statements = loop.parent.named_children if loop.parent is not None else []
    return _bound_by([s for s in statements if s.start_byte < loop.start_byte])


def _starts_a_group(statement: tree_sitter.Node, body: tree_sitter.Node, carried: set[str]) -> bool:
    """The statement's block, or a block of the loop's body around it, also sets again a
    name set before the loop (`first = previous`, `current, count = reading, 0`): the
    block ends a group and starts the next."""
    blocks = [statement.parent, *_ancestors(statement, body), body]
    return any(_bound_by(block.named_children) & carried for block in blocks if block is not None and block.type == "block")


def _bound_before_in(block: tree_sitter.Node, node: tree_sitter.Node) -> set[str]:
    """Names the plain assignments of the block bind before the statement holding `node`."""
    return _bound_by([s for s in block.named_children if s.end_byte <= node.start_byte])


def _bound_by(statements: list[tree_sitter.Node]) -> set[str]:
    """The names the plain assignments among the statements bind."""
    names: set[str] = set()
    for statement in statements:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is not None and assignment.type == "assignment":
            names.update(_identifiers(assignment.child_by_field_name("left")))
    return names


def _last_items(f: _Function, loop: tree_sitter.Node) -> dict[str, str]:
    """The loop's names -> the last item each takes: `item` of `for item in items` ->
    `items[-1]`; `b` of `for a, b in zip(xs[1:], ys[2:])` -> `ys[-1]`; not an index."""
    left, right = loop.child_by_field_name("left"), loop.child_by_field_name("right")
    names = [f.source_of(n) for n in ([left] if left.type == "identifier" else left.named_children) if n.type == "identifier"]
    if right.type in ("identifier", "attribute") and len(names) == 1:
        return {names[0]: f"{f.source_of(right)}[-1]"}
    called = f.source_of(right.child_by_field_name("function")) if right.type == "call" else None
    arguments = right.child_by_field_name("arguments").named_children if called in ("zip", "enumerate") else []
    sequences = []
    for argument in arguments:
        while argument.type == "subscript":  # `xs[1:]` ends where `xs` does
            argument = argument.child_by_field_name("value")
        sequences.append(f.source_of(argument) if argument.type in ("identifier", "attribute") else None)
    if called == "enumerate" and len(names) == 2 and len(sequences) == 1:
        sequences = [None, *sequences]
    return {name: f"{sequence}[-1]" for name, sequence in zip(names, sequences) if sequence is not None} if len(sequences) == len(names) else {}


def _unread_flags(f: _Function) -> list[tuple[tree_sitter.Node, str]]:
    """(first statement of a `for` body, `item.flag`) for each bool field the loop's item
    is declared with and the function never reads."""
    read = {f.source_of(n) for n in f.nodes if n.type == "attribute"}
    found = []
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        item, body = loop.child_by_field_name("left"), loop.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if item is None or item.type != "identifier" or not statements or not f.alone_on_its_lines(statements[0]):
            continue
        name = f.source_of(item)
        found += [(statements[0], f"{name}.{field}") for field in f.fields_of(name)
                  if f.annotations.get(field) == "bool" and f"{name}.{field}" not in read]
    return found


def consumed_count(f: _Function) -> Iterator[_Edit]:
    """A count a condition checks is left (`unmatched[g] > 0`) that nothing takes from: the
    block it guards uses one up, `unmatched[g] -= 1`. A count the function raises and
    checks for reaching zero (`indegree[n] == 0`) that nothing takes from counts down
    just before the check (Kahn's `indegree[n] -= 1`)."""
    for count, amount, last in _unconsumed(f):
        step = f"{count} -= {amount}"
        yield _line_before(f, last, step) if last.type in _LEAVES_BLOCK else _line_after(f, last, step)
    for count, check in _undrained(f):
        yield _line_before(f, check, f"{count} -= 1")


def _unconsumed(f: _Function) -> list[tuple[str, str, tree_sitter.Node]]:
    """(count, amount, the last statement of the block) for each `if` that tests
    `count > 0` or `count >= 1` (amount 1), or, in a loop, what is left against what an
    item needs, by a name that says so (`free[lane] >= needed`, amount `needed`), where no code of the function
    takes from the count. Only what is left may end its block with `break` or `continue`:
    the block places the item and moves on."""
    taken = {f.source_of(n.child_by_field_name("left")) for n in f.nodes
             if n.type == "augmented_assignment" and n.child_by_field_name("operator").type != "+="}
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement"):
        condition, block = statement.child_by_field_name("condition"), statement.child_by_field_name("consequence")
        statements = [s for s in block.named_children if s.type != "comment"] if block is not None else []
        if condition is None or not statements or not f.alone_on_its_lines(statements[-1]):
            continue
        for comparison in (n for n in walk(condition) if n.type == "comparison_operator" and len(n.named_children) == 2):
            left, right = comparison.named_children
            operator = next(c.type for c in comparison.children if not c.is_named)
            if f.source_of(left) in taken:
                continue
            if (operator, f.source_of(right)) in ((">", "0"), (">=", "1")) and statements[-1].type not in _LEAVES_BLOCK:
                found.append((f.source_of(left), "1", statements[-1]))
            elif (operator == ">=" and left.type in ("subscript", "attribute") and right.type in ("identifier", "attribute")
                  and _words(f.source_of(left)) & _WHAT_IS_LEFT and _in_loop(f, statement)
                  and statements[-1].type in ("break_statement", "continue_statement", "expression_statement")):
                found.append((f.source_of(left), f.source_of(right), statements[-1]))
    return found


# Words that name what is left of a stock (as _words spells them).
_WHAT_IS_LEFT = frozenset({"free", "left", "remaining", "room", "spare", "available", "capacity", "space", "budget",
                           "balance", "stock", "quota", "allowance"})


def _undrained(f: _Function) -> list[tuple[str, tree_sitter.Node]]:
    """(count, the `if`) for each `if` in a loop that tests `count == 0` or `count <= 0` on
    a count per key (`indegree[neighbour]`) the function adds to and never takes from: what
    reaches zero must come down somewhere, and the loop is where it does."""
    taken, raised = set(), set()  # mappings, whatever the key: `waiting[other] -= 1` takes from `waiting`
    for n in f.nodes:
        if n.type == "augmented_assignment" and (left := n.child_by_field_name("left")).type == "subscript":
            (raised if n.child_by_field_name("operator").type == "+=" else taken).add(f.source_of(left.child_by_field_name("value")))
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement" and _in_loop(f, n)):
        condition = statement.child_by_field_name("condition")
        if condition is None or condition.type != "comparison_operator" or len(condition.named_children) != 2:
            continue
        left, right = condition.named_children
        operator = next(c.type for c in condition.children if not c.is_named)
        counted = f.source_of(left.child_by_field_name("value")) if left.type == "subscript" else None
        if counted in raised - taken and (operator, f.source_of(right)) in (("==", "0"), ("<=", "0")):
            found.append((f.source_of(left), statement))
    return found


def _in_loop(f: _Function, node: tree_sitter.Node) -> bool:
    return any(a.type in _LOOPS for a in _ancestors(node, f.node))


def _line_before(f: _Function, statement: tree_sitter.Node, line: str) -> _Edit:
    """`line` inserted before the statement, at its indentation."""
    offset = _line_span(f, statement)[0]
    return _Edit(offset, offset, f"{f.indent_of(statement)}{line}\n", (statement.start_point.row,), f"insert `{line}`")


def _streaks(f: _Function) -> list[tuple[str, list[tree_sitter.Node]]]:
    """(count, the last statements of the other blocks) for each `count += 1` in a block of
    an `if` chain that no assignment sets back."""
    assigned = {f.source_of(left) for n in f.nodes if n.type == "assignment" and (left := n.child_by_field_name("left")) is not None}
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement"):
        blocks = _chain_blocks(statement)
        for block in blocks:
            steps = [s.named_children[0] for s in block.named_children if s.type == "expression_statement" and s.named_children]
            counted = [
                f.source_of(step.child_by_field_name("left")) for step in steps if step.type == "augmented_assignment"
                and step.child_by_field_name("operator").type == "+=" and f.source_of(step.child_by_field_name("right")) == "1"
            ]
            ends = [[s for s in b.named_children if s.type != "comment"][-1] for b in blocks if b is not block]
            ends = [e for e in ends if f.alone_on_its_lines(e) and e.type not in _LEAVES_BLOCK]
            found += [(count, ends) for count in counted if count not in assigned and ends]
    return found


def _streaks_without_else(f: _Function) -> list[tuple[str, str, tree_sitter.Node]]:
    """(count, the number it starts at, the `if`) for each `count += 1` in an `if` of a
    loop that has no other block, where nothing in the loop sets the count back: a run
    of readings alike goes on when one differs, unless an `else:` starts it again."""
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement" and not n.children_by_field_name("alternative")):
        loop = next((a for a in _ancestors(statement, f.node) if a.type in _LOOPS), None)
        block = statement.child_by_field_name("consequence")
        if loop is None or block is None or not f.alone_on_its_lines(statement):
            continue
        reset = {f.source_of(n.child_by_field_name("left")) for n in walk(loop) if n.type == "assignment"}
        starts = _numbers_set_before(f, loop)
        for step in (s.named_children[0] for s in block.named_children if s.type == "expression_statement" and s.named_children):
            count = f.source_of(step.child_by_field_name("left")) if step.type == "augmented_assignment" else None
            if count in starts and count not in reset and step.child_by_field_name("operator").type == "+=":
                found.append((count, starts[count], statement))
    return found


def _numbers_set_before(f: _Function, loop: tree_sitter.Node) -> dict[str, str]:
    """`{"steady": "1"}` for `steady = 1` in the loop's own block before it."""
    found = {}
    for statement in loop.parent.named_children if loop.parent is not None else []:
        if statement.start_byte >= loop.start_byte:
            break
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        right = assignment.child_by_field_name("right") if assignment is not None and assignment.type == "assignment" else None
        if right is not None and right.type == "integer":  # (`total: int` alone has no right side)
            found[f.source_of(assignment.child_by_field_name("left"))] = f.source_of(right)
    return found


def _else_reset(f: _Function, statement: tree_sitter.Node, line: str) -> _Edit:
    """An `else:` with `line` in it, added to the `if` statement."""
    offset, indent = _line_span(f, statement)[1], f.indent_of(statement)
    inner = f.indent_of(statement.child_by_field_name("consequence").named_children[0])
    text = f"{indent}else:\n{inner}{line}"
    text = f"\n{text}" if offset == len(f.data) else f"{text}\n"
    return _Edit(offset, offset, text, (statement.end_point.row,), f"insert `else: {line}`")


_LEAVES_BLOCK = frozenset({"break_statement", "continue_statement", "return_statement", "raise_statement"})


def _stepping_rows(f: _Function) -> set[int]:
    """Rows that decide whether a `while` loop ends: its condition, and the statements
    in its body that assign a name the condition reads."""
    rows: set[int] = set()
    for loop in (n for n in f.nodes if n.type == "while_statement"):
        condition, body = loop.child_by_field_name("condition"), loop.child_by_field_name("body")
        if condition is None or body is None:
            continue
        rows.update(range(condition.start_point.row, condition.end_point.row + 1))
        read = set(_names_in(f, condition))
        for node in walk(body):
            if node.type in ("assignment", "augmented_assignment"):
                left = node.child_by_field_name("left")
                if left is not None and read.intersection(_identifiers(left)):
                    rows.update(range(node.start_point.row, node.end_point.row + 1))
    return rows
