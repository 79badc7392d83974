from shoes.sales import largest_sold, parse_sales, size_run

LOCAL = """\
2024-04-02, trail runner, 42, eu, sold
2024-04-02, city loafer, 44, eu, sold
2024-04-03, hiking boot, 46, EU, returned
2024-04-04, trail runner, 42, eu, sold
"""

IMPORTED = """\
2024-04-05, court classic, 10.5, us, sold
2024-04-06, court classic, 9, US, sold
"""


def test_parse_sales():
    sales = parse_sales(LOCAL)
    assert len(sales) == 4
    assert sales[2].system == "eu"
    assert sales[2].status == "returned"


def test_largest_sold_ignores_returns():
    assert largest_sold(parse_sales(LOCAL)) == "44"
    assert largest_sold([]) is None


def test_largest_sold_over_both_systems():
    sales = parse_sales(LOCAL + IMPORTED)
    assert largest_sold(sales) == "44.5"
    assert largest_sold(sales, "us") == "10.5"


def test_size_run():
    assert size_run(parse_sales(LOCAL + IMPORTED)) == [("42", 2), ("42.5", 1), ("44", 1), ("44.5", 1)]
