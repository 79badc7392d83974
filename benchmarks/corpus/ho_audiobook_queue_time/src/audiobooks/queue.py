"""The listening queue: what is left to hear and how long it takes."""

from __future__ import annotations

import math

from .books import Book


def to_minutes(seconds: float, speed: float = 1.0) -> int:
    """Minutes it takes to hear `seconds` of audio at a playback speed, rounded up."""
    return math.ceil(seconds / speed / 60)


class Queue:
    def __init__(self) -> None:
        self.books: list[Book] = []
        self.positions: dict[str, int] = {}  # isbn -> seconds heard

    def add(self, book: Book) -> None:
        if all(queued.isbn != book.isbn for queued in self.books):
            self.books.append(book)

    def play(self, isbn: str, seconds: int) -> None:
        book = next(b for b in self.books if b.isbn == isbn)
        heard = self.positions.get(isbn, 0) + seconds
        self.positions[isbn] = min(heard, book.seconds)

    def remaining(self, book: Book) -> int:
        return max(book.seconds - self.positions.get(book.isbn, 0), 0)

    def unfinished(self) -> list[Book]:
        return [book for book in self.books if self.remaining(book) > 0]

    def time_left(self, speed: float = 1.0) -> int:
        """Minutes to get through the whole queue at this speed."""
        return to_minutes(sum(map(self.remaining, self.books), speed))

    def fits_in(self, minutes: int, speed: float = 1.0) -> list[str]:
        """Titles, first added first, that can each be finished within `minutes`."""
        ready = [b for b in self.unfinished() if to_minutes(self.remaining(b), speed) <= minutes]
        return [b.title for b in sorted(ready, key=lambda b: (b.added, b.title))]
