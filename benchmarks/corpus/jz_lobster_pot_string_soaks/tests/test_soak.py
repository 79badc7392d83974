from datetime import date

from hauls import Haul
from soak import season_cpue, soak_returns

SHOT = {"KETTLE": date(2024, 5, 30), "LEDGES": date(2024, 6, 1)}


def test_first_haul_soaks_from_when_the_string_was_shot():
    hauls = [Haul(date(2024, 6, 3), "KETTLE", 40, 8, 12), Haul(date(2024, 6, 3), "LEDGES", 30, 3, 9)]
    assert soak_returns(hauls, SHOT) == [
        (date(2024, 6, 3), "KETTLE", 4, 0.05),
        (date(2024, 6, 3), "LEDGES", 2, 0.05),
    ]


def test_same_day_as_shot_counts_one_day():
    hauls = [Haul(date(2024, 6, 1), "LEDGES", 30, 6, 0)]
    assert soak_returns(hauls, SHOT) == [(date(2024, 6, 1), "LEDGES", 1, 0.2)]


def test_second_haul_soaks_from_the_first():
    hauls = [
        Haul(date(2024, 6, 3), "KETTLE", 40, 8, 12),
        Haul(date(2024, 6, 5), "KETTLE", 40, 4, 3),
    ]
    assert soak_returns(hauls, SHOT)[1] == (date(2024, 6, 5), "KETTLE", 2, 0.05)


def test_season_cpue():
    hauls = [
        Haul(date(2024, 6, 5), "KETTLE", 40, 4, 3),
        Haul(date(2024, 6, 3), "KETTLE", 40, 8, 12),
        Haul(date(2024, 6, 3), "LEDGES", 30, 3, 9),
    ]
    assert season_cpue(hauls, SHOT) == {"KETTLE": 0.05, "LEDGES": 0.05}
