"""Edits that pass the tests but are rarely what a person meant.

Published repair work (Tan et al. 2016; Prophet; PATCH-SIM) finds overfitting patches
share a few shapes. Some are never right and are rejected: an identity (`n * 1`,
`x + 0`), a comparison of a thing with itself, a statement after `return`, a clause that
can only be false or raise (`x is None and x.size > 0`), a clause that another of the
same `and` / `or` makes needless (`low < x < high or x <= high` is `x <= high`), a running
total read from one key and stored under another. Others
are sometimes right but suspect, ranked last and reported as weak evidence: a `return` at
the end of a loop body (the loop runs once), a loop's variable used after
the loop, a count its own condition reads (`if ok and kept < 1: kept += 1` stops
counting), a condition replaced by a constant, a block emptied to `pass`, an exception
caught and ignored, a loop ended by the count it keeps (`if ... or points > 1: break`), a
fraction moved by one against a bound (`lot_grams + 1 <= LIMIT`), a ceiling one too many
on exact multiples (`int(a / b) + 1`), a loop that counts to a value of the collection it indexes (`range(1, min(sizes))` beside `sizes[:count]`), text
compared by order (`name >= tag` for `name == tag` is true of most names), a clause that
singles out one number (`or size == 1023`), an ordering turned into `==` or `!=`, an
object tested for truth beside its fields (`camper.waiver or camper`), a branch that
returns what the last `return` still changes (`return total` before `return
round(total)`), a collection filled only while it is empty (`if not drops:
drops.append(day)`). A bound joined by `or` that covers what another leaves out (`(ok
and pages > 0) or pages < 2`) makes that one needless, and is rejected as such. Each
shape counts only when the candidate has more of it than the original function, so code
that already had one is not punished for it.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeGuard

REJECT = "reject"
SUSPECT = "suspect"


@dataclass(frozen=True)
class Defect:
    severity: str  # REJECT | SUSPECT
    description: str


_SHAPES: dict[str, tuple[str, str]] = {
    "identity": (REJECT, "an identity operation such as `x * 1` or `x + 0`"),
    "self-comparison": (REJECT, "a comparison of an expression with itself"),
    "dead-code": (REJECT, "a statement after `return`, `raise`, `break` or `continue`"),
    "loop-return": (SUSPECT, "a `return` at the end of a loop body: the loop runs once"),
    "constant-condition": (SUSPECT, "a condition replaced by a constant"),
    "emptied-block": (SUSPECT, "a block emptied to `pass`"),
    "swallowed-exception": (SUSPECT, "an exception caught and ignored (`except ...: pass` or `continue`)"),
    "text-order": (SUSPECT, "text compared by order (`<`, `>=`, ...): a string literal or a parameter declared `str`"),
    "special-case": (SUSPECT, "a clause that singles out one number (`or size == 1023`): most often a test's input"),
    "contradiction": (REJECT, "a clause that can only be false or raise (`run is None and run.time < t`)"),
    "needless-clause": (REJECT, "a clause another one makes needless (`low < x < high or x <= high` is `x <= high`)"),
    "after-loop": (SUSPECT, "a loop's variable, or a name each turn binds from it, used after the loop: only its last item is seen"),
    "self-limiting-count": (SUSPECT, "a count its own condition reads (`if ... and kept < 1: kept += 1`, or `if ... or points > 1: break` in the loop that counts): it stops counting"),
    "order-to-equality": (SUSPECT, "an ordering turned into `==` or `!=` (`day <= last` -> `day != last`): most often the tests' boundary value"),
    "object-truth": (SUSPECT, "an object tested for truth beside its own fields (`camper.waiver or camper`): it is true unless None"),
    "skipped-ending": (SUSPECT, "a `return` that hands back a value the function's last `return` still changes (`return total` before `return round(total)`)"),
    "self-limiting-list": (SUSPECT, "a collection filled only while its own condition finds it empty (`if not drops: drops.append(day)`): it keeps one item"),
    "mid-way-return": (SUSPECT, "a value returned part way by a function that ends returning None: what follows is skipped"),
    "rounded-up-by-one": (SUSPECT, "`int(a / b) + 1` for a count that covers `a`: one too many when `b` divides it (`math.ceil(a / b)` is not)"),
    "value-as-count": (SUSPECT, "a loop counting up to a value of the collection it indexes (`for n in range(1, min(sizes)): sizes[:n]`), not to its length"),
    "past-the-length": (SUSPECT, "a loop counting past the length of what it indexes by a multiple or a name (`for start in range(1, len(takings) * days): takings[start:...]`, `len(takings) + days`): it runs past the end"),
    "broken-mean": (SUSPECT, "a total and a count joined by anything but `/` (`sum(xs) - len(xs)`): a mean made into something else"),
    "unread-local": (SUSPECT, "a value the function computes and no longer reads (`mean = ...` after `return mean >= ...` became `return last >= ...`)"),
    "borrowed-limit": (SUSPECT, "a limit named for one value compared with another (`latest.ecoli > AVERAGE_LIMIT` beside `average >= AVERAGE_LIMIT`)"),
    "total-under-another-key": (REJECT, "a running total read from one key and stored under another (`pot_days[haul.string] = pot_days.get(haul.day, 0) + n`)"),
    "fraction-off-by-one": (SUSPECT, "a fraction moved by one against a bound (`lot_grams + 1 <= LIMIT` for `lot_grams < LIMIT`): it is off for every value between"),
    "beside-a-helper": (SUSPECT, "a check beside a call of the project's own helper on the same values (`suitable(horse, rider) and rider.kg <= horse.max_kg`): the helper may be what is wrong"),
}


def defects(original: str, candidate: str, line: int) -> list[Defect]:
    """The shapes the candidate file's function starting at 1-based `line` (decorators
    included) has more of than the original file's; [] when either cannot be parsed."""
    before, after = _function_at(original, line), _function_at(candidate, line)
    if before is None or after is None:
        return []
    helpers = _defined_functions(candidate)
    added = Counter(_shapes(after, helpers)) - Counter(_shapes(before, helpers))
    if _orders_turned_into_equalities(before, after):
        added["order-to-equality"] += 1
    return [Defect(*_SHAPES[shape]) for shape in _SHAPES if added[shape]]


