"""Targets: functions around a position, and the tests that reference them."""

from __future__ import annotations

from pathlib import Path

from greenfix.analysis.document import SourceDocument
from greenfix.analysis import targets
from greenfix.analysis.targets import find_test_files, function_at, function_named, functions

SOURCE = '''import functools


def plain(x):
    return x + 1


class Shop:
    @functools.cache
    def price(self, item):
        def discount(p):
            return p * 0.9

        return discount(item.cost)

    def total(self, items):
        return sum(self.price(i) for i in items)
'''


def offset_of(needle: str) -> int:
    return SOURCE.encode().index(needle.encode())


def test_functions_with_qualified_names_and_ranges() -> None:
    doc = SourceDocument(SOURCE)
    found = {f.qualname: f for f in functions(doc, path="shop.py")}
    assert list(found) == ["plain", "Shop.price", "Shop.price.<locals>.discount", "Shop.total"]
    price = found["Shop.price"]
    # The range starts at the decorator and ends with the last statement.
    assert SOURCE.encode()[price.start : price.end].decode().startswith("@functools.cache\n    def price")
    assert SOURCE.encode()[price.start : price.end].decode().endswith("return discount(item.cost)")
    assert price.header_line == 9
    assert SOURCE.encode()[price.body_start :].startswith(b"def discount")
    assert price.path == "shop.py" and price.name == "price"


def test_function_at_finds_the_innermost_definition() -> None:
    doc = SourceDocument(SOURCE)
    assert function_at(doc, offset_of("x + 1")).qualname == "plain"
    assert function_at(doc, offset_of("p * 0.9")).qualname == "Shop.price.<locals>.discount"
    assert function_at(doc, offset_of("discount(item.cost)")).qualname == "Shop.price"
    assert function_at(doc, offset_of("@functools")).qualname == "Shop.price"
    assert function_at(doc, offset_of("self.price(i)")).qualname == "Shop.total"
    assert function_at(doc, offset_of("import functools")) is None
    assert function_at(doc, offset_of("class Shop")) is None


def test_function_named() -> None:
    doc = SourceDocument(SOURCE)
    assert function_named(doc, "Shop.total").name == "total"
    assert function_named(doc, "total") is None


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_find_test_files_skips_environments_and_hidden_folders(tmp_path: Path) -> None:
    wanted = [
        write(tmp_path, "tests/test_shop.py", ""),
        write(tmp_path, "tests/unit/cart_test.py", ""),
        write(tmp_path, "test_top.py", ""),
    ]
    write(tmp_path, "tests/helpers.py", "")
    write(tmp_path, ".venv/lib/test_x.py", "")
    write(tmp_path, "myenv/pyvenv.cfg", "")
    write(tmp_path, "myenv/lib/test_y.py", "")
    write(tmp_path, "node_modules/pkg/test_z.py", "")
    write(tmp_path, ".hidden/test_w.py", "")
    assert sorted(find_test_files(tmp_path)) == sorted(wanted)


def test_tests_referencing_a_function(tmp_path: Path) -> None:
    first = write(tmp_path, "tests/test_shop.py", '''
from shop import Shop, plain as add_one
import pytest


def test_plain():
    assert add_one(1) == 2


def helper_not_a_test():
    return Shop().total([])


@pytest.mark.parametrize("n", [1, 2])
def test_total(n):
    assert Shop().total([]) == 0


class TestShop:
    def test_method_total(self):
        shop = Shop()
        assert shop.total([]) == 0

    def test_other(self):
        assert Shop() is not None


class Helper:
    def test_not_collected(self):
        return Shop().total([])
''')
    second = write(tmp_path, "tests/test_more.py", '''
import shop


def test_through_module():
    assert shop.plain(2) == 3
''')
    files = [first, second]
    assert targets.tests_referencing(files, "total", root=tmp_path) == [
        "tests/test_shop.py::test_total",
        "tests/test_shop.py::TestShop::test_method_total",
    ]
    assert targets.tests_referencing(files, "plain", root=tmp_path) == [
        "tests/test_shop.py::test_plain",
        "tests/test_more.py::test_through_module",
    ]
    assert targets.tests_referencing(files, "missing", root=tmp_path) == []
    # Without a root the ids keep the paths as given.
    assert targets.tests_referencing([second], "plain") == [f"{second.as_posix()}::test_through_module"]


def test_the_fixtures_a_test_asks_for_and_theirs_are_found_in_conftest_and_the_test_module() -> None:
    conftest = (
        "import pytest\n\n"
        "@pytest.fixture\ndef harbour():\n    return ['A', 'B']\n\n"
        "@pytest.fixture\ndef season(harbour):\n    return [Mooring('A', lapsed=True)]\n\n"
        "def helper(season):\n    return season\n"
    )
    module = "@pytest.fixture()\ndef today():\n    return 3\n\n\ndef test_free(season, today, tmp_path):\n    pass\n"
    test = "def test_free(season, today, tmp_path):\n    pass\n"
    found = targets.fixtures_requested([test], [conftest, module])
    assert sorted(text.splitlines()[1] for text in found) == ["def harbour():", "def season(harbour):", "def today():"]
    assert targets.fixtures_requested(["def test_plain():\n    pass\n"], [conftest]) == []
