import pytest

from courier.jobs import Job, parse_job


def test_parse_job():
    assert parse_job("A113 Bakery Lane > Hill St 25 cargo") == Job("A113", "Bakery Lane", "Hill St", 25, True)


def test_parse_plain_job():
    assert parse_job("A7 Florist>Rose Court 30") == Job("A7", "Florist", "Rose Court", 30)


def test_zero_minutes():
    with pytest.raises(ValueError):
        parse_job("A8 Florist > Rose Court 0")
