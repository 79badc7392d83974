from datetime import date

import pytest

from hallbook.hall import Hall

SATURDAY = date(2024, 6, 15)


@pytest.fixture
def hall():
    hall = Hall("St Aidan's", rooms=("main hall", "small room", "kitchen"))
    hall.book("Toddler group", "main hall", SATURDAY, 9, 11)
    hall.book("Slimming club", "small room", SATURDAY, 10, 12)
    hall.book("Birthday party", "main hall", SATURDAY, 14, 17)
    return hall
