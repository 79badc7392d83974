"""The template proposer: small, likely repairs of one function, with no model.

Every candidate is one edit generated from the tree-sitter tree of the function
(an operator swapped, a bound moved by one, a statement deleted or inserted, a
guard added, ...). Each must parse, both by tree-sitter and by CPython's
compiler, and differ from the original.

Ranking: the suspiciousness of the changed line first (`suspicious_lines` maps
1-based file line numbers, as coverage and tracebacks count them, to a score),
then the smaller edit, then the family listed first in FAMILIES, then an order
drawn from `seed` and the edit itself, so that equal runs give equal lists and a
new template does not reshuffle the others.
"""

from __future__ import annotations

import dataclasses
import math
import re
import zlib
from itertools import islice
from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Iterator, Mapping, Sequence

import tree_sitter

from ...positions import decode
from ...targets import FunctionTarget
from ..candidates import Candidate
from .tree import _CONDITION_OWNERS, _Edit, _change_size, _words
from .facts import _safe_to_evaluate
from .function import _Function
from .operators import (
    _applied_factors, _unit_conversions, arithmetic, boolean, comparison, constants, lookup_default, missing_factor, negation,
    off_by_one, per_unit, regrouped, rounding, separator, shifted_argument, shifted_length, unread_constant, whole_of_parts,
)
from .names import (
    _method_for_local, call_argument, call_for_name, call_name, move_argument, object_field, operand_into_call,
    self_attribute, swap, variable,
)
from .values import converted_value, sort_order, wrapped_value
from .statements import (
    _chosen_moves, _originals_read_after_copying, _owned_condition, _stale, _stale_entries, _stale_pairs, _unfed,
    _unfed_fields, _unfed_keys, _unmoved_starts, _unturned_flags, delete_statement, held_at_bound, insert_statement,
    kept_value, missing_statement, module_statement, moved_on_fields, move_statement, pasted_statement, return_value,
)
from .loops import (
    _else_reset, _line_after, _marks_never_cleared, _positions_left_behind, _skipped_streaks, _stepping_rows, _streaks,
    _streaks_without_else, _unconsumed, _undrained, _unread_flags, _unreset, band_share, consumed_count, last_group,
    loop_progress, restarted_group, skipped_items, streak_reset,
)
from .clauses import (
    _asked_of_each_item, _first_body_statement, _held_values, _matched_like_the_others, _other_bounds, _returned_test,
    alternative_clause, condition_clause, guard, guarded_statement,
)
from .exceptions import exception_handling, raise_guard


PROPOSER = "templates"


def propose(
    source: bytes,
    target: FunctionTarget,
    suspicious_lines: Mapping[int, float] | None = None,
    *,
    max_candidates: int | None = None,
    seed: int = 0,
    hang: bool = False,
    raises: tuple[str, ...] = (),
    escaped: tuple[str, ...] = (),
    expected: tuple[str, ...] = (),
    raised_at: frozenset[int] = frozenset(),
    neighbours: Sequence[str] = (),
    tests: Sequence[str] = (),
    flagged: Collection[str] = (),
    promising: Collection[tuple[int, str]] = (),
    deletions: Collection[tuple[int, str]] = (),
) -> list[Candidate]:
    """Template candidates for the function at `target` in `source`, best first."""
    found = iter_candidates(
        source, target, suspicious_lines, seed=seed, hang=hang, raises=raises, escaped=escaped, expected=expected,
        raised_at=raised_at, neighbours=neighbours, tests=tests, flagged=flagged, promising=promising, deletions=deletions,
    )
    return list(islice(found, max_candidates))


