from datetime import date

import pytest

from shop import CostumeShop


@pytest.fixture
def shop():
    """The shop in the week before Halloween."""
    shop = CostumeShop()
    shop.hire_out("vampire cape", "Ada", date(2024, 10, 21), date(2024, 10, 24))
    shop.hire_out("pirate captain", "Ben", date(2024, 10, 22), date(2024, 10, 25), deposit=80.00)
    shop.hire_out("witch hat", "Cleo", date(2024, 10, 23), date(2024, 10, 26), deposit=20.00)
    return shop
