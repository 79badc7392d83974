"""Splitting an arithmetic expression into tokens."""

from __future__ import annotations

from dataclasses import dataclass

OPERATORS = "+-*/^"


@dataclass(frozen=True)
class Token:
    kind: str  # "number", "operator", "lparen" or "rparen"
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(Token("number", text[i:j], i))
            i = j
        elif ch in OPERATORS:
            tokens.append(Token("operator", ch, i))
            i += 1
        elif ch in "()":
            tokens.append(Token("lparen" if ch == "(" else "rparen", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens
