from datetime import datetime, timedelta

import pytest

START = datetime(2024, 6, 1, 9, 0)


def test_nothing_due_yet(scheduler):
    scheduler.add("backup", START + timedelta(hours=1))
    assert scheduler.due_tasks() == []
    assert scheduler.next_run() == START + timedelta(hours=1)


def test_due_by_priority(scheduler, clock):
    scheduler.add("email", START, priority=1)
    scheduler.add("backup", START - timedelta(minutes=5))
    scheduler.add("alert", START, priority=5)
    assert [t.name for t in scheduler.due_tasks()] == ["alert", "email", "backup"]


def test_one_off_runs_once(scheduler, clock):
    scheduler.add("report", START)
    assert scheduler.run_due(lambda name: None) == ["report"]
    clock.advance(minutes=1)
    assert scheduler.run_due(lambda name: None) == []


def test_failed_task_stays_due(scheduler):
    scheduler.add("flaky", START)

    def runner(name):
        raise RuntimeError("down")

    assert scheduler.run_due(runner) == []
    assert [t.name for t in scheduler.due_tasks()] == ["flaky"]


def test_repeating_task_comes_back(scheduler, clock):
    task = scheduler.add("poll", START, every=timedelta(minutes=15))
    scheduler.run_due(lambda name: None)
    assert task.due == START + timedelta(minutes=15)


def test_repeating_task_skips_missed_runs(scheduler, clock):
    task = scheduler.add("poll", START, every=timedelta(minutes=15))
    clock.advance(minutes=50)
    scheduler.run_due(lambda name: None)
    assert task.due == START + timedelta(minutes=60)
    clock.advance(minutes=10)
    scheduler.run_due(lambda name: None)
    assert task.runs == 2


def test_bad_interval(scheduler):
    with pytest.raises(ValueError):
        scheduler.add("never", START, every=timedelta(0))
