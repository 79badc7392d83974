"""Chapters of a recorded lecture, from the timestamp lines of its description
("0:00 Welcome", "12:40 Eigenvalues", ...). The first chapter starts at 0:00."""

from __future__ import annotations

from dataclasses import dataclass

from lecture.timestamps import format_timestamp, parse_timestamp


@dataclass(frozen=True)
class Chapter:
    start: int
    title: str


def parse_chapters(description: str) -> list[Chapter]:
    chapters = []
    for line in description.splitlines():
        stamp, _, title = line.strip().partition(" ")
        if not stamp[:1].isdigit() or ":" not in stamp:
            continue  # ordinary description text
        chapters.append(Chapter(parse_timestamp(stamp), title.strip(" -")))
    if not chapters or chapters[0].start != 0:
        raise ValueError("chapters must start at 0:00")
    if any(a.start >= b.start for a, b in zip(chapters, chapters[1:])):
        raise ValueError("chapters out of order")
    return chapters


class ChapterList:
    def __init__(self, chapters: list[Chapter], duration: int) -> None:
        self.chapters = chapters
        self.starts = [chapter.start for chapter in chapters]
        self.duration = duration

    def index_at(self, seconds: int) -> int:
        """The index of the chapter playing at `seconds`: the last one started by then."""
        if not 0 <= seconds <= self.duration:
            raise ValueError(f"{seconds} is outside the video")
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] <= seconds:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def title_at(self, seconds: int) -> str:
        return self.chapters[self.index_at(seconds)].title

    def chapter_length(self, index: int) -> int:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.duration
        return end - self.starts[index]

    def skip_forward(self, seconds: int) -> int:
        """Where the "next chapter" button goes: the next chapter's start, or the end."""
        index = self.index_at(seconds)
        return self.starts[index + 1] if index + 1 < len(self.starts) else self.duration

    def label(self, seconds: int) -> str:
        index = self.index_at(seconds)
        return f"{format_timestamp(seconds)} · {index + 1}/{len(self.chapters)} {self.chapters[index].title}"
