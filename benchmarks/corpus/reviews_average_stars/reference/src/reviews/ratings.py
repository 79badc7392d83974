"""Star ratings for the product pages."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Review:
    product: str
    stars: int
    verified: bool = True


def star_counts(reviews: list[Review], product: str) -> dict[int, int]:
    counts = Counter(r.stars for r in reviews if r.product == product)
    return {stars: counts.get(stars, 0) for stars in range(5, 0, -1)}


def average_stars(reviews: list[Review], product: str, verified_only: bool = False) -> float:
    """Mean stars to one decimal, as shown under the product name (0.0 without reviews)."""
    stars = [r.stars for r in reviews if r.product == product and (r.verified or not verified_only)]
    total, count = sum(stars), len(stars)
    return round(total / max(count, 1), 1)


def best_products(reviews: list[Review], minimum: int = 3) -> list[str]:
    """Products with at least `minimum` reviews, best average first, ties by name."""
    names = {r.product for r in reviews}
    rated = [n for n in names if sum(star_counts(reviews, n).values()) >= minimum]
    return sorted(rated, key=lambda n: (-average_stars(reviews, n), n))
