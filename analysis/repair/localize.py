"""Fault localization: which lines of a function the failing tests point at.

Ochiai suspiciousness of a line is ef / sqrt(F * (ef + ep)), where ef and ep count
the failing and passing tests that executed it and F counts all failing tests.
Line numbers are whatever the coverage uses; greenfix's coverage is 1-based, as in
tracebacks, and so are the keys `templates.propose` reads.
"""

from __future__ import annotations

import re
from math import sqrt
from typing import Iterable, Mapping

from ..positions import LineIndex
from ..targets import FunctionTarget


def ochiai(coverage: Mapping[str, set[int]], failed: set[str], passed: set[str]) -> dict[int, float]:
    """line -> suspiciousness in [0, 1], for every line some failed or passed test covered."""
    failing_total = len(failed)
    executed_failing: dict[int, int] = {}
    executed_passing: dict[int, int] = {}
    for test, lines in coverage.items():
        counts = executed_failing if test in failed else executed_passing if test in passed else None
        if counts is None:
            continue
        for line in lines:
            counts[line] = counts.get(line, 0) + 1
    scores: dict[int, float] = {}
    for line in executed_failing.keys() | executed_passing.keys():
        ef = executed_failing.get(line, 0)
        denominator = sqrt(failing_total * (ef + executed_passing.get(line, 0)))
        scores[line] = ef / denominator if denominator else 0.0
    return scores


def suspiciousness(
    coverage: Mapping[str, set[int]], failed: set[str], passed: set[str], lines: Iterable[int]
) -> dict[int, float]:
    """Ochiai over the given lines (a function's); when no failing test covered any
    of them (no coverage was collected, or the failure happened before the function
    ran) every line weighs the same, 1.0, so candidates are ranked by size alone."""
    wanted = list(lines)
    scores = ochiai(coverage, failed, passed)
    if not any(scores.get(line, 0.0) > 0.0 for line in wanted):
        return {line: 1.0 for line in wanted}
    return {line: scores.get(line, 0.0) for line in wanted}


def toward_fields(scores: Mapping[int, float], source: bytes, target: FunctionTarget, fields: Iterable[str]) -> dict[int, float]:
    """The scores, with the function's lines that set one of these fields (`bundles =
    ...`, `quote.bundles += ...`, `bundles=...` given to a call) raised above every other:
    where a failing assertion on that field points."""
    wanted = "|".join(re.escape(name) for name in sorted(fields))
    if not wanted or not scores:
        return dict(scores)
    setting = re.compile(rf"(?:^\s*|[.(,]\s*)(?:{wanted})\s*(?:[-+*/%]|//)?=(?!=)")
    first = LineIndex(source).line_of(target.start) + 1
    top = max(scores.values())
    raised = dict(scores)
    for number, text in enumerate(source[target.start : target.end].decode("utf-8", "replace").splitlines(), start=first):
        if number in raised and setting.search(text):
            raised[number] = top * 1.01 if top > 0 else 1.0
    return raised


def ranked_lines(scores: Mapping[int, float]) -> list[int]:
    """Lines from the most suspicious down; equal scores in line order."""
    return sorted(scores, key=lambda line: (-scores[line], line))


def function_lines(source: bytes, target: FunctionTarget) -> range:
    """The 1-based line numbers a function's definition spans, decorators included."""
    index = LineIndex(source)
    return range(index.line_of(target.start) + 1, index.line_of(max(target.end - 1, target.start)) + 2)
