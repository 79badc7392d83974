"""International Morse code for letters and digits."""

from __future__ import annotations

CODES = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.",
    "G": "--.", "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..",
    "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
    "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
LETTERS = {code: letter for letter, code in CODES.items()}


def encode(text: str) -> str:
    """Letters apart by one space, words by ' / '; characters without a code are dropped."""
    words = []
    for word in text.upper().split():
        codes = [CODES[ch] for ch in word if ch in CODES]
        if codes:
            words.append(" ".join(codes))
    return " / ".join(words)
