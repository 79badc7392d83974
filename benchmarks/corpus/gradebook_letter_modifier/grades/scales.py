"""How a numeric score becomes the grade on a report card."""

from __future__ import annotations


class LetterScale:
    """A (90) B (80) C (70) D (60) F, with + and - in the top and bottom thirds of a band."""

    bands = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]

    def grade(self, score: float) -> str:
        for floor, letter in self.bands:
            if score >= floor:
                return letter + self._modifier(score - floor)
        return "F"

    def _modifier(self, above: float) -> str:
        if above > 7:
            return "+"
        if above <= 3:
            return "-"
        return ""


class PassFail:
    def __init__(self, pass_mark: float = 50) -> None:
        self.pass_mark = pass_mark

    def grade(self, score: float) -> str:
        return "pass" if score >= self.pass_mark else "fail"
