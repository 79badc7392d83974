"""Shunting-yard to reverse Polish notation, and its evaluation."""

from __future__ import annotations

import operator

from .tokens import Token

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT_ASSOCIATIVE = {"^"}
APPLY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}


def to_rpn(tokens: list[Token]) -> list[Token]:
    output: list[Token] = []
    stack: list[Token] = []
    for token in tokens:
        if token.kind == "number":
            output.append(token)
        elif token.kind == "operator":
            while stack and stack[-1].kind == "operator":
                top = PRECEDENCE[stack[-1].text]
                mine = PRECEDENCE[token.text]
                if top > mine or (top == mine and token.text not in RIGHT_ASSOCIATIVE):
                    output.append(stack.pop())
                else:
                    break
            stack.append(token)
        elif token.kind == "lparen":
            stack.append(token)
        else:
            while stack and stack[-1].kind != "lparen":
                output.append(stack.pop())
            if not stack:
                raise SyntaxError(f"unmatched ')' at {token.position}")
            stack.pop()
    while stack:
        token = stack.pop()
        if token.kind == "lparen":
            raise SyntaxError(f"unmatched '(' at {token.position}")
        output.append(token)
    return output


def evaluate_rpn(tokens: list[Token]) -> float:
    stack: list[float] = []
    for token in tokens:
        if token.kind == "number":
            stack.append(float(token.text))
            continue
        if len(stack) < 2:
            raise SyntaxError(f"operator {token.text!r} at {token.position} lacks an operand")
        right = stack.pop()
        left = stack.pop()
        stack.append(APPLY[token.text](left, right))
    if len(stack) != 1:
        raise SyntaxError("operands without an operator")
    return stack[0]
