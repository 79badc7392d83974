"""Quoting a translation job."""

from __future__ import annotations

from decimal import Decimal

from translation.rates import CERTIFIED_FEE, MINIMUM, PAGE_WORDS, RUSH, page_rate
from translation.words import count_words


def quote(words: int, source: str, target: str, rush: bool = False, certified: bool = False) -> Decimal:
    """Every page begun (PAGE_WORDS words) at the pair's rate, times RUSH for a
    rush job, never less than MINIMUM; a certified translation adds its fee."""
    if words < 0:
        raise ValueError("a negative word count")
    pages = -(-words // PAGE_WORDS)
    price = pages * page_rate(source, target)
    if rush:
        price *= RUSH
    price = max(price, MINIMUM)
    if certified:
        price += CERTIFIED_FEE
    return price.quantize(Decimal("0.01"))


def quote_text(text: str, source: str, target: str, **options: bool) -> Decimal:
    return quote(count_words(text), source, target, **options)
