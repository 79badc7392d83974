"""Splitting a list of results into numbered pages (page 1 is the first)."""

from __future__ import annotations

from typing import Generic, Sequence, TypeVar

T = TypeVar("T")


class Paginator(Generic[T]):
    def __init__(self, items: Sequence[T], per_page: int = 10) -> None:
        if per_page < 1:
            raise ValueError("per_page must be at least 1")
        self.items = list(items)
        self.per_page = per_page

    @property
    def page_count(self) -> int:
        """At least one page, even when there are no items."""
        return max(1, -(-len(self.items) // self.per_page))

    def page(self, number: int) -> list[T]:
        """The items on page `number`; a page that does not exist is a ValueError."""
        if number < 1 or number >= self.page_count:
            raise ValueError(f"no page {number}")
        start = number * self.per_page
        return self.items[start : start + self.per_page]

    def page_of(self, item: T) -> int:
        return self.items.index(item) // self.per_page + 1
