"""Two partial fixes that make different failing tests pass, joined into one candidate."""

from __future__ import annotations

from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.pairs import Partial, joined_pairs

ORIGINAL = "def fee(minutes, notice):\n    halves = round(minutes / 30)\n    if notice > 48:\n        return 0\n    return halves * 10\n"


def partial(old: str, new: str, *fixed: str) -> Partial:
    return Partial(Candidate(ORIGINAL.replace(old, new), "templates", f"`{old}` -> `{new}`", 1, len(new)), frozenset(fixed))


def test_halves_that_fix_different_tests_are_joined_in_the_order_they_were_found() -> None:
    ceil = partial("round(", "math.ceil(", "test_started_half_hour")
    at_least = partial("notice > 48", "notice >= 48", "test_two_days_notice")
    floor = partial("round(", "math.floor(", "test_started_half_hour")

    joined = joined_pairs(ORIGINAL, [at_least, ceil, floor], ["test_started_half_hour", "test_two_days_notice"])

    assert [c.text for c in joined] == [
        ORIGINAL.replace("round(", "math.ceil(").replace("notice > 48", "notice >= 48"),
        ORIGINAL.replace("round(", "math.floor(").replace("notice > 48", "notice >= 48"),
    ]
    assert joined[0].description == "`notice > 48` -> `notice >= 48` and `round(` -> `math.ceil(`"


def test_halves_of_the_same_tests_or_of_the_same_place_are_not_joined() -> None:
    ceil = partial("round(", "math.ceil(", "test_started_half_hour")
    floor = partial("round(", "math.floor(", "test_two_days_notice")  # the same place edited twice
    twice = partial("notice > 48", "notice >= 48", "test_started_half_hour")  # the same test fixed twice

    failing = ["test_started_half_hour", "test_two_days_notice"]
    assert joined_pairs(ORIGINAL, [ceil, floor], failing) == []
    assert joined_pairs(ORIGINAL, [ceil, twice], failing) == []
