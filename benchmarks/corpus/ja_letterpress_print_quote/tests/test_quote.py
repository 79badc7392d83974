import pytest

from jobs import Job
from quote import quote, sheets_to_order


def test_postcards(postcards):
    result = quote(postcards)
    assert result["sheets"] == 14
    assert result["lines"] == {"paper": 13.3, "plates": 38.0, "make_ready": 25.0, "press": 6.5}
    assert result["total"] == 82.8


def test_business_cards_sheets(business_cards):
    # 250 cards at 78 to the sheet take 4 sheets, plus spares for both colours
    assert quote(business_cards)["sheets"] == 12


def test_duplex_pays_for_both_sides(wedding_invites):
    result = quote(wedding_invites)
    assert result["lines"]["plates"] == 76.0
    assert result["lines"]["make_ready"] == 50.0


def test_batch_of_jobs(postcards, business_cards):
    more_postcards = Job("Gull Cafe", "kraft-350", 148, 105, copies=360)
    assert sheets_to_order([postcards, business_cards, more_postcards]) == {"kraft-350": 38, "cotton-600": 12}


def test_job_that_does_not_fit():
    with pytest.raises(ValueError):
        quote(Job("Poster Co", "kraft-350", 600, 800, copies=10))
