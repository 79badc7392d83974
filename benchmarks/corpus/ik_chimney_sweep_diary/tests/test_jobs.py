import pytest

from jobs import Job, job_minutes, sweeps_per_year


def test_open_fire_minutes():
    assert job_minutes(Job("4 Mill Lane")) == 65


def test_wood_burner_minutes():
    assert job_minutes(Job("Orchard Cottage", flues=2, appliance="wood burner")) == 140


def test_job_without_flues():
    with pytest.raises(ValueError):
        job_minutes(Job("4 Mill Lane", flues=0))


def test_sweeps_per_year():
    assert sweeps_per_year(Job("Orchard Cottage", appliance="wood burner")) == 2
    assert sweeps_per_year(Job("The Old Rectory", appliance="oil")) == 1
