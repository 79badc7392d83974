from datetime import date

import pytest

from filmsoc.screenings import Screening, read_door_sheet


def test_read_door_sheet():
    text = """
title,date,members,guests,concessions,guarantee,percent
Aftersun,2024-10-04,40,0,0,100,35
Perfect Days,2024-11-01,25,12,8,50.00,40
"""
    assert read_door_sheet(text) == [
        Screening("Aftersun", date(2024, 10, 4), 40, 0, 0, 10000, 35),
        Screening("Perfect Days", date(2024, 11, 1), 25, 12, 8, 5000, 40),
    ]


def test_more_concessions_than_guests():
    with pytest.raises(ValueError, match="Aftersun"):
        read_door_sheet("title,date,members,guests,concessions,guarantee,percent\nAftersun,2024-10-04,40,2,3,100,35")
