from belfry.attendance import attendance_report, regulars, visitors
from belfry.register import read_register

BAND = ["Ann", "Bill", "Carol", "Dev"]

AUTUMN = read_register(
    """
    2024-09-03: Ann, Bill, Carol, Dev
    2024-09-10: Ann, Carol, Dev
    2024-09-17: Ann, Bill, Dev, Rev. Hope
    2024-09-24: Ann, Bill, Carol
    2024-10-01: Ann, Bill, Carol
    """
)


def test_every_night_attended():
    assert attendance_report(AUTUMN, BAND)["Ann"] == (5, 5)


def test_run_broken_by_a_missed_night():
    report = attendance_report(AUTUMN, BAND)
    assert report["Bill"] == (4, 3)
    assert report["Carol"] == (4, 2)


def test_nights_taken_in_date_order():
    shuffled = [AUTUMN[3], AUTUMN[0], AUTUMN[4], AUTUMN[2], AUTUMN[1]]
    assert attendance_report(shuffled, BAND)["Dev"] == (3, 3)


def test_never_came():
    assert attendance_report(AUTUMN, ["Ann", "Eve"])["Eve"] == (0, 0)


def test_regulars():
    assert regulars(AUTUMN, BAND) == ["Ann", "Bill", "Carol"]
    assert regulars([], BAND) == []


def test_visitors():
    assert visitors(AUTUMN, BAND) == ["Rev. Hope"]
