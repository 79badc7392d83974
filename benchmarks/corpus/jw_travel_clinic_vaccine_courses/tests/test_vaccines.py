from datetime import date

import pytest

from vaccines import Course, read_courses


def test_read_courses():
    text = """
traveller,vaccine,departs,doses
Okafor,hep_b,2024-06-01,2024-03-29;2024-03-01
Lindqvist,typhoid,2024-04-12,
"""
    assert read_courses(text) == [
        Course("Okafor", "hep_b", date(2024, 6, 1), [date(2024, 3, 1), date(2024, 3, 29)]),
        Course("Lindqvist", "typhoid", date(2024, 4, 12), []),
    ]


def test_unknown_vaccine():
    with pytest.raises(ValueError, match="Patel"):
        read_courses("traveller,vaccine,departs,doses\nPatel,yellow,2024-05-01,")


def test_complete():
    assert Course("Okafor", "hep_a", date(2024, 9, 1), [date(2024, 1, 1), date(2024, 7, 1)]).complete
    assert not Course("Okafor", "hep_b", date(2024, 9, 1), [date(2024, 1, 1)]).complete