def iter_candidates(
    source: bytes,
    target: FunctionTarget,
    suspicious_lines: Mapping[int, float] | None = None,
    *,
    seed: int = 0,
    stop: Callable[[], bool] = lambda: False,
    hang: bool = False,
    raises: tuple[str, ...] = (),
    escaped: tuple[str, ...] = (),
    expected: tuple[str, ...] = (),
    raised_at: frozenset[int] = frozenset(),
    neighbours: Sequence[str] = (),
    tests: Sequence[str] = (),
    flagged: Collection[str] = (),
    promising: Collection[tuple[int, str]] = (),
    deletions: Collection[tuple[int, str]] = (),
) -> Iterator[Candidate]:
    """Template candidates best first, made lazily: every edit is ranked first (cheap:
    no parsing), and each is built and checked only when it is its turn, so a large
    function never stalls the loop, which may `stop` the generation at any time.

    `hang`: a failing test ran out of time, so the edits that can end a `while` loop
    come first: a step on a name its condition reads, then edits of the condition and
    of the statements that assign those names.

    `raises`: exceptions a failing test expected and did not get (pytest's "DID NOT
    RAISE"). When the function raises none of them, a check that raises one comes first.

    `escaped`: exceptions that ended a failing test, raised on the 1-based lines
    `raised_at`; `expected`: those its `pytest.raises` names. Handlers and raises are
    edited toward them (see exception_handling); a `try` that turns what escaped into
    what a test expected, around a line it escaped from, comes first.

    `neighbours`: the texts of the project modules the file imports, whose classes'
    fields and strings the edits may use (see _module_facts). `tests`: the texts of the
    test modules, whose dicts' keys a record may be read by (see _record_keys).

    `flagged`: the keywords the failing tests give True or False (see flags_given): a
    clause on a yes/no field of that name was surely meant, like one on a field no code
    reads.

    `promising`: (1-based line, edited condition or guard) the values the tests gave say
    changes the condition only where a failing test ran it (see watches and
    conditions.promising_edits): such edits come first on their line.

    `deletions`: (1-based line, condition with a clause dropped) the tests cannot tell
    from another edit of that condition (see conditions.deletions_in_disguise): these
    come first on their line too."""
    function = _Function(source, target, neighbours, tests, flagged)
    wanted_flags = [name for name in function.flag_fields if name not in function.unread_flag_fields]
    conditions = _watched_conditions(function) if promising or deletions else {}
    raises = tuple(name for name in raises if name not in function.raised)
    scores = suspicious_lines or {}
    stepping = _stepping_rows(function) if hang else set()
    first = _first_body_statement(function)
    top = function.data.rfind(b"\n", 0, first.start_byte) + 1 if first is not None else -1
    unfeds = _unfed_fields(function)
    unfed = _unfed(function) | set(unfeds) | set(_unfed_keys(function))
    feeding = re.compile(rf"({'|'.join(map(re.escape, sorted(unfed)))})\s*(\.|\[|[-+*/]=)") if unfed else None
    unset = tuple(f"{field} = " for field, kind in unfeds.items() if kind == "none")  # `wheel.last_turned = day`
    # What a loop should move on or set back, a run a branch should start again, a flag never turned.
    carried = [
        *_stale(function), *_unreset(function), *(name for name, _ in _unturned_flags(function)),
        *(move.split(" = ")[0] for move in _chosen_moves(function)),
        *(count for count, _ in [*_streaks(function), *_skipped_streaks(function)]),
    ]
    moves = [*_stale_pairs(function), *_stale_entries(function), *_unmoved_starts(function)]
    steps = [rf"{re.escape(name)} = " for name in carried] + [re.escape(move) for move in moves]
    # A count checked and never used up, or raised and checked for reaching zero and never lowered.
    steps += [rf"{re.escape(count)} -= " for count, *_ in [*_unconsumed(function), *_undrained(function)]]
    moving = re.compile("|".join(steps)) if steps else None
    flags = [flag for _, flag in _unread_flags(function)]  # a loop item's flag never read
    # The group still open when the items run out, handed on; a group handed on, started
    # again; a position within a row set back when the row moves on; a mark cleared.
    restarts = [_line_after(function, step, f"{position} = {start}") for step, position, start in _positions_left_behind(function)]
    restarts += [_line_after(function, last, f"{mark} = None") for mark, ends in _marks_never_cleared(function) for last in ends]
    restarts += [_else_reset(function, statement, f"{count} = {start}") for count, start, statement in _streaks_without_else(function)]
    # A field the next call measures from, moved on.
    restarts += moved_on_fields(function)
    flushed = {(edit.start, edit.new) for edit in [*last_group(function), *restarted_group(function), *restarts]}
    # A pasted statement given what its new place reads; a local its class's method computes;
    # the factor a product lacks that its siblings share; a value computed and dropped, kept;
    # a rate on one part applied to the whole the function adds up; the share of an amount in a band.
    pasted = {
        (edit.start, edit.new)
        for edit in [
            *pasted_statement(function), *_method_for_local(function), *missing_factor(function), *kept_value(function),
            *whole_of_parts(function), *band_share(function),
        ]
    }
    # The copy the function changes, read where the original still is (`stock` -> `left`);
    # minutes in seconds where the function converts with that factor (`over // 60`).
    pasted |= {(read.start_byte, copy) for read, copy in _originals_read_after_copying(function)}
    # (Not a name the function already converts by that factor: `grams` of `-grams // 1000`.)
    pasted |= {
        (edit.start, edit.new) for factor, converted in _applied_factors(function).items()
        for edit in _unit_conversions(function, [factor], skipped=converted)
    }
    # A limit checked on one side only, the other checked too; a question asked of one
    # item, asked of each; an item matched on like-named fields, matched on the one left
    # out; a number found by its key, held against one computed just before.
    bounding = {
        (condition.start_byte, f" {joiner} {clause}") for node in function.nodes if (condition := _owned_condition(node)) is not None
        for clause in [
            *_other_bounds(function, node), *_asked_of_each_item(function, node), *_matched_like_the_others(function, node),
            *_held_values(function, node),
        ]
        for joiner in ("and", "or")
    }
    ranked = []
    raised_rows = function.raised_rows = frozenset(line - 1 - function.row_offset for line in raised_at)
    for family, edit in _edits(function, raises, escaped, expected, raised_rows):
        if stop():
            return
        # An insertion touches the lines around it: it counts as the most suspicious one.
        line = max((row + function.row_offset for row in edit.lines), key=lambda n: scores.get(n + 1, 0.0))
        size = edit.size if edit.size is not None else _change_size(function.source_of_range(edit.start, edit.end), edit.new)
        # A missing step first: a changed condition alone rarely ends the loop.
        if edit.expected_raise:  # checked before the body changes anything, if it can be
            stuck = -2 if edit.start == top else -1
        else:
            stuck = 2 if not hang else 0 if edit.progress else 1 if stepping.intersection(edit.lines) else 2
        # A parameter the function never reads, a number the module names and never reads, or
        # a word its docstring promises and its code never says, was surely meant to be used:
        # edits that use one first.
        unread = not any(
            re.search(rf"\b{re.escape(name)}\b", edit.new)
            for name in [*function.unused_params, *function.unused_locals, *function.unread_constants, *function.unread_groups, *flags,
                         *function.unread_flag_fields]
        )
        # A field the failing tests set, tested where the code did not test it: `and not weighing.ready_picked`.
        replaced = function.source_of_range(edit.start, edit.end)
        unread = unread and not (replaced and any(name in edit.new and name not in replaced for name in wanted_flags))
        unpromised = not function.promised & (_words(edit.new) | set(re.findall(r"\b\d+(?:\.\d+)?\b", edit.new)))
        unpromised = unpromised and not any(f"{low} <= " in edit.new and f" <= {high}" in edit.new for low, high in function.said_ranges)
        unpromised = unpromised and not (function.says_descending and edit.new.endswith(", reverse=True)"))
        # Likewise a statement that builds what the function starts empty and never changes,
        # or sets a field that starts as None and nothing sets.
        unbuilt = edit.start != edit.end or not (feeding and feeding.match(edit.new.strip()) or edit.new.strip().startswith(unset))
        # And one that moves on what a loop compares each item with, or sets back a total it
        # hands on, or hands on the last group, or starts again a group it hands on.
        unbuilt = unbuilt and (edit.start != edit.end or not (moving and moving.match(edit.new.strip())))
        unbuilt = unbuilt and (edit.start, edit.new) not in flushed and (edit.start, edit.new) not in pasted
        unbounded = not any(edit.start == start and edit.new.endswith(clause) for start, clause in bounding)
        ordinary = unread and unpromised and unbuilt and unbounded
        judged = None
        if edit.guard is not None and edit.guard[0] not in conditions:
            judged = (edit.guard[0] + function.row_offset + 1, edit.guard[1])
        elif (row := _condition_row(conditions, edit)) is not None:
            judged = (row + function.row_offset + 1, _edited_condition(function, conditions[row], edit))
        unjudged = judged not in promising
        score = scores.get(line + 1, 0.0)
        if not unjudged and (family == _COMPARISON or _drops_a_clause(family, edit)) or judged in deletions:
            # A comparison turned only where failing tests ran it (`<` -> `<=` at the
            # boundary they reach), or a clause dropped only there or where another edit
            # only hides it, comes first, whoever else runs its line. Other judged edits
            # (added clauses, guards) keep their line's place: put first, they passed the
            # tests as patches.
            score = math.inf
        ranked.append(((stuck, score, unjudged, ordinary, size, family, _drawn(seed, edit)), line, size, family, edit, judged))
    ranked = _spread_over_lines(ranked)
    seen: set[bytes] = set()
    names = [*FAMILIES, "exception_handling"]
    for (_, _, unjudged, ordinary, *_), line, size, family, edit, condition in ranked:
        if stop():
            return
        data = function.candidate_text(edit)
        if data == function.data or data in seen or not function.parses(data):
            continue
        seen.add(data)
        yield Candidate(
            text=decode(data[len(function.header) :]),
            proposer=PROPOSER,
            description=f"{edit.description} on line {line + 1}",
            line=line,
            size=size,
            family=names[family],
            judged=not unjudged,
            fulfils=not ordinary,
            condition=condition,
        )


