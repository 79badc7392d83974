import pytest

from seedbank.trials import Trial, germination_rate, read_trials

CSV = """\
lot,sown,sprouted,notes
TOM-23-04,50,46,
TOM-23-04,50,41,slow start
BEAN-22-11,20,20,
BEAN-22-11,20,3,Mould on day 4
"""


def test_read_trials():
    trials = read_trials(CSV)
    assert trials[0] == Trial("TOM-23-04", 50, 46)
    assert trials[3].contaminated


def test_impossible_trial_rejected():
    with pytest.raises(ValueError):
        read_trials("lot,sown,sprouted,notes\nX,10,11,\n")


def test_rate_over_trials():
    assert germination_rate(read_trials(CSV)[:2]) == 87.0


def test_rate_has_one_decimal():
    assert germination_rate([Trial("LET-24-01", 30, 25)]) == 83.3
    assert germination_rate([Trial("LET-24-01", 30, 25), Trial("LET-24-01", 30, 26)]) == 85.0


def test_contaminated_trials_do_not_count():
    assert germination_rate(read_trials(CSV)[2:]) == 100.0
    assert germination_rate([Trial("PEA-21-09", 40, 2, contaminated=True)]) is None


def test_nothing_sown():
    assert germination_rate([]) is None
