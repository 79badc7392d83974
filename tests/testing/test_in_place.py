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
