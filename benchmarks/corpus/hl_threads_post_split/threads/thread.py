"""A thread: the posts of a long text, numbered "1/3", "2/3", ... when there are
several."""

from __future__ import annotations

from threads.split import split_words

MAX_POST = 280


def suffix(index: int, count: int) -> str:
    return f" {index}/{count}"


def make_thread(text: str, limit: int = MAX_POST) -> list[str]:
    posts = split_words(text, limit)
    count = 1
    while len(posts) > count:
        # Numbering takes room too, which may take one more post.
        count = len(posts)
        posts = split_words(text, limit - len(suffix(count, count)))
    if len(posts) < 2:
        return posts
    return [post + suffix(i, len(posts)) for i, post in enumerate(posts, 1)]


def thread_length(text: str, limit: int = MAX_POST) -> int:
    return len(make_thread(text, limit))
