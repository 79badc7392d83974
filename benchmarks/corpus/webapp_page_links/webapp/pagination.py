"""Splitting result lists into pages, and the page links under them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    number: int
    items: list
    total_pages: int

    @property
    def has_next(self) -> bool:
        return self.number < self.total_pages


def page_count(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / per_page))


def paginate(items: Sequence[T], number: int, per_page: int = 20) -> Page:
    """Page `number` (1-based) of the items; numbers past the end give the last page."""
    total_pages = page_count(len(items), per_page)
    number = min(max(number, 1), total_pages)
    offset = (number - 1) * per_page
    return Page(number, list(items[offset : offset + per_page]), total_pages)


def page_links(current: int, total_pages: int, window: int = 5) -> list[int]:
    """At most `window` page numbers around the current one, which sits in the middle
    when it can: page_links(10, 20) == [8, 9, 10, 11, 12]."""
    start = max(1, current - window // 2)
    end = min(total_pages, start + window)
    start = max(1, end - window + 1)
    return list(range(start, end + 1))
