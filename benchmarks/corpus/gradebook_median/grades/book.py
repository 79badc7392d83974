"""Scores per student and the numbers a teacher asks for."""

from __future__ import annotations

from collections import defaultdict


class Gradebook:
    def __init__(self, scale) -> None:
        self.scale = scale
        self._scores: dict[str, list[float]] = defaultdict(list)

    def add(self, student: str, score: float) -> None:
        if not 0 <= score <= 100:
            raise ValueError(f"score out of range: {score}")
        self._scores[student].append(score)

    def scores(self, student: str) -> list[float]:
        return list(self._scores.get(student, []))

    def average(self, student: str) -> float:
        scores = self.scores(student)
        if not scores:
            raise KeyError(student)
        return sum(scores) / len(scores)

    def median(self, student: str) -> float:
        ordered = self.scores(student)
        if not ordered:
            raise KeyError(student)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2

    def class_median(self) -> float:
        """The median of the students' medians."""
        medians = sorted(self.median(s) for s in self._scores)
        middle = len(medians) // 2
        return medians[middle] if len(medians) % 2 else (medians[middle - 1] + medians[middle]) / 2

    def report(self) -> dict[str, str]:
        """Each student's grade on their median score, so one bad day does not sink them."""
        return {student: self.scale.grade(self.median(student)) for student in sorted(self._scores)}
