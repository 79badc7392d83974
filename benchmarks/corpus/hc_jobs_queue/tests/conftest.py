import pytest

from jobs import Job, JobQueue


@pytest.fixture
def queue():
    queue = JobQueue()
    queue.push(Job("backup", priority=1, cost=5))
    queue.push(Job("email", priority=5))
    queue.push(Job("report", priority=1, cost=2))
    return queue
