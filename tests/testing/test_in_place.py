"""A candidate loaded in place of a module that the worker already imported (a conftest
imports the code under test): the function's code is replaced, whatever name the file
was imported by."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from greenfix.analysis.testing.in_place import load_in_place

ORIGINAL = "def price(n):\n    return n * 3\n"
CANDIDATE = "def price(n):\n    return n * 2\n"


@pytest.fixture
def importable(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("shop_prices", "shop_link"):
        sys.modules.pop(name, None)


@pytest.mark.parametrize("imported_as", ["shop_prices", "shop_link"])
def test_an_imported_module_runs_the_candidate(importable: Path, imported_as: str) -> None:
    (importable / "shop_prices.py").write_text(ORIGINAL)
    (importable / "shop_link.py").symlink_to("shop_prices.py")  # the same file under another name
    module = importlib.import_module(imported_as)
    assert module.price(5) == 15

    load_in_place(str(importable), {"path": "shop_prices.py", "text": CANDIDATE, "qualname": "price", "line": 1})

    assert module.price(5) == 10
    assert (importable / "shop_prices.py").read_text() == ORIGINAL  # nothing written


def test_a_function_its_module_kept_only_inside_a_wrapper_runs_the_candidate(importable: Path) -> None:
    # The module removes the function from its class once a property-like object holds it.
    source = (
        "class Lazy:\n"
        "    def __init__(self, func):\n        self.func = func\n\n"
        "    def __get__(self, obj, owner=None):\n        return self.func(obj)\n\n\n"
        "class Order:\n"
        "    def _calc_total(self):\n        return 1\n"
        "    total = Lazy(_calc_total)\n\n\n"
        "del Order._calc_total\n"
    )
    (importable / "shop_prices.py").write_text(source)
    module = importlib.import_module("shop_prices")
    assert module.Order().total == 1

    candidate = source.replace("return 1", "return 2")
    load_in_place(str(importable), {"path": "shop_prices.py", "text": candidate, "qualname": "Order._calc_total", "line": 10})

    assert module.Order().total == 2
