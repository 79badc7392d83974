from decimal import Decimal

from orderimport.importer import import_orders

EXPORT = """order,sku,quantity,price,discount
A-100,mug-01,2,8.00,
A-100,tea-07,1,4.50,10%
A-101,mug-01,x,8.00,
A-102,tea-07,3,n/a,
A-103,,1,2.00,
A-104,cup-02,4,2.25,50%
"""


def test_good_lines_are_imported():
    result = import_orders(EXPORT)
    assert [(line.order, line.sku) for line in result.lines] == [("A-100", "MUG-01"), ("A-100", "TEA-07"), ("A-104", "CUP-02")]


def test_bad_lines_are_reported_with_their_line_number():
    assert [number for number, _ in import_orders(EXPORT).errors] == [4, 5, 6]


def test_order_totals():
    assert import_orders(EXPORT).order_totals() == {"A-100": Decimal("20.05"), "A-104": Decimal("4.50")}
