import pytest

from printshop.jobs import Job
from printshop.queue import PrintQueue


@pytest.fixture
def queue():
    queue = PrintQueue()
    queue.submit(Job("ana", 12))
    queue.submit(Job("ben", 30, copies=2))
    queue.submit(Job("ana", 4))
    return queue


def test_empty_pages_refused():
    with pytest.raises(ValueError):
        PrintQueue().submit(Job("ana", 0))


def test_stops_at_a_job_that_does_not_fit(queue):
    assert queue.run(50) == 38
    assert [job.owner for job in queue.printed] == ["ana"]
    assert len(queue.jobs) == 2


def test_prints_everything(queue):
    assert queue.run(100) == 24
    assert len(queue.printed) == 3


def test_cancel(queue):
    assert queue.cancel("ana") == 2
    assert queue.waiting() == {"ben": 60}
