import pytest

from cronlite.jobs import load_jobs

JOBS = """\
# nightly and hourly jobs
backup    every=1440  next=2024-03-01T02:00
digest    every=60    next=2024-03-01T09:00  paused
cleanup   every=30    next=2024-03-01T08:30
report    every=10080 next=2024-03-04T07:00
"""


@pytest.fixture
def jobs():
    return load_jobs(JOBS)
