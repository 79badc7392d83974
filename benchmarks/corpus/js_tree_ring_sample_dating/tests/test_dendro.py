import random

import pytest

from dendro import Chronology, best_match, correlation, date_sample

_rng = random.Random(7)
MASTER = Chronology(1650, [round(_rng.uniform(0.4, 2.5), 2) for _ in range(150)])


def core(first_year, rings, scale=0.8):
    """A core cut from a beam whose tree grew along the regional pattern."""
    start = first_year - MASTER.first_year
    return [round(w * scale, 3) for w in MASTER.widths[start : start + rings]]


def test_correlation():
    assert correlation([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert correlation([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert correlation([1, 1, 1], [1, 2, 3]) == 0.0


def test_best_match_finds_where_the_core_grew():
    offset, r = best_match(core(1712, 40), MASTER)
    assert offset == 62
    assert r == pytest.approx(1.0)


def test_too_few_rings_to_date():
    assert date_sample(core(1712, 20), MASTER) is None


def test_no_match_does_not_date():
    assert date_sample([1.0, 1.2] * 25, MASTER) is None


def test_first_ring():
    assert date_sample(core(1690, 55), MASTER)["first_ring"] == 1690


def test_bark_edge_gives_the_felling_winter():
    dated = date_sample(core(1712, 50), MASTER, bark_edge=True)
    assert dated == {"first_ring": 1712, "last_ring": 1761, "r": 1.0, "felled": "winter 1761/1762"}


def test_trimmed_sapwood_gives_earliest_felling():
    assert date_sample(core(1650, 150), MASTER)["felled"] == "after 1808"
