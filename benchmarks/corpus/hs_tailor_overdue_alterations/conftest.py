import datetime

import pytest

from tailor.shop import Shop


@pytest.fixture
def shop():
    """The week's tickets: taken in on Monday 6 May 2024 and after."""
    shop = Shop()
    shop.take_in("Mrs Haddad", "trousers, shorten", datetime.date(2024, 5, 6), work_days=2)
    shop.take_in("Mr Ortiz", "suit jacket, let out", datetime.date(2024, 5, 6), work_days=5)
    shop.take_in("Ms Brandt", "dress, hem", datetime.date(2024, 5, 8), work_days=1)
    return shop
