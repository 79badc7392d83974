"""The bar's songbook: numbered entries, exported from the machine as
`code;title;artist;m:ss` lines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Song:
    code: str
    title: str
    artist: str
    seconds: int


def parse_songbook(text: str) -> dict[str, Song]:
    book = {}
    for line in text.strip().splitlines():
        code, title, artist, length = line.split(";")
        minutes, seconds = length.split(":")
        book[code] = Song(code, title, artist, int(minutes) * 60 + int(seconds))
    return book


def search(book: dict[str, Song], words: str) -> list[str]:
    wanted = words.lower().split()
    return sorted(code for code, song in book.items()
                  if all(w in f"{song.title} {song.artist}".lower() for w in wanted))
