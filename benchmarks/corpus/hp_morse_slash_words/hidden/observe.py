"""Signals keyed with spaces, then with slashes, leading, doubled and trailing."""

import random

from observing import attempt
from morse.alphabet import CODES, encode
from morse.decoder import decode, split_signal

WORDS = ["sos", "cq", "de", "ham", "radio", "73", "qth", "rst", "599", "name", "bob", "ok"]


def keyed(rng, words):
    """A hand-keyed signal: one or two spaces between letters, three to five or a slash between words."""
    parts = []
    for n, word in enumerate(words):
        if n:
            parts.append(rng.choice([" " * rng.randint(3, 5), " / ", "/", "  /  ", " // "]))
        parts.append((" " * rng.randint(1, 2)).join(CODES[ch] for ch in word.upper()))
    signal = "".join(parts)
    if rng.random() < 0.2:
        signal = rng.choice(["/ ", " ", "   "]) + signal
    if rng.random() < 0.2:
        signal += rng.choice([" /", " ", "/"])
    return signal


def observe():
    rng = random.Random(7373)
    results = []
    for signal in ["", " ", "... --- ...", ".-   -...", ".-  -...", "........", "... x", "-.-.--.-",
                   "   .-", ".-   ", "/", " / ", "... / ---", "...//---", "/ .- /", ".- / / -...", "-/.",
                   ". _ .", "--.. ..--.."]:
        results.append(attempt(split_signal, signal))
        results.append(attempt(decode, signal))
    for _ in range(100):
        words = rng.sample(WORDS, rng.randint(1, 4))
        signal = keyed(rng, words)
        results.append((signal, attempt(split_signal, signal), attempt(decode, signal)))
        text = " ".join(words)
        results.append(attempt(decode, encode(text)))
    return results
