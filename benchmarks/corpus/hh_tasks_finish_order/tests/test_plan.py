from worklist.plan import finish_times, hours_left, late_tasks


def test_single_task():
    assert finish_times([{"name": "a", "priority": 3, "hours": 4, "deadline": 10}], start=2) == {"a": 6}


def test_finish_times(backlog):
    assert finish_times(backlog) == {"login bug": 3, "audit log": 8, "invoice export": 14, "dark mode": 24}


def test_late_tasks(backlog):
    assert late_tasks(backlog) == []
    assert late_tasks(backlog, start=3) == ["invoice export", "login bug"]


def test_hours_left(backlog):
    assert hours_left(backlog, {"login bug"}) == 21
