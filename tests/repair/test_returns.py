"""The static "missing return": a function that says it returns a value and never does."""

from __future__ import annotations

import pytest

from greenfix.analysis.repair.returns import lacks_return, mentions_none


@pytest.mark.parametrize(
    ("source", "lacking"),
    [
        ("def f(x) -> int:\n    x + 1\n", True),
        ("def f() -> Callable[[], None]:\n    def g() -> None:\n        return None\n", True),  # g's return is g's
        ("def f(x) -> int:\n    return x\n", False),
        ("def f(x) -> int | None:\n    print(x)\n", False),
        ("def f(x) -> 'Optional[int]':\n    print(x)\n", False),
        ("def f(x) -> None:\n    print(x)\n", False),
        ("def f(x):\n    print(x)\n", False),  # nothing said
        ("def f(x) -> Iterator[int]:\n    yield x\n", False),
        ("def f(x) -> int:\n    \"\"\"Abstract.\"\"\"\n    raise NotImplementedError\n", False),
        ("    def method(self) -> str:\n        self.name.upper()\n", True),  # indented, as a method is
    ],
)
def test_lacks_return(source: str, lacking: bool) -> None:
    assert lacks_return(source) is lacking


def test_a_none_in_the_failure_message() -> None:
    assert mentions_none("TypeError: 'NoneType' object is not callable")
    assert mentions_none("assert None == 3")
    assert not mentions_none("assert Nonesuch == 3")
