from datetime import date
from decimal import Decimal

from giftaid.claims import ClaimLine, Sale, claim_lines, claim_total, donor_letters
from giftaid.donors import load_donors

DONORS = load_donors(
    """
D0001|Ann Bell||
D0002|Raj Shah|2023-03-03|
D0003|Margaret Hale|2024-04-10|
D0004|Tom Price|2022-11-19|2024-05-01
"""
)


def sale(code, day, price, item="bric-a-brac"):
    return Sale(code, item, day, Decimal(price))


def test_claim_for_a_declared_donor():
    lines = claim_lines([sale("D0002", date(2024, 4, 6), "12.00", "coat")], DONORS)
    assert lines == [ClaimLine("D0002", date(2024, 4, 6), Decimal("12.00"), Decimal("3.00"))]


def test_no_declaration_no_claim():
    assert claim_lines([sale("D0001", date(2024, 4, 6), "5.00")], DONORS) == []


def test_unknown_donor_is_left_out():
    assert claim_lines([sale("D9999", date(2024, 4, 6), "5.00")], DONORS) == []


def test_withdrawn_declaration():
    sales = [sale("D0004", date(2024, 4, 30), "8.00"), sale("D0004", date(2024, 5, 1), "6.00")]
    assert [line.price for line in claim_lines(sales, DONORS)] == [Decimal("8.00")]


def test_sales_before_the_declaration_was_signed():
    sales = [
        sale("D0003", date(2024, 4, 2), "20.00", "handbag"),
        sale("D0003", date(2024, 4, 10), "4.00", "jigsaw"),
        sale("D0003", date(2024, 4, 17), "7.50", "vase"),
    ]
    lines = claim_lines(sales, DONORS)
    assert [line.sold_on for line in lines] == [date(2024, 4, 10), date(2024, 4, 17)]


def test_gift_aid_is_rounded_to_the_penny():
    lines = claim_lines([sale("D0002", date(2024, 5, 2), "2.99")], DONORS)
    assert lines[0].gift_aid == Decimal("0.75")


def test_quarter_total_and_order():
    sales = [
        sale("D0004", date(2024, 4, 20), "10.00"),
        sale("D0002", date(2024, 4, 20), "3.00"),
        sale("D0002", date(2024, 4, 1), "40.00"),
    ]
    lines = claim_lines(sales, DONORS)
    assert [(line.sold_on.day, line.donor_code) for line in lines] == [(1, "D0002"), (20, "D0002"), (20, "D0004")]
    assert claim_total(lines) == Decimal("13.25")


def test_letters_for_donors_over_a_hundred_pounds():
    sales = [sale("D0002", date(2024, 4, d), "30.00") for d in (1, 2, 3, 4)] + [sale("D0004", date(2024, 4, 5), "99.00")]
    assert donor_letters(claim_lines(sales, DONORS)) == {"D0002": Decimal("120.00")}
