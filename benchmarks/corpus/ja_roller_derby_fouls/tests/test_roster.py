import pytest

from derby.roster import read_roster


def test_numbers_are_kept_as_written():
    roster = read_roster("00, Ada Lovecrash\n0, Zero Tolerance\n\n12,  Brick Mayhem\n")
    assert roster == {"00": "Ada Lovecrash", "0": "Zero Tolerance", "12": "Brick Mayhem"}


def test_duplicate_number():
    with pytest.raises(ValueError):
        read_roster("12,Brick Mayhem\n12,Someone Else\n")


def test_roster_too_long():
    with pytest.raises(ValueError):
        read_roster("\n".join(f"{k},Skater {k}" for k in range(16)))