def flags_given(tests: Iterable[str]) -> frozenset[str]:
    """The keywords these tests' sources give True or False: `Weighing(..., ready_picked=True)`."""
    return frozenset(name for text in tests for name in re.findall(r"\b(\w+)=(?:True|False)\b", text))


def _spread_over_lines(ranked: list[tuple]) -> list[tuple]:
    """Best first, where each further edit of lines as suspicious as each other counts a
    little less than the one before it (`_DEPTH_DECAY`): lines only a little less
    suspicious get their first, most natural edits before the most suspicious ones get
    their hundredth. Lines tied on suspicion share one count, so their edits keep their
    order among themselves (smallest first)."""
    by_score: dict[tuple[int, float], list[tuple]] = {}
    for entry in sorted(ranked, key=lambda entry: entry[0]):
        by_score.setdefault(entry[0][:2], []).append(entry)
    spread = []
    for entries in by_score.values():
        for depth, ((stuck, score, *rest), *fields) in enumerate(entries):
            spread.append(((stuck, -score * _DEPTH_DECAY**depth, *rest), *fields))
    spread.sort(key=lambda entry: entry[0])
    return spread


# Twenty edits at one level of suspicion halve the weight of the next one.
_DEPTH_DECAY = 0.5 ** (1 / 20)


