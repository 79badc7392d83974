from datetime import date

from warranty.claims import cover_years, full_years, is_covered, review
from warranty.models import Bike, Claim

ROADSTER = Bike("SP-1001", "Roadster 3", sold_on=date(2021, 4, 10))
EBIKE = Bike("SP-2040", "Volt Commuter", sold_on=date(2022, 9, 1), electric=True)


def test_full_years_counts_birthdays():
    assert full_years(date(2021, 4, 10), date(2023, 4, 9)) == 1
    assert full_years(date(2021, 4, 10), date(2023, 4, 10)) == 2


def test_frame_covered_for_five_years():
    assert is_covered(ROADSTER, Claim("SP-1001", "frame", date(2025, 4, 9)))
    assert not is_covered(ROADSTER, Claim("SP-1001", "frame", date(2026, 4, 10)))


def test_gears_out_of_cover_after_two_years():
    assert is_covered(ROADSTER, Claim("SP-1001", "gears", date(2022, 12, 1)))
    assert not is_covered(ROADSTER, Claim("SP-1001", "gears", date(2023, 6, 1)))


def test_wear_parts_never_covered():
    assert cover_years(ROADSTER, "chain") == 0
    assert not is_covered(ROADSTER, Claim("SP-1001", "tyres", date(2021, 5, 1)))


def test_crash_damage_declined():
    assert not is_covered(EBIKE, Claim("SP-2040", "fork", date(2023, 1, 5), crash_damage=True))


def test_delivery_rider_battery_claim_declined():
    claim = Claim("SP-2040", "battery", date(2023, 3, 14), commercial_use=True)
    assert not is_covered(EBIKE, claim)


def test_review_sorts_claims():
    claims = [
        Claim("SP-2040", "motor", date(2023, 2, 2)),
        Claim("SP-1001", "battery", date(2021, 6, 1)),
        Claim("XX-0000", "frame", date(2022, 1, 1)),
    ]
    assert review([ROADSTER, EBIKE], claims) == {
        "accepted": ["SP-2040/motor"],
        "declined": ["SP-1001/battery", "XX-0000/frame"],
    }
