"""The search results page."""

from __future__ import annotations

from .pagination import page_links, paginate


def results_page(results: list[str], page: int, per_page: int = 10) -> dict:
    shown = paginate(results, page, per_page)
    return {
        "items": shown.items,
        "page": shown.number,
        "links": page_links(shown.number, shown.total_pages),
        "next": shown.number + 1 if shown.has_next else None,
    }
