"""The music player's queue."""

from __future__ import annotations

import random


class Playlist:
    def __init__(self, songs: list[str], repeat: bool = False) -> None:
        self.songs = list(songs)
        self.repeat = repeat
        self.position = 0

    def current(self) -> str | None:
        return self.songs[self.position] if self.songs else None

    def next(self) -> str | None:
        """Advance; at the end, wrap around when repeating, else stay on the last song."""
        if not self.songs:
            return None
        if self.position < len(self.songs) - 1:
            self.position += 1
        elif self.repeat:
            self.position = 0
        return self.current()

    def previous(self) -> str | None:
        if not self.songs:
            return None
        if self.position > 0:
            self.position -= 1
        elif self.repeat:
            self.position = len(self.songs) - 1
        return self.current()

    def add(self, song: str, play_next: bool = False) -> None:
        if play_next and self.songs:
            self.songs.insert(self.position + 1, song)
        else:
            self.songs.append(song)

    def remove(self, song: str) -> None:
        index = self.songs.index(song)
        del self.songs[index]
        if index < self.position or self.position == len(self.songs):
            self.position = max(0, self.position - 1)

    def shuffle(self, seed: int | None = None) -> None:
        """Shuffle everything after the current song."""
        rest = self.songs[self.position + 1 :]
        random.Random(seed).shuffle(rest)
        self.songs[self.position + 1 :] = rest
