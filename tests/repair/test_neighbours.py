"""Which project modules a file imports, found as Python would find them in the project."""

from __future__ import annotations

from greenfix.analysis.repair.neighbours import imported_sources

FILES = {
    "src/shop/orders.py": "from .items import Item\nfrom . import prices\nimport shop.stock\nimport json\nfrom ..outside import x\n",
    "src/shop/items.py": "ITEMS",
    "src/shop/prices.py": "PRICES",
    "src/shop/stock/__init__.py": "STOCK",
    "tests/test_orders.py": "TESTS",
}


def test_relative_absolute_and_package_imports_are_found_and_the_rest_left_out() -> None:
    asked: list[str] = []

    def read(path: str) -> str | None:
        asked.append(path)
        return FILES.get(path)

    found = imported_sources("src/shop/orders.py", FILES["src/shop/orders.py"], read)
    assert found == ("ITEMS", "PRICES", "STOCK")  # `json` is not the project's; `..outside` is not there
    assert "src/shop/orders.py" not in asked


def test_a_flat_layout_and_a_file_that_imports_nothing() -> None:
    files = {"app.py": "from models import User\n", "models.py": "USER"}
    assert imported_sources("app.py", files["app.py"], files.get) == ("USER",)
    assert imported_sources("models.py", "x = 1\n", files.get) == ()
