from batterypost.patients import Patient
from batterypost.postrun import packs_by_size, post_runs

BOTH_EARS = Patient("H1042", 2, "312")  # 2 cells a week
ONE_EAR = Patient("H2001", 1, "675")  # half a cell a week


def test_plenty_left_nothing_sent():
    assert post_runs([ONE_EAR], {"H2001": 3}, weeks=1) == []


def test_running_low_gets_eight_weeks():
    assert post_runs([BOTH_EARS], {"H1042": 3}, weeks=1) == [(0, "H1042", 3)]


def test_no_more_than_three_packs():
    assert post_runs([Patient("H5", 2, "10")], {}, weeks=1) == [(0, "H5", 3)]


def test_next_envelope_when_those_run_low():
    # 3 + 18 cells at 2 a week: under two weeks' worth again by week 9.
    assert post_runs([BOTH_EARS], {"H1042": 3}, weeks=10) == [(0, "H1042", 3), (9, "H1042", 3)]


def test_packs_by_size():
    envelopes = post_runs([BOTH_EARS, ONE_EAR], {"H1042": 0, "H2001": 0}, weeks=1)
    assert envelopes == [(0, "H1042", 3), (0, "H2001", 1)]
    assert packs_by_size([BOTH_EARS, ONE_EAR], envelopes) == {"312": 3, "675": 1}
