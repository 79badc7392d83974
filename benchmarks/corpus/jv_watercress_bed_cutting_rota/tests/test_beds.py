from datetime import date

from cressbeds.beds import Bed

SPRING_BED = Bed("Top 3", date(2024, 4, 1), bunches_per_cut=200)  # first cut 6 May
WINTER_BED = Bed("Mill 1", date(2024, 1, 10), bunches_per_cut=120)  # first cut 14 Feb


def test_first_cut_five_weeks_after_planting():
    assert SPRING_BED.first_cut() == date(2024, 5, 6)
    assert WINTER_BED.first_cut() == date(2024, 2, 14)


def test_regrowth_slower_in_winter():
    assert SPRING_BED.regrowth() == 10
    assert WINTER_BED.regrowth() == 18


def test_not_cut_before_it_is_ready():
    assert SPRING_BED.cutting_days(date(2024, 4, 1), date(2024, 5, 5)) == []


def test_cut_every_ten_days_through_may():
    assert SPRING_BED.cutting_days(date(2024, 5, 1), date(2024, 5, 31)) == [
        date(2024, 5, 6),
        date(2024, 5, 16),
        date(2024, 5, 26),
    ]


def test_last_day_is_included():
    assert SPRING_BED.cutting_days(date(2024, 5, 10), date(2024, 5, 16)) == [date(2024, 5, 16)]