@dataclass(frozen=True)
class Watches:
    expressions: dict[int, tuple[str, ...]]  # 1-based line -> the original, then its edits
    loops: frozenset[int]  # the lines of `while` conditions among them
    comprehensions: frozenset[int] = frozenset()  # the lines of comprehensions' filters among them
    drops: Mapping[int, frozenset[str]] = dataclasses.field(default_factory=dict)  # line -> its edits that drop a clause


def watches(source: bytes, target: FunctionTarget, neighbours: Sequence[str] = (), tests: Sequence[str] = ()) -> Watches:
    """What the tests' run should evaluate at 1-based lines of the function, so that the
    edits of a condition can be judged on the values the tests gave (see
    conditions.promising_edits): for an `if`, `elif`, `while`, returned test or
    comprehension's filter, the condition and then every edit of it the templates make;
    before a statement in a loop, `True` and the clauses that may guard it. A condition that evaluating twice could change (a call
    that is not a mere read, a walrus) is left alone."""
    f = _Function(source, target, neighbours, tests)
    conditions = _watched_conditions(f)
    variants: dict[int, list[str]] = {row: [] for row in conditions}
    drops: dict[int, set[str]] = {}
    for family, edit in _edits(f):
        if edit.guard is not None and edit.guard[0] not in conditions:
            variants.setdefault(edit.guard[0], []).append(edit.guard[1])
        elif (row := _condition_row(conditions, edit)) is not None:
            variants[row].append(_edited_condition(f, conditions[row], edit))
            if _drops_a_clause(family, edit):
                drops.setdefault(row + f.row_offset + 1, set()).add(variants[row][-1])
    found = {}
    for row, texts in variants.items():
        original = f.source_of(conditions[row]) if row in conditions else "True"
        edited = [t for t in dict.fromkeys(texts) if t != original and _safe_to_evaluate(f.parser.parse(t.encode()).root_node, f.readers)]
        found[row + f.row_offset + 1] = (original, *edited[:_MAX_WATCHED])
    loops = {row + f.row_offset + 1 for row, c in conditions.items() if c.parent is not None and c.parent.type == "while_statement"}
    filters = {row + f.row_offset + 1 for row, c in conditions.items() if c.parent is not None and c.parent.type == "if_clause"}
    dropped = {line: frozenset(texts) for line, texts in drops.items()}
    return Watches(found, frozenset(loops), frozenset(filters), dropped)


# Edits of one condition evaluated at each time it runs: enough for every clause family.
_MAX_WATCHED = 240


def _watched_conditions(f: _Function) -> dict[int, tree_sitter.Node]:
    """Row -> the condition of the `if`, `elif`, `while`, returned test or comprehension's
    filter there, when evaluating it once more changes nothing."""
    found = {}
    for node in f.nodes:
        owned = node.type in _CONDITION_OWNERS or node.type == "if_clause"
        condition = _owned_condition(node) if owned else _returned_test(node)
        if condition is not None and _safe_to_evaluate(condition, f.readers):
            found.setdefault(node.start_point.row, condition)
    return found


