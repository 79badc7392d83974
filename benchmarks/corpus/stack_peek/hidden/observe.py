"""Pushes, peeks and pops in several orders, on empty stacks too."""

from observing import attempt
from mod import Stack


def observe():
    results = []
    for items in ([], [1], [1, 2], ["a", "b", "c"]):
        stack = Stack()
        for item in items:
            stack.push(item)
        results.append((attempt(stack.peek), stack.size()))
        results.append((attempt(stack.pop), attempt(stack.peek), stack.size()))
    return results
