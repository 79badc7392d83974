from decimal import Decimal

from printshop.quotes import quote, quote_lines


def test_eight_page_booklet():
    assert quote(8, 100, "silk130") == Decimal("37.50")


def test_black_only_flyer():
    assert quote(1, 50, "card300", up=1, colour=False) == Decimal("25.00")


def test_price_list_cheapest_first():
    assert quote_lines(8, 100) == [
        "Uncoated 90gsm: £34.50",
        "Silk 130gsm: £37.50",
        "Silk 170gsm: £39.50",
        "Card 300gsm: £51.50",
    ]


def test_club_newsletter():
    assert quote(24, 300, "silk170") == Decimal("231.20")


def test_programme_run_of_a_thousand():
    assert quote(16, 1000, "silk130") == Decimal("412.50")