def _capped(test: ast.expr) -> Iterator[str]:
    """The names the test compares or tests for truth, unless with the size of a
    collection: `kept < 1` and `not kept` cap a count, `found < len(controls)` only keeps
    it a valid index, and `controls[found]` reads it."""
    if isinstance(test, ast.Name):
        yield test.id
    for node in ast.walk(test):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if not any(_calls(o, "len") for o in operands):
                yield from (o.id for o in operands if isinstance(o, ast.Name))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not) and isinstance(node.operand, ast.Name):
            yield node.operand.id
        elif isinstance(node, ast.BoolOp):
            yield from (v.id for v in node.values if isinstance(v, ast.Name))


def _rounds_up_by_one(node: ast.BinOp) -> bool:
    """`int(a / b) + 1`."""
    truncated = node.left
    return (
        isinstance(node.op, ast.Add) and isinstance(node.right, ast.Constant) and node.right.value == 1
        and _calls(truncated, "int")
        and len(truncated.args) == 1 and isinstance(truncated.args[0], ast.BinOp) and isinstance(truncated.args[0].op, ast.Div)
    )


def _loops_ended_by_their_count(loop: ast.For | ast.AsyncFor | ast.While) -> Iterator[str]:
    """The counts the loop adds to that an `if ...: break` (or `return`) of its body
    compares with a number: `if stone.team != winner or points > 1: break` stops at the
    tests' count."""
    counted = {s.target.id for s in ast.walk(loop) if isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name)}
    for statement in loop.body:
        if isinstance(statement, ast.If) and isinstance(statement.body[-1], (ast.Break, ast.Return)):
            for compare in (n for n in ast.walk(statement.test) if isinstance(n, ast.Compare) and len(n.comparators) == 1):
                operands = [compare.left, *compare.comparators]
                if any(isinstance(o, ast.Constant) and isinstance(o.value, (int, float)) for o in operands):
                    yield from (o.id for o in operands if isinstance(o, ast.Name) and o.id in counted)


