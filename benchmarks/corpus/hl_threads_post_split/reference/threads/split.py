"""Cutting a long text into posts that fit the site's limit."""

from __future__ import annotations


def split_words(text: str, limit: int) -> list[str]:
    """Posts of at most `limit` characters, broken between words. A word longer
    than the limit is cut into pieces of its own."""
    if limit < 1:
        raise ValueError("limit must be positive")
    posts = []
    current = ""
    for word in text.split():
        while len(word) > limit:
            if current:
                posts.append(current)
                current = ""
            posts.append(word[:limit])
            word = word[limit:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= limit:
            current += " " + word
        else:
            posts.append(current)
            current = word
    if current:
        posts.append(current)
    return posts
