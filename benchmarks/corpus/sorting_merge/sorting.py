"""Stable merge sort for the record lists of the import tool (they arrive nearly sorted)."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

T = TypeVar("T")


def merge(left: list[T], right: list[T], key: Callable[[T], Any] = lambda x: x) -> list[T]:
    """Merge two sorted lists; on ties the left element comes first."""
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            result.append(right[j])
            j += 1
        else:
            result.append(left[i])
            i += 1
    return result


def merge_sort(items: list[T], key: Callable[[T], Any] = lambda x: x) -> list[T]:
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    return merge(merge_sort(items[:middle], key), merge_sort(items[middle:], key), key)
