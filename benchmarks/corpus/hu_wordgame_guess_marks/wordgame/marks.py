"""Marking a guess against the hidden word, one character a letter:
G  right letter in the right place,
Y  the letter is in the word, elsewhere,
.  not in the word (or not that many times)."""

from __future__ import annotations

from collections import Counter


def marks(guess: str, answer: str) -> str:
    guess, answer = guess.lower(), answer.lower()
    if len(guess) != len(answer):
        raise ValueError(f"{guess!r} is not {len(answer)} letters long")
    result = ["."] * len(guess)
    unmatched = Counter()
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        else:
            unmatched[a] += 1
    for i, g in enumerate(guess):
        if result[i] == "." and unmatched[g] > 0:
            result[i] = "Y"
    return "".join(result)


def is_solved(mark: str) -> bool:
    return set(mark) == {"G"}
