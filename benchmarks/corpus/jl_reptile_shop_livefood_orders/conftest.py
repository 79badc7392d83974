import pytest

from livefood.stock import read_stock_take

MONDAY_COUNT = """
code,name,on_hand,on_order,par,box,packed,shelf_life
CRK-L,Large brown crickets,4,0,12,6,2024-02-28,14
CRK-M,Medium black crickets,11,0,10,6,2024-03-02,14
LOC-XL,Adult locusts,2,6,10,4,2024-02-26,10
MEAL-R,Regular mealworms,7,0,8,10,2024-02-20,28
DUB-M,Medium dubia roaches,0,0,6,5,,35
"""


@pytest.fixture
def shelf():
    return read_stock_take(MONDAY_COUNT)
