"""Marks for guesses with repeated letters, and random words over a small alphabet."""

import random

from observing import attempt
from wordgame.game import Game
from wordgame.marks import marks

PAIRS = [
    ("speed", "abide"), ("eerie", "lemon"), ("geese", "eerie"), ("llama", "hello"), ("hello", "llama"),
    ("aaaaa", "abcde"), ("abcde", "aaaaa"), ("eeeee", "geese"), ("sassy", "essay"), ("essay", "sassy"),
    ("", ""), ("ab", "abc"), ("ABBA", "baba"), ("baba", "abab"), ("a", "b"), ("a", "a"),
]


def observe():
    rng = random.Random(9494)
    results = [attempt(marks, guess, answer) for guess, answer in PAIRS]
    for _ in range(100):
        n = rng.randint(1, 7)
        alphabet = "abcde"[: rng.randint(2, 5)]
        guess = "".join(rng.choice(alphabet) for _ in range(n))
        answer = "".join(rng.choice(alphabet) for _ in range(n))
        results.append((guess, answer, attempt(marks, guess, answer)))
    words = ["speed", "abide", "eerie", "geese", "sassy", "essay", "seeds", "added"]
    for answer in words:
        game = Game(answer, words)
        plays = [attempt(game.guess, rng.choice(words)) for _ in range(7)]
        results.append((plays, game.won(), sorted(game.ruled_out())))
    return results
