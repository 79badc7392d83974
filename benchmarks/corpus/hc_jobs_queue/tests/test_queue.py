import pytest

from jobs import Job, JobQueue


def test_highest_priority_first(queue):
    assert [queue.pop().name for _ in range(3)] == ["email", "backup", "report"]


def test_empty_queue():
    with pytest.raises(IndexError):
        JobQueue().pop()


def test_no_duplicates(queue):
    with pytest.raises(ValueError):
        queue.push(Job("email"))


def test_cancel(queue):
    queue.cancel("email")
    assert len(queue) == 2 and queue.pop().name == "backup"


def test_explicit_priority_overrides_the_jobs_own(queue):
    queue.push(Job("cleanup"), priority=9)
    assert queue.pop().name == "cleanup"


def test_reprioritize(queue):
    queue.reprioritize("report", 7)
    assert queue.peek().name == "report"


def test_drain_stops_at_budget(queue):
    assert queue.drain(5) == ["email"]
    assert "backup" in queue
