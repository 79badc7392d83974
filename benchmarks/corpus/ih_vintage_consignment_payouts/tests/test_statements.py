from datetime import date
from decimal import Decimal

from consign.consignors import Consignor
from consign.items import Item
from consign.statements import Statement

MAGGIE = Consignor("C07", "Maggie Hollis")


def stock():
    jeans = Item("V101", "C07", "Levi's 501s", Decimal("45.00"), date(2024, 3, 2))
    scarf = Item("V102", "C07", "Silk scarf", Decimal("18.00"), date(2024, 1, 10))
    jacket = Item("V103", "C07", "Barbour jacket", Decimal("120.00"), date(2024, 3, 1))
    dress = Item("V104", "C11", "Tea dress", Decimal("35.00"), date(2024, 2, 20))
    blazer = Item("V105", "C07", "Tweed blazer", Decimal("30.00"), date(2024, 2, 1))
    jeans.sell(date(2024, 3, 9))
    scarf.sell(date(2024, 3, 20))
    dress.sell(date(2024, 3, 4))
    blazer.sell(date(2024, 2, 14))
    return [jeans, scarf, jacket, dress, blazer]


def test_sold_items_for_the_month():
    march = Statement(MAGGIE, stock(), 2024, 3)
    assert [item.sku for item in march.sold_items()] == ["V101", "V102"]


def test_full_price_month():
    february = Statement(MAGGIE, stock(), 2024, 2)
    assert february.payout() == Decimal("13.00")


def test_nothing_sold_no_fee():
    assert Statement(MAGGIE, stock(), 2024, 4).payout() == Decimal("0.00")


def test_fee_bigger_than_the_share():
    tie = Item("V200", "C07", "Silk tie", Decimal("6.00"), date(2024, 5, 1))
    tie.sell(date(2024, 5, 3))
    assert Statement(MAGGIE, [tie], 2024, 5).payout() == Decimal("0.00")


def test_marked_down_scarf():
    march = Statement(MAGGIE, stock(), 2024, 3)
    assert march.payout() == Decimal("28.48")


def test_price_agreed_at_the_till():
    items = stock()
    items[2].sell(date(2024, 4, 6), Decimal("100.00"))
    assert Statement(MAGGIE, items, 2024, 4).payout() == Decimal("55.00")


def test_statement_lines():
    march = Statement(MAGGIE, stock(), 2024, 3)
    assert march.lines() == ["09 Mar  V101  Levi's 501s  £45.00", "20 Mar  V102  Silk scarf  £10.80"]
