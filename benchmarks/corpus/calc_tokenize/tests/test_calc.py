import pytest

from calc import evaluate
from calc.tokens import tokenize


def test_tokens():
    assert [t.text for t in tokenize("12 + 3.5")] == ["12", "+", "3.5"]


def test_tokens_without_spaces():
    assert [t.text for t in tokenize("2*(3+4)")] == ["2", "*", "(", "3", "+", "4", ")"]


@pytest.mark.parametrize("text, value", [
    ("1 + 2", 3.0),
    ("2 * ( 3 + 4 )", 14.0),
    ("2 ^ 3 ^ 2", 512.0),
    ("10 - 4 - 3", 3.0),
    ("7 / 2", 3.5),
])
def test_evaluate(text, value):
    assert evaluate(text) == value


@pytest.mark.parametrize("text", ["1 +", "( 1 + 2", "1 2", "2 $ 3"])
def test_malformed(text):
    with pytest.raises(SyntaxError):
        evaluate(text)
