"""The badge text next to a product."""

from __future__ import annotations

from .ratings import Review, average_stars, star_counts


def badge(reviews: list[Review], product: str) -> str:
    count = sum(star_counts(reviews, product).values())
    if count == 0:
        return "no reviews yet"
    return f"{average_stars(reviews, product)} stars from {count} review{'s' if count != 1 else ''}"
