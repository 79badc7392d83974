"""One category's leaderboard: each runner's personal best."""

from __future__ import annotations

from runs import Run, format_time


class Leaderboard:
    def __init__(self, category: str) -> None:
        self.category = category
        self._best: dict[str, Run] = {}

    def submit(self, run: Run) -> bool:
        """Records a run; True when it is the runner's new personal best. Unverified runs
        and runs in other categories are ignored; of two equal times the earlier one stands."""
        if run.category != self.category or not run.verified:
            return False
        best = self._best.get(run.runner)
        if best is None:
            self._best[run.runner] = run
            return True
        if run.time_ms < best.time_ms or (run.time_ms == best.time_ms and run.submitted < best.submitted):
            self._best[run.runner] = run
            return True
        return False

    def personal_best(self, runner: str) -> Run | None:
        return self._best.get(runner)

    def standings(self) -> list[tuple[int, str, str]]:
        """(place, runner, time), fastest first; equal times by who got there first."""
        ordered = sorted(self._best.values(), key=lambda run: (run.time_ms, run.submitted))
        return [(place, run.runner, format_time(run.time_ms)) for place, run in enumerate(ordered, start=1)]
