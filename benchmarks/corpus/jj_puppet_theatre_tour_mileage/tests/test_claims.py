from datetime import date

from puppettour.claims import mileage_by_month, nights_away, tour_summary
from puppettour.tour import Show


def test_nights_in_digs(autumn_tour):
    assert nights_away(autumn_tour) == 1


def test_summary(autumn_tour):
    assert tour_summary(autumn_tour) == {"miles": 140.0, "fees": 1550, "mileage": 63.0, "digs": 70.0, "net": 1417.0}


def test_mileage_by_month(tour):
    tour.book(Show(date(2024, 9, 30), "Jubilee Hall", "Bruton", 300))
    tour.book(Show(date(2024, 10, 1), "Bishop's Palace", "Wells", 350))
    assert mileage_by_month(tour) == {"2024-09": 13.5, "2024-10": 32.5}
