from datetime import date

import pytest

from llamatrek.herd import age_years


def test_age_years():
    assert age_years(date(2022, 6, 15), date(2024, 6, 14)) == 1
    assert age_years(date(2022, 6, 15), date(2024, 6, 15)) == 2


def test_youngster_stays_home(herd):
    assert "Pedro" not in herd.fit_to_trek(date(2024, 6, 14))
    assert "Pedro" in herd.fit_to_trek(date(2024, 6, 15))


def test_resting_llama_stays_home(herd):
    assert herd.fit_to_trek(date(2024, 6, 5)) == ["Bramble", "Dolly", "Gizmo"]
    assert "Nutmeg" not in herd.fit_to_trek(date(2024, 6, 10))


def test_back_out_after_the_rest(herd):
    assert herd.fit_to_trek(date(2024, 6, 11)) == ["Bramble", "Dolly", "Gizmo", "Nutmeg"]


def test_rest_that_ends_before_it_starts(herd):
    with pytest.raises(ValueError):
        herd.rest("Dolly", date(2024, 7, 2), date(2024, 7, 1))