def _counts_to_a_value_of_what_it_indexes(loop: ast.For | ast.AsyncFor) -> bool:
    """`for count in range(1, min(sizes)): stack = sizes[:count]`: the loop's count indexes
    `sizes`, so it should run to `len(sizes)`, not to one of its values."""
    counted = loop.iter
    ranged = _calls(counted, "range") and counted.args
    bound = counted.args[-1] if ranged else None
    if not (isinstance(loop.target, ast.Name) and isinstance(bound, ast.Call) and isinstance(bound.func, ast.Name)
            and bound.func.id in ("min", "max", "sum") and len(bound.args) == 1 and isinstance(bound.args[0], ast.Name)):
        return False
    indexed, count = bound.args[0].id, loop.target.id
    return any(
        isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == indexed
        and any(isinstance(m, ast.Name) and m.id == count for m in ast.walk(n.slice))
        for statement in loop.body for n in ast.walk(statement)
    )


# Operations that take a length past itself: `len(x) * k`, `len(x) ** k`, `len(x) + k`.
_GROWING = (ast.Mult, ast.Pow, ast.Add, ast.LShift, ast.BitOr)


def _counts_past_the_length(loop: ast.For | ast.AsyncFor) -> bool:
    """`for start in range(1, len(takings) * days): takings[start : start + days]`: the
    loop's count indexes `takings`, so a bound that multiplies its length, raises it or adds
    a name to it runs past the end (`len(text) + 1`, the last slice boundary, does not)."""
    counted = loop.iter
    bound = counted.args[-1] if _calls(counted, "range") and counted.args else None
    if not (isinstance(loop.target, ast.Name) and isinstance(bound, ast.BinOp) and isinstance(bound.op, _GROWING)):
        return False
    sides = (bound.left, bound.right)
    sized = [side.args[0].id for side, other in zip(sides, reversed(sides))
             if _calls(side, "len") and len(side.args) == 1 and isinstance(side.args[0], ast.Name)
             and not (isinstance(bound.op, ast.Add) and isinstance(other, ast.Constant))]
    return any(
        isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in sized
        and any(isinstance(m, ast.Name) and m.id == loop.target.id for m in ast.walk(n.slice))
        for statement in loop.body for n in ast.walk(statement)
    )


def _orders_turned_into_equalities(before: ast.AST, after: ast.AST) -> bool:
    """A comparison whose operators alone changed, to fewer orderings (`<`, `>=`, ...) and
    more `==` / `!=`: `day <= last` -> `day != last` lets through, or stops, only the value
    the tests stand on. Comparisons are matched by what they compare, so that another
    edit elsewhere in the function does not hide one."""
    def compared(function: ast.AST) -> dict[str, list[list[ast.cmpop]]]:
        found: dict[str, list[list[ast.cmpop]]] = {}
        for node in (n for n in ast.walk(function) if isinstance(n, ast.Compare)):
            found.setdefault(re.sub(r"\b(Lt|LtE|Gt|GtE|Eq|NotEq)\(\)", "Op()", ast.dump(node)), []).append(node.ops)
        return found

    def count(ops: list[ast.cmpop], kinds: tuple[type, ...]) -> int:
        return sum(isinstance(op, kinds) for op in ops)

    old, new = compared(before), compared(after)
    return any(
        count(a, _ORDERS) < count(b, _ORDERS) and count(a, (ast.Eq, ast.NotEq)) > count(b, (ast.Eq, ast.NotEq))
        for key, found in new.items() if len(found) == len(old.get(key, [])) for b, a in zip(old[key], found)
    )


