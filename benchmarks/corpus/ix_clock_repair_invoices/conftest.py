import pytest

from jobs import Job, Part


@pytest.fixture
def longcase():
    return Job(
        2301,
        "Mr Hale",
        "Longcase, 8-day, c.1790",
        hours=3.5,
        parts=[Part("Gut line", 4.20, 9.50, 2), Part("Pendulum suspension spring", 6.80, 14.00)],
        estimate=220.0,
    )


@pytest.fixture
def carriage_clock():
    return Job(2302, "Mrs Okafor", "French carriage clock", hours=2.0, estimate=100.0)
