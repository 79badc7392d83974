"""The row of page links under a listing: 1 … 4 5 [6] 7 8 … 20."""

from __future__ import annotations

from .pager import Paginator


def page_links(pager: Paginator, current: int, around: int = 2) -> list[int | None]:
    """Page numbers to link, None where pages are left out."""
    last = pager.page_count
    shown = {1, last} | set(range(max(1, current - around), min(last, current + around) + 1))
    links: list[int | None] = []
    for number in sorted(shown):
        if links and links[-1] is not None and number > links[-1] + 1:
            links.append(None)
        links.append(number)
    return links


def caption(pager: Paginator, current: int) -> str:
    items = pager.page(current)
    if not items:
        return "No results"
    first = (current - 1) * pager.per_page + 1
    return f"{first}–{first + len(items) - 1} of {len(pager.items)}"
