"""One karaoke night: singers queue up in the order they first sign up; each turn
the singer at the head of the line sings their next request, then goes to the
back of the line if they have more."""

from __future__ import annotations

import copy
from collections import deque

from karaoke.songbook import Song


class NightError(Exception):
    pass


class KaraokeNight:
    def __init__(self, book: dict[str, Song]) -> None:
        self.book = book
        self.queue: deque[str] = deque()
        self.requests: dict[str, deque[str]] = {}
        self.history: list[tuple[str, str]] = []

    def sign_up(self, singer: str, code: str) -> None:
        if code not in self.book:
            raise NightError(f"no song {code} in the book")
        self.requests.setdefault(singer, deque()).append(code)
        if singer not in self.queue:
            self.queue.append(singer)

    def leave(self, singer: str) -> None:
        self.requests.pop(singer, None)
        if singer in self.queue:
            self.queue.remove(singer)

    def next_up(self) -> tuple[str, Song] | None:
        while self.queue:
            singer = self.queue.popleft()
            requests = self.requests.get(singer)
            if not requests:
                continue  # sang everything: out of the rotation
            code = requests.popleft()
            self.queue.append(singer)
            self.history.append((singer, code))
            return singer, self.book[code]
        return None

    def upcoming(self, count: int = 5) -> list[tuple[str, str]]:
        """The next `count` turns as (singer, title), without changing the night."""
        preview = copy.deepcopy(self)
        turns = []
        while len(turns) < count and (turn := preview.next_up()) is not None:
            turns.append((turn[0], turn[1].title))
        return turns

    def wait_seconds(self, singer: str) -> int | None:
        """How long until the singer's next turn starts, or None if they have none."""
        preview = copy.deepcopy(self)
        waited = 0
        while (turn := preview.next_up()) is not None:
            if turn[0] == singer:
                return waited
            waited += turn[1].seconds
        return None
