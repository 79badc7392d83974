"""Turning documents into index terms."""

from __future__ import annotations

import re

STOP_WORDS = frozenset({"a", "an", "and", "in", "is", "of", "the", "to"})
_TOKEN = re.compile(r"[a-z0-9]+")


def stem(word: str) -> str:
    """A crude English stemmer: 'indexes' -> 'index', 'running' -> 'run', 'cats' -> 'cat'."""
    for suffix in ("ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix == "ing" and len(word) > 3 and word[-1] == word[-2]:
                word = word[:-1]
            break
    return word


def terms(text: str) -> list[str]:
    """Lowercased, stemmed words that are not stop words, in order."""
    return [stem(w) for w in _TOKEN.findall(text.lower()) if w not in STOP_WORDS]
