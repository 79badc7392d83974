"""Why a fix should be believed: passing tests are necessary, not sufficient.

A candidate that makes the failing tests pass is only plausible. The evidence says
what else is known: which tests it turned green, how many that passed before still
pass, and how its function behaved on the calls the passing tests made (a correct
fix changes little outside the failing cases). Weak evidence is said out loud in
every report and preview."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    tests_fixed: list[str] = field(default_factory=list)  # failed before, pass with the fix
    tests_kept: int = 0  # passed before and still pass with the fix
    calls_recorded: int = 0  # calls of the function seen in tests that passed before
    calls_changed: int = 0  # of those, how many returned (or left) something else with the fix
    other_plausible: int = 0  # other candidates that also pass every test but behave differently
    weak: list[str] = field(default_factory=list)  # why a reviewer should look twice; empty: none known

    def summary(self) -> str:
        """One line for a report, a preview or a log."""
        parts = [f"{len(self.tests_fixed)} failing test(s) now pass", f"{self.tests_kept} kept passing"]
        if self.calls_recorded:
            parts.append(f"result changed on {self.calls_changed} of {self.calls_recorded} recorded call(s)")
        else:
            parts.append("no recorded calls to compare")
        text = ", ".join(parts)
        return f"{text}; weak evidence: {'; '.join(self.weak)}" if self.weak else text
