"""Traffic per page."""

from __future__ import annotations

from .parse import Hit


def _visits(hits: list[Hit]) -> dict[str, list[str]]:
    """path -> the ip of each successful GET of it."""
    visits: dict[str, list[str]] = {}
    for hit in hits:
        if hit.method == "GET" and hit.status < 400:
            visits.setdefault(hit.path, []).append(hit.ip)
    return visits


def page_views(hits: list[Hit]) -> dict[str, int]:
    """Successful GETs per path, every one counted."""
    return {path: len(set(ips)) for path, ips in _visits(hits).items()}


def unique_visitors(hits: list[Hit]) -> dict[str, int]:
    """Distinct addresses per path."""
    return {path: len(set(ips)) for path, ips in _visits(hits).items()}


def top_pages(hits: list[Hit], n: int = 3) -> list[tuple[str, int]]:
    views = page_views(hits)
    return sorted(views.items(), key=lambda item: (-item[1], item[0]))[:n]
