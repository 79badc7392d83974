"""How much a passing candidate changes the function beyond the tests, on probed calls."""

from __future__ import annotations

from greenfix.analysis.repair.loop import _probe_differences


def test_ending_an_accidental_crash_is_no_change_but_dropping_a_designed_error_is() -> None:
    original = ["True", "raise IndexError", "False", "raise ValueError"]
    # A check before `name[0]` returns False for "" where the original crashed.
    assert _probe_differences(original, ["True", "False", "False", "raise ValueError"]) == 0
    # The error the function raises on purpose, and a value that differs, still count.
    assert _probe_differences(original, ["True", "raise IndexError", "False", "None"]) == 1
    assert _probe_differences(original, ["False", "False", "False", "raise ValueError"]) == 1
    # A crash that ran out of time instead is not an end to it.
    assert _probe_differences(original, ["True", "slow", "False", "raise ValueError"]) == 1
