from datetime import date

import pytest

from puppettour.tour import Show, Tour

MILES = {
    ("Frome", "Bruton"): 13.5,
    ("Frome", "Wells"): 17.0,
    ("Frome", "Taunton"): 47.5,
    ("Frome", "Glastonbury"): 22.0,
    ("Bruton", "Wells"): 15.5,
    ("Wells", "Glastonbury"): 6.0,
    ("Glastonbury", "Taunton"): 23.0,
    ("Bruton", "Taunton"): 36.0,
    ("Wells", "Taunton"): 29.0,
    ("Bruton", "Glastonbury"): 12.0,
}


@pytest.fixture
def tour():
    return Tour("Frome", MILES)


@pytest.fixture
def autumn_tour(tour):
    tour.book(Show(date(2024, 10, 4), "Wells Little Theatre", "Wells", 450))
    tour.book(Show(date(2024, 10, 5), "Strode Theatre", "Glastonbury", 500))
    tour.book(Show(date(2024, 10, 12), "Brewhouse", "Taunton", 600))
    return tour
