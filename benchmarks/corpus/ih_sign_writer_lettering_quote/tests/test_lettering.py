import pytest

from lettering import Job, quote


def test_small_job_pays_the_minimum():
    assert quote(Job("No 7", 50)) == 42.00


def test_shopfront_with_gold_leaf_and_fitting():
    job = Job("ROSIE'S BAKERY", 150, ["royal blue", "gold leaf"], fitting=True)
    assert quote(job) == 120.24


def test_punctuation_is_free():
    assert quote(Job("A.B. & SONS LTD.", 150, fitting=True)) == quote(Job("AB SONS LTD", 150, fitting=True))


def test_oversize_letters():
    assert quote(Job("GARAGE", 600)) == 56.16


def test_van_with_phone_number():
    job = Job("SMITH & SONS PLUMBING 01632 960123", 75, ["white"])
    assert quote(job) == 47.04


def test_house_sign_at_band_limit():
    assert quote(Job("WILLOW COTTAGE", 200, fitting=True)) == 94.56


def test_zero_height():
    with pytest.raises(ValueError):
        quote(Job("OPEN", 0))


def test_colour_not_in_stock():
    with pytest.raises(ValueError, match="neon pink"):
        quote(Job("OPEN", 100, ["Neon Pink"]))