def _function_at(text: str, line: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            if first == line:
                return node
    return None


def _defined_functions(text: str) -> frozenset[str]:
    """The names of the functions the file defines, at any depth."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return frozenset()
    return frozenset(n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))


def _shapes(function: ast.FunctionDef | ast.AsyncFunctionDef, helpers: frozenset[str] = frozenset()) -> Iterator[str]:
    returns = list(_value_returns(function.body, later=False))
    if all(returns) and not _never_falls_off(function.body[-1]):  # it ends returning None
        yield from ("mid-way-return" for _ in returns)
    texts = {a.arg for a in [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]
             if isinstance(a.annotation, ast.Name) and a.annotation.id == "str"}
    yield from ("borrowed-limit" for _ in _borrowed_limits(function))
    yield from ("fraction-off-by-one" for _ in _fractions_off_by_one(function))
    yield from ("unread-local" for _ in _unread_locals(function))
    for node in ast.walk(function):
        if isinstance(node, ast.BinOp) and _is_identity(node):
            yield "identity"
        elif isinstance(node, ast.Compare) and len(node.comparators) == 1 and _same(node.left, node.comparators[0]):
            yield "self-comparison"
        elif isinstance(node, (ast.If, ast.While, ast.IfExp)) and isinstance(node.test, ast.Constant):
            if not (isinstance(node, ast.While) and node.test.value is True):  # `while True:` is an idiom
                yield "constant-condition"
        if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.Div) and _calls(node.left, "sum") and _calls(node.right, "len"):
            yield "broken-mean"
        if isinstance(node, ast.Assign) and _total_under_another_key(node):
            yield "total-under-another-key"
        if isinstance(node, ast.BinOp) and _rounds_up_by_one(node):
            yield "rounded-up-by-one"
        if isinstance(node, ast.Compare) and any(isinstance(op, _ORDERS) for op in node.ops):
            if any(_is_text(operand, texts) for operand in (node.left, *node.comparators)):
                yield "text-order"
        if isinstance(node, ast.BoolOp) and any(_singles_out_a_number(value) for value in node.values):
            yield "special-case"
        if isinstance(node, ast.BoolOp) and _contradicts_itself(node):
            yield "contradiction"
        if isinstance(node, ast.BoolOp) and _has_needless_clause(node):
            yield "needless-clause"
        if isinstance(node, ast.BoolOp) and _tests_an_object_beside_its_fields(node):
            yield "object-truth"
        if isinstance(node, ast.BoolOp):
            yield from ("beside-a-helper" for _ in _checks_beside_a_helper(node, helpers))
        if isinstance(node, ast.If):
            counted = {s.target.id for s in node.body if isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name)}
            yield from ("self-limiting-count" for name in _capped(node.test) if name in counted)
            filled = {call.func.value.id for s in node.body if isinstance(s, ast.Expr) and isinstance(call := s.value, ast.Call)
                      and isinstance(call.func, ast.Attribute) and call.func.attr in _FILLING and isinstance(call.func.value, ast.Name)}
            yield from ("self-limiting-list" for name in _sized_or_truth_tested(node.test) if name in filled)
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and isinstance(node.body[-1], ast.Return):
            yield "loop-return"
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            yield from ("self-limiting-count" for _ in _loops_ended_by_their_count(node))
        if isinstance(node, (ast.For, ast.AsyncFor)) and _counts_to_a_value_of_what_it_indexes(node):
            yield "value-as-count"
        if isinstance(node, (ast.For, ast.AsyncFor)) and _counts_past_the_length(node):
            yield "past-the-length"
        if isinstance(node, ast.ExceptHandler) and len(node.body) == 1 and isinstance(node.body[0], (ast.Pass, ast.Continue)):
            yield "swallowed-exception"
        for block in _blocks(node):
            for i, statement in enumerate(block):
                if isinstance(statement, (ast.For, ast.AsyncFor)):
                    yield from ("after-loop" for _ in _read_after_loop(statement, block[i + 1 :]))
                if isinstance(statement, ast.If) and _skips_the_ending(statement, block[i + 1 :]):
                    yield "skipped-ending"
            ends = [i for i, statement in enumerate(block) if isinstance(statement, _ENDS_BLOCK)]
            if ends and ends[0] < len(block) - 1:
                yield "dead-code"
            if len(block) == 1 and isinstance(block[0], ast.Pass):
                yield "emptied-block"


def _fractions_off_by_one(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.BinOp]:
    """`lot_grams + 1 <= LIMIT` or `lot_grams <= LIMIT - 1`, where the function starts
    `lot_grams` at a float (`lot_grams = 0.0`) or declares it one."""
    fractions = {a.arg for a in function.args.args if isinstance(a.annotation, ast.Name) and a.annotation.id == "float"}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, float):
            fractions |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and ast.unparse(node.annotation) == "float":
            fractions.add(node.target.id)
    for node in (n for n in ast.walk(function) if isinstance(n, ast.Compare)):
        sides = [node.left, *node.comparators]
        shifted = [side for side in sides if isinstance(side, ast.BinOp) and isinstance(side.op, (ast.Add, ast.Sub))
                   and isinstance(side.right, ast.Constant) and side.right.value == 1]
        named = {n.id for side in sides for n in [side, getattr(side, "left", None)] if isinstance(n, ast.Name)}
        if named & fractions:
            yield from shifted


def _total_under_another_key(node: ast.Assign) -> bool:
    """`totals[a] = totals.get(b, 0) + n`: the running total's idiom, broken."""
    target = node.targets[0] if len(node.targets) == 1 else None
    if not isinstance(target, ast.Subscript) or not isinstance(node.value, ast.BinOp):
        return False
    read = node.value.left
    return (
        isinstance(read, ast.Call) and isinstance(read.func, ast.Attribute) and read.func.attr == "get" and len(read.args) == 2
        and _same(read.func.value, target.value) and not _same(read.args[0], target.slice)
    )


def _unread_locals(function: ast.AST) -> set[str]:
    """Names the function assigns and never reads."""
    stored = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return stored - {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - {"_"}


def _calls(node: ast.AST, name: str) -> TypeGuard[ast.Call]:
    """`name(...)`."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def _borrowed_limits(function: ast.AST) -> Iterator[str]:
    """The values compared with a named constant (`AVERAGE_LIMIT`) that share no word with
    its name, in a function that has a value that does (`average`): a limit taken from the
    value it is named for."""
    names = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(function) if isinstance(n, ast.Attribute)
    }
    compared: dict[str, set[str]] = {}
    for node in (n for n in ast.walk(function) if isinstance(n, ast.Compare) and len(n.comparators) == 1):
        operands = [node.left, node.comparators[0]]
        for limit, value in (operands, operands[::-1]):
            if isinstance(limit, ast.Name) and limit.id.isupper():
                compared.setdefault(limit.id, set()).add(ast.unparse(value))
    for limit, values in compared.items():
        named = _words_of(limit)
        if any(named & _words_of(name) for name in names - {limit}):
            yield from (value for value in values if not named & _words_of(value))


def _words_of(text: str) -> set[str]:
    """`average`, `limit` of `AVERAGE_LIMIT`; `latest`, `ecoli` of `latest.ecoli`."""
    return {word.lower() for word in re.findall(r"[A-Z]+(?![a-z])|[A-Za-z][a-z]*", text) if len(word) > 2}


def _read_after_loop(loop: ast.For | ast.AsyncFor, later: list[ast.stmt]) -> Iterator[ast.Name]:
    """Reads of the loop's variable, or of a name each turn binds from it (`customer =
    self.customers[name]`), in the statements after it, until a later loop or
    assignment binds the name anew (`for i, g in ...` twice in a row is two loops)."""
    item = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
    item |= {target.id for statement in loop.body if isinstance(statement, ast.Assign)
             and any(isinstance(n, ast.Name) and n.id in item for n in ast.walk(statement.value))
             for target in statement.targets if isinstance(target, ast.Name)}

    def reads(nodes: list[ast.AST]) -> Iterator[ast.Name]:
        return (n for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in item)

    for statement in later:
        if isinstance(statement, (ast.For, ast.AsyncFor)):
            yield from reads([statement.iter])
            item -= {n.id for n in ast.walk(statement.target) if isinstance(n, ast.Name)}
            yield from reads([*statement.body, *statement.orelse])
        elif isinstance(statement, ast.Assign) and all(isinstance(t, ast.Name) for t in statement.targets):
            yield from reads([statement.value])
            item -= {t.id for t in statement.targets if isinstance(t, ast.Name)}
        else:
            yield from reads([statement])


_ENDS_BLOCK = (ast.Return, ast.Raise, ast.Break, ast.Continue)
_ORDERS = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)


_FILLING = frozenset({"append", "add", "extend", "insert"})


def _tests_an_object_beside_its_fields(node: ast.BoolOp) -> bool:
    """`camper.waiver or camper`: a bare name among the operands of `or`, whose fields
    another operand reads (`user and user.active` is a guard against None, and fine)."""
    if not isinstance(node.op, ast.Or):
        return False
    names = {value.id for value in node.values if isinstance(value, ast.Name)}
    return any(
        isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in names
        for value in node.values if not isinstance(value, ast.Name) for n in ast.walk(value)
    )


def _checks_beside_a_helper(node: ast.BoolOp, helpers: frozenset[str]) -> Iterator[ast.expr]:
    """The operands of `and` / `or` that read only fields of the plain names another
    operand hands to a function the file defines (`suitable(horse, rider) and
    rider.weight_kg <= horse.max_rider_kg`): what the helper is there to check."""
    handed = [
        {a.id for a in value.args if isinstance(a, ast.Name)}
        for value in node.values
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in helpers
    ]
    for value in node.values:
        if isinstance(value, ast.Call):
            continue
        fields = [n for n in ast.walk(value) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)]
        names = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        if fields and any(names <= given for given in handed):
            yield value


def _sized_or_truth_tested(test: ast.AST) -> Iterator[str]:
    """Names the condition requires empty or small (`not xs`, `len(xs) < 2`, or either
    joined by `and`), not what they hold; `fits or not xs` fills a full one too."""
    for n in test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]:
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not) and isinstance(n.operand, ast.Name):
            yield n.operand.id
        elif isinstance(n, ast.Compare) and isinstance(call := n.left, ast.Call) and isinstance(call.func, ast.Name):
            if call.func.id == "len" and call.args and isinstance(call.args[0], ast.Name):
                yield call.args[0].id


def _value_returns(block: list[ast.stmt], later: bool) -> Iterator[bool]:
    """For each `return <value>` of the block and the blocks in it (not of nested
    functions or classes): whether statements of the function follow it."""
    for i, statement in enumerate(block):
        followed = later or i < len(block) - 1
        if isinstance(statement, ast.Return) and statement.value is not None:
            yield followed
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        inner = [*_blocks(statement), *(handler.body for handler in getattr(statement, "handlers", []))]
        for nested in inner:
            yield from _value_returns(nested, followed)


def _never_falls_off(last: ast.stmt) -> bool:
    """The function's last statement raises or loops for good: it returns only where it says."""
    return isinstance(last, ast.Raise) or (isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and bool(last.test.value))


def _skips_the_ending(statement: ast.If, later: list[ast.stmt]) -> bool:
    """`if member: ...; return total` followed, further on, by `return round(total)`: the
    branch hands back what the end of the function would still change."""
    last = statement.body[-1]
    if statement.orelse or not isinstance(last, ast.Return) or not isinstance(last.value, ast.Name):
        return False
    name = last.value.id
    return any(
        isinstance(s, ast.Return) and s.value is not None and not isinstance(s.value, ast.Name)
        and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(s.value))
        for s in later
    )


def _is_text(node: ast.AST, texts: set[str]) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or (isinstance(node, ast.Name) and node.id in texts)


def _singles_out_a_number(node: ast.AST) -> bool:
    """`x == 1023` or `x != 7`: a name compared for (in)equality with a number other than 0, 1 or -1."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Eq, ast.NotEq))):
        return False
    sides = (node.left, node.comparators[0])
    number = next((s.value for s in sides if isinstance(s, ast.Constant) and type(s.value) in (int, float)), None)
    named = any(isinstance(s, (ast.Name, ast.Attribute)) for s in sides)
    return named and number is not None and abs(number) > 1


def _contradicts_itself(node: ast.BoolOp) -> bool:
    """`x is None and x.size > 0` is false or raises; so is `not run and run.time < t`, and
    `x is not None or x.size > 0` is true or raises: an edit that writes one deletes a
    clause in disguise."""
    for i, value in enumerate(node.values[:-1]):
        tested = _tested_missing(value) if isinstance(node.op, ast.And) else _tested_present(value)
        later = [n for v in node.values[i + 1 :] for n in ast.walk(v) if isinstance(n, (ast.Attribute, ast.Subscript))]
        if tested is not None and any(_same(n.value, tested) for n in later):
            return True
    return False


def _has_needless_clause(node: ast.BoolOp) -> bool:
    """One clause implies another: in `A or B` then A changes nothing, in `A and B` B
    does not. An edit that writes one has replaced the condition in disguise, or added
    nothing. Only comparisons are weighed: a chained one is the `and` of its links."""
    said = [ast.dump(value) for value in node.values]
    if len(set(said)) < len(said):  # `badge and badge`: said twice is said once
        return True
    clauses = [_links(value) for value in node.values]
    if any(i != j and _implies(a, b) for i, a in enumerate(clauses) for j, b in enumerate(clauses)):
        return True
    # In `A or B`, a bound B covers what a bound of A leaves out (`(on and pages > 0) or pages < 2`):
    # that bound of A is needless.
    if not isinstance(node.op, ast.Or):
        return False
    bounds = [[_bound(c) for c in (v.values if isinstance(v, ast.BoolOp) and isinstance(v.op, ast.And) else [v])] for v in node.values]
    for i, alone in enumerate(bounds):  # B: an alternative that is one bound
        if len(alone) != 1 or alone[0] is None:
            continue
        for j, others in enumerate(bounds):  # A's bounds
            if i != j and any(b is not None and _cover_every_number(alone[0], b) for b in others):
                return True
    return False


def _bound(node: ast.AST) -> tuple[str, str, float] | None:
    """`x > 0` as (dump of x, ">", 0), `2 <= x` as (dump of x, ">=", 2); None for anything else."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _ORDER_SIGNS):
        return None
    sign, left, right = _ORDER_SIGNS[type(node.ops[0])], node.left, node.comparators[0]
    if isinstance(left, ast.Constant) and not isinstance(right, ast.Constant):
        left, right, sign = right, left, _FLIPPED_SIGN[sign]
    if not (isinstance(right, ast.Constant) and type(right.value) in (int, float)):
        return None
    return ast.dump(left), sign, right.value


def _cover_every_number(a: tuple[str, str, float], b: tuple[str, str, float]) -> bool:
    """`x > 0` and `x < 2` together take in every number."""
    (x, sign, value), (y, other_sign, other_value) = a, b
    if x != y or sign[0] == other_sign[0]:
        return False
    low, high = ((value, sign), (other_value, other_sign)) if sign[0] == ">" else ((other_value, other_sign), (value, sign))
    return low[0] < high[0] or (low[0] == high[0] and "=" in low[1] + high[1])


_ORDER_SIGNS = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_FLIPPED_SIGN = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


# A comparison link as (left, operator, right): `>` and `>=` turned around into `<` and
# `<=`, the sides of `==` and `!=` in a fixed order, each side as its ast.dump.
_Link = tuple[str, str, str]
_TURNED = {ast.Gt: "<", ast.GtE: "<="}
_KEPT = {ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!="}


def _links(node: ast.AST) -> list[_Link]:
    """The links of a comparison of `<`, `<=`, `>`, `>=`, `==`, `!=`; [] for anything else."""
    if not isinstance(node, ast.Compare) or not all(type(op) in _TURNED or type(op) in _KEPT for op in node.ops):
        return []
    links = []
    sides = [ast.dump(side) for side in (node.left, *node.comparators)]
    for op, left, right in zip(node.ops, sides, sides[1:]):
        if type(op) in _TURNED:
            links.append((right, _TURNED[type(op)], left))
        elif type(op) in (ast.Eq, ast.NotEq):
            low, high = sorted((left, right))
            links.append((low, _KEPT[type(op)], high))
        else:
            links.append((left, _KEPT[type(op)], right))
    return links


def _implies(clause: list[_Link], other: list[_Link]) -> bool:
    """Every link of `other` follows from a link of `clause` (both `and`s of links)."""
    return bool(clause and other) and all(any(_link_implies(a, b) for a in clause) for b in other)


def _link_implies(a: _Link, b: _Link) -> bool:
    if a == b:
        return True
    (left, op, right), (other_left, other_op, other_right) = a, b
    if op == "<":  # x < y: x <= y, x != y
        return (other_op == "<=" and (other_left, other_right) == (left, right)) or (
            other_op == "!=" and {other_left, other_right} == {left, right}
        )
    if op == "==":  # x == y: x <= y, y <= x
        return other_op == "<=" and {other_left, other_right} == {left, right}
    return False


def _tested_missing(node: ast.AST) -> ast.AST | None:
    """x in `not x`, `x is None` or `x == None`."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return node.operand
    if _compared_with_none(node, (ast.Is, ast.Eq)):
        return node.left  # type: ignore[attr-defined]
    return None


def _tested_present(node: ast.AST) -> ast.AST | None:
    """x in `x is not None`, or a bare name or field tested for truth."""
    if isinstance(node, (ast.Name, ast.Attribute)):
        return node
    if _compared_with_none(node, (ast.IsNot, ast.NotEq)):
        return node.left  # type: ignore[attr-defined]
    return None


def _compared_with_none(node: ast.AST, operators: tuple[type, ...]) -> bool:
    return (
        isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], operators)
        and isinstance(node.comparators[0], ast.Constant) and node.comparators[0].value is None
    )


def _blocks(node: ast.AST) -> Iterator[list[ast.stmt]]:
    for name in ("body", "orelse", "finalbody"):
        block = getattr(node, name, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            yield block


def _is_identity(node: ast.BinOp) -> bool:
    def constant(value: ast.AST, number: int) -> bool:
        # `False` and `True` count as 0 and 1: `n - False` is `n`.
        return isinstance(value, ast.Constant) and type(value.value) in (int, float, bool) and value.value == number

    operator, left, right = type(node.op), node.left, node.right
    if operator in (ast.Mult, ast.Div, ast.FloorDiv, ast.Pow) and constant(right, 1):
        return True
    if operator in (ast.Add, ast.Sub, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift) and constant(right, 0):
        return True
    return (operator is ast.Mult and constant(left, 1)) or (operator is ast.Add and constant(left, 0))


def _same(left: ast.AST, right: ast.AST) -> bool:
    return ast.dump(left) == ast.dump(right)
