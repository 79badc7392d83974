"""Edits of a condition judged on the values the tests gave (Nopol's and ACS's idea, on
the edits the templates would try anyway). The baseline run evaluates, each time a
condition of the function runs, the condition and every edit of it the templates make,
and before each statement a clause may guard, each such clause (templates.watches). An
edit that changes the condition's value nowhere a passing test ran it, and somewhere a
failing one did, is what the tests ask for. (One that changes it where a passing test ran
it is left where it was: that test may well still pass.)"""

from __future__ import annotations

from typing import Collection, Iterable, Mapping

from ..testing.results import TestResult


def promising_edits(
    watches: Mapping[int, tuple[str, ...]],
    failing: Iterable[TestResult],
    passing: Iterable[TestResult],
    loops: Collection[int] = (),
) -> set[tuple[int, str]]:
    """The (line, edited condition or guard) whose value, on the values the tests gave,
    differs nowhere a passing test ran the line and turns true or false somewhere a failing
    one did. `watches` as templates.watches gives them: per line, the original first,
    then the edits; each observation one letter per expression (T, F, E: it raised, ?:
    not evaluated). A line no passing test ran says nothing. At a `while` (`loops`), an
    edit that keeps the loop going where it ended is left out: most such edits never end."""
    failing, passing = list(failing), list(passing)
    found = set()
    for line, (_, *variants) in watches.items():
        seen_failing = [s for r in failing for s in (r.watched or {}).get(line, [])]
        seen_passing = [s for r in passing for s in (r.watched or {}).get(line, [])]
        if not seen_passing:
            continue
        for index, variant in enumerate(variants, start=1):
            if any(_differs(s, index) for s in seen_passing):
                continue
            if any(_turns(s, index, line in loops) for s in seen_failing):
                found.add((line, variant))
    return found


def _differs(seen: str, index: int) -> bool:
    """The edit at `index` gives another value than the original (index 0) did."""
    if index >= len(seen) or "?" in (seen[0], seen[index]):
        return False
    return seen[index] != seen[0]


def _turns(seen: str, index: int, loop: bool) -> bool:
    """The edit turns the original's true into false or, but at a loop's end, the reverse;
    or gives a value where the original raised (a guard: `i < len(items) and items[i] ...`),
    at a loop's end only false."""
    if index >= len(seen):
        return False
    before, after = seen[0], seen[index]
    return (before, after) in (("T", "F"), ("E", "F")) or (not loop and (before, after) in (("F", "T"), ("E", "T")))


def deletions_in_disguise(
    watches: Mapping[int, tuple[str, ...]],
    drops: Mapping[int, Collection[str]],
    results: Iterable[TestResult],
) -> dict[tuple[int, str], str]:
    """(line, edited condition) -> the condition with one clause dropped (`drops`, among
    the edits in `watches`) that gave the same value as the edit at every evaluation the
    tests ran, where dropping it changes the original's value somewhere. On the tests, the
    edit is that deletion: `units < 0` -> `units < -1` where no unit is below -1 only
    stops the clause from deciding anything. The tests ask for the clause to go, and for
    nothing the edit adds (a new bound, a new alternative)."""
    results = list(results)
    found = {}
    for line, (_, *variants) in watches.items():
        seen = [s for r in results for s in (r.watched or {}).get(line, [])]
        dropped = drops.get(line, ())
        for deletion_index, deletion in enumerate(variants, start=1):
            if deletion not in dropped or not any(_differs(s, deletion_index) for s in seen):
                continue
            for index, variant in enumerate(variants, start=1):
                if variant not in dropped and all(_same_value(s, index, deletion_index) for s in seen):
                    found.setdefault((line, variant), deletion)
    return found


def _same_value(seen: str, index: int, other: int) -> bool:
    return max(index, other) < len(seen) and seen[index] == seen[other] != "?"
