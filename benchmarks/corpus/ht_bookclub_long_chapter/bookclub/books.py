"""A book's table of contents, as members paste it in:

    Prologue ........ 1
    The Crossing .... 9
    ...
    (end) ........... 312

Each line is a title and the page it starts on; the last line gives the page after
the end of the book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(?P<title>.*?)\s*\.*\s*(?P<page>\d+)\s*$")


@dataclass(frozen=True)
class Chapter:
    title: str
    pages: int


def parse_contents(text: str) -> list[Chapter]:
    starts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = LINE.match(line.strip())
        if match is None:
            raise ValueError(f"not a contents line: {line!r}")
        starts.append((match["title"], int(match["page"])))
    chapters = []
    for (title, page), (_, next_page) in zip(starts, starts[1:]):
        if next_page <= page:
            raise ValueError(f"{title!r} has no pages")
        chapters.append(Chapter(title, next_page - page))
    return chapters
