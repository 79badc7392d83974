"""One round: up to six guesses at a hidden word from the dictionary."""

from __future__ import annotations

from wordgame.marks import is_solved, marks

MAX_GUESSES = 6


class GameOver(Exception):
    pass


class Game:
    def __init__(self, answer: str, words: list[str]) -> None:
        self.answer = answer.lower()
        self.words = {word.lower() for word in words}
        self.history: list[tuple[str, str]] = []

    def won(self) -> bool:
        return bool(self.history) and is_solved(self.history[-1][1])

    def over(self) -> bool:
        return self.won() or len(self.history) >= MAX_GUESSES

    def guess(self, word: str) -> str:
        if self.over():
            raise GameOver("no more guesses")
        word = word.lower()
        if word not in self.words:
            raise ValueError(f"{word!r} is not in the word list")
        mark = marks(word, self.answer)
        self.history.append((word, mark))
        return mark

    def ruled_out(self) -> set[str]:
        """Letters marked '.' that were never marked G or Y anywhere."""
        seen = {w for word, mark in self.history for w, m in zip(word, mark) if m != "."}
        return {w for word, mark in self.history for w, m in zip(word, mark) if m == "."} - seen
