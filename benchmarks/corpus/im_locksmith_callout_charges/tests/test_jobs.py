import pytest

from locksmith.jobs import Job, parse_time


def test_parse_time():
    assert parse_time(" 2024-02-06 21:15 ").hour == 21


def test_add_part():
    job = Job("Mrs Hart", parse_time("2024-02-06 10:00"), parse_time("2024-02-06 10:30"), parse_time("2024-02-06 11:00"))
    job.add_part("euro cylinder 35/35", 28.0)
    assert job.parts == [("euro cylinder 35/35", 28.0)]
    with pytest.raises(ValueError):
        job.add_part("refund", -5.0)
