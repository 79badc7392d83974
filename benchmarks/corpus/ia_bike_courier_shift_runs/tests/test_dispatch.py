from courier.dispatch import plan_runs, run_summary
from courier.jobs import Job, parse_job

MONDAY = """A101 Bakery Lane > Hill St 25
A102 Print Shop > Town Hall 40 cargo
A103 Florist > Rose Court 30
A104 Bakery Lane > Station Rd 35
A105 Pharmacy > Elm Grove 20"""


def jobs(text):
    return [parse_job(line) for line in text.splitlines()]


def refs(runs):
    return [[job.ref for job in run] for run in runs]


def test_no_jobs():
    assert plan_runs([]) == []


def test_monday():
    assert refs(plan_runs(jobs(MONDAY))) == [["A101", "A102", "A103"], ["A104", "A105"]]


def test_small_blocks():
    assert refs(plan_runs(jobs(MONDAY), block=60)) == [["A101"], ["A102"], ["A103"], ["A104", "A105"]]


def test_exact_fit():
    day = [Job("B1", "a", "b", 60), Job("B2", "a", "c", 60), Job("B3", "a", "d", 10)]
    assert refs(plan_runs(day)) == [["B1", "B2"], ["B3"]]


def test_long_haul_goes_out_alone():
    day = jobs(MONDAY)[:2] + [Job("C9", "Depot", "Airport cargo terminal", 150, cargo=True)] + jobs(MONDAY)[2:]
    assert refs(plan_runs(day)) == [["A101", "A102"], ["C9"], ["A103", "A104", "A105"]]


def test_summary():
    assert run_summary(plan_runs(jobs(MONDAY))) == [
        "run 1: 3 jobs, 95 min, cargo bike",
        "run 2: 2 jobs, 55 min, bike",
    ]
