from datetime import date

import pytest

from giftaid.donors import Donor, load_donors, parse_donor


def test_parse_a_donor_with_a_declaration():
    assert parse_donor("d0142|Margaret Hale|2024-02-03|") == Donor("D0142", "Margaret Hale", date(2024, 2, 3), None)


def test_parse_a_donor_who_withdrew():
    donor = parse_donor("D0007 | Tom Price | 2022-11-19 | 2024-05-01")
    assert donor.withdrawn == date(2024, 5, 1)


def test_parse_a_bad_line():
    with pytest.raises(ValueError):
        parse_donor("D0008|Ann Bell|2023-01-01")


def test_load_skips_comments_and_blank_lines():
    text = "# exported 2024-07-01\nD0001|Ann Bell||\n\nD0002|Raj Shah|2023-03-03|\n"
    assert list(load_donors(text)) == ["D0001", "D0002"]
