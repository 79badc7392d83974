from datetime import datetime, timedelta

from cronlite.jobs import set_paused
from cronlite.schedule import advance, due_jobs, run_due


def test_load(jobs):
    assert [job["name"] for job in jobs] == ["backup", "digest", "cleanup", "report"]
    assert jobs[1]["paused"] and not jobs[0]["paused"]


def test_due_jobs_early_morning(jobs):
    assert due_jobs(jobs, datetime(2024, 3, 1, 3, 0)) == ["backup"]


def test_paused_job_does_not_run(jobs):
    assert due_jobs(jobs, datetime(2024, 3, 1, 9, 15)) == ["backup", "cleanup"]
    set_paused(jobs, "digest", False)
    assert due_jobs(jobs, datetime(2024, 3, 1, 9, 15)) == ["backup", "cleanup", "digest"]


def test_advance_skips_missed_runs():
    start = datetime(2024, 3, 1, 8, 0)
    assert advance(start, timedelta(minutes=30), datetime(2024, 3, 1, 9, 10)) == datetime(2024, 3, 1, 9, 30)
