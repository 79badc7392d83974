"""Edits of a condition judged on the values the tests gave (Nopol's and ACS's idea, on
the edits the templates would try anyway). The baseline run evaluates, each time a
condition of the function runs, the condition and every edit of it the templates make,
and before each statement a clause may guard, each such clause (templates.watches). An
edit that changes the condition's value nowhere a passing test ran it, and somewhere a
failing one did, is what the tests ask for; one that changes it where a passing test ran
it most likely breaks that test."""

from __future__ import annotations

from typing import Iterable, Mapping

from ..testing.results import TestResult

FIRST, LAST = -1, 1


def verdicts(
    watches: Mapping[int, tuple[str, ...]],
    failing: Iterable[TestResult],
    passing: Iterable[TestResult],
) -> dict[tuple[int, str], int]:
    """(line, edited condition or guard) -> FIRST or LAST, for the edits the values decide;
    the others are left out. `watches` as templates.watches gives them: per line, the
    original first, then the edits; each observation one letter per expression (T, F, E:
    it raised, ?: not evaluated)."""
    failing, passing = list(failing), list(passing)
    found: dict[tuple[int, str], int] = {}
    for line, (_, *variants) in watches.items():
        seen_failing = [s for r in failing for s in (r.watched or {}).get(line, [])]
        seen_passing = [s for r in passing for s in (r.watched or {}).get(line, [])]
        for index, variant in enumerate(variants, start=1):
            if any(_changes(s, index) for s in seen_passing):
                found[(line, variant)] = LAST
            elif any(_changes(s, index) for s in seen_failing):
                found[(line, variant)] = FIRST
    return found


def _changes(seen: str, index: int) -> bool:
    """The edit at `index` gives another value than the original (index 0) did."""
    if index >= len(seen) or "?" in (seen[0], seen[index]):
        return False
    return seen[index] != seen[0]
