"""The tally board in the shed. The day is shorn in runs (usually four, two hours
each) with smoko or lunch between them; the presser counts each shearer's sheep
through the porthole and the board is wiped at the end of every run."""

from __future__ import annotations


class TallyBoard:
    def __init__(self, shed: str, shearers: list[str]):
        self.shed = shed
        self.shearers = list(shearers)
        self.runs: list[dict[str, int]] = []
        self.current: dict[str, int] = {}

    def count(self, shearer: str, sheep: int = 1) -> None:
        if shearer not in self.shearers:
            raise KeyError(f"{shearer} is not on the stand in {self.shed}")
        if sheep < 1:
            raise ValueError("count whole sheep through the porthole")
        self.current[shearer] = self.current.get(shearer, 0) + sheep

    def end_run(self) -> None:
        """Write up the run on the board and start the next. A run in which nobody
        shore a sheep (rain, a broken handpiece) is not written up."""
        if not self.current:
            return
        self.runs.append(self.current)
        self.current = {}

    def run_tallies(self, shearer: str) -> list[int]:
        return [run.get(shearer, 0) for run in self.runs]

    def day_total(self, shearer: str) -> int:
        return sum(self.run_tallies(shearer)) + self.current.get(shearer, 0)

    def ringer(self) -> str | None:
        """The gun of the shed: the best day total, ties to the shearer on the
        lower stand."""
        if not self.runs and not self.current:
            return None
        return max(self.shearers, key=lambda name: (self.day_total(name), -self.shearers.index(name)))
