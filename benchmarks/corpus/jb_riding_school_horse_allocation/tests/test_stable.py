import pytest

from riding.stable import Rider, parse_rider, wormer_dose_ml


def test_parse_rider():
    assert parse_rider("Maisie Hart, 38, Beginner") == Rider("Maisie Hart", 38, "beginner")


def test_parse_rider_unknown_level():
    with pytest.raises(ValueError):
        parse_rider("Tom Rigg, 80, expert")


def test_wormer_dose(yard):
    assert [wormer_dose_ml(horse) for horse in yard] == [3.4, 4.7, 7.3, 6.5]
