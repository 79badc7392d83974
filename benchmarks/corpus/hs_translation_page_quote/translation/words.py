"""Counting the words of a source text as the agency bills them."""

from __future__ import annotations

import string


def count_words(text: str) -> int:
    """Whitespace-separated words; a dash or other punctuation alone is no word."""
    return sum(1 for token in text.split() if token.strip(string.punctuation + "–—"))
