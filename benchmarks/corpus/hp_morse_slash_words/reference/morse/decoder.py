"""Reading what comes off the practice key or out of a forum post. Letters are
apart by one or two spaces; words by three spaces or more, or by a slash."""

from __future__ import annotations

from morse.alphabet import LETTERS

WORD_GAP = 3  # spaces


def split_signal(signal: str) -> list[list[str]]:
    """The letter codes of each word."""
    words: list[list[str]] = [[]]
    i = 0
    while i < len(signal):
        ch = signal[i]
        if ch in ".-":
            j = i
            while j < len(signal) and signal[j] in ".-":
                j += 1
            words[-1].append(signal[i:j])
            i = j
        elif ch == " ":
            j = i
            while j < len(signal) and signal[j] == " ":
                j += 1
            if j - i >= WORD_GAP and words[-1]:
                words.append([])
            i = j
        elif ch == "/":
            if words[-1]:
                words.append([])
            i += 1
        else:
            raise ValueError(f"unexpected {ch!r} at position {i}")
    if not words[-1]:
        words.pop()
    return words


def decode(signal: str) -> str:
    """The text of a signal; a code that is no letter reads as '?'."""
    return " ".join("".join(LETTERS.get(code, "?") for code in word) for word in split_signal(signal))
