import pytest

from shop.catalog import load_catalog


@pytest.fixture
def catalog():
    return load_catalog([
        ("MUG-01", "Enamel mug", "12.50", 40),
        ("TEE-M", "T-shirt, M", "19.00", 3),
        ("PIN-07", "Enamel pin", "4.25", 500),
    ])
