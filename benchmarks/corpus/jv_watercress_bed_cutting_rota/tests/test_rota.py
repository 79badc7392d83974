from datetime import date

from cressbeds.beds import Bed
from cressbeds.rota import crates, rota

BEDS = [
    Bed("Top 3", date(2024, 4, 1), bunches_per_cut=200),  # cut 6, 16, 26 May
    Bed("Mill 1", date(2024, 4, 11), bunches_per_cut=100),  # cut 16, 26 May
]


def test_rota_lists_beds_by_day():
    assert rota(BEDS, date(2024, 5, 1), date(2024, 5, 20)) == {
        date(2024, 5, 6): ["Top 3"],
        date(2024, 5, 16): ["Mill 1", "Top 3"],
    }


def test_crates_round_up():
    assert crates(BEDS, date(2024, 5, 1), date(2024, 5, 20)) == {date(2024, 5, 6): 5, date(2024, 5, 16): 7}