def _drops_a_clause(family: int, edit: _Edit) -> bool:
    """The edit reduces `a and b` or `a or b` to one operand (see boolean)."""
    return family == _BOOLEAN and edit.new not in ("and", "or")


def _condition_row(conditions: dict[int, tree_sitter.Node], edit: _Edit) -> int | None:
    """The row of the watched condition the edit changes, and nothing else."""
    for row, condition in conditions.items():
        if condition.start_byte <= edit.start <= edit.end <= condition.end_byte:
            return row
    return None


def _edited_condition(f: _Function, condition: tree_sitter.Node, edit: _Edit) -> str:
    return f.source_of_range(condition.start_byte, edit.start) + edit.new + f.source_of_range(edit.end, condition.end_byte)


def _drawn(seed: int, edit: _Edit) -> int:
    """The edit's place among its equals, drawn from `seed` and the edit alone: a template
    added elsewhere does not reshuffle them."""
    return zlib.crc32(f"{seed}|{edit.start}|{edit.end}|{edit.new}".encode())


def _edits(
    function: _Function,
    raises: tuple[str, ...] = (),
    escaped: tuple[str, ...] = (),
    expected: tuple[str, ...] = (),
    raised_rows: frozenset[int] = frozenset(),
) -> Iterator[tuple[int, _Edit]]:
    """Every edit, with its family's place in FAMILIES (the order says which is most often
    the fix); none that reads `_`, the name Python code gives what it means to ignore."""
    def every() -> Iterator[tuple[int, _Edit]]:
        for index, family in enumerate(FAMILIES.values()):
            yield from ((index, edit) for edit in family(function))
        if raises:
            yield from ((len(FAMILIES), edit) for edit in raise_guard(function, raises))
        yield from ((len(FAMILIES), edit) for edit in exception_handling(function, escaped, expected, raised_rows))
    return ((index, edit) for index, edit in every() if not _reads_ignored(function, edit))


def _reads_ignored(function: _Function, edit: _Edit) -> bool:
    """The edit reads `_` where the text it replaces did not: `if _` for a filter."""
    def reads(text: str) -> bool:
        return bool(_IGNORED.search(_LOOP_TARGETS.sub(" ", text)))
    return reads(edit.new) and not reads(function.source_of_range(edit.start, edit.end))


# `_` as a name of its own, and the targets of `for ... in` that may bind it.
_IGNORED = re.compile(r"(?<![\w.'\"])_(?![\w'\"])")
_LOOP_TARGETS = re.compile(r"\bfor\s+[\w\s,()]+?\s+in\b")


FAMILIES: dict[str, Callable[[_Function], Iterator[_Edit]]] = {
    "arithmetic": arithmetic,
    "comparison": comparison,
    "boolean": boolean,
    "negation": negation,
    "off_by_one": off_by_one,
    "constants": constants,
    "unread_constant": unread_constant,
    "separator": separator,
    "lookup_default": lookup_default,
    "variable": variable,
    "pasted_statement": pasted_statement,
    "swap": swap,
    "return_value": return_value,
    "delete_statement": delete_statement,
    "insert_statement": insert_statement,
    "guard": guard,
    "call_name": call_name,
    "condition_clause": condition_clause,
    "alternative_clause": alternative_clause,
    "missing_statement": missing_statement,
    "loop_progress": loop_progress,
    "streak_reset": streak_reset,
    "consumed_count": consumed_count,
    "skipped_items": skipped_items,
    "last_group": last_group,
    "rounding": rounding,
    "call_argument": call_argument,
    "self_attribute": self_attribute,
    "object_field": object_field,
    "move_argument": move_argument,
    "shifted_argument": shifted_argument,
    "shifted_length": shifted_length,
    "operand_into_call": operand_into_call,
    "move_statement": move_statement,
    "guarded_statement": guarded_statement,
    "call_for_name": call_for_name,
    "wrapped_value": wrapped_value,
    "converted_value": converted_value,
    "sort_order": sort_order,
    "module_statement": module_statement,
    "restarted_group": restarted_group,
    "held_at_bound": held_at_bound,
    "missing_factor": missing_factor,
    "per_unit": per_unit,
    "kept_value": kept_value,
    "regrouped": regrouped,
    "whole_of_parts": whole_of_parts,
    "band_share": band_share,
}
_COMPARISON = list(FAMILIES).index("comparison")
_BOOLEAN = list(FAMILIES).index("boolean")
