"""A calculator for the spreadsheet's formula cells."""

from .rpn import evaluate_rpn, to_rpn
from .tokens import tokenize


def evaluate(text: str) -> float:
    """evaluate("2 * (3 + 4)") == 14.0; SyntaxError for malformed input."""
    return evaluate_rpn(to_rpn(tokenize(text)))
