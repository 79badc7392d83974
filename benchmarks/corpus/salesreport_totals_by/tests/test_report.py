from decimal import Decimal

from salesreport.reader import Sale, read_sales
from salesreport.summary import report_lines, totals_by, units_by_product


def test_reads_rows_and_skips_comments(export):
    sales = read_sales(export)
    assert len(sales) == 5
    assert sales[0] == Sale("north", "tea", 10, Decimal("2.50"))


def test_returns_are_kept(export):
    assert units_by_product(read_sales(export)) == {"tea": 14, "mug": 1, "honey": 3}


def test_totals_by_region(export):
    assert totals_by(read_sales(export), "region") == {
        "north": Decimal("41.00"), "east": Decimal("18.00"), "south": Decimal("2.00")}


def test_region_order(export):
    assert list(totals_by(read_sales(export), "region")) == ["north", "east", "south"]


def test_report_lines(export):
    assert report_lines(read_sales(export))[0] == "north: 41.00"
